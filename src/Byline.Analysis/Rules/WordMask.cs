using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0008's words as one bit a character: a letter or digit, or an apostrophe or hyphen between two ("Kata'ib",
/// "ez-Zor"); a word is a run of set bits. The mask is built eight characters at a time, ASCII letters and digits told
/// apart by two compares, and only the rare characters outside ASCII and the joiners looked at one by one. A scan
/// character by character waited on a mispredicted branch at both ends of every word (~3 % of a `check`); here the
/// word ends are found by counting zeros, and a word costs a couple of instructions whatever its length.
/// </summary>
internal static class WordMask
{
    /// <summary>How many <see cref="ulong"/>s the mask of <paramref name="length"/> characters takes.</summary>
    public static int Size(int length) => (length + 63) >> 6;

    /// <summary>Fills <paramref name="mask"/> (<see cref="Size"/> long) with the word characters of <paramref name="text"/>; bits past its end are clear.</summary>
    public static void Build(ReadOnlySpan<char> text, Span<ulong> mask)
    {
        mask.Clear();
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(text);
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref first), (nuint)i);
                var letters = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                var digits = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                var others = Vector128.GreaterThanOrEqual(chars, Vector128.Create((ushort)0x80))
                    | Vector128.Equals(chars, Vector128.Create((ushort)'\'')) | Vector128.Equals(chars, Vector128.Create((ushort)'-'));
                ulong bits = (letters | digits).ExtractMostSignificantBits();
                for (var rest = others.ExtractMostSignificantBits(); rest != 0; rest &= rest - 1)
                {
                    var at = BitOperations.TrailingZeroCount(rest);
                    bits |= IsWordChar(text, i + at) ? 1UL << at : 0;
                }
                // Eight characters at a multiple of eight never straddle two ulongs.
                mask[i >> 6] |= bits << (i & 63);
            }
        }
        for (; i < text.Length; i++)
        {
            mask[i >> 6] |= IsWordChar(text, i) ? 1UL << (i & 63) : 0;
        }
    }

    /// <summary>The first word character at or after <paramref name="from"/>, else <paramref name="length"/>.</summary>
    public static int NextSet(ReadOnlySpan<ulong> mask, int from, int length)
    {
        for (var k = from >> 6; k < mask.Length; k++)
        {
            var bits = k == from >> 6 ? mask[k] & (~0UL << (from & 63)) : mask[k];
            if (bits != 0)
            {
                return Math.Min(length, (k << 6) + BitOperations.TrailingZeroCount(bits));
            }
        }
        return length;
    }

    /// <summary>The first character at or after <paramref name="from"/> that is not a word character, else <paramref name="length"/>.</summary>
    public static int NextClear(ReadOnlySpan<ulong> mask, int from, int length)
    {
        for (var k = from >> 6; k < mask.Length; k++)
        {
            var bits = ~mask[k] & (k == from >> 6 ? ~0UL << (from & 63) : ~0UL);
            if (bits != 0)
            {
                return Math.Min(length, (k << 6) + BitOperations.TrailingZeroCount(bits));
            }
        }
        return length;
    }

    // The character-by-character definition: a letter or digit, or an apostrophe or hyphen with one on each side.
    private static bool IsWordChar(ReadOnlySpan<char> text, int i) =>
        char.IsLetterOrDigit(text[i])
        || (text[i] is '\'' or '’' or '-' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]));
}
