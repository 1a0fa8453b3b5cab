using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A reporting verb, its subject, its recipient and its content.</summary>
internal sealed partial class SentenceReader
{
    private Attribution? ReadVerbCue(int i, CueVerb verb, ImmutableArray<Attribution>.Builder earlier)
    {
        var w = _words[i];
        if (!ActsAsVerbCue(i, verb, out var nounReading))
        {
            return null;
        }

        if (verb.ActsOnObject && TakesStanceNounObject(i, verb) || !VerbReadingHolds(i, verb, nounReading))
        {
            // "offered support for the pier": the light verb's stance noun is the cue (SentenceReader.Nominal.cs). The
            // tagger's reading is asked before the subject is looked for: it refuses a third of the words that get this
            // far, and the search for a subject reads the tags of the words before the verb anyway.
            return null;
        }

        var cueEnd = w.Span.End;
        var afterCue = WidenCue(i, ref cueEnd);
        // The subject found is what an agentless passive reports on: the cue stands, with no source.
        var agentless = !verb.PartyOnly && (IsAgentlessPassive(i) || IsNamingParticipleAfterNoun(i) || IsReducedRelativeParticiple(i));
        if (SubjectEndOfVerbGroup(i, verb, agentless) is not { } subjectEnd)
        {
            return null;
        }
        var cueStart = subjectEnd < i - 1 && subjectEnd >= 0 ? _words[subjectEnd + 1].Span.Start : w.Span.Start;
        var spent = w.EndsInIng && SubjectBeforeSpeaks(i) ? TimeSpentBefore(i) : -1; // "spent much of the debate attacking": the subject of "spent"
        var participle = w.EndsInIng && spent < 0 && !SubjectBeforeSpeaks(i);
        int sourceFirst = -1, subjectOf = spent >= 0 ? SubjectEndBefore(spent) : subjectEnd;
        var conjunct = participle ? null : ConjunctSpeaker(subjectOf, spent >= 0 ? spent : i, earlier);
        var source = participle ? ParticipleSpeakerIn(i, earlier) : conjunct ?? CoordinatedSpeaker(subjectOf, earlier) ?? VerbSubject(verb, subjectOf, ref afterCue, out sourceFirst)
            ?? (spent >= 0 ? VerbSubject(verb, subjectEnd, ref afterCue, out sourceFirst) : null); // no subject before "spent": read as before
        source = participle || conjunct is not null ? source : SharedSubjectSpeaker(subjectOf, source, earlier);
        var experiencer = source is null || agentless ? null : ExperiencerObject(verb, afterCue);
        if (source is null || experiencer is null && !SourceFitsVerb(verb, source, afterCue))
        {
            return null;
        }

        var (recipient, recipientText) = verb.TakesRecipient && !agentless ? RecipientAt(ref afterCue) : default;

        var content = experiencer is null ? VerbCueContent(sourceFirst, subjectOf, afterCue, participle) : source.Span;
        source = agentless ? AgentAfterAdverbial(afterCue) : experiencer ?? source;
        var pattern = PatternOfVerbCue(verb, agentless, participle, source, content, cueEnd > w.Span.End);
        var attribution = new Attribution(TextSpan.FromBounds(cueStart, cueEnd), source, content, verb.Lemma, verb.Kind, verb.Loaded)
        {
            Verb = w.Span,
            Pattern = pattern,
            Recipient = recipient,
            RecipientText = recipientText,
        };
        return WithOutlet(attribution, source, recipientText is null ? null : (recipient!.Value, recipientText));
    }

    /// <summary>The noun phrase told at word <paramref name="k"/> ("told <i>reporters</i> that"), and the word after it; none when there is no phrase.</summary>
    private (TextSpan? Span, string? Text) RecipientAt(ref int k)
    {
        if (_phrases.Forward(k, allowAppositive: false) is not { } told)
        {
            return default;
        }
        k = told.Last + 1;
        return (TextSpan.FromBounds(_words[told.First].Span.Start, _words[told.Last].Span.End), TextOf(told.First, told.Last));
    }

    private static AttributionPattern PatternOfVerbCue(CueVerb verb, bool agentless, bool participle, Source? source, TextSpan content, bool widened) =>
        agentless ? (source is null ? AttributionPatterns.AgentlessPassive : AttributionPatterns.PassiveAgent)
        : verb.PartyOnly ? AttributionPatterns.PartyStance
        : participle ? AttributionPatterns.Participle
        : content.Length > 0 && source is { } speaker && content.End <= speaker.Span.Start ? AttributionPatterns.ContentCueSource
        : widened ? AttributionPatterns.Nominal
        : AttributionPatterns.SubjectCueContent;

    /// <summary>
    /// "The new toll has angered the skippers", "the closure upset many fishermen": a verb of causing a feeling
    /// (<c>experiencer_object_verbs</c>) read as a party's stance tells the feeling of its object, when the object is a
    /// party; the subject is what the feeling is about. Null for any other verb, or an object that names no party.
    /// </summary>
    private Source? ExperiencerObject(CueVerb verb, int afterCue)
    {
        if (!verb.PartyOnly || !_lexicon.ExperiencerObjectVerbs.Contains(verb.Lemma) || afterCue >= _words.Count || !OpensObject(afterCue)
            || _phrases.Forward(afterCue, allowAppositive: false) is not { } feels)
        {
            return null;
        }
        var last = feels.Last;
        while (last > feels.First && (_words[last].Has(WordClass.Preposition) || TagOf(last) is { Upos: Language.UniversalPos.ADP }))
        {
            last--; // "alarmed dock workers along the coast": the phrase ends before its preposition
        }
        var source = MakeSource(feels.First, last);
        return IsParty(source) ? source : null;
    }

    /// <summary>A word that can open a noun phrase as the verb's object: not a particle or a preposition ("riled up", "puzzle through").</summary>
    private bool OpensObject(int k) =>
        _words[k].IsWord && TagOf(k) is { Upos: Language.UniversalPos.DET or Language.UniversalPos.PRON or Language.UniversalPos.PROPN
            or Language.UniversalPos.NOUN or Language.UniversalPos.ADJ or Language.UniversalPos.NUM };

    /// <summary>
    /// False when the cue word is here a noun, a participle or an infinitive rather than a reporting verb.
    /// <paramref name="nounReading"/>: a spelling that is usually a noun stands where no subject precedes it, so
    /// only the tagger can say whether it is a verb (asked later, once a source is found).
    /// </summary>
    private bool ActsAsVerbCue(int i, CueVerb verb, out bool nounReading)
    {
        var w = _words[i];
        nounReading = false;
        var previous = i > 0 ? _words[i - 1] : default;
        var chained = ChainStartBefore(i, verb) >= 0 || IsHeadlineFuture(i); // "went on to say", "Mayor to back levy": the subject before speaks
        if (!chained && previous.IsWord && (previous.Has(WordClass.Determiner) && !previous.Has(WordClass.QuantitySubject) && !IsRelativeThat(i - 1) || previous.Lower == "to" || previous.Has(WordClass.Possessor)))
        {
            return false; // "the report", "his claims", "refused to say", "Trump's claims" (but "two in three said", "another said")
        }
        if (previous.IsWord && previous.Has(WordClass.QuantitySubject) && (i >= 2 && _words[i - 2].IsPunctuation(',') && !ClosesParenthetical(i)
            || w.Lower.EndsWith("ed", StringComparison.Ordinal) && i + 1 < _words.Count && _words[i + 1].Lower is "to" or "as"))
        {
            return false; // "Ho and Chan, both considered to be pan-democrats": a participle, not a subject's verb
        }
        if (verb.PartyOnly && (w.EndsInIng || previous.IsWord && previous.Has(WordClass.BeForm)))
        {
            return false; // a party verb is a cue as its subject's finite verb only, not "…, backing" or "was backed"
        }
        if (!ReportsBeforeNextWord(i, verb))
        {
            // "as the mayor put it" reports, "put pressure on" does not; "spoke highly of" reports, "spoke at the rally" does
            // not; "prices continued to climb": the verb is an aspect of another, no report
            return false;
        }
        if (DescribesNounAfter(i))
        {
            return false; // "leads by 300 pledged delegates", "the proposed sale": a participle before its noun describes it
        }
        nounReading = w.Has(WordClass.NounLikeForm) && (!PlausibleSubjectBefore(i) || _lexicon.NounFirstForms.Contains(w.Lower)) // "swing state", "a Tuesday tweet"
            && !ClosesCommentClause(i); // "As the memo states, …"
        if (i == 0 && i + 1 < _words.Count && _words[i + 1].Has(WordClass.AgentMarker) && w.EndsInIng)
        {
            return false; // "Reporting by …": a credit line, not a report
        }
        if (w.Lower.EndsWith("ed", StringComparison.Ordinal) && i + 1 < _words.Count && _words[i + 1].Has(WordClass.AgentMarker) && verb.Kind == CueKind.Speech && !_lexicon.ReportingParticiples.Contains(w.Lower))
        {
            return false; // "the strikes ordered by": a participle, not a report
        }
        return true;
    }

    /// <summary>
    /// Where the subject before cue verb <paramref name="i"/> ends. An agentless passive's verb group runs back over its
    /// auxiliaries and adverbs ("was widely criticised", "got asked"); any other passive with an adverb in it is no
    /// report of its subject's (null: see <see cref="AdverbInPassive"/>).
    /// </summary>
    private int? SubjectEndOfVerbGroup(int i, CueVerb verb, bool agentless)
    {
        var subjectEnd = SubjectEndBefore(i, verb);
        return agentless ? PassiveSubjectEnd(subjectEnd) : AdverbInPassive(subjectEnd, i) ? null : subjectEnd;
    }

    /// <summary>
    /// "The levy, many argue, will hurt the port.", "…, some say.": a quantity and a verb set off by commas or closing the
    /// sentence are a reporting clause put inside or after its content. A participle that describes the phrase before
    /// the comma ("…, both considered to be …") has words of its own after it.
    /// </summary>
    private bool ClosesParenthetical(int i) =>
        i + 1 >= _words.Count || _words[i + 1].Kind == WordKind.Punctuation && _words[i + 1].Text is "," or "." or ";" or "!" or "?";

    // A comment clause's subject is a short noun phrase: "as" and at most this many words before the verb.
    private const int CommentClauseSubjectWords = 6;

    /// <summary>
    /// "As the memo states, the pier is unsafe.", "The pier is unsafe, as the county's audit notes.": verb
    /// <paramref name="i"/> ends a clause that <c>comment_clause_openers</c> opens at the sentence's start or after a
    /// comma, with only words between (no preposition: "As in most coastal states, …" names no subject). Such a clause
    /// reports, so its verb is a verb whatever the tagger reads of its spelling.
    /// </summary>
    private bool ClosesCommentClause(int i)
    {
        if (!ClosesParenthetical(i))
        {
            return false;
        }
        var k = i - 1;
        while (k >= 0 && i - k <= CommentClauseSubjectWords && _words[k].IsWord && !_words[k].Has(WordRole.CommentClauseOpener) && !_words[k].Has(WordClass.Preposition))
        {
            k--;
        }
        return k >= 0 && k < i - 1 && _words[k].IsWord && _words[k].Has(WordRole.CommentClauseOpener) && (k == 0 || _words[k - 1].IsPunctuation(','))
            && !_words[k + 1].Has(WordClass.Preposition);
    }

    /// <summary>Word <paramref name="i"/> is followed by one of <paramref name="words"/>, or by an -ly adverb and one of them ("spoke warmly of").</summary>
    private bool FollowedByOneOf(int i, System.Collections.Frozen.FrozenSet<string> words) => IndexOfFollowing(i, words) is not null;

    /// <summary>The index of the word of <paramref name="words"/> right after word <paramref name="i"/> (over an -ly adverb), or null.</summary>
    private int? IndexOfFollowing(int i, System.Collections.Frozen.FrozenSet<string> words)
    {
        var k = i + 1;
        if (k + 1 < _words.Count && _words[k].IsWord && !words.Contains(_words[k].Lower) && IsTaggedLyAdverb(k))
        {
            k++;
        }
        return k < _words.Count && words.Contains(_words[k].Lower) ? k : null;
    }

    /// <summary>
    /// An -ed form between a word that cannot end a subject (a number, a preposition, an adjective) and a common noun:
    /// it describes that noun ("by 300 pledged delegates", "with avowed respect"), it is no finite verb. Asked of the
    /// tagger only for that shape.
    /// </summary>
    private bool DescribesNounAfter(int i) =>
        _words[i].Lower.EndsWith("ed", StringComparison.Ordinal) && i > 0 && i + 1 < _words.Count && _words[i - 1].Kind is WordKind.Word or WordKind.Number && _words[i + 1].IsWord
        && !_words[i + 1].IsCapitalized && !_words[i - 1].Has(WordClass.Auxiliary | WordClass.Pronoun)
        && TagOf(i - 1) is { Upos: Language.UniversalPos.NUM or Language.UniversalPos.ADP or Language.UniversalPos.ADJ }
        && TagOf(i + 1) is { Upos: Language.UniversalPos.NOUN };

    /// <summary>
    /// The index after cue verb <paramref name="verb"/>'s cue: the phrase the verb opens ("quoted as saying"), or the verb
    /// widened over "in a statement" or a linked "in [a statement](…)".
    /// </summary>
    private int WidenCue(int verb, ref int cueEnd)
    {
        if (_words[verb].Has(WordClass.PhraseCueFirst) && MatchPhraseCue(verb) is { SourceAfter: false } opened)
        {
            cueEnd = _words[verb + opened.Words.Length - 1].Span.End;
            return verb + opened.Words.Length;
        }
        var afterCue = verb + 1;
        // "said in a statement", "said in an interview": one cue.
        if (afterCue < _words.Count && MatchPhraseCue(afterCue) is { SourceAfter: false } widening)
        {
            afterCue += widening.Words.Length;
            cueEnd = _words[afterCue - 1].Span.End;
        }
        else if (afterCue + 1 < _words.Count && _words[afterCue].Lower == "in" && LinkAt(afterCue + 1) is { } linked)
        {
            // "said in [a statement](https://…)"
            cueEnd = linked.Link.Whole.End;
            afterCue = linked.LastWord + 1;
        }
        return afterCue;
    }

    /// <summary>
    /// Whether the phrase right before an -ing form is its subject, as before a finite verb: after a form of "be" ("is
    /// saying"), a document ("a report detailing the cuts"), or in an absolute or reduced clause ("with Ruiz stating",
    /// ", the board recommending", "boats of people seeking shelter"). It is not when the -ing form opens a participle
    /// clause (first in the sentence, after a comma, a quotation or a subordinator: "…, saying", "while promising",
    /// "after telling"), or when the phrase before it is the object of a verb ("spent the day denouncing the plan",
    /// "held banners proclaiming"): the sentence's subject speaks there (<see cref="ParticipleSpeaker"/>).
    /// </summary>
    private bool SubjectBeforeSpeaks(int i)
    {
        if (i == 0 || !_words[i - 1].IsWord)
        {
            return false;
        }
        var previous = _words[i - 1];
        if (previous.Has(WordClass.DocumentHead))
        {
            return !DocumentIsObjectOfVerb(i);
        }
        if (previous.Has(WordClass.BeForm))
        {
            return true;
        }
        if (previous.Has(WordClass.SubordinateMarker | WordClass.AgentMarker))
        {
            return false;
        }
        var k = i - 1;
        for (; k >= 0 && _words[k].IsWord && _words[k].Has(WordClass.Auxiliary); k--)
        {
            if (_words[k].Has(WordClass.BeForm))
            {
                return true; // "was also telling"
            }
        }
        if (k >= 0 && k < i - 1 && _words[k].IsWord && _words[k].Has(WordClass.SubordinateMarker | WordClass.AgentMarker | WordClass.Preposition))
        {
            return false; // "by first saying", "while also noting": the adverbs stand in the gerund's verb group
        }
        return !GerundAfterPrepositionOrVerb(i) && !ObjectOfVerbBefore(i) && !ObjectOfPrepositionBefore(i);
    }

    /// <summary>
    /// "posted a note on the forum saying …", "went on the radio urging …", "made a pitch to the dock workers promising
    /// …": the words right before the -ing form are a noun phrase by their tags, and a preposition that opens an
    /// adverbial stands before it; that phrase is where or to whom the clause's subject acted, not who spoke. A noun's
    /// complement ("the owners of the boatyard warning …") and an absolute clause ("with the mayor calling …", whose noun
    /// phrase speaks) are left to the subject readers.
    /// </summary>
    private bool ObjectOfPrepositionBefore(int i)
    {
        var k = i - 1;
        while (k >= 0 && _words[k].IsWord && TagOf(k) is { } tag
            && (tag.IsNoun || tag.Upos is Language.UniversalPos.ADJ or Language.UniversalPos.DET or Language.UniversalPos.NUM or Language.UniversalPos.PRON))
        {
            k--;
        }
        return k >= 0 && k < i - 1 && _words[k].IsWord && _words[k].Has(WordClass.Preposition)
            && !_words[k].Has(WordRole.NounComplementPreposition) && !_lexicon.AbsolutePrepositions.Contains(_words[k].Lower);
    }

    /// <summary>
    /// "issued a statement saying …", "put out a report warning …", "has published a letter disputing …": the document
    /// right before the -ing form is the object of a verb of putting it out (<c>publishing_verbs</c>; by the tags: a noun
    /// phrase, one particle at most, then a finite or bare verb, or a participle after an auxiliary), so the verb's
    /// subject speaks through it. Not after other verbs ("disputed the polls showing …": the polls show), nor after a
    /// participle that describes the document ("a newly released report showing").
    /// </summary>
    private bool DocumentIsObjectOfVerb(int i)
    {
        var k = i - 1;
        while (k >= 0 && _words[k].IsWord && TagOf(k) is { } tag
            && (tag.IsNoun || tag.Upos is Language.UniversalPos.ADJ or Language.UniversalPos.DET or Language.UniversalPos.NUM or Language.UniversalPos.PRON))
        {
            k--;
        }
        if (k >= 0 && k < i - 1 && _words[k].IsWord && TagOf(k) is { Xpos: "RP" })
        {
            k--;
        }
        if (k < 0 || k == i - 1 || !_words[k].IsWord || !_words[k].Has(WordRole.PublishingVerb) || TagOf(k) is not { IsVerb: true } verb)
        {
            return false;
        }
        return verb.Xpos != "VBN" || k > 0 && _words[k - 1].IsWord && _words[k - 1].Has(WordClass.Auxiliary);
    }

    /// <summary>
    /// "spent much of the debate attacking the levy", "has spent nearly all of her time answering critics": the words
    /// right before the -ing form at <paramref name="i"/> are a stretch of time by their tags (a noun phrase, with a
    /// partitive "of" and adverbs of degree), and a verb of passing time (<c>time_spending_verbs</c>) in the active stands
    /// before them, finite or a participle (its subject stands before it); that subject did what the -ing form says, so
    /// it is read before that verb. Its index, or -1. Not in the passive ("money was spent on ads attacking": the ads attack).
    /// Asked only where the phrase before the -ing form would be read as its subject: a plain object ("spent the morning
    /// denouncing") already sends the -ing form to the participle reader (<see cref="ObjectOfVerbBefore"/>), a partitive does not.
    /// </summary>
    private int TimeSpentBefore(int i)
    {
        var k = i - 1;
        while (k >= 0 && i - k <= MaxTimeSpentWords && _words[k].IsWord && TagOf(k) is { } tag
            && (tag.IsNoun || _words[k].Lower == "of" || tag.Upos is Language.UniversalPos.ADJ or Language.UniversalPos.DET or Language.UniversalPos.NUM or Language.UniversalPos.PRON or Language.UniversalPos.ADV))
        {
            k--;
        }
        return k >= 0 && k < i - 1 && _words[k].IsWord && _lexicon.IsFormOf(_words[k].Lower, _lexicon.TimeSpendingVerbs) && TagOf(k) is { IsFiniteVerb: true } or { Xpos: "VBN" }
            && !(k > 0 && _words[k - 1].IsWord && _words[k - 1].Has(WordClass.BeForm)) ? k : -1;
    }

    /// <summary>How many words a stretch of time after a verb of passing time is read over ("much of his own 24-minute speech").</summary>
    private const int MaxTimeSpentWords = 8;

    /// <summary>The words right before <paramref name="i"/> are a noun phrase by their tags, and a verb stands before it.</summary>
    private bool ObjectOfVerbBefore(int i)
    {
        var k = i - 1;
        while (k >= 0 && _words[k].IsWord && TagOf(k) is { } tag
            && (tag.IsNoun || tag.Upos is Language.UniversalPos.ADJ or Language.UniversalPos.DET or Language.UniversalPos.NUM or Language.UniversalPos.PRON))
        {
            k--;
        }
        return k >= 0 && k < i - 1 && _words[k].IsWord && TagOf(k) is { IsVerb: true };
    }

    /// <summary>Where the subject to the left of the verb ends, skipping "has also", "would later".</summary>
    private int SubjectEndBefore(int i, CueVerb? verb = null)
    {
        var subjectEnd = i - 1;
        if (verb is not null && ChainStartBefore(i, verb) is >= 0 and var chain)
        {
            subjectEnd = chain - 1; // "The mayor [went on to] say"
        }
        else if (IsHeadlineFuture(i))
        {
            subjectEnd = i - 2; // "Mayor [to] back levy": the headline's future
        }
        var skipped = 0;
        while (subjectEnd >= 0 && _words[subjectEnd].IsWord && (_words[subjectEnd].Has(WordClass.Auxiliary) || IsIntensiveInVerbGroup(subjectEnd) || IsPerfectAdverb(subjectEnd) || verb is not { PartyOnly: true } && (IsLyAdverb(subjectEnd) || AdverbInActiveVerbGroup(subjectEnd, i))) && skipped < 3)
        {
            if (_words[subjectEnd].Has(WordClass.Hedge))
            {
                break;
            }
            subjectEnd--;
            skipped++;
        }
        return subjectEnd;
    }

    /// <summary>
    /// "Mayor to back ferry levy": in a headline "to" before a verb stands for "will" (<c>headline_future_markers</c>) when
    /// the words before it are the headline's subject: a noun phrase by its tags (a name, a noun and its modifiers, "of")
    /// from the headline's start or a label's colon or dash. Not after a verb ("wages campaign to counter": a purpose),
    /// an adjective ("crews ready to back"), or a count ("10 things to know": a list, not a party's plan).
    /// </summary>
    private bool IsHeadlineFuture(int i)
    {
        if (_node.Kind != Syntax.BlockKind.Headline || i < 2 || !_words[i - 1].IsWord || !_lexicon.HeadlineFutureMarkers.Contains(_words[i - 1].Lower)
            || TagOf(i - 2) is not { IsNoun: true })
        {
            return false;
        }
        var k = i - 2;
        while (k >= 0 && _words[k].IsWord && TagOf(k) is { } tag
            && (tag.IsNoun || tag.Upos is Language.UniversalPos.ADJ or Language.UniversalPos.DET or Language.UniversalPos.PART || _words[k].Has(WordRole.NounComplementPreposition)))
        {
            k--;
        }
        var opensClause = k < 0 || _words[k].IsPunctuation(':') || _words[k].Text is "-" or "–" or "—";
        return opensClause && _words[k + 1].Kind != WordKind.Number && TagOf(k + 1) is not { Upos: Language.UniversalPos.NUM };
    }

    /// <summary>
    /// "The board's chairman, meanwhile, called on …": one adverb set off by commas between the subject and its verb
    /// is an aside, not the subject's end; the subject ends before the first comma. Asked of the tagger only for that shape.
    /// </summary>
    private int SkipParentheticalAdverb(int subjectEnd)
    {
        if (subjectEnd < 3 || !_words[subjectEnd].IsPunctuation(',') || !_words[subjectEnd - 2].IsPunctuation(',') || !_words[subjectEnd - 1].IsWord
            || !_words[subjectEnd - 3].IsWord || _words[subjectEnd - 1].IsCapitalized)
        {
            return SkipAdverbialAside(subjectEnd);
        }
        return TagOf(subjectEnd - 1) is { Upos: Language.UniversalPos.ADV } || _lexicon.AsideOpeners.Contains(_words[subjectEnd - 1].Lower) ? subjectEnd - 3 : subjectEnd;
    }

    /// <summary>The most words of an adverbial aside between a subject and its verb.</summary>
    private const int MaxAdverbialAside = 24;

    /// <summary>
    /// "The union, for instance, said", "Ana Ruiz, in a statement on Friday, said", "Lee, during a visit to the pier,
    /// told": a part set off by commas right before the verb that opens with a word of <c>aside_openers</c> says when,
    /// where or how the subject acted; the subject ends before its first comma. A name right after the preposition
    /// ("Lee, at Harbour Watch, said") says whom the source works for and stays with it, as does any other part.
    /// The word before the first comma ends a noun phrase (a word or a closing bracket: "Ann Pike (D-Ohio), for example,").
    /// The subject's end: the word before the first comma, or that comma when it closes a named speaker's description.
    /// </summary>
    private int SkipAdverbialAside(int comma)
    {
        if (comma < 3 || !_words[comma].IsPunctuation(','))
        {
            return comma;
        }
        var opening = comma - 1;
        while (opening > 0 && comma - opening <= MaxAdverbialAside && !_words[opening].IsPunctuation(','))
        {
            if (_words[opening].Kind == WordKind.Quote || _words[opening].Text is ":" or ";" || IsDashAt(opening))
            {
                return comma;
            }
            opening--;
        }
        var first = opening + 1;
        if (opening < 1 || first >= comma || !_words[opening].IsPunctuation(',') || !_words[first].IsWord || _words[first].IsCapitalized
            || !_lexicon.AsideOpeners.Contains(_words[first].Lower) || first + 1 < comma && _words[first + 1].IsCapitalized
            || !(_words[opening - 1].IsWord || _words[opening - 1].Text == ")"))
        {
            return comma;
        }
        // "Ana Ruiz, the harbour master, for example, said": the aside follows a described speaker, whose description ends
        // at the opening comma; a description opens with a word in lower case ("the", "a") and does not end in a relative
        // pronoun ("a war that, in May, …"). "In Bath, Lee, in a jumpsuit, said": a name alone after a comma is the subject.
        var part = ClausePartStart(opening - 1);
        var described = part > 0 && _words[part].IsWord && !_words[part].IsCapitalized && !_words[opening - 1].Has(WordClass.RelativePronoun) && !IsRelativeThat(opening - 1);
        return described && NamedSpeakerWithDescription(opening) is not null ? opening : opening - 1;
    }

    /// <summary>
    /// Where a reporting chain ending right before a curated verb starts ("went on to say", "was quick to add"), or -1.
    /// A WordNet candidate or party verb after a chain is mostly a plan, not a report ("sought to block").
    /// </summary>
    private int ChainStartBefore(int i, CueVerb verb)
    {
        // Every chain ends right before the verb: one look-up of that word rules out most verbs before any chain is compared.
        if (verb.FromLexicon || verb.PartyOnly || i == 0 || !_words[i - 1].IsWord || !_words[i - 1].Has(WordRole.ReportingChainEnd))
        {
            return -1;
        }
        foreach (var chain in _lexicon.ReportingChains)
        {
            var first = i - chain.Length;
            if (first >= 0 && ChainAt(first, chain))
            {
                return first;
            }
        }
        return -1;
    }

    // Compared from the chain's last word, the one right before the verb, which rejects most chains at once.
    private bool ChainAt(int first, ImmutableArray<string> chain)
    {
        for (var k = chain.Length - 1; k >= 0; k--)
        {
            if (!_words[first + k].IsWord || _words[first + k].Lower != chain[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "The crews quietly said", "voters overwhelmingly backed": an -ly adverb of manner before the verb, as the
    /// tagger reads it ("the family said" is a noun), joins the verb group like the listed adverbs. Not after an
    /// auxiliary ("has been widely protested" is an agentless passive) and not a hedge or an intensifier.
    /// </summary>
    private bool IsLyAdverb(int k) =>
        k > 0 && !_words[k].Has(WordClass.Hedge | WordClass.Intensifier) && !(_words[k - 1].IsWord && _words[k - 1].Has(WordClass.Auxiliary)) && IsTaggedLyAdverb(k);

    /// <summary>A lower-case -ly word the tagger reads as an adverb ("quietly", "widely"; not "family", "ally").</summary>
    private bool IsTaggedLyAdverb(int k) =>
        !_words[k].IsCapitalized && _words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && TagOf(k) is { Upos: Language.UniversalPos.ADV };

    /// <summary>"have themselves warned": an intensive pronoun after an auxiliary stands in the verb group, not after the subject.</summary>
    private bool IsIntensiveInVerbGroup(int k) =>
        k > 0 && _words[k].Has(WordRole.IntensivePronoun) && _words[k - 1].IsWord && _words[k - 1].Has(WordClass.Auxiliary);

    /// <summary>"…, noting that …", "…, adding": the sentence's earlier source goes on speaking.</summary>
    private Source? ParticipleSpeaker(ImmutableArray<Attribution>.Builder earlier)
    {
        if (earlier.Count > 0 && earlier[^1].Source is { } earlierSource)
        {
            return earlierSource;
        }
        if ((SentenceSubject() ?? OpeningSubjectByTags()) is { } subject)
        {
            // "Trump attacked Clinton, saying …": the main clause's subject is the one speaking.
            var source = MakeSource(subject.First, subject.Last);
            return source.Kind is SourceKind.Document or SourceKind.Vague ? null : source;
        }
        return null;
    }

    /// <summary>
    /// "The mayor called the plan “reckless” and said …", "…, the aide said, and added …": a verb right after a
    /// coordinating conjunction shares the subject of the sentence's last reporting verb before it, when that verb
    /// has its own subject (a participle's or an inverted speaker is no clause subject to share).
    /// </summary>
    private Source? CoordinatedSpeaker(int subjectEnd, ImmutableArray<Attribution>.Builder earlier)
    {
        if (subjectEnd < 1 || earlier.Count == 0 || !_words[subjectEnd].IsWord || !_words[subjectEnd].Has(WordRole.CoordinatingConjunction))
        {
            return null;
        }
        var last = earlier[^1];
        var conjunction = _words[subjectEnd].Span.Start;
        return last.Source is { Kind: not SourceKind.Document } source && last.Cue.End <= conjunction && source.Span.End <= conjunction
            && last.Pattern == AttributionPatterns.SubjectCueContent ? source : null;
    }

    /// <summary>The finite verb's subject: before it, shared with an earlier verb, or after it when inverted.</summary>
    private Source? VerbSubject(CueVerb verb, int subjectEnd, ref int afterCue, out int sourceFirst)
    {
        sourceFirst = -1;
        if (subjectEnd >= 0 && _words[subjectEnd].Has(WordRole.CoordinatingConjunction) && SentenceSubject() is { } shared && shared.Last < subjectEnd)
        {
            // "Graham called both candidates “crazy” and said …": the verbs share the sentence's subject.
            var source = MakeSource(shared.First, shared.Last);
            return source.Kind is SourceKind.Document ? null : source;
        }
        var intensive = subjectEnd > 0 && _words[subjectEnd].IsWord && _words[subjectEnd].Has(WordRole.IntensivePronoun) ? subjectEnd : -1;
        var headEnd = intensive >= 0 ? SubjectEndBefore(intensive) : SubjectEndPastPrepositionalPhrase(SubjectEndPastAdverbials(SkipParentheticalAdverb(SubjectEndPastParticipleClause(subjectEnd))));
        if (IsRelativeThat(headEnd))
        {
            var antecedent = RelativeThatSubject(verb, headEnd);
            sourceFirst = antecedent?.First ?? -1;
            return antecedent is { } a ? MakeSource(a.First, a.Last) : null;
        }
        if (verb.Kind == CueKind.Speech && SpeakerAfterClause(subjectEnd, afterCue) is { } inverted)
        {
            var whole = InvertedSpeakerExtent(inverted);
            afterCue = whole.Last + 1;
            return MakeSource(whole.First, whole.Last);
        }
        if (SubjectBeforeVerb(verb, headEnd, subjectEnd, intensive, ref sourceFirst) is { } before)
        {
            return before;
        }
        if (SubjectBeforeDashPair(subjectEnd) is { } dashed)
        {
            sourceFirst = dashed.First;
            return WithClosingMark(MakeSource(dashed.First, dashed.Last), subjectEnd);
        }
        if (verb.Kind == CueKind.Speech && (subjectEnd < 0 || _words[subjectEnd].Kind is WordKind.Quote or WordKind.Punctuation) && !InvertedSpeakerAt(afterCue)
            && SentenceSubject() is { } opener && opener.Last <= subjectEnd && !InsideQuotation(_words[opener.First].Span.Start))
        {
            // "…, the hacker known as “Ghost,” stated that he …", "Lee, who calls the toll “theft,” said fares …": what
            // follows the verb is its content or object, not an inverted speaker, so the speaker stands before the verb;
            // the sentence's subject, when the readers above found none nearer.
            sourceFirst = opener.First;
            return MakeSource(opener.First, opener.Last);
        }
        if (verb.Kind == CueKind.Speech && (subjectEnd < 0 ? !OpensImperative(verb) : _words[subjectEnd].Kind is WordKind.Quote or WordKind.Punctuation)
            && _phrases.Forward(afterCue) is { } phrase)
        {
            // Inverted: "“…,” said Col. John Dorrian."
            var right = InvertedSpeakerExtent(phrase);
            afterCue = right.Last + 1;
            return MakeSource(right.First, right.Last);
        }
        if (verb.Kind == CueKind.Speech && SpeakerAfterQuotation(subjectEnd) is { } speaker)
        {
            sourceFirst = speaker.First;
            return MakeSource(speaker.First, speaker.Last);
        }
        return null;
    }

    /// <summary>
    /// The subject read back from <paramref name="headEnd"/>: a noun phrase ending there, else one running from the
    /// sentence's start; when that phrase is the object of an earlier verb of a list, the subject the verbs share.
    /// </summary>
    private Source? SubjectBeforeVerb(CueVerb verb, int headEnd, int subjectEnd, int intensive, ref int sourceFirst)
    {
        if ((NamedSpeakerWithDescription(headEnd) ?? DescribedDocument(verb, headEnd) ?? _phrases.Backward(headEnd) ?? NounHeadedSubject(verb, headEnd)) is { } found
            && IsSubjectEnd(headEnd))
        {
            if (ListVerbsSubject(found) is { } listSubject)
            {
                return listSubject;
            }
            var left = RestrictiveRelativeSubject(headEnd) ?? WholeSubjectAround(found, verb, headEnd, subjectEnd);
            // A relative clause's verb has the relative pronoun as its subject, as after a comma ("skippers who say …":
            // "who"); the noun before the pronoun is the subject of the clause the relative clause sits in.
            left = IsRelativePronounAt(headEnd) ? (headEnd, headEnd) : (WithPartitiveHead(left.First, left.Last), WithPostnominalAdverb(left.Last, subjectEnd));
            sourceFirst = left.First;
            return intensive < 0 ? MakeSource(left.First, left.Last) : WithIntensive(MakeSource(left.First, left.Last), intensive);
        }
        if ((DescribedSubjectFromStart(headEnd) ?? TaggedSubjectFromStart(verb, headEnd, subjectEnd)) is { } described)
        {
            if (ListVerbsSubject(described) is { } listSubject)
            {
                return listSubject;
            }
            sourceFirst = described.First;
            return MakeSource(described.First, WithPostnominalAdverb(described.Last, subjectEnd));
        }
        return null;
    }

    /// <summary>
    /// "…,” said the harbour master.", "…, said Ana Ruiz, the board's chair": an inverted speaker after the verb is a noun
    /// phrase, no personal pronoun, that ends the clause (punctuation, a quotation mark or a preposition follows).
    /// "… said he would …", "… told the board last week …" and "… said that …" are content and object.
    /// </summary>
    private bool InvertedSpeakerAt(int k)
    {
        if (OpensContentClause(k) || _phrases.Forward(k) is not { } right || right.First == right.Last && _words[right.First].Has(WordClass.Pronoun))
        {
            return false;
        }
        var next = right.Last + 1;
        return next >= _words.Count || !_words[next].IsWord || _words[next].Has(WordClass.Preposition);
    }

    /// <summary>
    /// "The pier will close for a month, said Ana Ruiz, the harbour master.": after a comma that ends a clause (the part
    /// before it holds a finite verb and is no description such as "who chairs the board"), a reporting verb with a noun
    /// phrase after it that ends the clause is inverted: that phrase is the speaker, and the clause is what was said.
    /// "Ruiz, the harbour master, said …" keeps its subject: the part before the comma holds no verb; so does "Ruiz, a
    /// skipper who fished the bay, said …", whose verb stands in a relative clause. A quotation that opens the sentence
    /// counts as a clause (<see cref="OpensSentenceQuotation"/>).
    /// </summary>
    private (int First, int Last)? SpeakerAfterClause(int subjectEnd, int afterCue)
    {
        // The phrase after the cue is read before the verb's tag is asked: most commas before a verb start no inversion.
        if (subjectEnd < 2 || !_words[subjectEnd].IsPunctuation(',') || !InvertedSpeakerAt(afterCue) || _words[afterCue].Has(WordClass.Pronoun)
            || TagOf(subjectEnd + 1) is not { IsFiniteVerb: true })
        {
            return null;
        }
        for (var end = subjectEnd - 1; end >= 0;)
        {
            var start = ClausePartStart(end);
            var verb = FirstFiniteVerb(start, end);
            if (verb is { } v && !OpensDescriptionPart(start) && !RelativeBefore(start, v) || OpensSentenceQuotation(start))
            {
                return end == subjectEnd - 1 || NamesSpeaker(afterCue) ? _phrases.Forward(afterCue) : null;
            }
            if (!IsAdjunctPart(start, end, verb))
            {
                return null; // "Lee, a skipper who fished the bay for years, said …": the verb is a relative clause's, the part a description
            }
            end = start - 2;
        }
        return null;
    }

    /// <summary>
    /// The part at <paramref name="start"/> is a quotation that opens the sentence ("“We're pleased” with the vote, said
    /// Ruiz"): quoted words are what someone said, a statement or a piece of one, whatever verb the tagger finds in them,
    /// so the clause the verb after the comma reports is there.
    /// </summary>
    private bool OpensSentenceQuotation(int start) => start == 1 && _words[0].Kind == WordKind.Quote;

    /// <summary>
    /// The phrase at <paramref name="k"/> may be a speaker's name or description: it does not open with a pronoun, as an
    /// object does ("him", "her harshly"), or with an -ing form, as a clause does ("spending $1 million").
    /// </summary>
    private bool NamesSpeaker(int k) =>
        _words[k].IsWord && !_words[k].Has(WordClass.Pronoun | WordClass.Possessor) && !_words[k].Has(WordRole.ObjectPronoun)
        && TagOf(k) is not { IsGerund: true } && (_words[k].IsCapitalized || !_words[k].Lower.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>
    /// "…, said Lee": a part between commas that is no clause of its own but hangs on the clause before it — a
    /// prepositional phrase ("in the last vote"), an -ing clause ("forcing the ferry to cut sailings"), a subordinate or
    /// relative clause ("while others disagree", "whom he has angered"), or the words after a quotation that closes
    /// inside the clause. The clause it hangs on, further back, says whether the verb after the comma is inverted. A
    /// part that describes a person ("of the ferry union", "a skipper who …", a name) is none.
    /// </summary>
    private bool IsAdjunctPart(int start, int end, int? verb)
    {
        if (start > end || start < 2 || !_words[start].IsWord)
        {
            return false;
        }
        var first = _words[start];
        if (first.Has(WordClass.DescriptionOpener) && !first.Has(WordClass.RelativePronoun))
        {
            return false;
        }
        return first.Has(WordClass.RelativePronoun | WordClass.SubordinateMarker) || first.Has(WordClass.Preposition) && verb is null
            || TagOf(start) is { IsGerund: true } || _words[start - 1].Kind == WordKind.Quote && verb is null;
    }

    /// <summary>A relative pronoun or "that" after word <paramref name="start"/> and before the verb at <paramref name="verb"/>
    /// (at the start, "That will change" is no relative clause).</summary>
    private bool RelativeBefore(int start, int verb)
    {
        for (var k = start + 1; k < verb; k++)
        {
            if (_words[k].IsWord && _words[k].Has(WordClass.RelativePronoun | WordClass.SubordinateMarker))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"said that …", "asked whether …": the word after the verb opens a subordinate clause, not a speaker's name.</summary>
    private bool OpensContentClause(int k) =>
        k < _words.Count && _words[k].IsWord && _words[k].Has(WordClass.SubordinateMarker) && !_words[k].Has(WordClass.RelativePronoun | WordClass.Preposition);

    /// <summary>
    /// A sentence that opens with the bare form of the verb ("Read the full report here", "Ask the harbour master") tells
    /// the reader what to do: the phrase after it is its object, not an inverted speaker ("Said the mayor: …").
    /// </summary>
    private bool OpensImperative(CueVerb verb) => _words.Count > 0 && _words[0].Lower == verb.Lemma;

    /// <summary>
    /// "The mayor himself said": the intensive pronoun belongs to the subject's span and text; the phrase before it
    /// says what kind of source it is.
    /// </summary>
    private Source WithIntensive(Source head, int pronoun)
    {
        var span = TextSpan.FromBounds(head.Span.Start, _words[pronoun].Span.End);
        return head with { Span = span, Text = _text.Substring(span.Start, span.Length) };
    }

    /// <summary>
    /// "Democratic strategists say", "Trump's campaign manager says": a common noun right before a reporting verb is
    /// its subject even with no determiner and no listed role. Asked of the tagger only once the word lists found no
    /// subject, and not for the party verbs, whose subject must be a party.
    /// </summary>
    private (int First, int Last)? NounHeadedSubject(CueVerb verb, int subjectEnd)
    {
        if (verb.PartyOnly || subjectEnd < 0 || !_words[subjectEnd].IsWord || _words[subjectEnd].IsCapitalized || !MayBeNoun(_words[subjectEnd])
            || !IsCommonNounByTag(subjectEnd))
        {
            return null;
        }
        return _phrases.Backward(subjectEnd, nounHead: true);
    }

    /// <summary>Words the lists already know as no noun ("then", "never said", "repeatedly said") are not sent to the tagger.</summary>
    private static bool MayBeNoun(Word w) =>
        !w.Has(WordClass.ClauseBoundary | WordClass.Determiner | WordClass.Pronoun | WordClass.Hedge | WordClass.Intensifier)
        && !(w.Lower.EndsWith("ly", StringComparison.Ordinal) && !w.Lower.EndsWith("ily", StringComparison.Ordinal));

    private bool SourceFitsVerb(CueVerb verb, Source source, int afterCue)
    {
        if (verb.PartyOnly && !IsParty(source))
        {
            return false; // "the bill opposes", "critics back": only a party takes a position
        }
        if (verb.ActsOnObject && !IsActingParty(source) && !TakesItsParticle(verb, afterCue))
        {
            return false; // "the storm blocked the road", "the van backed into the pier": no one took a side
        }
        if (verb.Kind == CueKind.Evidence && source.Kind is not (SourceKind.Document or SourceKind.Outlet) && !NamesDocument(source.Span)
            && !(source.Kind is SourceKind.Named or SourceKind.Described or SourceKind.Anonymous && OpensFindingClause(afterCue, source)))
        {
            return false; // "the strikes found their targets" is no citation of evidence; "the Justice Department found (that) …" is
        }
        return !(verb.Kind == CueKind.Cognition && source.Kind is SourceKind.Document);
    }

    /// <summary>
    /// The verb's own particle follows it (<c>governed_words</c> by lemma: "backed away from"): with it the verb has no
    /// physical reading, so any party may be its subject.
    /// </summary>
    private bool TakesItsParticle(CueVerb verb, int afterCue) =>
        afterCue < _words.Count && _words[afterCue].IsWord && _lexicon.GovernedWords.ByLemma.TryGetValue(verb.Lemma, out var particles) && particles.Contains(_words[afterCue].Lower);

    /// <summary>A name, a pronoun, or a description with a role noun ("the mayor", "the ferry union"): a party that can take a side.</summary>
    private bool IsActingParty(Source source)
    {
        if (source.Kind is SourceKind.Named or SourceKind.Pronoun)
        {
            return true;
        }
        return source.Kind is SourceKind.Described && AnyWordInside(source.Span, WordClass.RoleNoun);
    }

    /// <summary>
    /// A light verb (<c>light_verbs</c>) whose object, after at most three determiners or adjectives, is a stance noun
    /// ("offered support for", "offered an apology"): the noun, not the verb, says what the party holds.
    /// </summary>
    private bool TakesStanceNounObject(int i, CueVerb verb)
    {
        if (!_lexicon.LightVerbs.Contains(verb.Lemma))
        {
            return false;
        }
        for (var k = i + 1; k < _words.Count && k <= i + 4 && _words[k].IsWord; k++)
        {
            if (_words[k].Has(WordRole.StanceNoun) || _lexicon.NominalStances.ContainsKey(_words[k].Lower))
            {
                return true;
            }
            if (TagOf(k) is { IsNoun: true })
            {
                return false;
            }
        }
        return false;
    }

    private TextSpan VerbCueContent(int sourceFirst, int subjectEnd, int afterCue, bool participle)
    {
        if (sourceFirst > 0 && (_words[sourceFirst - 1].IsPunctuation(',') || _words[sourceFirst - 1].Kind == WordKind.Quote) && !IsIntroductory(sourceFirst))
        {
            return ContentBefore(sourceFirst);
        }
        if (participle || sourceFirst < 0 && subjectEnd >= 0 && !FollowsConjunction(subjectEnd))
        {
            return participle ? ContentFrom(SkipThat(afterCue)) : ContentBefore(subjectEnd + 1);
        }
        return ContentFrom(SkipThat(afterCue));
    }

    /// <summary>
    /// AP's post-posed attribution with a long description: "“…,” Mary Lowe, deputy minister for
    /// housing, planning, and local government, said." Everything between the closing mark and the verb is the
    /// speaker when it starts with a name or a determiner and holds no other verb; the noun-phrase reader gives
    /// up on such descriptions because their inner commas and "and" look like clause boundaries.
    /// </summary>
    private (int First, int Last)? SpeakerAfterQuotation(int subjectEnd)
    {
        var last = subjectEnd >= 0 && _words[subjectEnd].IsPunctuation(',') ? subjectEnd - 1 : subjectEnd;
        for (var k = last; k >= 0 && last - k < 25; k--)
        {
            var w = _words[k];
            if (w.Kind == WordKind.Quote && k > 0 && _words[k - 1].IsWord && _words[k - 1].Span.End == w.Span.Start && w.Text is "'" or "’")
            {
                continue; // a possessive apostrophe: "Sanders' campaign manager"
            }
            if (w.Kind == WordKind.Quote)
            {
                var first = k + 1;
                while (k > 0 && _words[k - 1].Kind == WordKind.Quote)
                {
                    k--; // two apostrophes for a closing mark ('' in some wire copy)
                }
                var closesQuotation = k > 0 && _words[k - 1].Kind == WordKind.Punctuation && _words[k - 1].Text is "," or "?" or "!";
                return closesQuotation && first <= last && _words[last].IsWord && (_words[first].IsCapitalized || _words[first].Has(WordClass.Determiner)) ? (first, last) : null;
            }
            if (w.IsWord && !w.IsCapitalized && w.Has(WordClass.Verb) && !w.Has(WordClass.NounLikeForm) && !IsGerundListItem(k))
            {
                return null; // "“…,” the senator, who said …": another clause
            }
            if (w.Kind == WordKind.Punctuation && w.Text is not ("," or "(" or ")" or "." or "-"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// "minister for housing, planning and transport": an -ing form between a comma and a comma or a coordinating
    /// conjunction is one item of a list of nouns; a participle that opens a clause takes an object or a complement.
    /// </summary>
    private bool IsGerundListItem(int k) =>
        _words[k].EndsInIng && k > 0 && _words[k - 1].IsPunctuation(',') && k + 1 < _words.Count
        && (_words[k + 1].IsPunctuation(',') || _words[k + 1].IsWord && _words[k + 1].Has(WordRole.CoordinatingConjunction));

    /// <summary>
    /// "The mayor mocked the survey, dismissed the audit and …", "she thanked the crowd, then turned to …": a phrase right
    /// after a verb is that verb's object, and the comma after it closes its clause; the verb after the comma continues
    /// the list of the subject's verbs, and the object is not its subject. The same when the phrase read back holds a
    /// finite verb of its own outside a relative clause (no noun phrase does: the reader ran back over the clause). After
    /// a preposition the phrase may end a longer subject ("the head of the union, Ana Ruiz, said"), so only a verb counts.
    /// The sentence's subject before that verb, or null when the phrase is no such object or no subject is found.
    /// </summary>
    private Source? ListVerbsSubject((int First, int Last) phrase)
    {
        if (phrase.Last + 1 >= _words.Count || !_words[phrase.Last + 1].IsPunctuation(','))
        {
            return null;
        }
        if (phrase.First > 0 && _words[phrase.First - 1].IsWord && TagOf(phrase.First - 1) is { Upos: Language.UniversalPos.VERB })
        {
            return SharedSubjectBefore(phrase.First - 1);
        }
        for (var k = phrase.First + 1; k < phrase.Last && _words[k].IsWord && !_words[k].Has(WordClass.RelativePronoun); k++)
        {
            if (!_words[k].IsCapitalized && TagOf(k) is { IsFiniteVerb: true, Upos: Language.UniversalPos.VERB })
            {
                return SharedSubjectBefore(k);
            }
        }
        return null;
    }

    /// <summary>
    /// The sentence's subject when it ends before verb <paramref name="verb"/>, outside a quotation, and names a party or a
    /// group (not a document, not "it"): the speaker a list of verbs shares.
    /// </summary>
    private Source? SharedSubjectBefore(int verb)
    {
        if (SentenceSubject() is not { } subject || subject.Last >= verb || InsideQuotation(_words[subject.First].Span.Start))
        {
            return null;
        }
        var source = MakeSource(subject.First, subject.Last);
        return source.Kind is SourceKind.Document || _lexicon.IsNotParty(source.Text) ? null : source;
    }

    /// <summary>The noun phrase that opens the sentence (after an introductory phrase set off by a comma), if it names someone.</summary>
    private (int First, int Last)? SentenceSubject()
    {
        var start = SkipOpeningConjunction(0);
        if (start < _words.Count && _words[start].IsWord && (_words[start].Has(WordClass.ClauseBoundary) && !_words[start].Has(WordClass.Pronoun) || _words[start].Lower.EndsWith("ly", StringComparison.Ordinal)))
        {
            var comma = start;
            while (comma < _words.Count && !_words[comma].IsPunctuation(','))
            {
                comma++;
            }
            start = comma + 1;
        }
        else if (start < _words.Count && IsTaggedOpener(start) && SubjectAfterOpener(start) is { } afterOpener)
        {
            return afterOpener;
        }
        if (start >= _words.Count || _words[start].IsWord is false)
        {
            return null;
        }
        if (_phrases.Forward(start, allowAppositive: false) is not { } subject)
        {
            return null;
        }
        var head = _words[subject.Last];
        if (head.Text == ")" && subject.Last - 3 >= subject.First && _words[subject.Last - 2].Text == "(")
        {
            head = _words[subject.Last - 3]; // "Ohio Gov. Ann Pike (D)"
        }
        return head.IsCapitalized || head.Has(WordClass.Pronoun) || head.Has(WordClass.RoleNoun) ? subject : SubjectBeforeTaggedVerb(subject);
    }

    /// <summary>
    /// Where the sentence's own words start: past opening quotation marks and punctuation, and past a coordinating
    /// conjunction that joins the sentence to the one before ("But the mayor …", "And, in the end, she …"), which
    /// belongs to neither the subject nor an introductory phrase.
    /// </summary>
    private int SkipOpeningConjunction(int start)
    {
        start = SkipQuotesAndPunctuation(start);
        if (start + 1 < _words.Count && _words[start].IsWord && _words[start].Has(WordRole.CoordinatingConjunction))
        {
            start = SkipQuotesAndPunctuation(start + 1);
        }
        return start;
    }

    private int SkipQuotesAndPunctuation(int start)
    {
        while (start < _words.Count && _words[start].Kind is WordKind.Quote or WordKind.Punctuation)
        {
            start++;
        }
        return start;
    }

    /// <summary>
    /// A sentence that opens with what the tagger reads as a preposition, a subordinator, an adverb or a participle
    /// ("During the debate, …", "Speaking in Ohio, …", "Then she …", "Asked about the toll, …") opens with an
    /// introductory phrase, not with its subject (a verb first in a news sentence is a participle, whatever its tag).
    /// </summary>
    private bool IsTaggedOpener(int start) =>
        _words[start].IsWord && TagOf(start) is { } tag
        && (tag.Upos is Language.UniversalPos.ADP or Language.UniversalPos.SCONJ or Language.UniversalPos.ADV || tag.IsVerb);

    /// <summary>
    /// The subject after an introductory phrase: the noun phrase before the first finite verb past the phrase, which
    /// ends at its first comma ("Speaking at a rally in Reno, Nevada, the senator said" reads through the place's
    /// commas to "the senator"); a lone adverb needs no comma ("Then she …", "Later in the day, she …"). Null when no
    /// such subject is found: the caller then reads the sentence as before.
    /// </summary>
    private (int First, int Last)? SubjectAfterOpener(int start)
    {
        var from = start + 1;
        var loneAdverb = TagOf(start) is { Upos: Language.UniversalPos.ADV } && from < _words.Count && _words[from].IsWord;
        if (!loneAdverb)
        {
            while (from < _words.Count && !_words[from].IsPunctuation(','))
            {
                from++;
            }
            from++;
        }
        for (var v = from; v < _words.Count; v++)
        {
            if (_words[v].Kind is WordKind.Quote || _words[v].IsPunctuation(';') || _words[v].IsPunctuation(':'))
            {
                return null;
            }
            if (!_words[v].IsWord || TagOf(v) is not { IsFiniteVerb: true })
            {
                continue;
            }
            var end = SubjectEndBefore(v);
            if (end >= from && _words[end].Has(WordClass.RelativePronoun))
            {
                continue; // the verb of a relative clause inside the subject ("Tom Ruiz, who ran the campaign, said")
            }
            var phrase = end >= from ? NamedSpeakerWithDescription(end) ?? _phrases.Backward(end) : null;
            return phrase is { } found && found.First >= from ? found : null;
        }
        return null;
    }

    /// <summary>
    /// "Both pilots hesitated …", "The harbour master made no secret …": the word lists take a verb they do not know into
    /// the phrase, so the tagger ends it before its first finite verb (an adverb before it skipped: "the union quickly
    /// rejected"). The words before must end in a noun, a name, a role or a pronoun. Asked last, once the word lists
    /// found no subject.
    /// </summary>
    private (int First, int Last)? SubjectBeforeTaggedVerb((int First, int Last) phrase)
    {
        for (var k = phrase.First + 1; k <= phrase.Last + 1 && k < _words.Count; k++)
        {
            if (!_words[k].IsWord || TagOf(k) is not { } tag)
            {
                return null;
            }
            var verb = tag.Upos == Language.UniversalPos.ADV && k + 1 < _words.Count && _words[k + 1].IsWord ? k + 1 : k;
            if (TagOf(verb) is { IsFiniteVerb: true })
            {
                var head = _words[k - 1];
                var named = head.IsCapitalized || head.Has(WordClass.Pronoun | WordClass.RoleNoun) || TagOf(k - 1) is { IsNoun: true };
                return named ? (phrase.First, k - 1) : null;
            }
        }
        return null;
    }

    /// <summary>For words that are usually nouns: a verb only right after something that can be a subject.</summary>
    private bool PlausibleSubjectBefore(int verb)
    {
        var k = verb - 1;
        while (k >= 0 && _words[k].IsWord && _words[k].Has(WordClass.Auxiliary))
        {
            k--;
        }
        if (k < 0)
        {
            return false;
        }
        var w = _words[k];
        return w.IsCapitalized && (k > 0 || OpensWithName(k)) && !AdjectiveBeforeNoun(k, verb) && !CapitalizedModifierAfterDeterminer(k) || w.Has(WordClass.Pronoun) || w.Has(WordClass.RoleNoun | WordClass.DocumentHead | WordClass.RelativePronoun) || w.Text is ")" or "*";
    }

    /// <summary>
    /// A capitalized adjective ("Western states", "Baltic states") modifies a plural noun after it: it is no subject, so
    /// the tagger decides whether the word is a verb. Not before a noun that names a stance ("Labour attacks",
    /// "French comments": the adjective names the party that holds it), nor before an -ed form (title-case headlines).
    /// </summary>
    private bool AdjectiveBeforeNoun(int k, int verb) =>
        _words[verb].Lower.EndsWith('s') && !_words[verb].Has(WordRole.StanceNoun)
        && TagOf(k) is { Upos: Language.UniversalPos.ADJ };

    /// <summary>
    /// "the Lisbon attack", "the Harbour Board's", "a Tuesday tweet": capitalised words after a determiner modify the noun
    /// that follows them inside the determiner's phrase, so they prove no subject of a verb; the tagger decides whether
    /// the word after them is a verb ("the Harbour Board warns").
    /// </summary>
    private bool CapitalizedModifierAfterDeterminer(int k)
    {
        while (k > 0 && _words[k].IsWord && _words[k].IsCapitalized && !_words[k].Has(WordClass.Determiner))
        {
            k--;
        }
        return _words[k].IsWord && _words[k].Has(WordClass.Determiner) && !_words[k].Has(WordClass.QuantitySubject);
    }

    /// <summary>"Ruiz calls for …": a capital first in the sentence proves no name, but the tagger's proper noun does.</summary>
    private bool OpensWithName(int k) => k == 0 && !_words[k].Has(WordClass.ClauseBoundary | WordClass.Determiner) && TagOf(k) is { IsProperNoun: true };
}
