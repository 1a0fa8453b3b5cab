namespace Byline.Language;

/// <summary>
/// The parser's features, after Zhang and Nivre (2011) cut down for a greedy parser: the words and tags of the
/// top three stack items and the first three buffer items, the tags and labels of their outermost children,
/// the distance between stack top and buffer front, how many children they have, and combinations of these.
/// Shared by parsing and training so both see the same keys.
/// </summary>
internal static class ParserFeatures
{
    public const int Count = 40;

    private const ulong NoTag = 255, RootTag = 254, NoLabel = 255;
    private static readonly ulong NoWord = WordHashes.Mix(0xAB5E, 1), RootWord = WordHashes.Mix(0xAB5E, 2);

    /// <param name="words">The sentence's word hashes, one per token.</param>
    /// <param name="tags">The sentence's part-of-speech tag ids, one per token.</param>
    public static void Extract(ParseState state, ReadOnlySpan<WordHashes> words, ReadOnlySpan<byte> tags, Span<ulong> features)
    {
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2), b0 = state.Buffer(0), b1 = state.Buffer(1), b2 = state.Buffer(2);
        ulong s0w = Word(s0, state, words), s1w = Word(s1, state, words), b0w = Word(b0, state, words), b1w = Word(b1, state, words);
        ulong s0t = Tag(s0, state, tags), s1t = Tag(s1, state, tags), s2t = Tag(s2, state, tags);
        ulong b0t = Tag(b0, state, tags), b1t = Tag(b1, state, tags), b2t = Tag(b2, state, tags);
        int s0l = state.Leftmost(s0), s0r = state.Rightmost(s0), s1l = state.Leftmost(s1), s1r = state.Rightmost(s1), b0l = state.Leftmost(b0);
        ulong s0lt = Tag(s0l, state, tags), s0rt = Tag(s0r, state, tags), s1lt = Tag(s1l, state, tags), s1rt = Tag(s1r, state, tags), b0lt = Tag(b0l, state, tags);
        var distance = s0 < 0 || b0 < 0 ? 0UL : (ulong)Math.Min(b0 - s0, 6);
        var f = 0;
        features[f++] = Key(0, 0);
        features[f++] = Key(1, s0w);
        features[f++] = Key(2, s0t);
        features[f++] = Key(3, s0w, s0t);
        features[f++] = Key(4, s1w);
        features[f++] = Key(5, s1t);
        features[f++] = Key(6, s1w, s1t);
        features[f++] = Key(7, b0w);
        features[f++] = Key(8, b0t);
        features[f++] = Key(9, b0w, b0t);
        features[f++] = Key(10, b1w);
        features[f++] = Key(11, b1t);
        features[f++] = Key(12, b1w, b1t);
        features[f++] = Key(13, b2t);
        features[f++] = Key(14, s2t);
        features[f++] = Key(15, s0w, b0w);
        features[f++] = Key(16, s0t, b0t);
        features[f++] = Key(17, s0w, s0t, b0t);
        features[f++] = Key(18, s0t, b0w, b0t);
        features[f++] = Key(19, s0w, s0t, b0w, b0t);
        features[f++] = Key(20, s1t, s0t);
        features[f++] = Key(21, s1t, s0t, b0t);
        features[f++] = Key(22, s0t, b0t, b1t);
        features[f++] = Key(23, b0t, b1t, b2t);
        features[f++] = Key(24, s2t, s1t, s0t);
        features[f++] = Key(25, s1w, s0w);
        features[f++] = Key(26, s0t, s0lt, b0t);
        features[f++] = Key(27, s0t, s0rt, b0t);
        features[f++] = Key(28, s0t, b0lt, b0t);
        features[f++] = Key(29, s1t, s1rt, s0t);
        features[f++] = Key(30, s1t, s1lt, s0t);
        features[f++] = Key(31, Label(s0l, state), s0t);
        features[f++] = Key(32, Label(s0r, state), s0t);
        features[f++] = Key(33, Label(b0l, state), b0t);
        features[f++] = Key(34, Label(s1r, state), s1t);
        features[f++] = Key(35, distance, s0t, b0t);
        features[f++] = Key(36, distance, s0w);
        features[f++] = Key(37, distance, b0w);
        features[f++] = Key(38, s0t, (ulong)state.LeftCount(s0), (ulong)state.RightCount(s0));
        features[f] = Key(39, b0t, (ulong)state.LeftCount(b0));
    }

    private static ulong Word(int token, ParseState state, ReadOnlySpan<WordHashes> words) =>
        token < 0 ? NoWord : token == state.Count ? RootWord : words[token].Word;

    private static ulong Tag(int token, ParseState state, ReadOnlySpan<byte> tags) =>
        token < 0 ? NoTag : token == state.Count ? RootTag : tags[token];

    private static ulong Label(int token, ParseState state) => state.LabelOf(token) is var label and >= 0 ? (ulong)label : NoLabel;

    private static ulong Key(ulong template, ulong a) => WordHashes.Mix(template, a);

    private static ulong Key(ulong template, ulong a, ulong b) => WordHashes.Mix(WordHashes.Mix(template, a), b);

    private static ulong Key(ulong template, ulong a, ulong b, ulong c) => WordHashes.Mix(Key(template, a, b), c);

    private static ulong Key(ulong template, ulong a, ulong b, ulong c, ulong d) => WordHashes.Mix(Key(template, a, b, c), d);
}
