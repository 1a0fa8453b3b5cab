using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>Markdown links: no cue inside one, and a linked document or outlet as the source ("said in [a statement](…)").</summary>
internal sealed partial class SentenceReader
{
    /// <summary>A Markdown link "[text](url)": <see cref="Text"/> is inside the brackets, <see cref="Whole"/> covers all of it.</summary>
    private readonly record struct MarkdownLink(TextSpan Text, TextSpan Whole);

    private bool InsideLink(int offset)
    {
        foreach (var link in _links)
        {
            if (link.Whole.Contains(offset))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The link that starts at word <paramref name="index"/> and the index of its last word.</summary>
    private (MarkdownLink Link, int LastWord)? LinkAt(int index)
    {
        if (index >= _words.Count || _words[index].Text != "[")
        {
            return null;
        }
        foreach (var link in _links)
        {
            if (link.Whole.Start == _words[index].Span.Start)
            {
                var last = index;
                while (last + 1 < _words.Count && _words[last + 1].Span.Start < link.Whole.End)
                {
                    last++;
                }
                return (link, last);
            }
        }
        return null;
    }

    /// <summary>Markdown links "[text](url)" in the sentence, found by hand: no regular expression on article text.</summary>
    private static void FindLinks(string text, TextSpan span, List<MarkdownLink> links)
    {
        links.Clear();
        var open = text.IndexOf('[', span.Start, span.Length);
        while (open >= 0 && open < span.End)
        {
            var close = text.IndexOf(']', open + 1, span.End - open - 1);
            if (close < 0)
            {
                break;
            }
            if (close + 1 < span.End && text[close + 1] == '(')
            {
                var end = text.IndexOf(')', close + 2, span.End - close - 2);
                if (end > 0)
                {
                    links.Add(new MarkdownLink(TextSpan.FromBounds(open + 1, close), TextSpan.FromBounds(open, end + 1)));
                    open = end + 1 < span.End ? text.IndexOf('[', end + 1, span.End - end - 1) : -1;
                    continue;
                }
            }
            open = close + 1 < span.End ? text.IndexOf('[', close + 1, span.End - close - 1) : -1;
        }
    }
}
