namespace Byline.Language.Training;

/// <summary>One sentence as the parser reads it: each token's word hashes and predicted part-of-speech tag id.</summary>
internal sealed record ParserInput(WordHashes[] Words, byte[] Tags)
{
    public int Length => Tags.Length;
}

/// <summary>
/// Feature templates of a greedy arc-standard parser, after Zhang and Nivre (2011), trimmed: words and tags of
/// the top three stack items and the first three buffer tokens, their pairs and triples, the distance between the
/// two top stack items, their children's tags and relations, and how many children they have. Shared by parsing
/// and training so both see the same keys.
/// </summary>
internal static class ParserFeatures
{
    public const int Count = 43;

    private const ulong NoWord = 0x5EED, NoTag = 0x1FF, NoRelation = 0x2FF;

    public static void Extract(ArcStandard state, ParserInput input, Span<ulong> f)
    {
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2), b0 = state.Buffer(0), b1 = state.Buffer(1), b2 = state.Buffer(2);
        ulong s0w = Word(input, s0), s0t = Tag(input, s0), s1w = Word(input, s1), s1t = Tag(input, s1);
        ulong b0w = Word(input, b0), b0t = Tag(input, b0), b1w = Word(input, b1), b1t = Tag(input, b1);
        f[0] = Key(0, 0);
        ReadOnlySpan<(ulong Word, ulong Tag)> singles = [(s0w, s0t), (s1w, s1t), (b0w, b0t), (b1w, b1t)];
        for (var k = 0; k < singles.Length; k++)
        {
            var template = (ulong)(1 + 3 * k);
            f[1 + 3 * k] = Key(template, singles[k].Word);
            f[2 + 3 * k] = Key(template + 1, singles[k].Tag);
            f[3 + 3 * k] = Key(template + 2, singles[k].Word, singles[k].Tag);
        }
        f[13] = Key(13, Tag(input, b2));
        f[14] = Key(14, Tag(input, s2));
        f[15] = Key(15, s0w, s1w);
        f[16] = Key(16, s0t, s1t);
        f[17] = Key(17, s0w, s0t, s1t);
        f[18] = Key(18, s0t, s1w, s1t);
        f[19] = Key(19, s0w, s1w, s1t);
        f[20] = Key(20, s0w, s0t, s1w);
        f[21] = Key(21, s0t, s1t, b0t);
        f[22] = Key(22, s0t, b0t, b1t);
        f[23] = Key(23, Tag(input, s2), s1t, s0t);
        f[24] = Key(24, s0w, b0w);
        f[25] = Key(25, s0t, b0w);
        f[26] = Key(26, s0w, b0t);
        ExtractStructure(state, input, (s0, s1, s0t, s1t, s0w, s1w), f[27..]);
    }

    /// <summary>Features of the partial tree: distance, children's tags and relations, and valency.</summary>
    private static void ExtractStructure(ArcStandard state, ParserInput input, (int S0, int S1, ulong S0t, ulong S1t, ulong S0w, ulong S1w) top, Span<ulong> f)
    {
        var (s0, s1, s0t, s1t) = (top.S0, top.S1, top.S0t, top.S1t);
        var distance = s0 == ArcStandard.None || s1 == ArcStandard.None ? 0UL : (ulong)Math.Min(s0 - s1, 5);
        f[0] = Key(27, s0t, s1t, distance);
        f[1] = Key(28, top.S0w, distance);
        f[2] = Key(29, top.S1w, distance);
        f[3] = Key(30, s0t, Tag(input, Child(state.LeftmostChild, s0)));
        f[4] = Key(31, s0t, Relation(state, Child(state.LeftmostChild, s0)));
        f[5] = Key(32, s0t, Relation(state, Child(state.RightmostChild, s0)));
        f[6] = Key(33, s1t, Relation(state, Child(state.LeftmostChild, s1)));
        f[7] = Key(34, s1t, Tag(input, Child(state.RightmostChild, s1)));
        f[8] = Key(35, s1t, Relation(state, Child(state.RightmostChild, s1)));
        f[9] = Key(36, s0t, s1t, Relation(state, Child(state.LeftmostChild, s0)), Relation(state, Child(state.RightmostChild, s1)));
        f[10] = Key(37, s0t, s0 == ArcStandard.None ? 0UL : (ulong)Math.Min(state.LeftCount(s0), 4));
        f[11] = Key(38, s1t, s1 == ArcStandard.None ? 0UL : (ulong)Math.Min(state.RightCount(s1), 4));
        f[12] = Key(39, s0 == ArcStandard.None ? NoWord : input.Words[s0].Suffix3, s0t);
        f[13] = Key(40, s0t, Tag(input, Child(state.RightmostChild, s0)));
        f[14] = Key(41, s1t, Tag(input, Child(state.LeftmostChild, s1)));
        f[15] = Key(42, top.S1w, s0t, Tag(input, state.Buffer(0)));
    }

    private static int Child(int[] children, int token) => token == ArcStandard.None ? ArcStandard.None : children[token];

    private static ulong Word(ParserInput input, int token) => token == ArcStandard.None ? NoWord : input.Words[token].Word;

    private static ulong Tag(ParserInput input, int token) => token == ArcStandard.None ? NoTag : input.Tags[token];

    private static ulong Relation(ArcStandard state, int token) => token == ArcStandard.None ? NoRelation : (ulong)state.Relations[token];

    private static ulong Key(ulong template, ulong a) => WordHashes.Mix(WordHashes.Mix(0xD3E9, template), a);

    private static ulong Key(ulong template, ulong a, ulong b) => WordHashes.Mix(Key(template, a), b);

    private static ulong Key(ulong template, ulong a, ulong b, ulong c) => WordHashes.Mix(Key(template, a, b), c);

    private static ulong Key(ulong template, ulong a, ulong b, ulong c, ulong d) => WordHashes.Mix(Key(template, a, b, c), d);
}
