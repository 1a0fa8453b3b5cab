using System.Buffers;

namespace Byline.Text;

/// <summary>
/// A search for the first of a few marks, some ASCII and some not (the double quotation marks, the sentence ends),
/// built from searches the processor's baseline vector instructions run. <c>SearchValues</c> of more than five
/// characters with non-ASCII ones falls to its probabilistic map, which at the native tool's default instruction set
/// shuffles in software: ~2 % of a whole-folder check (docs/performance.md, Session 20). Here the ASCII marks are
/// found by a search for at most five values, and only the characters before that hit at or above the lowest
/// non-ASCII mark (rare in English copy) are tested one by one.
/// </summary>
public sealed class CharSetSearch
{
    private readonly SearchValues<char> _ascii;
    private readonly char _lowestOther;
    private readonly string _others;

    /// <param name="marks">The characters to find: at most five of them ASCII.</param>
    public CharSetSearch(string marks)
    {
        var ascii = marks.Where(char.IsAscii).ToArray();
        if (ascii.Length is 0 or > 5)
        {
            throw new ArgumentException("between one and five of the marks must be ASCII", nameof(marks));
        }
        _ascii = SearchValues.Create(ascii);
        _others = new string(marks.Where(c => !char.IsAscii(c)).ToArray());
        _lowestOther = _others.Length == 0 ? char.MaxValue : _others.Min();
    }

    /// <summary>The index of the first of the marks in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(_ascii);
        var before = ascii < 0 ? text : text[..ascii];
        if (_others.Length == 0)
        {
            return ascii;
        }
        for (var from = 0; ;)
        {
            var other = before[from..].IndexOfAnyInRange(_lowestOther, char.MaxValue);
            if (other < 0)
            {
                return ascii;
            }
            from += other;
            if (_others.Contains(before[from]))
            {
                return from;
            }
            from++;
        }
    }
}
