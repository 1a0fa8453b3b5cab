using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A party's stance named by a noun: "his support for the plan", "the mayor's criticism of the toll".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// Word <paramref name="i"/> is a possessor ("his", "Lee's"), then at most two words the tagger reads as adjectives or
    /// adverbs ("his continual attacks", "her deeply held view"), then a stance noun of the lexicon that the tagger reads as
    /// a noun, then a word that opens what the stance is about (<c>stance_noun_complements</c>: "his attacks on", "her claim
    /// that", "their opposition to"): the possessor is the party, what follows the noun is the content. A bare noun names an
    /// event, not a stance reported ("after his speech", "denounced her comments"), unless a light verb's subject holds it
    /// ("she voiced her concerns", see <see cref="SubjectOwningObject"/>). A name before the possessive joins it
    /// ("Mayor Ann Lee's"); "its" and a common noun's possessive ("the bill's") name no party. A phrase that opens the
    /// sentence is its subject ("His claims were false"): the sentence is then the writer's. A possessive pronoun right
    /// after a verb refers back to that verb's subject, which is then the source (see <see cref="SubjectOwningObject"/>).
    /// </summary>
    private Attribution? PossessiveNominal(int i, ImmutableArray<Attribution>.Builder earlier)
    {
        var noun = StanceNounAfterPossessor(i, out var lemma, out var complement);
        if (noun < 0 || InsideQuotation(_words[i].Span.Start) || InsideLink(_words[i].Span.Start))
        {
            return null;
        }
        if (PossessorSource(i) is not { } possessor)
        {
            return null; // "the bill's support": a common noun's possessive; "its support"
        }
        if (TagOf(noun) is not { IsNoun: true } || SubjectOfVerbAfter(noun) || !ModifiersBetween(i, noun))
        {
            return null; // "… where her support fell to 40 percent": the phrase is a clause's subject, what is said of it the writer's claim
        }
        var owner = possessor.Kind == SourceKind.Pronoun ? SubjectOwningObject(i, earlier) : null;
        if (!complement && owner is null)
        {
            return null;
        }
        var source = owner ?? possessor;
        var cue = _words[noun].Span;
        return new Attribution(cue, source, ContentFrom(noun + 1), lemma, CueKind.Cognition, LoadedCue: false) { Verb = cue, Pattern = AttributionPatterns.PossessiveNominal };
    }

    /// <summary>
    /// The index of the stance noun within three words after possessor <paramref name="i"/>, or -1, and whether its next
    /// word opens its complement (<c>stance_noun_complements</c>). Word lists only: the tagger is asked later.
    /// </summary>
    private int StanceNounAfterPossessor(int i, out string lemma, out bool complement)
    {
        lemma = "";
        complement = false;
        for (var noun = i + 1; noun <= i + 3 && noun < _words.Count && _words[noun].IsWord; noun++)
        {
            // The role first: the words after every possessor are asked, and few are stance nouns.
            if (_words[noun].Has(WordRole.StanceNoun) && _lexicon.StanceNouns.TryGetValue(_words[noun].Lower, out var found))
            {
                lemma = found;
                complement = noun + 1 < _words.Count && _words[noun + 1].IsWord && _lexicon.StanceNounComplements.Contains(_words[noun + 1].Lower);
                return noun;
            }
        }
        return -1;
    }

    /// <summary>
    /// The words between possessor <paramref name="i"/> and its noun are all adjectives, adverbs, participles or common nouns
    /// to the tagger ("his repeated claims", "her long-held view", "his campaign promise"): between a possessor and its noun
    /// a participle or a noun can only describe the noun.
    /// </summary>
    private bool ModifiersBetween(int i, int noun)
    {
        for (var k = i + 1; k < noun; k++)
        {
            if (TagOf(k) is not ({ Upos: Language.UniversalPos.ADJ or Language.UniversalPos.ADV or Language.UniversalPos.NOUN } or { Xpos: "VBN" or "VBG" }))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Where the name ending in possessive <paramref name="i"/> starts: the capitalised words before it that the tagger reads
    /// as proper nouns ("Mayor Ann Lee's"), not a capitalised opener ("Despite Lee's", "But Lee's").
    /// </summary>
    private int NameStartBefore(int i)
    {
        var first = i;
        while (first > 0 && _words[first - 1].IsWord && _words[first - 1].IsCapitalized && TagOf(first - 1) is { IsProperNoun: true })
        {
            first--;
        }
        return first;
    }

    /// <summary>
    /// "Lee pinned her hopes on …", "the senator threw his support behind …", "she voiced her concerns about …": a
    /// possessive pronoun right after a light verb (<c>light_verbs</c>), or after its particle or preposition, opens the
    /// verb's object and refers back to the verb's subject, which holds the stance the noun names. After other verbs the
    /// possessor is often someone else ("the board heard their plea"), so it stays the source. Null when that subject is
    /// no party.
    /// </summary>
    private Source? SubjectOwningObject(int possessor, ImmutableArray<Attribution>.Builder earlier)
    {
        var verb = possessor - 1;
        while (verb > 0 && possessor - verb <= 2 && _words[verb].IsWord && TagOf(verb) is { Upos: Language.UniversalPos.ADP or Language.UniversalPos.PART })
        {
            verb--;
        }
        // "has her doubts" is hers, but "had his greatest support among …" is support he received (receiving_verbs):
        // the possessor stays the source there, and a holder after the noun is read by the nominal pattern.
        if (verb < 1 || !IsLightVerb(verb) || _words[verb].Has(WordRole.ReceivingVerb) || MainClauseSpeaker(verb + 1, earlier) is not { } subject)
        {
            return null;
        }
        return IsParty(subject) ? subject : null;
    }

    /// <summary>The word after the noun is a verb or an auxiliary: the noun's phrase is its subject.</summary>
    private bool SubjectOfVerbAfter(int noun) =>
        noun + 1 < _words.Count && _words[noun + 1].IsWord && TagOf(noun + 1) is { Upos: Language.UniversalPos.VERB or Language.UniversalPos.AUX };

    /// <summary>
    /// "The mayor was hopeful that …", "Residents are wary of the plan": a party, a form of "be" (past one word or two adverbs,
    /// <see cref="BeBeforeStanceAdjective"/>: "was deeply sceptical about"), a stance adjective the tagger reads as an adjective, and a word that
    /// says what the stance is about.
    /// </summary>
    private Attribution? StanceAdjective(int i)
    {
        // The complement first: the "be" before the adjective may need the tagger, which most adjectives never reach.
        if (i + 1 >= _words.Count || !TakesStanceComplement(i))
        {
            return null;
        }
        var be = BeBeforeStanceAdjective(i);
        if (be < 0 || InsideQuotation(_words[i].Span.Start))
        {
            return null;
        }
        // A pronoun with a contracted "be" ("they’re hopeful that") is its own subject, as in the stance-predicate pattern.
        var contracted = ContractedCopula(be);
        if ((contracted ? PartySubjectBefore(be + 1) : PartySubjectBefore(be)) is not { } source
            || TagOf(i) is not { Upos: Language.UniversalPos.ADJ })
        {
            return null;
        }
        var cue = TextSpan.FromBounds(_words[contracted ? be + 1 : be].Span.Start, _words[i].Span.End);
        return new Attribution(cue, source, ContentFrom(SkipThat(i + 1)), _words[i].Lower, CueKind.Cognition, LoadedCue: false) { Verb = _words[i].Span, Pattern = AttributionPatterns.PartyStance };
    }

    private bool IsBeOrContracted(int k) => _words[k].Has(WordClass.BeForm) || ContractedCopula(k);

    /// <summary>
    /// The word after stance adjective <paramref name="i"/> says what the stance is about ("wary of", "hopeful that"), or,
    /// after an adjective of will, opens the act willed ("reluctant to sail": "to" and a verb the tagger reads as one).
    /// </summary>
    private bool TakesStanceComplement(int i) =>
        _words[i + 1].Has(WordRole.StanceComplement)
        || _lexicon.VolitionAdjectives.Contains(_words[i].Lower) && _words[i + 1].Has(WordRole.InfinitiveMarker) && i + 2 < _words.Count && TagOf(i + 2) is { Xpos: "VB" };

    /// <summary>
    /// "calls for an inquiry", "criticism of the toll from dock workers", "support among farmers": a stance noun with no
    /// possessor (<c>nominal_stances</c>), before one of its own words, that the tagger reads as a noun. The sentence
    /// reports a stance; a party after a source preposition in the same phrase holds it, else none is named.
    /// </summary>
    private Attribution? NominalStance(int i, ImmutableArray<Attribution>.Builder earlier)
    {
        if (i + 2 >= _words.Count || !_lexicon.NominalStances.TryGetValue(_words[i].Lower, out var stance) || !stance.Before.Contains(_words[i + 1].Lower)
            || i > 0 && _words[i - 1].IsWord && _words[i - 1].Has(WordClass.Possessor)
            || InsideQuotation(_words[i].Span.Start) || InsideLink(_words[i].Span.Start) || TagOf(i) is not { IsNoun: true })
        {
            return null; // after a possessor the possessive pattern decides ("His calls for …" opening a sentence is its subject)
        }
        var cue = TextSpan.FromBounds(_words[i].Span.Start, _words[i + 1].Span.End);
        if (stance.OnlyAfterLightVerb)
        {
            // "showed no sign of backing down": shown or expressed, the noun is the subject's disposition; "a sign of
            // the times" is no stance of anyone's.
            return LightVerbHolder(i, earlier) is { } shower && IsParty(shower)
                ? new Attribution(cue, shower, ContentFrom(i + 2), stance.Lemma, CueKind.Cognition, LoadedCue: false) { Verb = _words[i].Span, Pattern = AttributionPatterns.NominalStance }
                : null;
        }
        var holder = NominalStanceHolder(i + 1) ?? ReceivedStanceHolder(i, stance) ?? LightVerbHolder(i, earlier) ?? AdverbialStanceHolder(i, earlier);
        return new Attribution(cue, holder, ContentFrom(i + 2), stance.Lemma, CueKind.Cognition, LoadedCue: false)
        {
            Verb = _words[i].Span,
            Pattern = AttributionPatterns.NominalStance,
        };
    }

    /// <summary>
    /// "fears that the levy will rise", "the claim that the pier is safe", "assurances that the ferry will sail": a noun of
    /// saying or thinking (<c>stance_nouns</c>) before a content clause, a "that" the tagger reads as a conjunction (not
    /// the relative pronoun of "a claim that surfaced"), reports someone's stance. After a possessor the possessive
    /// pattern decides; a light verb's subject holds it ("she made the claim that …"), else none is named: a party after a
    /// preposition inside the clause is the clause's own.
    /// </summary>
    private Attribution? NounContentClause(int i, ImmutableArray<Attribution>.Builder earlier)
    {
        // The flag test first: most words are followed by no subordinator.
        if (i + 2 >= _words.Count || !_words[i + 1].Has(WordClass.SubordinateMarker) || !_words[i + 1].Has(WordRole.ContentClauseConjunction)
            || !_words[i].Has(WordRole.StanceNoun) || !_lexicon.StanceNouns.TryGetValue(_words[i].Lower, out var lemma)
            || i > 0 && _words[i - 1].IsWord && _words[i - 1].Has(WordClass.Possessor)
            || InsideQuotation(_words[i].Span.Start) || TagOf(i) is not { IsNoun: true } || !OpensNounContentClause(i + 1))
        {
            return null;
        }
        var cue = TextSpan.FromBounds(_words[i].Span.Start, _words[i + 1].Span.End);
        return new Attribution(cue, LightVerbHolder(i, earlier), ContentFrom(i + 2), lemma, CueKind.Cognition, LoadedCue: false)
        {
            Verb = _words[i].Span,
            Pattern = AttributionPatterns.NominalStance,
        };
    }

    /// <summary>
    /// The party after the first source preposition before the phrase ends ("praise for the plan from the mayor"), or null.
    /// An infinitive or a clause after the noun is its content, and the phrases in it are that content's own: "a promise
    /// to rebuild the pier by spring", "fears that fares will rise among …" name no holder there.
    /// </summary>
    private Source? NominalStanceHolder(int k)
    {
        // The source preposition is found by the word list first; only when there is one are the words up to it asked
        // of the tagger (most stance nouns name no holder, and the tags were read for nothing).
        var preposition = k;
        for (var end = Math.Min(_words.Count, k + 8); preposition < end && _words[preposition].IsWord; preposition++)
        {
            if (_lexicon.NominalStanceSources.Contains(_words[preposition].Lower))
            {
                return OpensInfinitiveOrClauseIn(k, preposition) || _phrases.Forward(preposition + 1, allowAppositive: false) is not { } party
                    ? null : MakeSource(party.First, party.Last);
            }
        }
        return null;
    }

    /// <summary>A word from <paramref name="first"/> to <paramref name="last"/> opens an infinitive or a clause.</summary>
    private bool OpensInfinitiveOrClauseIn(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (OpensInfinitiveOrClause(k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A verb after "to" (an infinitive) or a word the tagger reads as a subordinating conjunction.</summary>
    private bool OpensInfinitiveOrClause(int k) => TagOf(k) switch
    {
        { Upos: Language.UniversalPos.SCONJ } => true,
        { Upos: Language.UniversalPos.VERB } => k > 0 && _words[k - 1].Lower == "to",
        _ => false,
    };

    /// <summary>
    /// "The mayor made an impassioned call for calm", "the union gave assurances that …": a stance noun that is the object
    /// of a light verb (<c>light_verbs</c>), with at most three determiners, adjectives or adverbs between them, is held by
    /// that verb's clause's subject. Null for another verb, or when no subject is found.
    /// </summary>
    private Source? LightVerbHolder(int noun, ImmutableArray<Attribution>.Builder earlier)
    {
        var k = WordBeforeObject(noun);
        return k >= 1 && IsLightVerb(k) ? MainClauseSpeaker(k + 1, earlier) : null;
    }

    /// <summary>The word before the determiners, adjectives and adverbs (at most three) that open the phrase of noun <paramref name="noun"/>.</summary>
    private int WordBeforeObject(int noun)
    {
        var k = noun - 1;
        while (k > 0 && noun - k <= 3 && _words[k].IsWord && TagOf(k) is { Upos: Language.UniversalPos.DET or Language.UniversalPos.ADJ or Language.UniversalPos.ADV })
        {
            k--;
        }
        return k;
    }

    /// <summary>
    /// "The ferry line won the endorsement of the teachers' union", "the mayor has the support of most skippers": received
    /// or had (<c>receiving_verbs</c>), a stance that someone gives — a noun whose holder a source preposition can name
    /// ("support from") — is held by the party its "of" phrase names, not what it is about ("endorsement of the plan").
    /// An opinion is not given ("has a low opinion of the toll"). The party of that phrase, or null.
    /// </summary>
    private Source? ReceivedStanceHolder(int noun, NominalStance stance)
    {
        if (noun + 2 >= _words.Count || !_lexicon.SubjectiveGenitives.Contains(_words[noun + 1].Lower) || !stance.Before.Overlaps(_lexicon.NominalStanceSources))
        {
            return null;
        }
        var k = WordBeforeObject(noun);
        if (k < 0 || k == noun || !_words[k].IsWord || _words[k].IsCapitalized || !_words[k].Has(WordRole.ReceivingVerb)
            || TagOf(k) is not { Upos: Language.UniversalPos.VERB })
        {
            return null;
        }
        if (_phrases.Forward(noun + 2, allowAppositive: false) is not { } np)
        {
            return null;
        }
        var source = MakeSource(np.First, np.Last);
        return IsParty(source) ? source : null;
    }

    /// <summary>
    /// "The union marched in support of the crews", "she spoke in favor of the toll": a bare stance noun after "in"
    /// (<c>stance_adverbial_prepositions</c>) is an adverbial of its clause, whose subject holds the stance; null when
    /// that subject is no party, or when "in" follows a noun ("a rise in support for the toll": the noun's phrase).
    /// </summary>
    private Source? AdverbialStanceHolder(int noun, ImmutableArray<Attribution>.Builder earlier)
    {
        var before = noun - 1;
        if (before < 1 || !_words[before].IsWord || !_lexicon.StanceAdverbialPrepositions.Contains(_words[before].Lower)
            || TagOf(before) is not { Upos: Language.UniversalPos.ADP } || TagOf(before - 1) is { IsNoun: true } || MainClauseSpeaker(noun, earlier) is not { } subject)
        {
            return null;
        }
        return IsParty(subject) ? subject : null;
    }

    private bool IsLightVerb(int k) =>
        _words[k].IsWord && !_words[k].IsCapitalized && _words[k].Has(WordRole.LightVerb) && TagOf(k) is { Upos: Language.UniversalPos.VERB };
}
