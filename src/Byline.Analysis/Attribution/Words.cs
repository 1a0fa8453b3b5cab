using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

public enum WordKind : byte
{
    /// <summary>The default value: no word (before the first word of a sentence).</summary>
    None,
    Word,
    Number,
    Punctuation,
    Quote,
}

/// <summary>The word lists a word belongs to, looked up once per distinct spelling (see <see cref="Lexeme"/>).</summary>
[Flags]
public enum WordClass : uint
{
    None = 0,
    Determiner = 1 << 0,
    Auxiliary = 1 << 1,
    Pronoun = 1 << 2,
    ClauseBoundary = 1 << 3,
    RoleNoun = 1 << 4,
    VagueSubject = 1 << 5,
    VagueQuantifier = 1 << 6,
    Hedge = 1 << 7,
    AgentlessParticiple = 1 << 8,
    BeForm = 1 << 9,
    Intensifier = 1 << 10,
    ReactionVerb = 1 << 11,
    ReactionNoun = 1 << 12,
    AnonymousHead = 1 << 13,
    NounLikeForm = 1 << 14,
    PhraseCueFirst = 1 << 15,
    VoiceChangeFirst = 1 << 16,
    /// <summary>A form of a reporting verb (<see cref="Lexeme.Verb"/> says which).</summary>
    Verb = 1 << 17,
    /// <summary>of, for, with, at, from, in, on, to: may join a prepositional phrase to a noun phrase.</summary>
    Preposition = 1 << 18,
    /// <summary>that, which, who, because…: opens a subordinate or relative clause.</summary>
    SubordinateMarker = 1 << 19,
    /// <summary>I, we, our, my… — "US" is the country; only a lower-case "us" is the first person.</summary>
    FirstPerson = 1 << 20,
    /// <summary>A document or data that can be a source: report, poll, records…</summary>
    DocumentHead = 1 << 21,
    /// <summary>poll, survey, study: cited with "in".</summary>
    PollHead = 1 << 22,
    /// <summary>Update, Reports, Sources…: a headline label before a colon, not a speaker.</summary>
    HeadlineLabel = 1 << 23,
    /// <summary>Three, another, both…: a determiner that can be a subject on its own.</summary>
    QuantitySubject = 1 << 24,
    /// <summary>March, Tuesday, week…: ends a time phrase after a subject.</summary>
    TimeWord = 1 << 25,
    /// <summary>released, conducted, of…: may follow a poll's name ("the poll released Monday").</summary>
    AfterPoll = 1 << 26,
    /// <summary>A form of a WordNet cue candidate (<see cref="AttributionLexicon.CandidateVerbForms"/>): a cue when tagged as a verb.</summary>
    CueCandidate = 1 << 27,
}

/// <summary>
/// One distinct spelling of a word, shared by all its occurrences: its text, lower-case form and the word lists
/// it belongs to. Looking the lists up once per spelling instead of once per occurrence and question is what
/// makes the attribution reader cheap per word: a flag test instead of a frozen-set probe.
/// </summary>
public sealed class Lexeme
{
    internal Lexeme(string text, string lower, WordClass classes, CueVerb? verb, ImmutableArray<PhraseCue> phraseCues)
    {
        Text = text;
        Lower = lower;
        Classes = classes;
        Verb = verb;
        PhraseCues = phraseCues;
        IsUpper = text.Length > 0 && char.IsUpper(text[0]);
    }

    public string Text { get; }
    public string Lower { get; }
    public WordClass Classes { get; }

    /// <summary>The reporting verb this is a form of, or null.</summary>
    public CueVerb? Verb { get; }

    /// <summary>The phrase cues that start with this word ("according" → "according to"), usually none.</summary>
    public ImmutableArray<PhraseCue> PhraseCues { get; }

    /// <summary>Starts with an upper-case letter.</summary>
    public bool IsUpper { get; }
}

/// <summary>A word or mark of a sentence, with its lower-case form and word lists for look-ups.</summary>
public readonly record struct Word(WordKind Kind, TextSpan Span, Lexeme Lexeme)
{
    public string Text => Lexeme.Text;

    public string Lower => Lexeme.Lower;

    public bool IsWord => Kind == WordKind.Word;

    /// <summary>Starts with an upper-case letter ("Reuters", "US", "Maj."); digits and marks are not.</summary>
    public bool IsCapitalized => Kind == WordKind.Word && Lexeme.IsUpper;

    /// <summary>Belongs to any of the word lists in <paramref name="classes"/>.</summary>
    public bool Has(WordClass classes) => (Lexeme.Classes & classes) != 0;

    public bool Is(string lower) => Lower == lower;

    public bool IsPunctuation(char c) => Kind == WordKind.Punctuation && Text.Length == 1 && Text[0] == c;

    public override string ToString() => Text;
}

/// <summary>
/// Splits a sentence into words and marks for the attribution analysis. Hand-written and linear:
/// apostrophes and hyphens inside a word keep it whole ("Kata'ib", "US-led"), and a possessive
/// "'s" stays with its noun ("Soleimani's"), as the lists are keyed on whole words.
/// </summary>
public static class WordScanner
{
    public static ImmutableArray<Word> Scan(string text, int start, int end, int absoluteOffset)
    {
        var words = new List<Word>();
        ScanInto(words, text, start, end, absoluteOffset);
        return [.. words];
    }

    /// <summary>Scans into <paramref name="words"/> (cleared first), so a reader can reuse one list for every sentence.</summary>
    public static void ScanInto(List<Word> words, string text, int start, int end, int absoluteOffset)
    {
        words.Clear();
        SpellingTable<Lexeme>? lexemes = null; // the thread's table, fetched once per sentence rather than per word
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var wordStart = i;
            WordKind kind;
            if (char.IsLetterOrDigit(c))
            {
                kind = char.IsDigit(c) ? WordKind.Number : WordKind.Word;
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || d is '\u00AD')
                    {
                        i++;
                    }
                    else if (d is '\'' or '’' or '-' or '‑' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i++;
                    }
                    else if (d is '.' or ',' && kind == WordKind.Number && i + 1 < end && char.IsDigit(text[i + 1]))
                    {
                        i++; // 2,500 and 3.5
                    }
                    else if (d == '.' && kind == WordKind.Word && IsAbbreviationDot(text, wordStart, i, end))
                    {
                        i++; // U.S. and Maj. keep their dots
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else if (QuoteMarks.IsQuote(c))
            {
                kind = WordKind.Quote;
                i++;
            }
            else
            {
                kind = WordKind.Punctuation;
                i++;
            }
            var spelling = text.AsSpan(wordStart, i - wordStart);
            var lexeme = spelling.Length == 1 && spelling[0] < SingleCharacters.Length
                ? SingleCharacters[spelling[0]] ??= CreateLexeme(spelling, kind)
                : LexemeOf(lexemes ??= _lexemes ??= new SpellingTable<Lexeme>(), spelling, kind);
            words.Add(new Word(kind, new TextSpan(absoluteOffset + wordStart, i - wordStart), lexeme));
        }
    }

    // News copy repeats a small vocabulary: one lexeme per distinct spelling instead of strings per occurrence keeps
    // the reader from allocating for every word (measured: block facts ~1.6× faster on 5 MB), and lets it test
    // word lists by flag. The table is per thread, so no locks, and bounded (see SpellingTable).

    [ThreadStatic]
    private static SpellingTable<Lexeme>? _lexemes;

    // Punctuation, quotation marks and one-letter words by character: a quarter of all tokens, no hashing. The
    // kind of a one-character token follows from the character, so one lexeme per character is right; a race
    // between threads creates equal lexemes, and either may stay.
    private static readonly Lexeme?[] SingleCharacters = new Lexeme?[0x2100];

    private static Lexeme CreateLexeme(ReadOnlySpan<char> spelling, WordKind kind)
    {
        var text = spelling.ToString();
        var lower = kind == WordKind.Word ? LowerCase(text) : text;
        var lexicon = AttributionLexicon.Instance;
        var classes = lexicon.ClassesOf(lower);
        if (kind == WordKind.Word && (text is "I" or "I'm" or "I’m" or "I've" or "I’ve" or "us" || lower is "we" or "our" or "my" or "we're" or "we’re"))
        {
            classes |= WordClass.FirstPerson;
        }
        return new Lexeme(text, lower, classes, lexicon.VerbForms.GetValueOrDefault(lower) ?? lexicon.CandidateVerbForms.GetValueOrDefault(lower),
            (classes & WordClass.PhraseCueFirst) != 0 ? lexicon.PhraseCuesStartingWith(lower) : []);
    }

    private static Lexeme LexemeOf(SpellingTable<Lexeme> lexemes, ReadOnlySpan<char> spelling, WordKind kind)
    {
        var hash = SpellingTable<Lexeme>.Hash(spelling);
        if (lexemes.TryGet(spelling, hash, out var known))
        {
            return known;
        }
        var created = CreateLexeme(spelling, kind);
        lexemes.Add(created.Text, hash, created);
        return created;
    }

    private static string LowerCase(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return word.ToLowerInvariant();
            }
        }
        return word;
    }

    // "U.S." (single letters between dots) and short capitalised titles ("Gen.", "Col.", "Mr.") keep their dot
    // when more text follows; the sentence splitter has already decided where sentences end.
    private static bool IsAbbreviationDot(string text, int wordStart, int dot, int end)
    {
        if (dot + 1 >= end)
        {
            return dot - wordStart == 1 || text.AsSpan(wordStart, dot - wordStart).Contains('.');
        }
        var length = dot - wordStart;
        var next = text[dot + 1];
        if (char.IsLetter(next) && length == 1)
        {
            return true; // U.S
        }
        // Spans, not substrings: this runs at the end of every sentence.
        if (text.AsSpan(wordStart, dot - wordStart).Contains('.'))
        {
            return true; // the second dot of U.S.
        }
        return next == ' ' && char.IsUpper(text[wordStart]) && length <= 4 && AttributionLexicon.Instance.IsTitleAbbreviation(text.AsSpan(wordStart, dot - wordStart));
    }
}
