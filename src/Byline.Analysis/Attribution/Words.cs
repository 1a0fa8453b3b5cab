using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Byline.Syntax;
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

/// <summary>
/// One distinct spelling of a word, shared by all its occurrences: its text, lower-case form and the word lists
/// it belongs to. Looking the lists up once per spelling instead of once per occurrence and question is what
/// makes the attribution reader cheap per word: a flag test instead of a frozen-set probe.
/// </summary>
public sealed class Lexeme
{
    internal Lexeme(string text, string lower, WordClass classes, CueVerb? verb, ImmutableArray<PhraseCue> phraseCues, bool prefixedName = false)
    {
        Text = text;
        Lower = lower;
        Classes = classes;
        Verb = verb;
        PhraseCues = phraseCues;
        IsUpper = text.Length > 0 && char.IsUpper(text[0]) || prefixedName;
    }

    public string Text { get; }
    public string Lower { get; }
    public WordClass Classes { get; }

    /// <summary>The reporting verb this is a form of, or null.</summary>
    public CueVerb? Verb { get; }

    /// <summary>The phrase cues that start with this word ("according" → "according to"), usually none.</summary>
    public ImmutableArray<PhraseCue> PhraseCues { get; }

    /// <summary>Starts with an upper-case letter, or is a name behind a lower-case article ("al-Amr", "el-Sisi").</summary>
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
/// The words and marks of a sentence for the attribution analysis, read from the tokens of the one tokenizer
/// (<see cref="Tokenizer"/>). Two readings are added on top of its tokens: an abbreviation keeps its period
/// ("U.S.", "Gen.", as the word lists are keyed on whole words), and every mark is a word of its own ("..." is
/// three periods), so a test for one mark sees each.
/// </summary>
public static class SentenceWords
{
    public static ImmutableArray<Word> Read(string text, int start, int end, int absoluteOffset)
    {
        var words = new List<Word>();
        ReadInto(words, text, start, end, absoluteOffset);
        return [.. words];
    }

    [ThreadStatic]
    private static List<Token>? _tokens;

    // The spelling hash of each word whose lexeme is still to be looked up (0 for the others), parallel to the words.
    [ThreadStatic]
    private static List<int>? _hashes;

    /// <summary>Reads into <paramref name="words"/> (cleared first), so a reader can reuse one list for every sentence.</summary>
    public static void ReadInto(List<Word> words, string text, int start, int end, int absoluteOffset)
    {
        words.Clear();
        var tokens = _tokens ??= [];
        tokens.Clear();
        Tokenizer.Tokenize(text, start, end, tokens);
        var hashes = _hashes ??= [];
        hashes.Clear();
        var lexemes = _lexemes ??= new SpellingTable<Lexeme>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Url)
            {
                var wordStart = token.Span.Start;
                var wordEnd = token.Span.End;
                var kind = char.IsDigit(text[wordStart]) ? WordKind.Number : WordKind.Word;
                if (kind == WordKind.Word && t + 1 < tokens.Count && tokens[t + 1].Span.Start == wordEnd && tokens[t + 1].Span.Length == 1
                    && text[wordEnd] == '.' && IsAbbreviationDot(text, wordStart, wordEnd, end))
                {
                    wordEnd++; // U.S. and Maj. keep their dots
                    t++;
                }
                Add(words, hashes, text, wordStart, wordEnd, kind, absoluteOffset, lexemes);
                continue;
            }
            for (var i = token.Span.Start; i < token.Span.End; i++)
            {
                Add(words, hashes, text, i, i + 1, QuoteMarks.IsQuote(text[i]) ? WordKind.Quote : WordKind.Punctuation, absoluteOffset, lexemes);
            }
        }
        LookUpLexemes(CollectionsMarshal.AsSpan(words), CollectionsMarshal.AsSpan(hashes), text, absoluteOffset, lexemes);
    }

    // A word of one character gets its lexeme at once; a longer one is hashed, its table slot prefetched, and
    // looked up with the sentence's other words (LookUpLexemes).
    private static void Add(List<Word> words, List<int> hashes, string text, int start, int end, WordKind kind, int absoluteOffset, SpellingTable<Lexeme> lexemes)
    {
        var spelling = text.AsSpan(start, end - start);
        var span = new TextSpan(absoluteOffset + start, end - start);
        if (spelling.Length == 1 && spelling[0] < SingleCharacters.Length)
        {
            words.Add(new Word(kind, span, SingleCharacters[spelling[0]] ??= CreateLexeme(spelling, kind)));
            hashes.Add(0);
            return;
        }
        var hash = SpellingTable<Lexeme>.Hash(spelling);
        lexemes.PrefetchSlot(hash);
        words.Add(new Word(kind, span, null!));
        hashes.Add(hash);
    }

    // The table outgrows the cache on varied text, so each look-up would wait for memory two or three times (slot,
    // key, lexeme). Three passes over the sentence make those misses overlap: the slots were prefetched while
    // hashing, then the keys and lexemes they hold, then each word is looked up, in order, as one at a time would.
    private static void LookUpLexemes(Span<Word> words, ReadOnlySpan<int> hashes, string text, int absoluteOffset, SpellingTable<Lexeme> lexemes)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Lexeme is null)
            {
                lexemes.PrefetchEntry(hashes[i]);
            }
        }
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Lexeme is null)
            {
                var span = words[i].Span;
                var spelling = text.AsSpan(span.Start - absoluteOffset, span.Length);
                words[i] = words[i] with { Lexeme = LexemeOf(lexemes, spelling, hashes[i], words[i].Kind) };
            }
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
        if (kind == WordKind.Word && lexicon.FirstPersonAsWritten.Contains(text))
        {
            classes |= WordClass.FirstPerson;
        }
        return new Lexeme(text, lower, classes, lexicon.VerbOf(lower),
            (classes & WordClass.PhraseCueFirst) != 0 ? lexicon.PhraseCuesStartingWith(lower) : [], kind == WordKind.Word && IsPrefixedName(text));
    }

    /// <summary>
    /// "al-Amr", "el-Sisi": a surname behind the lower-case Arabic article (the knowledge base's article prefixes)
    /// heads a name as a capitalised word does.
    /// </summary>
    private static bool IsPrefixedName(string text)
    {
        var hyphen = text.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < text.Length && char.IsLower(text[0]) && char.IsUpper(text[hyphen + 1])
            && Entities.EntityWords.Default.ArticlePrefixes.Contains(text.AsSpan(0, hyphen));
    }

    private static Lexeme LexemeOf(SpellingTable<Lexeme> lexemes, ReadOnlySpan<char> spelling, int hash, WordKind kind)
    {
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
        return next == ' ' && char.IsUpper(text[wordStart]) && length <= 4 && Abbreviations.Contains(text.AsSpan(wordStart, dot - wordStart));
    }
}
