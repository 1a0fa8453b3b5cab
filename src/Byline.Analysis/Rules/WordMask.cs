using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0008's words as one bit a character: a letter or digit, or an apostrophe or hyphen between two ("Kata'ib",
/// "ez-Zor"); a word is a run of set bits. The mask is built sixteen characters at a time, ASCII letters and digits told
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
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + 2 * Vector128<ushort>.Count <= text.Length; i += 2 * Vector128<ushort>.Count)
            {
                var low = Vector128.LoadUnsafe(ref first, (nuint)i);
                var high = Vector128.LoadUnsafe(ref first, (nuint)(i + Vector128<ushort>.Count));
                // Each lane of a compare is all ones or all zeros, so narrowing to bytes keeps it; the mask of 16
                // bytes is one instruction, where that of 8 ushorts is a call in the native build's instruction set.
                ulong bits = Vector128.Narrow(LettersOrDigits(low), LettersOrDigits(high)).ExtractMostSignificantBits();
                for (var rest = Vector128.Narrow(Others(low), Others(high)).ExtractMostSignificantBits(); rest != 0; rest &= rest - 1)
                {
                    var at = BitOperations.TrailingZeroCount(rest);
                    bits |= IsWordChar(text, i + at) ? 1UL << at : 0;
                }
                // Sixteen characters at a multiple of sixteen never straddle two ulongs.
                mask[i >> 6] |= bits << (i & 63);
            }
        }
        for (; i < text.Length; i++)
        {
            mask[i >> 6] |= IsWordChar(text, i) ? 1UL << (i & 63) : 0;
        }
    }

    // ASCII letters (either case) and digits: all ones in their lanes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> LettersOrDigits(Vector128<ushort> chars) =>
        Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')))
        | Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));

    // The characters looked at one by one: outside ASCII, and the joiners.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Others(Vector128<ushort> chars) =>
        Vector128.GreaterThanOrEqual(chars, Vector128.Create((ushort)0x80))
        | Vector128.Equals(chars, Vector128.Create((ushort)'\'')) | Vector128.Equals(chars, Vector128.Create((ushort)'-'));

    /// <summary>The words of <paramref name="mask"/> (built for <paramref name="length"/> characters), in order.</summary>
    public static Words WordsOf(ReadOnlySpan<ulong> mask, int length) => new(mask, length);

    /// <summary>
    /// Walks a mask's words by the bits where it changes (a word's first character, and the first character after it):
    /// each change is one count of zeros, and a word costs two, where a search for the next set and the next clear bit
    /// set up a loop over the mask for each.
    /// </summary>
    public ref struct Words(ReadOnlySpan<ulong> mask, int length)
    {
        private readonly ReadOnlySpan<ulong> _mask = mask;
        private int _next; // the index of the next ulong whose changes are not yet read
        private ulong _changes; // the changes of the ulong before it not yet read
        private ulong _carry; // the last bit of the ulong before it: a word that runs across the boundary does not change there

        /// <summary>The next word: its first character and the character after it (the length at the text's end).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Next(out int start, out int end)
        {
            start = NextChange();
            if (start < 0)
            {
                end = start;
                return false;
            }
            end = NextChange();
            end = end < 0 ? length : end; // bits past the text are clear, so only a word to a multiple of 64 ends unmarked
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int NextChange()
        {
            while (_changes == 0)
            {
                if (_next >= _mask.Length)
                {
                    return -1;
                }
                var bits = _mask[_next++];
                _changes = bits ^ (bits << 1 | _carry);
                _carry = bits >> 63;
            }
            var at = ((_next - 1) << 6) + BitOperations.TrailingZeroCount(_changes);
            _changes &= _changes - 1;
            return at;
        }
    }

    // The character-by-character definition: a letter or digit, or an apostrophe or hyphen with one on each side.
    private static bool IsWordChar(ReadOnlySpan<char> text, int i) =>
        char.IsLetterOrDigit(text[i])
        || (text[i] is '\'' or '’' or '-' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]));
}
