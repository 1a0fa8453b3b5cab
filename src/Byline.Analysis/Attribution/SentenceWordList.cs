using System.Runtime.CompilerServices;

namespace Byline.Analysis.Attribution;

/// <summary>
/// The words of the sentence the attribution reader is reading, one list reused for every sentence, and for each word
/// the index of the block token it starts (−1 for the second and later marks of a mark of several characters, where no
/// token starts), so a question about a word's tag goes straight to the token.
/// </summary>
// The reader asks its words hundreds of times a sentence: a word is read by reference (no copy of its 24 bytes), with
// one bounds check, where a List<Word> read checked the list's count and then its array's length, and copied.
internal sealed class SentenceWordList
{
    private Word[] _items = new Word[64];
    private int[] _tokens = new int[64];

    public int Count { get; private set; }

    /// <summary>Word <paramref name="index"/>; an index at or past <see cref="Count"/> throws as a list's would.</summary>
    public ref readonly Word this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                ThrowOutOfRange(index);
            }
            return ref _items[index];
        }
    }

    /// <summary>The index of the block token word <paramref name="index"/> starts, or −1 when it starts inside one.</summary>
    public int TokenAt(int index) => (uint)index < (uint)Count ? _tokens[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Clear() => Count = 0;

    public void Add(in Word word, int token)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }
        _items[Count] = word;
        _tokens[Count++] = token;
    }

    /// <summary>The index of the first word that <paramref name="match"/> accepts, or −1.</summary>
    public int FindIndex(Func<Word, bool> match)
    {
        for (var k = 0; k < Count; k++)
        {
            if (match(_items[k]))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>The words in order, read without a copy of the list.</summary>
    public ReadOnlySpan<Word>.Enumerator GetEnumerator() => new ReadOnlySpan<Word>(_items, 0, Count).GetEnumerator();

    /// <summary>The words as an array of their own.</summary>
    public Word[] ToArray() => _items.AsSpan(0, Count).ToArray();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, null);
}
