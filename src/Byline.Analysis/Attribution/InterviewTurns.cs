using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Analysis.Attribution;

/// <summary>What a paragraph is in a question-and-answer interview's layout, read from its own words.</summary>
public enum InterviewTurn : byte
{
    /// <summary>No question: an answer when the layout is an interview's and a question came before it.</summary>
    None,
    /// <summary>Its last sentence asks, addressing nobody as "you" ("Has the internet helped magic?"): a turn of an
    /// interview already recognised, never evidence of one (an explainer's "How do I apply?" asks so too).</summary>
    Question,
    /// <summary>Its last sentence asks, and it addresses someone as "you" in none of its questions in the asker's own voice: an interviewer's question.</summary>
    AddressedQuestion,
    /// <summary>A question label opens it ("Q:", "Question."): an interview's layout by itself.</summary>
    LabelledQuestion,
}

/// <summary>The word lists of interviews (<c>Data/attribution.yaml</c>): question labels, the second person, a headline's
/// and an intro's signals, the writer's pronouns, the asker's voice and the reader's possessives.</summary>
public sealed record InterviewWords(FrozenSet<string> InterviewerLabels, FrozenSet<string> SecondPerson, ImmutableArray<ImmutableArray<string>> Signals)
{
    /// <summary>An intro's phrases that say the publication or the writer put questions to someone.</summary>
    public ImmutableArray<ImmutableArray<string>> IntroSignals { get; init; } = [];

    /// <summary>
    /// Each intro signal's longest word, searched for in a paragraph's text before its words are read: a paragraph without
    /// one holds no signal. Not the first words: "in" (of "in an interview with") is inside most paragraphs' words, and the
    /// search then let nearly every paragraph through to the word-by-word match.
    /// </summary>
    internal SearchValues<string> IntroSignalStarts { get; init; } = SearchValues.Create([], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The intro signals by the length of their first word (null for a length no first word has), each length's in
    /// their list order: a token is compared with the signals whose first word is as long as it is, without a test of
    /// every signal's length for each token.
    /// </summary>
    // Arrays, not a dictionary of immutable arrays: a new generic collection of a value type costs its code's compiling
    // in every process, more than the look-ups it would save in one.
    internal ImmutableArray<string>[]?[] IntroSignalsByLength { get; init; } = [];

    /// <summary>The intro signals that say the publication or the writer held the interview itself (as the tokenizer delimits them, joined by spaces).</summary>
    public FrozenSet<string> AnnouncingSignals { get; init; } = FrozenSet<string>.Empty;

    /// <summary>A title line's phrases that announce the story as an interview ("Interview with …", "Q&amp;A: …").</summary>
    public ImmutableArray<ImmutableArray<string>> TitlePhrases { get; init; } = [];

    public FrozenSet<string> InterviewerPronouns { get; init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> AskersPronouns { get; init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> AskersPossessives { get; init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> ReadersPossessives { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The labels that mark an answer ("A:", "Answer:"), not a speaker's name.</summary>
    public FrozenSet<string> IntervieweeLabels { get; init; } = FrozenSet<string>.Empty;

    internal static InterviewWords Of(Func<string, IEnumerable<string>> strings)
    {
        ImmutableArray<ImmutableArray<string>> intro = [.. strings("interview_intro_signals").Select(TokensOf)];
        return new InterviewWords(
            strings("interviewer_labels").ToFrozenSet(StringComparer.Ordinal),
            strings("second_person").ToFrozenSet(StringComparer.Ordinal),
            [.. strings("interview_signals").Select(TokensOf)])
        {
            IntroSignals = intro,
            IntroSignalStarts = SearchValues.Create([.. intro.Select(p => p.MaxBy(word => word.Length)!).Distinct()], StringComparison.OrdinalIgnoreCase),
            IntroSignalsByLength = ByFirstWordLength(intro),
            AnnouncingSignals = strings("interview_announcing_signals").Select(p => string.Join(' ', TokensOf(p))).ToFrozenSet(StringComparer.Ordinal),
            TitlePhrases = [.. strings("interview_title_phrases").Select(TokensOf)],
            InterviewerPronouns = strings("interviewer_pronouns").ToFrozenSet(StringComparer.Ordinal),
            AskersPronouns = strings("askers_pronouns").ToFrozenSet(StringComparer.Ordinal),
            AskersPossessives = strings("askers_possessives").ToFrozenSet(StringComparer.Ordinal),
            ReadersPossessives = strings("readers_possessives").ToFrozenSet(StringComparer.Ordinal),
            IntervieweeLabels = strings("interviewee_labels").ToFrozenSet(StringComparer.Ordinal),
        };
    }

    private static ImmutableArray<string>[]?[] ByFirstWordLength(ImmutableArray<ImmutableArray<string>> signals)
    {
        var longest = 0;
        foreach (var signal in signals)
        {
            longest = Math.Max(longest, signal[0].Length);
        }
        var counts = new int[longest + 1];
        foreach (var signal in signals)
        {
            counts[signal[0].Length]++;
        }
        var byLength = new ImmutableArray<string>[]?[longest + 1];
        foreach (var signal in signals)
        {
            var length = signal[0].Length;
            var same = byLength[length] ??= new ImmutableArray<string>[counts[length]];
            same[same.Length - counts[length]--] = signal; // filled from the first place on, in list order
        }
        return byLength;
    }

    /// <summary>A signal phrase as the tokenizer delimits it ("q&amp;a" is three tokens), lower case.</summary>
    private static ImmutableArray<string> TokensOf(string phrase)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
        return [.. tokens.Select(t => phrase.Substring(t.Start, t.End - t.Start).ToLowerInvariant())];
    }
}

/// <summary>
/// Reads a block's turn in a question-and-answer interview (<see cref="InterviewTurn"/>) and whether a headline says the
/// story is an interview. An interview sets its questions as paragraphs of their own, each followed by the answer: the
/// interviewee's words, which no editor asks the writer to source. A block's first sentence is read, and all of them
/// only when its last one asks.
/// </summary>
internal static class InterviewTurns
{
    public static InterviewTurn Read(BlockNode node, BlockWords words, ReadOnlySpan<SentenceFacts> sentences, ImmutableArray<Quotation> quotations)
    {
        if (sentences.Length == 0 || node.Kind != BlockKind.Paragraph)
        {
            return InterviewTurn.None;
        }
        var lexicon = AttributionLexicon.Instance.Interview;
        if (OpensWithLabel(node.Text, words.Sentence(0), lexicon.InterviewerLabels))
        {
            return InterviewTurn.LabelledQuestion;
        }
        var last = sentences[^1];
        // A question inside a quotation is someone's words the writer reports ("“Why now?” she asked."), not a turn.
        if (!last.IsQuestion || InQuotation(last, quotations))
        {
            return InterviewTurn.None;
        }
        return AddressesTheOneAsked(node.Text, words, sentences, lexicon) ? InterviewTurn.AddressedQuestion : InterviewTurn.Question;
    }

    /// <summary>
    /// Whether a paragraph in the first person opens speaking of the reader's things ("We keep your data for a year."):
    /// the writer answering the reader, as an FAQ does. Its first sentence is read, outside quotation marks (an
    /// interviewee may quote someone's "your work"); only of a paragraph with a first-person sentence and no question.
    /// </summary>
    public static bool SpeaksToReader(BlockNode node, BlockWords words, ReadOnlySpan<SentenceFacts> sentences, ImmutableArray<Quotation> quotations, InterviewTurn turn)
    {
        if (turn != InterviewTurn.None || node.Kind != BlockKind.Paragraph || !AnyFirstPerson(sentences))
        {
            return false;
        }
        var possessives = AttributionLexicon.Instance.Interview.ReadersPossessives;
        foreach (var token in words.Sentence(0))
        {
            if (token.Lexeme is { } lexeme && possessives.Contains(lexeme.Lower) && !Quoted(token.Start, quotations))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Quoted(int at, ImmutableArray<Quotation> quotations)
    {
        foreach (var quotation in quotations)
        {
            if (quotation.Span.Contains(at))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool AnyFirstPerson(ReadOnlySpan<SentenceFacts> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.IsFirstPerson)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a headline says the story is an interview ("An interview with …", "Q&amp;A with …").</summary>
    public static bool SignalsInterview(BlockNode node, BlockWords words)
    {
        if (node.Kind != BlockKind.Headline)
        {
            return false;
        }
        var signals = AttributionLexicon.Instance.Interview.Signals;
        for (var s = 0; s < node.Sentences.Length; s++)
        {
            var tokens = words.Sentence(s);
            for (var i = 0; i < tokens.Length; i++)
            {
                foreach (var signal in signals)
                {
                    if (MatchesAt(node.Text, tokens, i, signal))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    internal static bool MatchesAt(string text, ReadOnlySpan<BlockWord> tokens, int at, ImmutableArray<string> phrase)
    {
        if (at + phrase.Length > tokens.Length)
        {
            return false;
        }
        for (var k = 0; k < phrase.Length; k++)
        {
            var token = tokens[at + k];
            if (!text.AsSpan(token.Start, token.End - token.Start).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A capitalised label word opening the paragraph, after any Markdown emphasis marks, and a colon or a period after
    /// it ("Q:", "**Q.**", "Question:"), or the publication's name as the label ("Wikinews:").
    /// </summary>
    private static bool OpensWithLabel(string text, ReadOnlySpan<BlockWord> tokens, FrozenSet<string> labels)
    {
        var i = 0;
        while (i < tokens.Length && IsEmphasis(text, tokens[i]))
        {
            i++;
        }
        if (i >= tokens.Length || !char.IsUpper(text[tokens[i].Start]))
        {
            return false;
        }
        var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
        // An abbreviation's period may be kept on its word ("Q."): it is the label's mark. Asked first: few paragraphs
        // open with a word and a colon, so the label list is read for few.
        var period = word.Length > 1 && word[^1] == '.';
        var marked = period || i + 1 < tokens.Length && tokens[i + 1].End == tokens[i + 1].Start + 1 && text[tokens[i + 1].Start] is ':' or '.';
        if (!marked)
        {
            return false;
        }
        var label = (period ? word[..^1] : word).ToString();
        // The publication as the speaker of the question ("Wikinews: Why …?") asks it as an interviewer's label does.
        return labels.Contains(label.ToLowerInvariant()) || AttributionLexicon.Instance.OutletIn(label) is not null;
    }

    private static bool IsEmphasis(string text, BlockWord token) =>
        token.End - token.Start == 1 && text[token.Start] is '*' or '_' || token.End - token.Start > 1 && text.AsSpan(token.Start, token.End - token.Start).Trim("*_").IsEmpty;

    /// <summary>
    /// The question paragraph addresses someone as "you" ("You ran the harbour for years. Why stop now?") in the
    /// interviewer's voice: none of its questions in the asker's own, as a reader's question is ("How do I …?", "What do
    /// we do with your data?", "Can you delete my account?": the first person before any "you", or the asker's own
    /// things). An interviewer's statement before the question may speak of themself ("I read your book.").
    /// </summary>
    private static bool AddressesTheOneAsked(string text, BlockWords words, ReadOnlySpan<SentenceFacts> sentences, InterviewWords lexicon)
    {
        var addressed = false;
        for (var s = 0; s < sentences.Length; s++)
        {
            var person = PersonOf(text, words.Sentence(s), lexicon, sentences[s].IsQuestion);
            if (person == Asker)
            {
                return false;
            }
            addressed |= person == Addressee;
        }
        return addressed;
    }

    private const int Nobody = 0, Addressee = 1, Asker = 2;

    /// <summary>Whom a sentence speaks as or to: the asker in their own voice, someone addressed as "you", or nobody.</summary>
    private static int PersonOf(string text, ReadOnlySpan<BlockWord> tokens, InterviewWords lexicon, bool asks)
    {
        var person = Nobody;
        foreach (var token in tokens)
        {
            if (token.Lexeme is not { } lexeme)
            {
                continue;
            }
            if (asks && (lexicon.AskersPossessives.Contains(lexeme.Lower) || person == Nobody && IsAsWritten(text, token, lexicon.AskersPronouns)))
            {
                return Asker;
            }
            person = lexicon.SecondPerson.Contains(lexeme.Lower) ? Addressee : person;
        }
        return person;
    }

    /// <summary>A word of <paramref name="words"/> as written, or with its first letter in upper case ("We" for "we"; "US" is not "us").</summary>
    internal static bool IsAsWritten(string text, BlockWord token, FrozenSet<string> words)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return true;
        }
        if (word.Length < 2 || !char.IsUpper(word[0]) || char.IsUpper(word[1]))
        {
            return false;
        }
        Span<char> lowered = stackalloc char[Math.Min(word.Length, 32)];
        if (word.Length > lowered.Length)
        {
            return false;
        }
        word.CopyTo(lowered);
        lowered[0] = char.ToLowerInvariant(lowered[0]);
        return lookup.Contains(lowered);
    }

    private static bool InQuotation(SentenceFacts sentence, ImmutableArray<Quotation> quotations)
    {
        foreach (var quotation in quotations)
        {
            if (quotation.Span.OverlapsWith(sentence.Span) && !quotation.IsName)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// What linking carries of a question-and-answer interview from block to block: the questions that show the layout so far
/// (two are enough; one when the headline or the intro said "interview"), whether the headline or intro said so, the one
/// asked when the intro names them, how many of the article's first blocks have passed (the intro), the question just
/// asked (the paragraph before, when it was a question) and the answer running — the attribution the paragraphs after a
/// question are carried from, up to the next question.
/// </summary>
internal readonly record struct InterviewState(byte Questions, bool Signalled, Attribution? Answer, Attribution? Asked = null, InterviewTurn AskedTurn = InterviewTurn.None)
{
    /// <summary>The one asked, as the intro names them ("Wikinews interviewed Ana Ruiz"), in article offsets.</summary>
    public Source? Interviewee { get; init; }

    /// <summary>The prose blocks passed, up to <see cref="IntroBlocks"/>: an intro's signal counts only among the first.</summary>
    public byte Blocks { get; init; }

    /// <summary>
    /// The headline or the intro said the publication or the writer held the interview itself ("Wikinews interviews Ana
    /// Ruiz", "Interview with Ana Ruiz"): every question from then on opens an answer, addressed to "you" or not.
    /// </summary>
    public bool Announced { get; init; }

    /// <summary>
    /// The state a block's sentences are linked in. A question ends the answer before it. The paragraph right after a
    /// question answers it when the layout is an interview's, counting this question: one a label opens, or one that
    /// addresses someone as "you" and is answered in the first person ("I", "we": the one asked speaks of themselves;
    /// a column's rhetorical "What would you do?" is followed by the writer's account, an explainer's answer addresses
    /// the reader) but not of the reader's things ("We keep your data": an FAQ's writer answering the reader).
    /// </summary>
    public InterviewState Entering(BlockSourcing facts, int offset)
    {
        var state = Introduced(facts, offset);
        if (facts.Turn != InterviewTurn.None && !AnswersWithAQuestion(state, facts))
        {
            return state with { Answer = null };
        }
        if (Asked is null)
        {
            return state;
        }
        var questions = AskedTurn switch
        {
            InterviewTurn.LabelledQuestion => Enough,
            InterviewTurn.AddressedQuestion when InterviewTurns.AnyFirstPerson(facts.Sentences.AsSpan()) && !facts.SpeaksToReader => (byte)Math.Min(state.Questions + 1, Enough),
            _ => state.Questions,
        };
        // The publication announcing the interview itself opens the layout: no question need show it.
        var isInterview = questions >= Enough || state.Signalled && questions > 0 || state.Announced;
        return new InterviewState(questions, state.Signalled, isInterview ? Asked : null) { Interviewee = state.Interviewee, Blocks = state.Blocks, Announced = state.Announced };
    }

    /// <summary>
    /// The state after a block: a question is asked, to be answered by the next paragraph. An answer opening with its
    /// speaker's label ("ANA RUIZ: …") names who goes on answering.
    /// </summary>
    public InterviewState Leaving(BlockSourcing facts, int offset)
    {
        // A question paragraph that answers (Entering kept its answer running) asks nothing of the one asked.
        if (facts.Turn != InterviewTurn.None && Answer is null)
        {
            return this with { Asked = QuestionOf(facts, offset, Interviewee), AskedTurn = facts.Turn };
        }
        return Answer is not null && facts.Sentences[0].Attributions.FirstOrDefault(IsNamedTurn) is { } label
            ? this with { Answer = SentenceList.Moved(label, offset) }
            : this;
    }

    /// <summary>
    /// Questions alternate with answers: in an interview's layout, the paragraph right after a question that opens with a
    /// statement and states more than it asks is the answer, ending in a question of its own ("Why do I say peace?
    /// Because …", "So why should it exist?"), not the interviewer's next question. A label always asks.
    /// </summary>
    private bool AnswersWithAQuestion(InterviewState state, BlockSourcing facts)
    {
        if (facts.Turn == InterviewTurn.LabelledQuestion || Asked is null || Answer is not null || !(state.Announced || state.Questions >= Enough) || facts.Sentences[0].IsQuestion)
        {
            return false;
        }
        var asks = 0;
        foreach (var sentence in facts.Sentences)
        {
            asks += sentence.IsQuestion ? 1 : 0;
        }
        return facts.Sentences.Length - asks > asks;
    }

    /// <summary>
    /// A headline that says "interview", or a paragraph of the intro that says the publication or the writer interviewed
    /// someone, before any question counted: the first question answered in the first person then shows the layout.
    /// The first intro to name the one asked names the answers' source.
    /// </summary>
    private InterviewState Introduced(BlockSourcing facts, int offset)
    {
        var inIntro = Blocks < IntroBlocks && Questions == 0;
        var intro = inIntro ? facts.InterviewIntro : default;
        return this with
        {
            Announced = Announced || intro.Announces,
            Signalled = Signalled || (facts.SignalsInterview || intro.Says) && Questions == 0,
            Interviewee = Interviewee ?? (intro.Interviewee is { } named ? SentenceList.Moved(named, offset) : null),
            Blocks = inIntro ? (byte)(Blocks + 1) : Blocks,
        };
    }

    /// <summary>Questions, each answered, that make a layout an interview's without a headline or an intro saying so.</summary>
    private const byte Enough = 2;

    /// <summary>The prose blocks at the article's start an intro's signal is read in: the headline, a dateline, a few paragraphs.</summary>
    private const byte IntroBlocks = 6;

    private static bool IsNamedTurn(Attribution a) => a.Pattern == AttributionPatterns.SpeakerLabel && a.Source is { IsSpecific: true };

    /// <summary>The question as the answer's cue: who answers is the one asked, named by the intro or not.</summary>
    private static Attribution QuestionOf(BlockSourcing facts, int offset, Source? interviewee)
    {
        var question = SentenceList.Move(facts.Sentences[^1].Span, offset);
        return new Attribution(question, interviewee, question, "ask", CueKind.Speech, false) { Pattern = AttributionPatterns.InterviewAnswer };
    }
}
