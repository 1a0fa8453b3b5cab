using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Analysis.Entities;

/// <summary>The word lists (<c>entity-words.yaml</c>) each spelling is on, looked up once per spelling per thread (on its lexeme).</summary>
internal static partial class MentionScanner
{
    // Asked of most words of every sentence; the ahead-of-time compiler left them as calls unless told.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Has(string text, List<Word> words, int k, WordClass classes) => (ClassesOf(text, words, k) & classes) != 0;

    // The lists are looked up once per spelling, on the lexeme the block's reading gives each word (BlockWords).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static WordClass ClassesOf(string text, List<Word> words, int k) => words[k].Lexeme!.EntityClasses;

    /// <summary>The lists <paramref name="word"/> is on, looked up anew (<see cref="Attribution.Lexeme.EntityClasses"/> keeps them per spelling).</summary>
    internal static WordClass SpellingClasses(ReadOnlySpan<char> word)
    {
        var table = WordClassTable.Default;
        Span<char> dotted = word.Length < 64 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        word.CopyTo(dotted);
        dotted[^1] = '.';
        var classes = WordClass.EntityClassesRead | table.AsWrittenOf(word) | table.WithPeriodOf(dotted) | table.AsNameOf(NameOf(word));
        // "In Seattle", "AT DETROIT": a place preposition capitalised at a sentence's start or in a line in capitals.
        if ((classes & WordClass.PlacePreposition) == 0 && InLowerCase(EntityWords.Default.PlacePrepositions, word)) classes |= WordClass.PlacePreposition;
        return classes;
    }

    /// <summary>What the scanner's lists beyond the word classes say of <paramref name="word"/> (<see cref="Attribution.Lexeme.SpellingFlags"/> keeps them per spelling).</summary>
    internal static SpellingFlags FlagsOf(string word)
    {
        var name = NameOf(word);
        var flags = SpellingFlags.Read;
        if (CommonWords.Default.Contains(word)) flags |= SpellingFlags.CommonWord;
        if (CommonWords.Default.Contains(name)) flags |= SpellingFlags.CommonName;
        if (IsOrdinaryCompound(word)) flags |= SpellingFlags.OrdinaryCompound;
        if (IsOrdinaryCompound(name)) flags |= SpellingFlags.OrdinaryCompoundName;
        var lexicon = EntityWords.Default;
        if (lexicon.TeamMatchWords.Contains(word)) flags |= SpellingFlags.TeamMatchWord;
        if (lexicon.CurrencyCodes.Contains(word)) flags |= SpellingFlags.CurrencyCode;
        if (lexicon.TeamMatchVerbs.Contains(word)) flags |= SpellingFlags.TeamMatchVerb;
        if (lexicon.PersonVerbs.Contains(word)) flags |= SpellingFlags.PersonVerb;
        if (lexicon.PersonVerbAuxiliaries.Contains(word)) flags |= SpellingFlags.PersonVerbAuxiliary;
        if (lexicon.IndexNouns.Contains(word)) flags |= SpellingFlags.IndexNoun;
        if (lexicon.ScorecardDismissals.Contains(word) || OpensPhraseOf(lexicon.ScorecardInningsEnds, word)) flags |= SpellingFlags.ScorecardWord;
        if (InLowerCase(lexicon.PersonCues, word) || InLowerCase(lexicon.PositionOpeners, word)) flags |= SpellingFlags.PersonCueInLowerCase;
        if (lexicon.CommonNounAcronyms.Contains(name)) flags |= SpellingFlags.CommonNounAcronymName;
        if (name.Length <= LeagueWordLength && lexicon.CompetitionLeagueOpeners.Contains(name)) flags |= SpellingFlags.CompetitionLeagueOpenerName;
        return flags;
    }

    /// <summary>Whether <paramref name="word"/> is the first word of a phrase on <paramref name="phrases"/> ("not" of "not out").</summary>
    private static bool OpensPhraseOf(WordSet phrases, string word)
    {
        foreach (var phrase in phrases.Items)
        {
            if (phrase.Length > word.Length && phrase[word.Length] == ' ' && phrase.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Whether word <paramref name="k"/> has <paramref name="flag"/> (<see cref="Attribution.Lexeme.SpellingFlags"/>).</summary>
    private static bool Is(List<Word> words, int k, SpellingFlags flag) => (words[k].Lexeme!.SpellingFlags & flag) != 0;

    /// <summary>Whether word <paramref name="k"/>, as written, is on one of <paramref name="lists"/> (<see cref="Attribution.Lexeme.NeighbourWords"/>).</summary>
    private static bool IsOn(List<Word> words, int k, NeighbourWords lists) => IsOn(words[k], lists);

    /// <summary>Whether <paramref name="w"/>, as written, is on one of <paramref name="lists"/>: a bit test, the spelling's lists read once.</summary>
    private static bool IsOn(Word w, NeighbourWords lists) => (w.Lexeme!.NeighbourWords & lists) != 0;

    /// <summary>Whether word <paramref name="k"/>, as written, is an ordinary English word (<see cref="CommonWords.Contains"/>), looked up once per spelling.</summary>
    private static bool IsCommonWord(List<Word> words, int k) => (words[k].Lexeme!.SpellingFlags & SpellingFlags.CommonWord) != 0;

    /// <summary>Whether word <paramref name="k"/>'s name (the word less a possessive) is an ordinary English word, looked up once per spelling.</summary>
    private static bool IsCommonName(List<Word> words, int k) => (words[k].Lexeme!.SpellingFlags & SpellingFlags.CommonName) != 0;

    /// <summary>The name a word spells: the word without a possessive "'s", by the rule <see cref="CollectWords"/> applies.</summary>
    internal static ReadOnlySpan<char> NameOf(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’' ? word[..^2] : word;

    /// <summary>A capitalised word on a list of lower-case words: "In Seattle", "AT DETROIT" (a sentence start, a line in capitals).</summary>
    private static bool InLowerCase(WordSet list, ReadOnlySpan<char> word)
    {
        if (word.Length > 12 || word.Length == 0 || !char.IsUpper(word[0])) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return list.Contains(lower);
    }
}

/// <summary>
/// The entity scanner's answers for one spelling beyond <see cref="WordClass"/> (whose bits are all taken), kept on its
/// lexeme (<see cref="Attribution.Lexeme.SpellingFlags"/>): asked of many words of every sentence, and a spelling
/// recurs far more often than it is new.
/// </summary>
[Flags]
internal enum SpellingFlags : ushort
{
    None = 0,
    /// <summary>The flags have been looked up (so <see cref="None"/> means "not yet").</summary>
    Read = 1,
    /// <summary>The word as written is an ordinary English word (<see cref="CommonWords.Contains"/>).</summary>
    CommonWord = 2,
    /// <summary>The word less a possessive "'s" is one.</summary>
    CommonName = 4,
    /// <summary>The word as written is an ordinary word or words joined by hyphens each of which is one.</summary>
    OrdinaryCompound = 8,
    /// <summary>The word less a possessive "'s" is such a compound.</summary>
    OrdinaryCompoundName = 16,
    /// <summary>On <c>team-match-words</c> (<see cref="EntityWords.TeamMatchWords"/>).</summary>
    TeamMatchWord = 32,
    /// <summary>On <c>currency-codes</c> as written.</summary>
    CurrencyCode = 64,
    /// <summary>The word less a possessive "'s" is on <c>common-noun-acronyms</c>.</summary>
    CommonNounAcronymName = 128,
    /// <summary>The word less a possessive "'s" is on <c>competition-league-openers</c> (and no longer than the scanner reads there).</summary>
    CompetitionLeagueOpenerName = 256,
    /// <summary>On <c>team-match-verbs</c> as written.</summary>
    TeamMatchVerb = 512,
    /// <summary>On <c>person-verbs</c> as written.</summary>
    PersonVerb = 1024,
    /// <summary>On <c>person-verb-auxiliaries</c> as written.</summary>
    PersonVerbAuxiliary = 2048,
    /// <summary>On <c>index-nouns</c> as written.</summary>
    IndexNoun = 4096,
    /// <summary>On <c>scorecard-dismissals</c> as written, or the first word of a phrase on <c>scorecard-innings-ends</c>.</summary>
    ScorecardWord = 8192,
    /// <summary>Capitalised, and in lower case on <c>person-cues</c> or <c>position-openers</c> ("Midfielder", "Former").</summary>
    PersonCueInLowerCase = 16384,
}
