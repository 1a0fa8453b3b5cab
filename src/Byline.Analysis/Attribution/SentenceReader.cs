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
    TextSpan? AnonymityReason,
    bool IsFirstPerson,
    bool EndsWithColon,
    ImmutableArray<Attribution> Attributions,
    ImmutableArray<VaguePhrase> VaguePhrases)
{
    /// <summary>A short run of words with no verb, such as a photo description: no claim.</summary>
    public bool IsFragment { get; init; }

    /// <summary>An imperative addressed to the reader whose object is the site's furniture (<see cref="Syntax.SiteFurniture"/>).</summary>
    public bool IsCallToAction { get; init; }

    /// <summary>An imperative: the sentence opens with a verb's base form and no subject ("Wait for the second day."). It
    /// tells the reader what to do and asserts nothing.</summary>
    public bool IsInstruction { get; init; }

    /// <summary>A line of headline length that stands alone with no closing punctuation: a story's headline or a heading
    /// inside the text.</summary>
    public bool IsTitleLine { get; init; }

    /// <summary>A paragraph that is one short capitalised sentence with no verb: a caption, credit or label.</summary>
    public bool IsCaptionLine { get; init; }

    /// <summary>A headline that is a court case's or a fixture's name ("Harbour Board v. Ruiz"): it names what the text is
    /// about and asserts nothing. Read of headlines only, the one place it decides.</summary>
    public bool NamesCase { get; init; }

    /// <summary>One sentence with a telephone number and no verb: an entry of a listing (<c>SentenceReader.IsListingEntry</c>).</summary>
    public bool IsListing { get; init; }

    /// <summary>The subject is the writer's own text or work ("Our study complements…", "In this paper, we…"): the
    /// sentence describes the text itself.</summary>
    public bool SpeaksOfOwnText { get; init; }

    /// <summary>The writer states a figure in their own voice ("The pier cost $2 million."): no source is carried over to it.</summary>
    public bool StatesWritersFigure { get; init; }

    /// <summary>The phrase that says why a source is anonymous ("on condition of anonymity"), looked for only where this
    /// sentence or the one before it in the block quotes an anonymous source.</summary>
    public bool GivesAnonymityReason => AnonymityReason is not null;

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
    private readonly SentenceWordList _words = new();
    private readonly NounPhrases _phrases;
    private TextSpan _span;
    private Syntax.BlockNode _node = null!;
    private BlockWords _blockWords = null!;
    private int _sentence;
    private ImmutableArray<Quotation> _quotations;
    // The sentence's Markdown links, found again for each sentence into the one list.
    private readonly List<MarkdownLink> _links = [];
    private WordClass _classes;
    // The union of the sentence's word roles: a pass that looks for one role is skipped when no word has it.
    private WordRole _roles;
    // The index of the sentence's first quotation mark (the word count when it has none), read once per sentence:
    // asked for every subject, a scan from the sentence's start made a long sentence quadratic.
    private int _firstQuote;
    // The index of the sentence's first colon (the word count when it has none), read in the same pass: the colon
    // patterns (a speaker's label, a quotation a colon introduces) look for one in every sentence, and most hold none.
    private int _firstColon;

    // Words and cues visited by the look-ups that once scanned the whole sentence for each word (finding a word by
    // offset, asking whether a cue covers a word), counted on this thread so a test can check that a long sentence is
    // read in linear work without timing it.
    private long _scanSteps;

    internal static long ScanStepsOnThisThread => _threadReader?._scanSteps ?? 0;

    // Whether the attribution loop skips words that open no pattern (Lexeme.MayOpenPattern) and sentences holding no
    // word that opens one. Always true in use; a test turns it off on its own thread to check that the skips change no
    // reading.
    private bool _skipsQuietWords = true;

    /// <summary>Turns the reader's skip of words that open no pattern on or off for this thread's reader (tests only).</summary>
    internal static void SkipQuietWordsOnThisThread(bool skip) => (_threadReader ??= new SentenceReader())._skipsQuietWords = skip;

    // Reused per thread: a sentence's attributions and vague phrases are collected here and copied out once
    // (an empty result copies nothing), instead of a builder and its backing array per sentence.
    [ThreadStatic]
    private static ImmutableArray<Attribution>.Builder? _attributionBuffer;
    [ThreadStatic]
    private static ImmutableArray<VaguePhrase>.Builder? _vagueBuffer;

    private SentenceReader() => _phrases = new NounPhrases(_words);

    private void Reset(AttributionLexicon lexicon, Syntax.BlockNode node, int sentence, ImmutableArray<Quotation> quotations, BlockWords words)
    {
        var text = node.Text;
        var span = node.Sentences[sentence].Span;
        _node = node;
        _blockWords = words;
        _sentence = sentence;
        _quotations = quotations;
        FindLinks(text, span, _links);
        _lexicon = lexicon;
        _text = text;
        _span = span;
        SentenceWords.ReadInto(_words, text, words.Sentence(sentence), span.End, absoluteOffset: 0);
    }

    /// <summary>Facts of sentence <paramref name="sentence"/> of <paramref name="node"/>; spans are relative to the block.</summary>
    /// <param name="afterAnonymousSource">The sentence before it in the block quotes an anonymous source, so this one
    /// may say why ("He spoke on condition of anonymity.").</param>
    public static SentenceFacts Read(AttributionLexicon lexicon, Syntax.BlockNode node, int sentence, ImmutableArray<Quotation> quotations, BlockWords words, bool afterAnonymousSource = false)
    {
        var reader = _threadReader ??= new SentenceReader();
        reader.Reset(lexicon, node, sentence, quotations.IsDefault ? [] : quotations, words);
        try
        {
            return reader.Read(afterAnonymousSource);
        }
        finally
        {
            reader.ReleaseTags();
        }
    }

    private SentenceFacts Read(bool afterAnonymousSource)
    {
        // The word count and the union of the sentence's word lists (and roles), summed as its words were read: the passes
        // below that look for cues or hedges are skipped when no word of the sentence is on their lists, and the union
        // says whether it is written in the first person ("I am appalled", "our position": a statement's own voice).
        var wordCount = _words.WordCount;
        var classes = _words.Classes;
        _firstQuote = _words.FirstQuote;
        _firstColon = _words.FirstColon;
        _classes = classes;
        _roles = _words.Roles;
        var trimmed = _text.AsSpan(_span.Start, _span.Length).TrimEnd();
        var isQuestion = EndsWithQuestionMark(trimmed);
        var attributions = FindAttributions();
        var vague = FindVaguePhrases(attributions);
        var voiceChange = StartsWithVoiceChange() || IsParenthetical(trimmed);
        var anonymityReason = afterAnonymousSource || QuotesAnonymousSource(attributions) ? FindAnonymityReason() : null;
        return new SentenceFacts(_span, wordCount, isQuestion, IsMostlyNonLatin(), voiceChange, anonymityReason, IsFirstPerson: (classes & WordClass.FirstPerson) != 0, EndsWithColon(trimmed), WithHedgeCues(attributions, vague), vague)
        {
            // A hedge's cue (pattern `hedge`) is read beside its vague phrase; what makes a fragment or a writer's figure
            // is read without it, as the vague phrase alone decided before.
            IsFragment = attributions.Length == 0 && IsFragment(wordCount),
            // Read whatever cue the imperative's verb seemed to be ("read more"): the sentence addresses the reader.
            IsCallToAction = Syntax.SiteFurniture.IsCallToAction(trimmed),
            IsInstruction = attributions.Length == 0 && !isQuestion && OpensWithImperative(),
            IsTitleLine = IsTitleLine(wordCount),
            IsCaptionLine = attributions.Length == 0 && IsCaptionLine(wordCount),
            NamesCase = attributions.Length == 0 && _node.Kind == Syntax.BlockKind.Headline && NamesCase(wordCount),
            SpeaksOfOwnText = attributions.Length == 0 && SpeaksOfOwnText(),
            IsListing = attributions.Length == 0 && IsListingEntry(),
            StatesWritersFigure = !voiceChange && StatesWritersFigure(attributions),
        };
    }

    private ImmutableArray<Attribution> FindAttributions()
    {
        var found = _attributionBuffer ??= ImmutableArray.CreateBuilder<Attribution>();
        found.Clear();
        _cuesSeenIn = null; // the cue ends CueCovers kept belong to the sentence before
        // In a title-case headline ("Iraqis Hold Line Against ISIL, DoD Spokesman Says") verbs are capitalised too.
        bool? titleCase = null;
        AddWhenFound(found, ColonAttribution());
        AddWhenFound(found, ViewpointAttribution());
        // A poll is cited only with a poll's head word ("poll", "survey") after "in": a sentence without one cites none.
        var mayCitePoll = (_classes & WordClass.PollHead) != 0;
        var wordsToRead = !_skipsQuietWords || MayHoldPattern() ? _words.Count : 0;
        for (var i = 0; i < wordsToRead; i++)
        {
            var w = _words[i];
            if (!w.IsWord || _skipsQuietWords && !w.Lexeme.MayOpenPattern && !(i + 1 < _words.Count && _words[i + 1].Has(WordClass.SubordinateMarker)))
            {
                continue;
            }
            if (mayCitePoll && w.Has(WordClass.PhraseCueFirst) && w.Lower == "in" && PollCitation(i) is { } poll) // the flag test first: "in" is rare among words
            {
                found.Add(poll);
                continue;
            }
            if (w.Has(WordClass.StanceAdjective) && (StancePredicate(i) ?? (_lexicon.StanceAdjectives.Contains(w.Lower) ? StanceAdjective(i) : null)) is { } stance)
            {
                found.Add(stance);
                continue;
            }
            if (w.Has(WordClass.Possessor) && (PossessiveNominal(i, found) ?? PossessiveContentNoun(i)) is { } nominal)
            {
                found.Add(nominal);
                while (i + 1 < _words.Count && _words[i + 1].Span.Start < nominal.Cue.End)
                {
                    i++; // past the noun: "his continual attacks on" is read no further
                }
                continue;
            }
            if (w.Has(WordClass.PhraseCueFirst) && MatchPhraseCue(i) is { } phrase) // only such a word has phrase cues
            {
                AddWhenFound(found, ReadPhraseCue(i, phrase) ?? PhraseOpenedByVerb(i, phrase, found, ref titleCase));
                i += phrase.Words.Length - 1;
                continue;
            }
            if (w.Lexeme.Verb is { Kind: not CueKind.Evidence, PartyOnly: false } passiveVerb && PassiveAgent(i, passiveVerb) is { } passive)
            {
                found.Add(passive);
                continue;
            }
            if (VerbOrStanceAt(i, found, ref titleCase) is { } read)
            {
                found.Add(read);
            }
        }
        AddWhenFound(found, ColonQuotation(found));
        SettleOverlaps(found);
        AddWhenFound(found, ReferenceMarkCitation(found));
        AddWhenFound(found, AuthorYearCitation(found));
        return found.ToImmutable();
    }

    /// <summary>
    /// The readings of one sentence made to agree once every word is read: stances inside other readings dropped, cues
    /// grown over their governed words, one cue per stretch of words, sources kept clear of descriptions and cues.
    /// </summary>
    private void SettleOverlaps(ImmutableArray<Attribution>.Builder found)
    {
        DropNestedStances(found);
        ExtendCuesOverGovernedWords(found);
        DropCuesOverlappingAnother(found);
        JoinParticiplesToTheirCue(found);
        DropSourcesInsideDescriptions(found);
        KeepCuesOutOfTheirSources(found);
        DropStancesThatNameASpeaker(found);
    }

    /// <summary>
    /// A stance noun read with no holder of its own that lies inside another cue's source is part of the speaker's
    /// description, not a second report: "Critics of the toll say …" names who speaks by the side they take.
    /// </summary>
    private static void DropStancesThatNameASpeaker(ImmutableArray<Attribution>.Builder found)
    {
        for (var k = found.Count - 1; k >= 0 && found.Count > 1; k--)
        {
            if (found[k] is { Pattern: var pattern, Source: null } stance && pattern == AttributionPatterns.NominalStance && InAnotherSource(found, stance))
            {
                found.RemoveAt(k);
            }
        }
    }

    // A loop, not a lambda: no closure for each sentence with two cues.
    private static bool InAnotherSource(ImmutableArray<Attribution>.Builder found, Attribution stance)
    {
        for (var o = 0; o < found.Count; o++)
        {
            if (!ReferenceEquals(found[o], stance) && found[o].Source is { } source && source.Span.Contains(stance.Cue))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the sentence holds a word that can open one of the loop's patterns: a word of a cue list (classes) or a
    /// word whose role opens a stance of its own (a topic preposition, a clause complement, a naming verb), so that
    /// whether a pattern is read never depends on other, unrelated words of the sentence.
    /// </summary>
    private bool MayHoldPattern() =>
        (_classes & (WordClass.Verb | WordClass.PhraseCueFirst | WordClass.CueCandidate | WordClass.Possessor | WordClass.StanceAdjective | WordClass.NominalStance | WordClass.SubordinateMarker)) != 0
        || (_roles & (WordRole.TopicPreposition | WordRole.QuestionTopicPreposition | WordRole.ClauseComplement | WordRole.NamingVerbForm)) != 0;

    /// <summary>A verb cue or a stance that word <paramref name="i"/> opens, the patterns tried in order.</summary>
    private Attribution? VerbOrStanceAt(int i, ImmutableArray<Attribution>.Builder found, ref bool? titleCase)
    {
        var w = _words[i];
        // Each pattern tests its words' lists first, and is called only when that first test can pass: most words of a
        // sentence open none of them.
        return (w.Lexeme.Verb is { } verb ? ReadVerb(i, verb, found, ref titleCase) : null) ?? (w.Has(WordClass.NominalStance) ? NominalStance(i, found) : null)
            ?? (i + 1 < _words.Count && _words[i + 1].Has(WordClass.SubordinateMarker) ? NounContentClause(i, found) : null)
            ?? (w.Has(WordClass.ClauseBoundary) ? ClauseBoundaryStance(i, in w, found) : null)
            ?? (w.Has(WordRole.NamingVerbForm) ? QuotedCharacterization(i, found) : null);
    }

    /// <summary>
    /// The stance a clause-boundary word opens, each pattern asked only of the words of its own role: a quarter of a
    /// sentence's words are on the clause-boundary list ("that", "as", "about", "when"), and each of the three patterns
    /// reads one role of them (a topic preposition, a clause complement, a predicative "as"), so most such words were
    /// tried by all three to be refused by each. A predicative "as" also needs a characterizing verb before it, so it is
    /// asked only in a sentence that holds one.
    /// </summary>
    private Attribution? ClauseBoundaryStance(int i, in Word w, ImmutableArray<Attribution>.Builder found) =>
        (w.Has(WordRole.TopicPreposition | WordRole.QuestionTopicPreposition) ? TopicStance(i, found) : null)
        ?? (w.Has(WordRole.ClauseComplement) ? ClauseStance(i, found) : null)
        ?? (w.Has(WordRole.PredicativeMarker) && (_roles & WordRole.NamingVerbForm) != 0 ? CharacterizationStance(i, found) : null);

    private static void AddWhenFound(ImmutableArray<Attribution>.Builder found, Attribution? attribution)
    {
        if (attribution is not null)
        {
            found.Add(attribution);
        }
    }

    /// <summary>
    /// A stance or cognition cue inside what another attribution of the sentence reports ("The aide said the mayor
    /// believes …", "She argued voters want …") belongs to that content: the outer speaker asserts it, and it is no
    /// second attribution; so is a purpose infinitive there ("… said the mayor urged the board to reject the toll"), and a
    /// free relative that names a thing in someone's words ("She denounced what he called a “reckless” toll": see
    /// <see cref="NamesInOwnWords"/>). Another speech cue there stays unless it tells an act, or relays words, whose
    /// subject opens the outer content clause (<see cref="ReportWhoseClauseItOpens"/>). A
    /// stance noun reports no clause of its own (its content is read on to the sentence's end), so a cue after it stays
    /// ("She spoke in favor of the toll, but her aides fear …").
    /// </summary>
    private void DropNestedStances(ImmutableArray<Attribution>.Builder found)
    {
        var reportsRead = false;
        _droppedStances.Clear();
        for (var k = found.Count - 1; k >= 0 && found.Count > 1; k--)
        {
            var inner = found[k];
            var holds = BelongsToOuterContent(inner) ? AnyHoldsInContent(found, inner)
                : IsActInsideAReport(inner) && ReportWhoseClauseItOpens(inner, found, ref reportsRead) is { } report
                    && !(_droppedStances.Count > 0 && _droppedStances.Contains(report)) && HoldsInContent(report, inner);
            if (holds)
            {
                _droppedStances.Add(inner);
                found.RemoveAt(k);
            }
        }
    }

    // Kept by the reader and cleared for each sentence: a set and a table (and their bucket arrays) made anew for every
    // sentence with two cues or more were a good part of what the reader allocated beyond its results.
    private readonly HashSet<Attribution> _droppedStances = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, Attribution> _reportsByNextWord = [];

    // By index: a builder's enumerator and a closure are objects, made for every sentence with a cue.
    private static bool AnyHoldsInContent(ImmutableArray<Attribution>.Builder found, Attribution inner)
    {
        for (var o = 0; o < found.Count; o++)
        {
            if (HoldsInContent(found[o], inner))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HoldsInContent(Attribution outer, Attribution inner) =>
        !ReferenceEquals(outer, inner) && outer.Attributes && outer.Pattern != AttributionPatterns.NominalStance && outer.Content.Contains(inner.Cue);

    /// <summary>
    /// Whether a cue inside another attribution's content is part of what the outer source reports rather than a second
    /// attribution: a stance or belief, a purpose infinitive, a name in someone's own words (see
    /// <see cref="DropNestedStances"/>); a cue that names no speaker of its own ("She said the pier is expected to
    /// reopen": the expectation is hers to report, and no second source is lost); and what the outer source says a party
    /// struggled or was free to say ("He said the mayor struggled to explain the toll").
    /// </summary>
    private bool BelongsToOuterContent(Attribution inner) =>
        inner.CueKind == CueKind.Cognition || inner.Pattern == AttributionPatterns.PurposeInfinitive || NamesInOwnWords(inner)
        || inner.Source is null || inner.Pattern == AttributionPatterns.ControlledInfinitive;

    /// <summary>
    /// A speech act told by a clause's own subject and verb, a relayed report of words ("The paper reported that the
    /// mayor said …", "She told the board the clerk had written …") among them: the writer attributes the sentence to the
    /// outer speaker, who relays the inner report as part of what they say, so the sentence has one attribution, the
    /// outermost (PolNeAR's annotators mark no attribution inside another's content). A relative clause or an -ing
    /// participle after a noun ("published a report that warns …", "disputed the polls showing …") is no clause of that
    /// subject's: the noun is the outer verb's object, and its report stays.
    /// </summary>
    private bool IsActInsideAReport(Attribution inner)
    {
        if (inner.Pattern != AttributionPatterns.SubjectCueContent || inner.Source is not { } source)
        {
            return false;
        }
        var cue = FirstWordFrom(inner.Cue.Start);
        for (var k = FirstWordFrom(source.Span.End); k < cue; k++)
        {
            if (IsRelativePronounAt(k))
            {
                return false;
            }
        }
        return cue < _words.Count && !(_words[cue].EndsInIng && TagOf(cue) is { IsGerund: true });
    }

    /// <summary>
    /// The speaker's report whose content clause the act's subject opens, right after the report's verb or after "that"
    /// (<c>content_clause_openers</c>), which may follow a recipient or a time ("told the board that", "said Wednesday
    /// that") but not an object (<see cref="OpensObjectNotTold"/>): "The aide said the mayor criticised the toll", "She argued that the board had ignored the skippers".
    /// What the inner subject did is what the outer speaker asserts: one report with one source.
    /// An act set off by a comma, a quotation mark or other words ("…, and the mayor criticised", "… when the mayor
    /// criticised") is read as a report of its own. The reports are looked up by the word after their cue, so a long
    /// sentence of many cues is read in time linear in them.
    /// </summary>
    private Attribution? ReportWhoseClauseItOpens(Attribution inner, ImmutableArray<Attribution>.Builder found, ref bool reportsRead)
    {
        var reportsByNextWord = _reportsByNextWord;
        if (!reportsRead)
        {
            reportsRead = true;
            reportsByNextWord.Clear();
            for (var o = 0; o < found.Count; o++) // by index: the builder's enumerator is an object
            {
                var outer = found[o];
                if (outer.Source is not null && outer.Pattern.CarriesVoice)
                {
                    reportsByNextWord.TryAdd(FirstWordFrom(outer.Cue.End), outer);
                }
            }
        }
        var subject = FirstWordFrom(inner.Source!.Span.Start);
        if (reportsByNextWord.TryGetValue(subject, out var report))
        {
            return report;
        }
        var opener = subject - 1;
        if (opener < 0 || !_words[opener].IsWord || !_lexicon.ContentClauseOpeners.Contains(_words[opener].Lower))
        {
            return null;
        }
        // "that" may follow a few words after the verb, none of them punctuation: "said Wednesday that", "told the
        // board that".
        for (var k = opener; k >= 0 && k >= opener - MaxWordsBeforeContentClause && _words[k].IsWord; k--)
        {
            if (reportsByNextWord.TryGetValue(k, out report))
            {
                return k < opener && OpensObjectNotTold(k, report) ? null : report;
            }
        }
        return null;
    }

    /// <summary>
    /// "rejected the plan that the mayor said …": a determiner right after the report's verb opens its object, and
    /// "that" after the object opens a relative clause on it, not the report's content; the one told is the exception
    /// ("told the board that").
    /// </summary>
    private bool OpensObjectNotTold(int k, Attribution report) =>
        _words[k].Has(WordClass.Determiner) && !(report.Recipient is { } told && told.Contains(_words[k].Span.Start));

    private const int MaxWordsBeforeContentClause = 3;

    /// <summary>
    /// A speaker's description holds no second speaker: when a cue and the phrase read as its subject both lie inside
    /// the words another cue's source spans, past that source's first word ("Dana Roe, a fellow at a liberal think tank,
    /// said": "think" with "a liberal"; "a creative writing teacher"; "a councillor backing the levy"), the phrase is a
    /// piece of the description, read as a subject only because a noun or a participle in it took a verb's reading, and
    /// the cue keeps no source. A relative pronoun there ("…, who backs the levy,") opens a clause with a subject of its
    /// own and keeps it; a phrase that opens the other source is left too, since there the other source is the phrase
    /// that ran on over a verb ("Lee Says Harbour Plan" in a headline).
    /// </summary>
    private void DropSourcesInsideDescriptions(ImmutableArray<Attribution>.Builder found)
    {
        for (var k = 0; k < found.Count && found.Count > 1; k++)
        {
            if (found[k].Source is { } inner && !IsRelativePronounSource(inner) && AnotherHoldsInDescription(found, found[k], inner))
            {
                found[k] = found[k] with { Source = null };
            }
        }
    }

    // A loop, not a lambda: the lambda's closure was made for every sentence this method was called for.
    private static bool AnotherHoldsInDescription(ImmutableArray<Attribution>.Builder found, Attribution attribution, Source inner)
    {
        for (var o = 0; o < found.Count; o++)
        {
            if (HoldsInDescription(found[o], attribution, inner))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A cue is never its own speaker: a source read from the sentence's start that opens with the cue ("Citing the
    /// storm, …" where no main clause's subject was found; a participle heading a list) is none, and one that runs on
    /// over the cue in an aside ("The skippers, fearing a longer strike, voted …") ends before it.
    /// </summary>
    private void KeepCuesOutOfTheirSources(ImmutableArray<Attribution>.Builder found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            if (found[k].Source is not { } source || !source.Span.Contains(found[k].Cue.Start))
            {
                continue;
            }
            var first = IndexOfWordAt(source.Span.Start);
            var last = FirstWordFrom(found[k].Cue.Start) - 1;
            while (last >= first && !_words[last].IsWord)
            {
                last--;
            }
            found[k] = found[k] with { Source = found[k].Cue.Start > source.Span.Start && last >= first ? MakeSource(first, last) : null };
        }
    }

    private static bool HoldsInDescription(Attribution outer, Attribution attribution, Source inner) =>
        !ReferenceEquals(outer, attribution) && outer.Source is { } described && described.Span != inner.Span
        && described.Span.Contains(attribution.Cue) && described.Span.Contains(inner.Span) && inner.Span.Start > described.Span.Start;

    private bool IsRelativePronounSource(Source source)
    {
        var k = IndexOfWordAt(source.Span.Start);
        return _words[k].Span.End >= source.Span.End - 1 && (_words[k].Has(WordClass.RelativePronoun) || _words[k].Has(WordRole.TaggedRelativePronoun));
    }

    /// <summary>
    /// A reporting verb outside quotations: a question put to a party ("Asked whether …") or a verb cue. A capitalised
    /// verb is read only first in the sentence or in a title-case headline (mid-sentence it is mostly a name), and
    /// never as a link's text.
    /// </summary>
    private Attribution? ReadVerb(int i, CueVerb verb, ImmutableArray<Attribution>.Builder found, ref bool? titleCase)
    {
        var w = _words[i];
        if (InsideQuotation(w.Span.Start))
        {
            return null;
        }
        if (QuestionPut(i, verb, found) is { } question)
        {
            return question;
        }
        var readable = !w.IsCapitalized || i == 0 || (titleCase ??= IsTitleCase());
        return readable && !InsideLink(w.Span.Start) ? ReadVerbCue(i, verb, found) ?? PurposeInfinitive(i, verb, found) ?? ControlledInfinitive(i, verb, found) : null;
    }

    /// <summary>
    /// "In the latest Herald-TV One poll, 40% of farmers …", "… a favourable view of the mayor in a new
    /// Gazette poll": a poll cited with "in" is the source of the figures the sentence reports.
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
                if (!IsOnePollPhrase(i + 2, k))
                {
                    return null;
                }
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
        // A verb that reports only before its particle ("pushed for", "backed away from") reports nothing before "by".
        // The word tests come first: the "be" before the verb is found with the tagger, which most verbs never need.
        if (i < 2 || verb.OnlyBefore.Count > 0 || i + 2 >= _words.Count || !_words[i + 1].Has(WordClass.AgentMarker) || !_words[i].Lower.EndsWith('d'))
        {
            return null;
        }
        var be = PassiveBeBefore(i);
        if (be < 0 || _phrases.Forward(i + 2, allowAppositive: false) is not { } agent)
        {
            return null;
        }
        var source = MakeSource(agent.First, agent.Last);
        if (source.Kind is SourceKind.Document && verb.Kind == CueKind.Cognition)
        {
            return null;
        }
        var cue = TextSpan.FromBounds(_words[be].Span.Start, _words[i + 1].Span.End);
        var content = TextSpan.FromBounds(ContentBefore(be).Start, ContentFrom(agent.Last + 1).End);
        return new Attribution(cue, source, content, verb.Lemma, verb.Kind, verb.Loaded) { Verb = _words[i].Span, Pattern = AttributionPatterns.PassiveAgent };
    }

    /// <summary>
    /// The words between the determiner and the poll noun modify that noun ("the latest Herald-TV One poll", "the
    /// average of recent polls"). A verb, a conjunction or a preposition other than "of" there means the poll noun
    /// heads a phrase of its own ("voters in five states going to the polls", "the hours before the polls").
    /// </summary>
    private bool IsOnePollPhrase(int first, int head)
    {
        for (var k = first; k < head; k++)
        {
            if (_words[k].IsWord && !_lexicon.PollNamePrepositions.Contains(_words[k].Lower)
                && TagOf(k) is { Upos: Language.UniversalPos.ADP or Language.UniversalPos.VERB or Language.UniversalPos.CCONJ or Language.UniversalPos.SCONJ or Language.UniversalPos.AUX })
            {
                return false;
            }
        }
        return true;
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
    /// A reporting verb inside a quotation is the speaker's own words ("“They told us to leave,” she said"):
    /// the quotation is attributed by the cue outside it.
    /// </summary>
    private bool InsideQuotation(int offset) =>
        !_quotations.IsDefaultOrEmpty && SortedSpans.StrictlyInsideQuotation(_quotations, offset);

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

    /// <summary>
    /// "was quoted as saying": a phrase whose source stands before it and whose first word is a cue verb is that verb's
    /// cue (<see cref="WidenCue"/>), read as the verb is, its subject the speaker.
    /// </summary>
    private Attribution? PhraseOpenedByVerb(int i, PhraseCue phrase, ImmutableArray<Attribution>.Builder found, ref bool? titleCase) =>
        !phrase.SourceAfter && _words[i].Lexeme.Verb is not null ? VerbOrStanceAt(i, found, ref titleCase) : null;

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
            np = (phraseNp.First, PhraseObjectEnd(phraseNp.Last, opensSentence: i == 0 || IsIntroductory(i)));
            source = WithExtent(MakeSource(phraseNp.First, phraseNp.Last), np.Last);
        }
        else if (UnreadPhraseObject(cueLast + 1) is { } words)
        {
            np = words;
            source = MakeSource(words.First, words.Last);
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
        var lemma = string.Join(' ', phrase.Words.AsSpan());
        return WithOutlet(new Attribution(cueSpan, source, content, lemma, CueKind.Speech, LoadedCue: false) { Pattern = AttributionPatterns.AccordingTo }, source, null);
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
    /// "a Lakeside College poll found", "the poll by the Institute of Rural Affairs showed", "a KXLA
    /// poll last week showed": a named or dated document is still a document.
    /// </summary>
    private bool NamesDocument(TextSpan source) => AnyWordInside(source, WordClass.DocumentHead);

    /// <summary>
    /// A word inside <paramref name="span"/> on one of <paramref name="classes"/>. The words inside a span are a run from
    /// the first that starts in it (words are in text order and do not overlap), found by binary search: this is asked
    /// of candidate sources, and a scan of the whole sentence for each made a sentence of many cues quadratic.
    /// </summary>
    private bool AnyWordInside(TextSpan span, WordClass classes)
    {
        for (var k = FirstWordFrom(span.Start); k < _words.Count && _words[k].Span.Start < span.End; k++)
        {
            _scanSteps++;
            var w = _words[k];
            if (w.IsWord && span.Contains(w.Span) && w.Has(classes))
            {
                return true;
            }
        }
        return false;
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
        if (_firstQuote < subjectFirst - 1)
        {
            return false;
        }
        var first = _words[0];
        return first.IsWord && (first.Has(WordClass.ClauseBoundary) || _lexicon.IntroductoryOpeners.Contains(first.Lower) || first.Lower.EndsWith("ly", StringComparison.Ordinal))
            || IsTaggedOpener(0) && NoFiniteVerbBefore(subjectFirst);
    }

    /// <summary>
    /// "During a stop in Reno, Nevada, the senator repeated …": a phrase the tagger opens with a preposition, an adverb
    /// or a participle, with no finite verb of its own, introduces the clause; "In the end, the plan will fail, Ruiz
    /// said" holds a clause, which is the content.
    /// </summary>
    private bool NoFiniteVerbBefore(int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (_words[k].IsWord && TagOf(k) is { IsFiniteVerb: true })
            {
                return false;
            }
        }
        return true;
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

    /// <summary>One of <paramref name="attributions"/> has an anonymous source: the sentence, or the next, may say why.</summary>
    internal static bool QuotesAnonymousSource(ImmutableArray<Attribution> attributions) => attributions.Any(a => a.Source?.Kind == SourceKind.Anonymous);

    private TextSpan? FindAnonymityReason()
    {
        var sentence = _text.AsSpan(_span.Start, _span.Length);
        if (!_lexicon.MayGiveAnonymityReason(sentence))
        {
            return null;
        }
        foreach (var reason in _lexicon.AnonymityReasons)
        {
            var at = sentence.IndexOf(reason.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return new TextSpan(_span.Start + at, reason.Length);
            }
        }
        return null;
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
