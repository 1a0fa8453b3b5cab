namespace Byline.Analysis.Entities;

/// <summary>
/// Ordinary English words (<c>common-words.yaml</c>, generated from WordNet 3.0; docs/knowledge-base.md): lemmas WordNet
/// writes in lower case that running text uses (a sense tagged in SemCor). Capitalised, such words make labels and
/// headings ("Net Income", "Best Actor"), seldom a person's name; loaded on the first run of capitalised words that
/// only its shape would call a person.
/// </summary>
internal sealed class CommonWords
{
    public static CommonWords Default { get; } = new();

    private readonly SpellingLookup<bool> _words = SpellingLookup.Set("common-words", "common-words", "load common words");

    private CommonWords()
    {
    }

    /// <summary>Reads the list now (a preload), if no look-up has yet.</summary>
    public void Load() => _words.Load();

    /// <summary>
    /// Whether <paramref name="word"/>, lower-cased, is an ordinary word or a regular plural or -ed or -ing form of one
    /// ("Revenues", "Expected", "Talking"); a possessive "'s" is read off first.
    /// </summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’') word = word[..^2];
        if (word.Length is 0 or > 32) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _words.Contains(lower)
            || lower is [.., 's'] && _words.Contains(lower[..^1])
            || lower is [.., 'e', 's'] && _words.Contains(lower[..^2])
            || lower is [.., 'i', 'e', 's'] && WithY(lower[..^3])
            || lower is [.., 'e', 'd'] && (_words.Contains(lower[..^1]) || _words.Contains(lower[..^2]))
            || lower is [.., 'i', 'n', 'g'] && (_words.Contains(lower[..^3]) || WithE(lower[..^3]));
    }

    private bool WithY(ReadOnlySpan<char> stem) => WithEnding(stem, 'y');

    private bool WithE(ReadOnlySpan<char> stem) => WithEnding(stem, 'e');

    private bool WithEnding(ReadOnlySpan<char> stem, char ending)
    {
        Span<char> word = stackalloc char[stem.Length + 1];
        stem.CopyTo(word);
        word[^1] = ending;
        return _words.Contains(word);
    }
}
