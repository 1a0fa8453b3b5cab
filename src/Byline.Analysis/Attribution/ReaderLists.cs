namespace Byline.Analysis.Attribution;

/// <summary>
/// Lists of the attribution lexicon that the reader asks of a word only in a few places, but there of many words: kept
/// per spelling on first use (<see cref="Lexeme.ReaderLists"/>), so a word asked again is a flag test instead of a
/// frozen-set probe. <see cref="WordClass"/> and <see cref="WordRole"/> have no free bit, and a list asked of few
/// spellings is not worth a look-up for every new spelling when its lexeme is made.
/// </summary>
[Flags]
internal enum ReaderLists : byte
{
    None = 0,

    /// <summary><c>stance_adjectives</c> and the volition adjectives (<see cref="AttributionLexicon.StanceAdjectives"/>).</summary>
    StanceAdjective = 1 << 0,

    /// <summary>A word with an entry in <see cref="AttributionLexicon.StancePredicates"/>.</summary>
    StancePredicate = 1 << 1,

    /// <summary><c>content_nouns</c> (<see cref="AttributionLexicon.ContentNouns"/>).</summary>
    ContentNoun = 1 << 2,

    /// <summary>Set once the lists are read, so that a spelling on none of them is not looked up again.</summary>
    Read = 1 << 7,
}
