using System.Runtime.CompilerServices;

namespace Byline.Language;

/// <summary>
/// What the tagger's features know about one token, as 64-bit hashes: its normalised form, suffixes, first
/// character, shape and exact spelling. Features combine these hashes, so tagging builds no strings.
/// </summary>
internal readonly record struct WordHashes(ulong Word, ulong Suffix3, ulong Suffix2, ulong Prefix1, ulong Shape, ulong Exact)
{
    /// <summary>The padding before the first token and after the last.</summary>
    public static readonly WordHashes Start = Sentinel(1), Start2 = Sentinel(2), End = Sentinel(3), End2 = Sentinel(4);

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static WordHashes Of(ReadOnlySpan<char> word) => System.Text.Ascii.IsValid(word) ? OfAscii(word) : OfAny(word);

    /// <summary><see cref="Of"/> for a word of any characters: what <see cref="OfAscii"/> must agree with.</summary>
    internal static WordHashes OfAny(ReadOnlySpan<char> word)
    {
        var normal = Normalised(word);
        var lower = normal == 0 ? LowerHash(word, 0) : normal;
        return new WordHashes(
            lower,
            LowerHash(word, Math.Max(0, word.Length - 3)),
            LowerHash(word, Math.Max(0, word.Length - 2)),
            word.Length == 0 ? 0 : Mix(7, word[0]),
            ShapeHash(word),
            ExactHash(word));
    }

    /// <summary>
    /// <see cref="Of"/> for a word of ASCII characters (nearly every word of English news), the whole-word hashes in one
    /// pass: for these characters lower-casing, the letter classes and the digit test are comparisons, and each gives
    /// what <see cref="Of"/>'s general path gives.
    /// </summary>
    internal static WordHashes OfAscii(ReadOnlySpan<char> word)
    {
        ulong lower = Offset ^ 0x5A, exact = Offset, shape = Offset ^ 0x53;
        var last = '\0';
        foreach (var c in word)
        {
            exact = (exact ^ c) * Prime;
            var upper = char.IsAsciiLetterUpper(c);
            lower = (lower ^ (upper ? (char)(c | 0x20) : c)) * Prime;
            var kind = upper ? 'X' : char.IsAsciiLetterLower(c) ? 'x' : char.IsAsciiDigit(c) ? 'd' : c;
            if (kind != last) shape = (shape ^ kind) * Prime;
            last = kind;
        }
        var normal = Normalised(word);
        return new WordHashes(
            normal == 0 ? lower : normal,
            LowerAsciiHash(word, Math.Max(0, word.Length - 3)),
            LowerAsciiHash(word, Math.Max(0, word.Length - 2)),
            word.Length == 0 ? 0 : Mix(7, word[0]),
            shape,
            exact);
    }

    private static ulong LowerAsciiHash(ReadOnlySpan<char> word, int from)
    {
        var h = Offset ^ 0x5A;
        for (var i = from; i < word.Length; i++) h = (h ^ (char.IsAsciiLetterUpper(word[i]) ? (char)(word[i] | 0x20) : word[i])) * Prime;
        return h;
    }

    /// <summary>Combines hashes into one feature key (SplitMix64 finaliser over a running value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b)
    {
        var z = (a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL + (a << 6) + (a >> 2));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong ExactHash(ReadOnlySpan<char> word)
    {
        var h = Offset;
        foreach (var c in word) h = (h ^ c) * Prime;
        return h;
    }

    /// <summary>Hash of the word lower-cased, or of the lower-cased tail from <paramref name="from"/>.</summary>
    public static ulong LowerHash(ReadOnlySpan<char> word, int from)
    {
        var h = Offset ^ 0x5A;
        for (var i = from; i < word.Length; i++) h = (h ^ char.ToLowerInvariant(word[i])) * Prime;
        return h;
    }

    /// <summary>Numbers fall into classes, as in Honnibal's tagger: four digits (a year) and other digit-led words.</summary>
    private static ulong Normalised(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsAsciiDigit(word[0])) return 0;
        var allDigits = true;
        foreach (var c in word) allDigits &= char.IsAsciiDigit(c);
        return allDigits && word.Length == 4 ? 0x1EA7UL : 0xD161UL;
    }

    /// <summary>"Xxxx" → "Xx", "U.S" → "X.X", "2,500" → "d,d": each character's class, runs collapsed.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> word)
    {
        var h = Offset ^ 0x53;
        var last = '\0';
        foreach (var c in word)
        {
            var shape = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (shape != last) h = (h ^ shape) * Prime;
            last = shape;
        }
        return h;
    }

    private static WordHashes Sentinel(ulong n)
    {
        var h = Mix(0xFEED, n);
        return new WordHashes(h, h, h, h, h, h);
    }
}
