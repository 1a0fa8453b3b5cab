using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests;

/// <summary>
/// Test input with markers, as in Roslyn's and rust-analyzer's tests: <c>[|…|]</c> around each span a
/// finding is expected on. The markers are removed from the text that is analysed.
/// </summary>
public sealed record MarkedText(string Text, IReadOnlyList<TextSpan> Spans)
{
    public static MarkedText Parse(string marked)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var starts = new Stack<int>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, "[|", 0, 2) == 0)
            {
                starts.Push(text.Length);
                i++;
            }
            else if (string.CompareOrdinal(marked, i, "|]", 0, 2) == 0)
            {
                spans.Add(TextSpan.FromBounds(starts.Pop(), text.Length));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }
        return new MarkedText(text.ToString(), spans.OrderBy(s => s.Start).ToList());
    }
}
