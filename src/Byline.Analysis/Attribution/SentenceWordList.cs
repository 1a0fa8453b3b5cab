using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Byline.Analysis.Attribution;

/// <summary>
/// The words of the sentence the attribution reader is reading, one list reused for every sentence, and for each word
/// the index of the block token it starts (−1 for the second and later marks of a mark of several characters, where no
/// token starts), so a question about a word's tag goes straight to the token; and what the reader asks of the whole
/// sentence first (its word count, the union of its words' lists, its first quotation mark and colon), summed as the
/// words are added.
/// </summary>
// The reader asks its words hundreds of times a sentence: a word is read by reference (no copy of its 24 bytes), with
// one bounds check, where a List<Word> read checked the list's count and then its array's length, and copied.
internal sealed class SentenceWordList
{
    private Word[] _items = new Word[64];
    private int[] _tokens = new int[64];

    public int Count { get; private set; }

    /// <summary>How many of the words are words or numbers (not marks).</summary>
    public int WordCount { get; private set; }

    /// <summary>The union of the words' lists.</summary>
    public WordClass Classes { get; private set; }

    /// <summary>The union of the words' roles.</summary>
    public WordRole Roles { get; private set; }

    /// <summary>The index of the first quotation mark, or <see cref="Count"/> when there is none.</summary>
    public int FirstQuote => _firstQuote < 0 ? Count : _firstQuote;

    /// <summary>The index of the first colon, or <see cref="Count"/> when there is none.</summary>
    public int FirstColon => _firstColon < 0 ? Count : _firstColon;

    private int _firstQuote = -1, _firstColon = -1;

    /// <summary>Word <paramref name="index"/>, below <see cref="Count"/>.</summary>
    // Only the array's own bounds check: the reader's words are asked only below the count it reads them to.
    public ref readonly Word this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert(index < Count);
            return ref _items[index];
        }
    }

    /// <summary>The index of the block token word <paramref name="index"/> starts, or −1 when it starts inside one.</summary>
    public int TokenAt(int index)
    {
        Debug.Assert(index < Count);
        return _tokens[index];
    }

    public void Clear()
    {
        Count = WordCount = 0;
        (Classes, Roles) = (WordClass.None, WordRole.None);
        _firstQuote = _firstColon = -1;
    }

    public void Add(in Word word, int token)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }
        // The sentence's summary is summed here, as each word is read, instead of in a second pass over the words.
        WordCount += word.Kind is WordKind.Word or WordKind.Number ? 1 : 0;
        Classes |= word.Lexeme.Classes;
        Roles |= word.Lexeme.Roles;
        _firstQuote = _firstQuote < 0 && word.Kind == WordKind.Quote ? Count : _firstQuote;
        _firstColon = _firstColon < 0 && word.IsPunctuation(':') ? Count : _firstColon;
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
}
