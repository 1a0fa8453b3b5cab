using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
    internal Lexeme(string text, string lower, WordClass classes, CueVerb? verb, ImmutableArray<PhraseCue> phraseCues, bool prefixedName = false,
        TokenKind token = TokenKind.Word, WordRole roles = WordRole.None)
    {
        Roles = roles;
        Text = text;
        Token = token;
        Lower = lower;
        Classes = classes;
        Verb = verb;
        PhraseCues = phraseCues;
        IsUpper = text.Length > 0 && char.IsUpper(text[0]) || prefixedName;
        EndsInIng = lower.EndsWith("ing", StringComparison.Ordinal);
        MayOpenPattern = (classes & (WordClass.StanceAdjective | WordClass.Possessor | WordClass.PhraseCueFirst | WordClass.NominalStance | WordClass.ClauseBoundary)) != 0
            || verb is not null || (roles & WordRole.NamingVerbForm) != 0;
    }

    /// <summary>
    /// The word can open one of the sentence reader's patterns by itself: a stance adjective, a possessor, a phrase
    /// cue's first word, a stance noun, a clause word, a reporting or naming verb. The reader skips every other word
    /// in one test (a word right before a subordinate marker is read too: a stance noun before its content clause, "fears
    /// that …").
    /// A pattern that opens on a new class must be added here (QuietWordSkipPropertyTests reads sentences of every lexicon
    /// word with the skip and without it).
    /// </summary>
    internal bool MayOpenPattern { get; }

    /// <summary>
    /// The bytes of a lexeme's fields (six references, two word-class sets, its roles, a token kind and three flags), all of which
    /// a look-up brings into the cache: the fields the reader asks of every token (its token kind, classes, verb) lie
    /// past the first cache line of most lexemes, and a hint for the first line alone left the reader waiting on
    /// the second (docs/performance.md, Session 36).
    /// </summary>
    internal const int FieldBytes = 72;

    public string Text { get; }
    public string Lower { get; }

    /// <summary>
    /// The kind of token the tokenizer made of this spelling when the lexeme was made; for a word with an
    /// abbreviation's period, <see cref="TokenKind.Word"/>. Whether it is a web address, a word or number, or a mark
    /// follows from the spelling; which kind of mark (a footnote marker or punctuation) does not, so only the first
    /// is read from it.
    /// </summary>
    internal TokenKind Token { get; }
    public WordClass Classes { get; }

    /// <summary>The lexicon's lists outside <see cref="Classes"/> that its lower-case form is on.</summary>
    public WordRole Roles { get; }

    /// <summary>The reporting verb this is a form of, or null.</summary>
    public CueVerb? Verb { get; }

    /// <summary>The phrase cues that start with this word ("according" → "according to"), usually none.</summary>
    public ImmutableArray<PhraseCue> PhraseCues { get; }

    /// <summary>Starts with an upper-case letter, or is a name behind a lower-case article ("al-Amr", "el-Sisi").</summary>
    public bool IsUpper { get; }

    /// <summary>Its lower-case form ends in "ing": a present participle or gerund, if a verb (asked of verbs in several readings).</summary>
    public bool EndsInIng { get; }

    // The entity scanner's word lists for this spelling, looked up on first use (most words are never asked). A
    // lexeme of one character is shared by every thread: a race computes the same value twice.
    private WordClass _entityClasses;

    /// <summary>The entity recogniser's word lists this spelling is on (<c>entity-words.yaml</c>), with <see cref="WordClass.EntityClassesRead"/>.</summary>
    internal WordClass EntityClasses => _entityClasses != WordClass.None ? _entityClasses : _entityClasses = Entities.MentionScanner.SpellingClasses(Text);

    /// <summary>
    /// The root knowledge base's names whose first word is this spelling's name, kept by
    /// <see cref="Entities.KnowledgeBase.MatchName"/> on first use (most words are never asked).
    /// </summary>
    internal Entities.KnownNames? KnownNames;

    /// <summary>The name list's type of this spelling's name, kept by <see cref="Entities.NameGazetteer.TypeOfName"/> (0 until asked).</summary>
    internal byte ListedType;

    // The entity scanner's other per-spelling answers (ordinary words, match words), looked up on first use as the
    // classes are. Two bytes in the object's padding: the lexeme stays at its size.
    private Entities.SpellingFlags _spellingFlags;

    /// <summary>What the entity scanner's lists beyond <see cref="EntityClasses"/> say of this spelling, with <see cref="Entities.SpellingFlags.Read"/>.</summary>
    internal Entities.SpellingFlags SpellingFlags => _spellingFlags != 0 ? _spellingFlags : _spellingFlags = Entities.MentionScanner.FlagsOf(Text);

    // The entity scanner's lists of the words around a name, looked up on first use as the flags are: two more bytes of
    // the object's padding (the lexeme stays at its size).
    private Entities.NeighbourWords _neighbourWords;

    /// <summary>The lists the entity scanner asks of the words around a name (<see cref="Entities.NeighbourWordTable"/>), with <see cref="Entities.NeighbourWords.Read"/>.</summary>
    internal Entities.NeighbourWords NeighbourWords => _neighbourWords != 0 ? _neighbourWords : _neighbourWords = Entities.NeighbourWordTable.Default.Of(Text);

    private Language.TaggerWord? _taggerWord;

    /// <summary>What the part-of-speech tagger reads of this spelling, worked out on first use (most spellings are never tagged).</summary>
    internal Language.TaggerWord TaggerWord => _taggerWord ??= Language.PartOfSpeechTagger.Default.ReadWord(Text);
}

/// <summary>
/// A token of a block's one reading (<see cref="BlockWords"/>): its kind and block-relative bounds as the tokenizer
/// gives them, and the lexeme of its spelling (null for a mark of several characters).
/// </summary>
// Sixteen bytes a token: its kind is its lexeme's (a mark of several characters, the only token without one, is a mark).
internal readonly record struct BlockWord(Lexeme? Lexeme, int Start, int End)
{
    // These two are asked of every token; the ahead-of-time compiler left them as calls.

    /// <summary>A word, number or web address: what the attribution reader reads as a word.</summary>
    public bool IsWordToken
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Lexeme is { Token: TokenKind.Word or TokenKind.Number or TokenKind.Url };
    }

    /// <summary>A word or number, not a web address: what the entity scanner reads.</summary>
    public bool IsWordOrNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Lexeme is { Token: TokenKind.Word or TokenKind.Number };
    }

    /// <summary>
    /// The tags of one sentence's tokens, tagged from the left on demand (<see cref="Language.LeftTags"/>), each token
    /// read for the tagger once per spelling (on its lexeme) instead of hashed at each occurrence, and only once a tag
    /// needs it: a sentence asked about near its start does not read the rest. Dispose it.
    /// </summary>
    /// <param name="known">Tags found by an earlier reader of the sentence (<see cref="BlockWords.KnownTags"/>), or empty.</param>
    public static Language.LeftTags TagFromLeft(string text, ReadOnlySpan<BlockWord> tokens, ReadOnlySpan<byte> known = default) =>
        Language.PartOfSpeechTagger.Default.TagFromLeft(LexemeTaggerWords.Rent(text, tokens), tokens.Length, known);
}

/// <summary>
/// A sentence's tokens as the tagger reads them (<see cref="Language.TaggerWordReader"/>): each token's reading kept on
/// its lexeme. The tokens are copied (their lexemes are not read until asked for); a few readers are kept per thread,
/// as several sentences' tags may be held at once.
/// </summary>
internal sealed class LexemeTaggerWords : Language.TaggerWordReader
{
    // Kept as LeftTags keeps its readers, for the same reasons: no object per sentence, no long sentence held for good.
    private const int KeptReaders = 4, KeptTokens = 1024;

    [ThreadStatic]
    private static LexemeTaggerWords?[]? _kept;

    private BlockWord[] _tokens = [];
    private int _count;
    private string _text = "";

    public static LexemeTaggerWords Rent(string text, ReadOnlySpan<BlockWord> tokens)
    {
        var kept = _kept ??= new LexemeTaggerWords?[KeptReaders];
        LexemeTaggerWords? reader = null;
        for (var k = 0; k < kept.Length && reader is null; k++)
        {
            (reader, kept[k]) = (kept[k], null);
        }
        reader ??= new LexemeTaggerWords();
        if (reader._tokens.Length < tokens.Length) reader._tokens = new BlockWord[Math.Max(tokens.Length, 64)];
        tokens.CopyTo(reader._tokens);
        (reader._text, reader._count) = (text, tokens.Length);
        return reader;
    }

    protected override void Read(int from, Span<Language.TaggerWord> into)
    {
        var tagger = Language.PartOfSpeechTagger.Default;
        var tokens = _tokens.AsSpan(from, into.Length);
        for (var i = 0; i < into.Length; i++)
        {
            var token = tokens[i];
            // A mark of several characters ("...") has no lexeme; it is rare enough to read each time.
            var word = into[i] = token.Lexeme?.TaggerWord ?? tagger.ReadWord(_text.AsSpan(token.Start, token.End - token.Start));
            // The tagger reads every word's fixed tag next, then its features from each of five positions: asked for
            // here, the words' misses overlap instead of stalling one after another.
            Byline.Text.CacheHints.PrefetchFields(word, Language.TaggerWord.FieldBytes);
        }
    }

    protected override void Release()
    {
        // Cleared, so that a kept reader does not keep its last sentence's text and lexemes alive.
        _tokens.AsSpan(0, _count).Clear();
        (_text, _count) = ("", 0);
        if (_tokens.Length > KeptTokens)
        {
            return;
        }
        var kept = _kept ??= new LexemeTaggerWords?[KeptReaders];
        for (var k = 0; k < kept.Length; k++)
        {
            if (kept[k] is null)
            {
                kept[k] = this;
                return;
            }
        }
    }
}

/// <summary>A word or mark of a sentence, with its lower-case form and word lists for look-ups.</summary>
public readonly record struct Word(WordKind Kind, TextSpan Span, Lexeme Lexeme)
{
    public string Text => Lexeme.Text;

    public string Lower => Lexeme.Lower;

    public bool IsWord => Kind == WordKind.Word;

    /// <summary>Its lower-case form ends in "ing" ("saying", "warning"), worked out once per spelling.</summary>
    public bool EndsInIng => Lexeme.EndsInIng;

    /// <summary>Starts with an upper-case letter ("Reuters", "US", "Maj."); digits and marks are not.</summary>
    public bool IsCapitalized => Kind == WordKind.Word && Lexeme.IsUpper;

    /// <summary>Belongs to any of the word lists in <paramref name="classes"/>.</summary>
    public bool Has(WordClass classes) => (Lexeme.Classes & classes) != 0;

    /// <summary>Its lower-case form is on any of the lists in <paramref name="roles"/>.</summary>
    public bool Has(WordRole roles) => (Lexeme.Roles & roles) != 0;

    public bool Is(string lower) => Lower == lower;

    public bool IsPunctuation(char c) => Kind == WordKind.Punctuation && Text.Length == 1 && Text[0] == c;

    public override string ToString() => Text;
}

/// <summary>
/// The words and marks of a sentence for the attribution analysis, read from a block's one reading of its tokens
/// (<see cref="BlockWords"/>). Two readings are added on top of its tokens: an abbreviation keeps its period
/// ("U.S.", "Gen.", as the word lists are keyed on whole words), and every mark is a word of its own ("..." is
/// three periods), so a test for one mark sees each.
/// </summary>
public static class SentenceWords
{
    public static ImmutableArray<Word> Read(string text, int start, int end, int absoluteOffset)
    {
        var words = new SentenceWordList();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, start, end, tokens);
        var read = new BlockWord[tokens.Count];
        LookUp(text, CollectionsMarshal.AsSpan(tokens), read);
        ReadInto(words, text, read, end, absoluteOffset);
        return ImmutableCollectionsMarshal.AsImmutableArray(words.ToArray());
    }

    /// <summary>
    /// The attribution words of one sentence's tokens as a block's reading holds them (<paramref name="tokens"/>),
    /// into <paramref name="words"/> (cleared first), so a reader can reuse one list for every sentence; each word with the
    /// index of the token it starts, where the sentence's tags are read.
    /// </summary>
    internal static void ReadInto(SentenceWordList words, string text, ReadOnlySpan<BlockWord> tokens, int end, int absoluteOffset)
    {
        words.Clear();
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.IsWordToken)
            {
                var wordStart = token.Start;
                var wordToken = t;
                var wordEnd = token.End;
                var kind = char.IsDigit(text[wordStart]) ? WordKind.Number : WordKind.Word;
                var lexeme = token.Lexeme!;
                if (kind == WordKind.Word && t + 1 < tokens.Length && tokens[t + 1].Start == wordEnd && tokens[t + 1].End == wordEnd + 1
                    && text[wordEnd] == '.' && IsAbbreviationDot(text, wordStart, wordEnd, end))
                {
                    wordEnd++; // U.S. and Maj. keep their dots
                    t++;
                    lexeme = LexemeOf(text.AsSpan(wordStart, wordEnd - wordStart), TokenKind.Word);
                }
                words.Add(new Word(kind, new TextSpan(absoluteOffset + wordStart, wordEnd - wordStart), lexeme), token: wordToken);
                continue;
            }
            for (var i = token.Start; i < token.End; i++)
            {
                var kind = QuoteMarks.IsQuote(text[i]) ? WordKind.Quote : WordKind.Punctuation;
                var lexeme = token.End - token.Start == 1 ? token.Lexeme! : LexemeOf(text.AsSpan(i, 1), TokenKind.Punctuation);
                words.Add(new Word(kind, new TextSpan(absoluteOffset + i, 1), lexeme), token: i == token.Start ? t : -1);
            }
        }
    }

    // The tokens whose lexeme is still to be looked up: their indices and spelling hashes, in token order.
    [ThreadStatic]
    private static int[]? _pendingTokens;

    [ThreadStatic]
    private static int[]? _pendingHashes;

    /// <summary>
    /// Each token's lexeme, looked up once: a word, number or address by its spelling, a mark of one character by
    /// that character (a longer mark, "...", gets none: the attribution reader reads it character by character).
    /// </summary>
    // The table outgrows the cache on varied text, so each look-up would wait for memory three or four times (slot,
    // entry, key, lexeme). Four passes make those misses overlap: the slots are prefetched while hashing, then the
    // entries they point to, then the keys and lexemes these hold, then each token is looked up, in order, as one at
    // a time would. The later passes visit only the tokens still to be looked up, and each token is stored once (a
    // store of a lexeme into the heap goes through the collector's write barrier).
    internal static void LookUp(string text, ReadOnlySpan<Token> tokens, Span<BlockWord> read)
    {
        var lexemes = ThisThreadsLexemes();
        if (_pendingTokens is not { } pendingTokens || pendingTokens.Length < tokens.Length)
        {
            _pendingTokens = pendingTokens = new int[Math.Max(tokens.Length, 256)];
            _pendingHashes = new int[pendingTokens.Length];
        }
        var pendingHashes = _pendingHashes!;
        var pending = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var spelling = text.AsSpan(token.Start, token.Length);
            if (spelling.Length == 1 && spelling[0] < SingleCharacters.Length)
            {
                read[t] = new BlockWord(SingleCharacters[spelling[0]] ??= CreateLexeme(spelling, token.Kind), token.Start, token.End);
            }
            else if (NeedsLookUp(token))
            {
                var hash = SpellingTable<Lexeme>.Hash(spelling);
                lexemes.PrefetchSlot(hash);
                pendingTokens[pending] = t;
                pendingHashes[pending++] = hash;
            }
            else
            {
                read[t] = new BlockWord(null, token.Start, token.End);
            }
        }
        LookUpPending(lexemes, text, tokens, read, pendingTokens.AsSpan(0, pending), pendingHashes.AsSpan(0, pending));
    }

    private static void LookUpPending(SpellingCache<Lexeme> lexemes, string text, ReadOnlySpan<Token> tokens, Span<BlockWord> read,
        ReadOnlySpan<int> pendingTokens, ReadOnlySpan<int> hashes)
    {
        foreach (var hash in hashes)
        {
            lexemes.PrefetchEntry(hash);
        }
        foreach (var hash in hashes)
        {
            lexemes.PrefetchKey(hash, Lexeme.FieldBytes);
        }
        for (var p = 0; p < pendingTokens.Length; p++)
        {
            var token = tokens[pendingTokens[p]];
            read[pendingTokens[p]] = new BlockWord(LexemeOf(lexemes, text.AsSpan(token.Start, token.Length), hashes[p], token.Kind), token.Start, token.End);
        }
    }

    // A mark of several characters ("...", a run of control characters) has no lexeme: its characters do.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NeedsLookUp(Token token) => token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Url || token.Length == 1;

    /// <summary>The lexeme of a spelling the tokenizer reads as <paramref name="kind"/>, from this thread's table.</summary>
    internal static Lexeme LexemeOf(ReadOnlySpan<char> spelling, TokenKind kind)
    {
        if (spelling.Length == 1 && spelling[0] < SingleCharacters.Length)
        {
            return SingleCharacters[spelling[0]] ??= CreateLexeme(spelling, kind);
        }
        return LexemeOf(ThisThreadsLexemes(), spelling, SpellingTable<Lexeme>.Hash(spelling), kind);
    }

    // News copy repeats a small vocabulary: one lexeme per distinct spelling instead of strings per occurrence keeps
    // the reader from allocating for every word (measured: block facts ~1.6× faster on 5 MB), and lets it test
    // word lists by flag. The table is per thread, so no locks, and bounded (see SpellingTable); a spelling read once
    // is not kept for good (see SpellingCache).

    // Each thread's table sits in a box that another thread can empty (ForgetSpellings): a thread keeps its table, and
    // the server idle trim frees every thread's. A thread that is using its table then keeps it until it is done.
    [ThreadStatic]
    private static StrongBox<SpellingCache<Lexeme>?>? _lexemes;
    private static readonly List<WeakReference<StrongBox<SpellingCache<Lexeme>?>>> Tables = [];

    private static SpellingCache<Lexeme> ThisThreadsLexemes()
    {
        var box = _lexemes ??= Register();
        return Volatile.Read(ref box.Value) ?? (box.Value = new SpellingCache<Lexeme>());
    }

    private static StrongBox<SpellingCache<Lexeme>?> Register()
    {
        var box = new StrongBox<SpellingCache<Lexeme>?>();
        lock (Tables)
        {
            Tables.Add(new WeakReference<StrongBox<SpellingCache<Lexeme>?>>(box));
        }
        return box;
    }

    /// <summary>
    /// Empties every thread's spelling table. The tables only save work: a lexeme depends on its spelling alone, and
    /// none outlives an analysis in its results (block readings are released when the analysis is done), so an empty
    /// table gives equal lexemes again, made anew. The tables grow with the vocabulary read more than once (up to
    /// <see cref="SpellingTable{TValue}.MaxCount"/> spellings), memory an idle server need not hold.
    /// </summary>
    internal static void ForgetSpellings()
    {
        lock (Tables)
        {
            Tables.RemoveAll(table => !table.TryGetTarget(out _));
            foreach (var table in Tables)
            {
                if (table.TryGetTarget(out var box))
                {
                    Volatile.Write(ref box.Value, null);
                }
            }
        }
    }

    // Punctuation, quotation marks and one-letter words by character: a quarter of all tokens, no hashing. The
    // kind of a one-character token follows from the character, so one lexeme per character is right; a race
    // between threads creates equal lexemes, and either may stay.
    private static readonly Lexeme?[] SingleCharacters = new Lexeme?[0x2100];

    private static Lexeme CreateLexeme(ReadOnlySpan<char> spelling, TokenKind token)
    {
        var kind = token is TokenKind.Word or TokenKind.Number or TokenKind.Url
            ? char.IsDigit(spelling[0]) ? WordKind.Number : WordKind.Word
            : QuoteMarks.IsQuote(spelling[0]) ? WordKind.Quote : WordKind.Punctuation;
        var text = spelling.ToString();
        var lexicon = AttributionLexicon.Instance;
        if (AttributionLexicon.HasNoLetter(spelling) && !lexicon.ListsLetterless)
        {
            // A figure: on no list, no verb form, no name (what the look-ups below would find, without them).
            return new Lexeme(text, text, WordClass.None, null, [], token: token);
        }
        var lower = kind == WordKind.Word ? LowerCase(text) : text;
        var (verb, roles) = lexicon.VerbAndRolesOf(lower);
        var classes = lexicon.ClassesOf(lower, verb);
        if (kind == WordKind.Word && lexicon.FirstPersonAsWritten.Contains(text))
        {
            classes |= WordClass.FirstPerson;
        }
        return new Lexeme(text, lower, classes, verb,
            (classes & WordClass.PhraseCueFirst) != 0 ? lexicon.PhraseCuesStartingWith(lower) : [], kind == WordKind.Word && IsPrefixedName(text), token,
            roles);
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

    private static Lexeme LexemeOf(SpellingCache<Lexeme> lexemes, ReadOnlySpan<char> spelling, int hash, TokenKind kind)
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
        if (length == 1 && char.IsUpper(text[wordStart]) && next == ' ' && dot + 2 < end && char.IsUpper(text[dot + 2]))
        {
            return true; // a middle initial inside a name, "Ana J. Ruiz": the sentence goes on after it
        }
        return next == ' ' && char.IsUpper(text[wordStart]) && length <= 4 && Abbreviations.Contains(text.AsSpan(wordStart, dot - wordStart));
    }
}
