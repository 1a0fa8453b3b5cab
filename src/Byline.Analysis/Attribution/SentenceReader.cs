using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>What one sentence says about its own sourcing, before the document is linked.</summary>
public sealed record SentenceFacts(
    TextSpan Span,
    int WordCount,
    bool IsQuestion,
    bool IsMostlyNonLatin,
    bool StartsWithVoiceChange,
    bool GivesAnonymityReason,
    bool IsFirstPerson,
    bool EndsWithColon,
    ImmutableArray<Attribution> Attributions,
    ImmutableArray<VaguePhrase> VaguePhrases)
{
    /// <summary>A short run of words with no verb, such as a photo description: no claim.</summary>
    public bool IsFragment { get; init; }

    /// <summary>The writer states a figure in their own voice ("The pier cost $2 million."): no source is carried over to it.</summary>
    public bool StatesWritersFigure { get; init; }

    /// <summary>The writer's voice returns here: carry-over stops before this sentence.</summary>
    public bool EndsCarryOver => StartsWithVoiceChange || StatesWritersFigure;
}

/// <summary>
/// Reads the cues, sources, contents and vague phrases of one sentence. Linear in the sentence's length;
/// every look-up is a frozen-set probe.
/// </summary>
internal sealed partial class SentenceReader
{
    // One reader per thread, reset for each sentence: its word list and noun-phrase reader are reused too.
    [ThreadStatic]
    private static SentenceReader? _threadReader;

    private AttributionLexicon _lexicon = null!;
    private string _text = "";
    private readonly List<Word> _words = new(64);
    private readonly NounPhrases _phrases;
    private TextSpan _span;
    private Syntax.BlockNode _node = null!;
    private int _sentence;
    private ImmutableArray<Quotation> _quotations;
    private List<MarkdownLink> _links = NoLinks;
    private WordClass _classes;
    private static readonly List<MarkdownLink> NoLinks = [];

    // Reused per thread: a sentence's attributions and vague phrases are collected here and copied out once
    // (an empty result copies nothing), instead of a builder and its backing array per sentence.
    [ThreadStatic]
    private static ImmutableArray<Attribution>.Builder? _attributionBuffer;
    [ThreadStatic]
    private static ImmutableArray<VaguePhrase>.Builder? _vagueBuffer;

    /// <summary>A Markdown link "[text](url)": <see cref="Text"/> is inside the brackets, <see cref="Whole"/> covers all of it.</summary>
    private readonly record struct MarkdownLink(TextSpan Text, TextSpan Whole);

    private SentenceReader() => _phrases = new NounPhrases(_words);

    private void Reset(AttributionLexicon lexicon, Syntax.BlockNode node, int sentence, ImmutableArray<Quotation> quotations)
    {
        var text = node.Text;
        var span = node.Sentences[sentence].Span;
        _node = node;
        _sentence = sentence;
        _quotations = quotations;
        _links = FindLinks(text, span);
        _lexicon = lexicon;
        _text = text;
        _span = span;
        SentenceWords.ReadInto(_words, text, span.Start, span.End, absoluteOffset: 0);
    }

    /// <summary>Facts of sentence <paramref name="sentence"/> of <paramref name="node"/>; spans are relative to the block.</summary>
    public static SentenceFacts Read(AttributionLexicon lexicon, Syntax.BlockNode node, int sentence, ImmutableArray<Quotation> quotations = default)
    {
        var reader = _threadReader ??= new SentenceReader();
        reader.Reset(lexicon, node, sentence, quotations.IsDefault ? [] : quotations);
        try
        {
            return reader.Read();
        }
        finally
        {
            reader.ReleaseTags();
        }
    }

    private SentenceFacts Read()
    {
        // One pass for the word count and the union of the sentence's word lists: the passes below that look for
        // cues or hedges are skipped when no word of the sentence is on their lists, and the union says whether it
        // is written in the first person ("I am appalled", "our position": a statement's own voice).
        var wordCount = 0;
        var classes = WordClass.None;
        foreach (var w in _words)
        {
            wordCount += w.Kind is WordKind.Word or WordKind.Number ? 1 : 0;
            classes |= w.Lexeme.Classes;
        }
        _classes = classes;
        var trimmed = _text.AsSpan(_span.Start, _span.Length).TrimEnd();
        var isQuestion = trimmed.Length > 0 && (trimmed[^1] == '?' || trimmed.Length > 1 && trimmed[^1] is '"' or '”' or '’' && trimmed[^2] == '?');
        var attributions = FindAttributions();
        var vague = FindVaguePhrases(attributions);
        var voiceChange = StartsWithVoiceChange() || IsParenthetical(trimmed);
        var anonymityReason = attributions.Any(a => a.Source?.Kind == SourceKind.Anonymous) && GivesAnonymityReason();
        return new SentenceFacts(_span, wordCount, isQuestion, IsMostlyNonLatin(), voiceChange, anonymityReason, IsFirstPerson: (classes & WordClass.FirstPerson) != 0, trimmed.Length > 0 && trimmed[^1] == ':', attributions, vague)
        {
            IsFragment = attributions.Length == 0 && IsFragment(wordCount),
            StatesWritersFigure = !voiceChange && StatesWritersFigure(attributions),
        };
    }

    private ImmutableArray<Attribution> FindAttributions()
    {
        var found = _attributionBuffer ??= ImmutableArray.CreateBuilder<Attribution>();
        found.Clear();
        // In a title-case headline ("Iraqis Hold Line Against ISIL, DoD Spokesman Says") verbs are capitalised too.
        bool? titleCase = null;
        if (ColonAttribution() is { } colon)
        {
            found.Add(colon);
        }
        var wordsToRead = (_classes & (WordClass.Verb | WordClass.PhraseCueFirst | WordClass.CueCandidate | WordClass.Possessor | WordClass.StanceAdjective)) != 0 ? _words.Count : 0;
        for (var i = 0; i < wordsToRead; i++)
        {
            var w = _words[i];
            if (!w.IsWord)
            {
                continue;
            }
            if (w.Has(WordClass.PhraseCueFirst) && w.Lower == "in" && PollCitation(i) is { } poll) // the flag test first: "in" is rare among words
            {
                found.Add(poll);
                continue;
            }
            if (w.Has(WordClass.StanceAdjective) && StanceAdjective(i) is { } stance)
            {
                found.Add(stance);
                continue;
            }
            if (w.Has(WordClass.Possessor) && PossessiveNominal(i) is { } nominal)
            {
                found.Add(nominal);
                i++;
                continue;
            }
            if (MatchPhraseCue(i) is { } phrase)
            {
                if (ReadPhraseCue(i, phrase) is { } attribution)
                {
                    found.Add(attribution);
                }
                i += phrase.Words.Length - 1;
                continue;
            }
            if (w.Lexeme.Verb is { Kind: not CueKind.Evidence, PartyOnly: false } passiveVerb && PassiveAgent(i, passiveVerb) is { } passive)
            {
                found.Add(passive);
                continue;
            }
            if (w.Lexeme.Verb is { } verb && (!w.IsCapitalized || i == 0 || (titleCase ??= IsTitleCase())) && !InsideQuotation(w.Span.Start) && !InsideLink(w.Span.Start)
                && ReadVerbCue(i, verb, found) is { } verbAttribution)
            {
                found.Add(verbAttribution);
            }
        }
        return found.ToImmutable();
    }

    /// <summary>
    /// "In the latest Washington Post-ABC News poll, 31% of Republicans …", "… a favourable view of Trump in a new
    /// CNN/ORC poll": a poll cited with "in" is the source of the figures the sentence reports.
    /// </summary>
    private Attribution? PollCitation(int i)
    {
        if (i + 2 >= _words.Count || !_words[i + 1].IsWord || !_words[i + 1].Has(WordClass.Determiner))
        {
            return null;
        }
        for (var k = i + 2; k < _words.Count && k - i <= 9; k++)
        {
            var w = _words[k];
            if (w.IsWord && w.Has(WordClass.PollHead) && EndsNounPhrase(k))
            {
                var source = MakeSource(i + 1, k);
                var after = k + 1;
                while (after < _words.Count && _words[after].IsPunctuation(','))
                {
                    after++;
                }
                var content = i == 0 || IsIntroductory(i) ? ContentFrom(after) : ContentBefore(i);
                var cue = _words[i].Span;
                return new Attribution(cue, source, content, "in", CueKind.Evidence, LoadedCue: false) { Verb = cue, Pattern = AttributionPatterns.PollCitation };
            }
            if (!(w.Kind is WordKind.Word or WordKind.Number || w.Text is "-" or "/" or "–"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// "The plan was described by the mayor as reckless": a reporting verb in the passive with its agent. The
    /// agent is the source; what is said about the subject is the content.
    /// </summary>
    private Attribution? PassiveAgent(int i, CueVerb verb)
    {
        if (i < 2 || i + 2 >= _words.Count || !_words[i - 1].IsWord || !_words[i - 1].Has(WordClass.BeForm) || !_words[i + 1].Has(WordClass.AgentMarker)
            || !_words[i].Lower.EndsWith('d') || _phrases.Forward(i + 2, allowAppositive: false) is not { } agent)
        {
            return null;
        }
        var source = MakeSource(agent.First, agent.Last);
        if (source.Kind is SourceKind.Document && verb.Kind == CueKind.Cognition)
        {
            return null;
        }
        var cue = TextSpan.FromBounds(_words[i - 1].Span.Start, _words[i + 1].Span.End);
        var content = TextSpan.FromBounds(ContentBefore(i - 1).Start, ContentFrom(agent.Last + 1).End);
        return new Attribution(cue, source, content, verb.Lemma, verb.Kind, verb.Loaded) { Verb = _words[i].Span, Pattern = AttributionPatterns.PassiveAgent };
    }

    /// <summary>"the poll," or "the poll released Monday", not "the poll booth".</summary>
    private bool EndsNounPhrase(int k) =>
        k + 1 >= _words.Count || !_words[k + 1].IsWord || _words[k + 1].IsCapitalized || _words[k + 1].Has(WordClass.AfterPoll);

    private bool IsTitleCase()
    {
        int words = 0, capitalised = 0;
        foreach (var w in _words)
        {
            if (w.IsWord && w.Text.Length > 3)
            {
                words++;
                capitalised += w.IsCapitalized ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 8;
    }

    /// <summary>
    /// "Joe Scarborough: Donald Trump playing dumb about the KKK is 'disqualifying'": a named speaker, a
    /// colon, and what they said — the headline and social-media form of attribution.
    /// </summary>
    private Attribution? ColonAttribution()
    {
        var colon = -1;
        for (var k = 1; k < Math.Min(_words.Count, 16); k++)
        {
            if (_words[k].IsPunctuation(':'))
            {
                colon = k;
                break;
            }
        }
        if (colon < 0 || colon + 1 >= _words.Count || _phrases.Forward(0, allowAppositive: false) is not { } np)
        {
            return null;
        }
        if (np.Last != colon - 1 && !DescribedSpeaker(np.Last, colon))
        {
            return null;
        }
        var source = MakeSource(np.First, colon - 1);
        if (!NamesSpeaker(np.First, np.Last, colon, source.Kind))
        {
            return null;
        }
        var cue = _words[colon].Span;
        return new Attribution(cue, source, ContentFrom(colon + 1), ":", CueKind.Speech, LoadedCue: false) { Verb = cue, Pattern = AttributionPatterns.ColonOpener };
    }

    /// <summary>
    /// "Mayor Lee, head of the city council: “…”": a name, a comma and a description without a verb up to the colon,
    /// when a quotation follows it.
    /// </summary>
    private bool DescribedSpeaker(int nameLast, int colon)
    {
        if (!_words[nameLast + 1].IsPunctuation(',') || colon - nameLast > 12 || !SpeechFollows(colon, quotationOnly: true))
        {
            return false;
        }
        for (var k = nameLast + 2; k < colon; k++)
        {
            var w = _words[k];
            if (w.IsWord && !w.IsCapitalized && (w.Has(WordClass.Verb | WordClass.Pronoun | WordClass.Auxiliary)) || w.Kind == WordKind.Quote || w.IsPunctuation('.'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The words before the colon name a speaker: a name of two capitalised words or an outlet ("Senator Kim:",
    /// "Reuters:"), a single name that is no label ("Obama:", not "Update:"), or a transcript's speaker label in
    /// capitals ("KIM:"); not a phrase opened by an article ("The Latest:").
    /// </summary>
    private bool NamesSpeaker(int first, int last, int colon, SourceKind kind)
    {
        if (kind == SourceKind.Outlet)
        {
            return true;
        }
        if (kind != SourceKind.Named || _words[first].Has(WordClass.Determiner | WordClass.HeadlineLabel))
        {
            return false;
        }
        var capitalised = 0;
        for (var k = first; k <= last; k++)
        {
            capitalised += _words[k].IsCapitalized ? 1 : 0;
        }
        if (capitalised < 2 && !IsNameLike(first, last))
        {
            return false; // "Officials:", "Update:"
        }
        var allCaps = _words[first].Text.All(c => !char.IsLower(c));
        return allCaps ? last - first < 3 && colon == last + 1 : capitalised >= 2 || last == first;
    }

    /// <summary>
    /// After "Obama:" a single name could be a label ("Update:", "Result:"); what follows shows it is speech when it
    /// is a quotation or in the first person ("Obama: I'm Optimistic Americans Will Say No").
    /// </summary>
    private bool SpeechFollows(int colon, bool quotationOnly = false)
    {
        for (var k = colon + 1; k < _words.Count && k <= colon + 6; k++)
        {
            if (_words[k].Kind == WordKind.Quote || !quotationOnly && _words[k].IsWord && _words[k].Has(WordClass.FirstPerson))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Obama:" names someone; "Reports:", "Sources:" and "Update:" are labels or nameless sources.</summary>
    private bool IsNameLike(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var w = _words[k];
            if (w.IsWord && w.Has(WordClass.HeadlineLabel | WordClass.RoleNoun | WordClass.VagueSubject | WordClass.AnonymousHead))
            {
                return false;
            }
        }
        return true;
    }

    private bool InsideLink(int offset)
    {
        foreach (var link in _links)
        {
            if (link.Whole.Contains(offset))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The link that starts at word <paramref name="index"/> and the index of its last word.</summary>
    private (MarkdownLink Link, int LastWord)? LinkAt(int index)
    {
        if (index >= _words.Count || _words[index].Text != "[")
        {
            return null;
        }
        foreach (var link in _links)
        {
            if (link.Whole.Start == _words[index].Span.Start)
            {
                var last = index;
                while (last + 1 < _words.Count && _words[last + 1].Span.Start < link.Whole.End)
                {
                    last++;
                }
                return (link, last);
            }
        }
        return null;
    }

    /// <summary>Markdown links "[text](url)" in the sentence, found by hand: no regular expression on article text.</summary>
    private static List<MarkdownLink> FindLinks(string text, TextSpan span)
    {
        var open = text.IndexOf('[', span.Start, span.Length);
        if (open < 0)
        {
            return NoLinks; // most sentences: no list allocated
        }
        var links = new List<MarkdownLink>();
        while (open >= 0 && open < span.End)
        {
            var close = text.IndexOf(']', open + 1, span.End - open - 1);
            if (close < 0)
            {
                break;
            }
            if (close + 1 < span.End && text[close + 1] == '(')
            {
                var end = text.IndexOf(')', close + 2, span.End - close - 2);
                if (end > 0)
                {
                    links.Add(new MarkdownLink(TextSpan.FromBounds(open + 1, close), TextSpan.FromBounds(open, end + 1)));
                    open = end + 1 < span.End ? text.IndexOf('[', end + 1, span.End - end - 1) : -1;
                    continue;
                }
            }
            open = close + 1 < span.End ? text.IndexOf('[', close + 1, span.End - close - 1) : -1;
        }
        return links;
    }

    /// <summary>
    /// A reporting verb inside a quotation is the speaker's own words ("“They told us to leave,” she said"):
    /// the quotation is attributed by the cue outside it.
    /// </summary>
    private bool InsideQuotation(int offset) =>
        !_quotations.IsDefaultOrEmpty && SortedSpans.StrictlyInside(_quotations, static q => q.Span, offset);

    private PhraseCue? MatchPhraseCue(int i)
    {
        foreach (var cue in _words[i].Lexeme.PhraseCues)
        {
            if (i + cue.Words.Length > _words.Count)
            {
                continue;
            }
            var match = true;
            for (var k = 0; k < cue.Words.Length && match; k++)
            {
                match = _words[i + k].Lower == cue.Words[k];
            }
            if (match)
            {
                return cue;
            }
        }
        return null;
    }

    private Attribution? ReadPhraseCue(int i, PhraseCue phrase)
    {
        var cueLast = i + phrase.Words.Length - 1;
        var cueSpan = TextSpan.FromBounds(_words[i].Span.Start, _words[cueLast].Span.End);
        if (!phrase.SourceAfter)
        {
            return null; // "in a statement" widens the verb cue before it instead; see ReadVerbCue
        }
        // "According to Reuters, a coalition spokesperson said": the comma ends the source here.
        Source source;
        (int First, int Last) np;
        if (LinkAt(cueLast + 1) is { } link)
        {
            // "according to [a UN report](https://…)": the linked document is the source.
            var text = _text.Substring(link.Link.Text.Start, link.Link.Text.Length);
            source = new Source(link.Link.Text, text, OutletName(text) is null ? SourceKind.Document : SourceKind.Outlet);
            np = (cueLast + 1, link.LastWord);
        }
        else if (_phrases.Forward(cueLast + 1, allowAppositive: false) is { } phraseNp)
        {
            np = phraseNp;
            source = MakeSource(np.First, np.Last);
        }
        else
        {
            return null;
        }
        TextSpan content;
        if (i == 0 || IsIntroductory(i))
        {
            var after = np.Last + 1;
            while (after < _words.Count && _words[after].Kind == WordKind.Punctuation && _words[after].Text is "," or ":")
            {
                after++;
            }
            content = ContentFrom(after);
        }
        else
        {
            content = ContentBefore(i);
        }
        var lemma = string.Join(' ', phrase.Words);
        return WithOutlet(new Attribution(cueSpan, source, content, lemma, CueKind.Speech, LoadedCue: false) { Pattern = AttributionPatterns.AccordingTo }, source, null);
    }

    private Attribution? ReadVerbCue(int i, CueVerb verb, ImmutableArray<Attribution>.Builder earlier)
    {
        var w = _words[i];
        var previous = i > 0 ? _words[i - 1] : default;
        if (!ActsAsVerbCue(i, verb, out var nounReading))
        {
            return null;
        }

        var cueEnd = w.Span.End;
        var afterCue = WidenCue(i + 1, ref cueEnd);
        var subjectEnd = SubjectEndBefore(i);
        var cueStart = subjectEnd < i - 1 && subjectEnd >= 0 ? _words[subjectEnd + 1].Span.Start : w.Span.Start;

        var participle = w.Lower.EndsWith("ing", StringComparison.Ordinal) && (i == 0 || previous.IsPunctuation(',') || previous.Kind == WordKind.Quote);
        var sourceFirst = -1;
        var source = participle ? ParticipleSpeaker(earlier) : VerbSubject(verb, subjectEnd, ref afterCue, out sourceFirst);
        if (source is null || !SourceFitsVerb(verb, source, afterCue) || !VerbReadingHolds(i, verb, nounReading))
        {
            return null;
        }

        TextSpan? recipient = null;
        string? recipientText = null;
        if (verb.TakesRecipient && _phrases.Forward(afterCue, allowAppositive: false) is { } told)
        {
            recipient = TextSpan.FromBounds(_words[told.First].Span.Start, _words[told.Last].Span.End);
            recipientText = TextOf(told.First, told.Last);
            afterCue = told.Last + 1;
        }

        var content = VerbCueContent(sourceFirst, subjectEnd, afterCue, participle);
        var pattern = verb.PartyOnly ? AttributionPatterns.PartyStance
            : participle ? AttributionPatterns.Participle
            : content.Length > 0 && content.End <= source.Span.Start ? AttributionPatterns.ContentCueSource
            : cueEnd > w.Span.End ? AttributionPatterns.Nominal
            : AttributionPatterns.SubjectCueContent;
        var attribution = new Attribution(TextSpan.FromBounds(cueStart, cueEnd), source, content, verb.Lemma, verb.Kind, verb.Loaded)
        {
            Verb = w.Span,
            Pattern = pattern,
            Recipient = recipient,
            RecipientText = recipientText,
        };
        return WithOutlet(attribution, source, recipientText is null ? null : (recipient!.Value, recipientText));
    }

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
        if (previous.IsWord && (previous.Has(WordClass.Determiner) && !previous.Has(WordClass.QuantitySubject) || previous.Lower == "to" || previous.Lower.EndsWith("'s", StringComparison.Ordinal) || previous.Lower.EndsWith("’s", StringComparison.Ordinal)))
        {
            return false; // "the report", "his claims", "refused to say", "Trump's claims" (but "two in three said", "another said")
        }
        if (previous.IsWord && previous.Has(WordClass.QuantitySubject) && (i >= 2 && _words[i - 2].IsPunctuation(',')
            || w.Lower.EndsWith("ed", StringComparison.Ordinal) && i + 1 < _words.Count && _words[i + 1].Lower is "to" or "as"))
        {
            return false; // "Ho and Chan, both considered to be pan-democrats": a participle, not a subject's verb
        }
        if (verb.PartyOnly && (w.Lower.EndsWith("ing", StringComparison.Ordinal) || previous.IsWord && previous.Has(WordClass.BeForm)))
        {
            return false; // a party verb is a cue as its subject's finite verb only, not "…, backing" or "was backed"
        }
        if (verb.OnlyBefore is { } required && !(i + 1 < _words.Count && _words[i + 1].Lower == required))
        {
            return false; // "as the mayor put it" reports; "put pressure on" does not
        }
        nounReading = w.Has(WordClass.NounLikeForm) && !PlausibleSubjectBefore(i); // "swing state", "a Tuesday tweet"
        if (i == 0 && i + 1 < _words.Count && _words[i + 1].Has(WordClass.AgentMarker) && w.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return false; // "Reporting by …": a credit line, not a report
        }
        if (w.Lower.EndsWith("ed", StringComparison.Ordinal) && i + 1 < _words.Count && _words[i + 1].Has(WordClass.AgentMarker) && verb.Kind == CueKind.Speech && !_lexicon.ReportingParticiples.Contains(w.Lower))
        {
            return false; // "the strikes ordered by": a participle, not a report
        }
        return true;
    }

    /// <summary>The index after the cue, widened over "in a statement" or a linked "in [a statement](…)".</summary>
    private int WidenCue(int afterCue, ref int cueEnd)
    {
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

    /// <summary>Where the subject to the left of the verb ends, skipping "has also", "would later".</summary>
    private int SubjectEndBefore(int i)
    {
        var subjectEnd = i - 1;
        var skipped = 0;
        while (subjectEnd >= 0 && _words[subjectEnd].IsWord && (_words[subjectEnd].Has(WordClass.Auxiliary) || IsIntensiveInVerbGroup(subjectEnd)) && skipped < 3)
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

    /// <summary>"have themselves warned": an intensive pronoun after an auxiliary stands in the verb group, not after the subject.</summary>
    private bool IsIntensiveInVerbGroup(int k) =>
        k > 0 && _lexicon.IntensivePronouns.Contains(_words[k].Lower) && _words[k - 1].IsWord && _words[k - 1].Has(WordClass.Auxiliary);

    /// <summary>"…, noting that …", "…, adding": the sentence's earlier source goes on speaking.</summary>
    private Source? ParticipleSpeaker(ImmutableArray<Attribution>.Builder earlier)
    {
        if (earlier.Count > 0 && earlier[^1].Source is { } earlierSource)
        {
            return earlierSource;
        }
        if (SentenceSubject() is { } subject)
        {
            // "Trump attacked Clinton, saying …": the main clause's subject is the one speaking.
            var source = MakeSource(subject.First, subject.Last);
            return source.Kind is SourceKind.Document or SourceKind.Vague ? null : source;
        }
        return null;
    }

    /// <summary>The finite verb's subject: before it, shared with an earlier verb, or after it when inverted.</summary>
    private Source? VerbSubject(CueVerb verb, int subjectEnd, ref int afterCue, out int sourceFirst)
    {
        sourceFirst = -1;
        if (subjectEnd >= 0 && _lexicon.CoordinatingConjunctions.Contains(_words[subjectEnd].Lower) && SentenceSubject() is { } shared && shared.Last < subjectEnd)
        {
            // "Graham called both candidates “crazy” and said …": the verbs share the sentence's subject.
            var source = MakeSource(shared.First, shared.Last);
            return source.Kind is SourceKind.Document ? null : source;
        }
        var intensive = subjectEnd > 0 && _words[subjectEnd].IsWord && _lexicon.IntensivePronouns.Contains(_words[subjectEnd].Lower) ? subjectEnd : -1;
        var headEnd = intensive >= 0 ? SubjectEndBefore(intensive) : subjectEnd;
        if ((NamedSpeakerWithDescription(headEnd) ?? DescribedDocument(verb, headEnd) ?? _phrases.Backward(headEnd) ?? NounHeadedSubject(verb, headEnd)) is { } left
            && IsSubjectEnd(headEnd))
        {
            sourceFirst = left.First;
            return intensive < 0 ? MakeSource(left.First, left.Last) : WithIntensive(MakeSource(left.First, left.Last), intensive);
        }
        if (verb.Kind == CueKind.Speech && (subjectEnd < 0 || _words[subjectEnd].Kind is WordKind.Quote or WordKind.Punctuation) && _phrases.Forward(afterCue) is { } right)
        {
            // Inverted: "“…,” said Col. John Dorrian."
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
            || TagOf(subjectEnd) is not { IsNoun: true, IsProperNoun: false })
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
        if (verb.PartyOnly && (source.Kind is not (SourceKind.Named or SourceKind.Described or SourceKind.Pronoun) || _lexicon.NotParties.Contains(source.Text.ToLowerInvariant())))
        {
            return false; // "the bill opposes", "critics back": only a party takes a position
        }
        if (verb.Kind == CueKind.Evidence && source.Kind is not (SourceKind.Document or SourceKind.Outlet) && !NamesDocument(source.Span)
            && !(source.Kind is SourceKind.Named or SourceKind.Described or SourceKind.Anonymous && afterCue < _words.Count && _words[afterCue].Lower == "that"))
        {
            return false; // "the strikes found their targets" is no citation of evidence; "the Justice Department found that …" is
        }
        return !(verb.Kind == CueKind.Cognition && source.Kind is SourceKind.Document);
    }

    private TextSpan VerbCueContent(int sourceFirst, int subjectEnd, int afterCue, bool participle)
    {
        if (sourceFirst > 0 && (_words[sourceFirst - 1].IsPunctuation(',') || _words[sourceFirst - 1].Kind == WordKind.Quote) && !IsIntroductory(sourceFirst))
        {
            return ContentBefore(sourceFirst);
        }
        if (participle || sourceFirst < 0 && subjectEnd >= 0)
        {
            return participle ? ContentFrom(SkipThat(afterCue)) : ContentBefore(subjectEnd + 1);
        }
        return ContentFrom(SkipThat(afterCue));
    }

    /// <summary>
    /// AP's post-posed attribution with a long description: "“…,” Anne Richards, assistant secretary of state for
    /// population, refugees, and migration, said." Everything between the closing mark and the verb is the
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
            if (w.IsWord && !w.IsCapitalized && w.Has(WordClass.Verb) && !w.Has(WordClass.NounLikeForm))
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

    /// <summary>The noun phrase that opens the sentence (after an introductory phrase set off by a comma), if it names someone.</summary>
    private (int First, int Last)? SentenceSubject()
    {
        var start = 0;
        while (start < _words.Count && _words[start].Kind is WordKind.Quote or WordKind.Punctuation)
        {
            start++;
        }
        if (start < _words.Count && _words[start].IsWord && (_words[start].Has(WordClass.ClauseBoundary) && !_words[start].Has(WordClass.Pronoun) || _words[start].Lower.EndsWith("ly", StringComparison.Ordinal)))
        {
            var comma = start;
            while (comma < _words.Count && !_words[comma].IsPunctuation(','))
            {
                comma++;
            }
            start = comma + 1;
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
            head = _words[subject.Last - 3]; // "Florida Gov. Rick Scott (R)"
        }
        return head.IsCapitalized || head.Has(WordClass.Pronoun) || head.Has(WordClass.RoleNoun) ? subject : null;
    }

    private Attribution WithOutlet(Attribution attribution, Source? source, (TextSpan Span, string Text)? recipient)
    {
        if (source is { Kind: SourceKind.Outlet })
        {
            return attribution with { RelayedOutlet = OutletName(source.Text), RelayedOutletSpan = source.Span };
        }
        if (recipient is { } r && OutletName(r.Text) is { } outlet)
        {
            return attribution with { RelayedOutlet = outlet, RelayedOutletSpan = r.Span };
        }
        return attribution;
    }

    /// <summary>The outlet a phrase names ("the BBC" → BBC), or null.</summary>
    internal string? OutletName(string phrase) => _lexicon.OutletIn(phrase);

    /// <summary>
    /// "a Quinnipiac University poll found", "the poll by the Public Policy Institute of California showed", "a WBUR
    /// poll last week showed": a named or dated document is still a document.
    /// </summary>
    private bool NamesDocument(TextSpan source)
    {
        foreach (var w in _words)
        {
            if (w.IsWord && source.Contains(w.Span) && w.Has(WordClass.DocumentHead))
            {
                return true;
            }
        }
        return false;
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
        return w.IsCapitalized && k > 0 || w.Has(WordClass.Pronoun) || w.Has(WordClass.RoleNoun | WordClass.DocumentHead | WordClass.RelativePronoun) || w.Text is ")" or "*";
    }

    private bool IsSubjectEnd(int index) => index >= 0 && (_words[index].Kind is WordKind.Word or WordKind.Number || _words[index].Text is ")" or "*" or ",");

    /// <summary>"Ahead of the anniversary, Washington warned": the words before the subject are an introductory phrase.</summary>
    private bool IsIntroductory(int subjectFirst)
    {
        if (subjectFirst == 0)
        {
            return true;
        }
        if (!_words[subjectFirst - 1].IsPunctuation(','))
        {
            return false;
        }
        for (var k = 0; k < subjectFirst - 1; k++)
        {
            if (_words[k].Kind == WordKind.Quote)
            {
                return false;
            }
        }
        var first = _words[0];
        return first.IsWord && (first.Has(WordClass.ClauseBoundary) || _lexicon.IntroductoryOpeners.Contains(first.Lower) || first.Lower.EndsWith("ly", StringComparison.Ordinal));
    }

    private int SkipThat(int index)
    {
        while (index < _words.Count && (_words[index].Lower is "that" or "on" && index + 1 < _words.Count && _words[index].Lower == "that" || _words[index].Text is ":" or ","))
        {
            index++;
        }
        return index;
    }

    private TextSpan ContentFrom(int index)
    {
        if (index >= _words.Count)
        {
            return new TextSpan(_span.End, 0);
        }
        var end = _words.Count - 1;
        while (end > index && _words[end].Kind == WordKind.Punctuation)
        {
            end--;
        }
        return TextSpan.FromBounds(_words[index].Span.Start, _words[end].Span.End);
    }

    private TextSpan ContentBefore(int index)
    {
        var end = index - 1;
        while (end >= 0 && (_words[end].Kind == WordKind.Punctuation || _words[end].Kind == WordKind.Quote))
        {
            end--;
        }
        var start = 0;
        while (start < end && _words[start].Kind is WordKind.Punctuation or WordKind.Quote)
        {
            start++;
        }
        return end < 0 ? new TextSpan(_span.Start, 0) : TextSpan.FromBounds(_words[start].Span.Start, _words[end].Span.End);
    }

    private bool GivesAnonymityReason()
    {
        var sentence = _text.AsSpan(_span.Start, _span.Length);
        foreach (var reason in _lexicon.AnonymityReasons)
        {
            if (sentence.Contains(reason.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"(The figures are the newspaper's own count.)": a sentence wholly in brackets is the writer's aside.</summary>
    private static bool IsParenthetical(ReadOnlySpan<char> sentence)
    {
        var inner = sentence.TrimEnd('.');
        return inner.Length > 2 && (inner[0] == '(' && inner[^1] == ')' || inner[0] == '[' && inner[^1] == ']');
    }

    private bool StartsWithVoiceChange()
    {
        if (_words.Count == 0 || !_words[0].Has(WordClass.VoiceChangeFirst))
        {
            return false;
        }
        foreach (var phrase in _lexicon.VoiceChanges)
        {
            if (phrase.Length > _words.Count)
            {
                continue;
            }
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++)
            {
                match = _words[k].Lower == phrase[k];
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A line in another script than the article's (the seed's closing Cyrillic heading) is not analysed as a claim.</summary>
    private bool IsMostlyNonLatin()
    {
        if (!Syntax.ScriptText.MayHaveNonLatinLetters(_text.AsSpan(_span.Start, _span.Length)))
        {
            return false; // nothing beyond Latin: the common case, found by one vectorised pass
        }
        int latin = 0, other = 0;
        for (var i = _span.Start; i < _span.End; i++)
        {
            var c = _text[i];
            if (!char.IsLetter(c))
            {
                continue;
            }
            if (c < 0x250)
            {
                latin++;
            }
            else
            {
                other++;
            }
        }
        return other > latin;
    }

    private string TextOf(int first, int last) => _text[_words[first].Span.Start.._words[last].Span.End];
}
