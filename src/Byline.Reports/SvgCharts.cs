using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Byline.Reports;

/// <summary>One bar of a chart: label, value and the CSS class that colours it.</summary>
public sealed record Bar(string Label, int Value, string Class);

/// <summary>
/// Charts as inline SVG: no script and no style attributes (the report's CSP allows neither), colours come
/// from classes in the report's one style sheet. Every label is HTML-escaped.
/// </summary>
public static class SvgCharts
{
    private const int LabelWidth = 190;
    private const int BarArea = 250;
    private const int RowHeight = 22;

    /// <summary>Horizontal bars, one row each, with the value after the bar.</summary>
    public static string Bars(string title, IReadOnlyList<Bar> bars)
    {
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var svg = new StringBuilder();
        svg.Append(Open(title, LabelWidth + BarArea + 60, height));
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * RowHeight;
            var width = (int)Math.Round((double)bar.Value / max * BarArea);
            svg.Append($"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" class=\"label\">{HtmlEncode(Shorten(bar.Label))}</text>");
            svg.Append($"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{Math.Max(width, 1)}\" height=\"{RowHeight - 6}\" class=\"{bar.Class}\"><title>{HtmlEncode(bar.Label)}: {bar.Value}</title></rect>");
            svg.Append($"<text x=\"{LabelWidth + width + 6}\" y=\"{y + 15}\" class=\"value\">{bar.Value.ToString(CultureInfo.InvariantCulture)}</text>");
        }
        if (bars.Count == 0)
        {
            svg.Append("<text x=\"0\" y=\"16\" class=\"label\">none</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Sourcing per paragraph: one column per paragraph, its height the paragraph's claims, the sourced part
    /// filled; an unsourced paragraph stands out as an empty column.
    /// </summary>
    public static string Paragraphs(string title, IReadOnlyList<ParagraphSourcing> paragraphs)
    {
        const int column = 14;
        const int unit = 12;
        var maxClaims = Math.Max(1, paragraphs.Count == 0 ? 1 : paragraphs.Max(p => p.Claims));
        var height = maxClaims * unit + 20;
        var svg = new StringBuilder(Open(title, Math.Max(120, paragraphs.Count * column + 10), height));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var x = 4 + i * column;
            var total = p.Claims * unit;
            var sourced = p.Attributed * unit;
            var tip = $"<title>paragraph at line {p.Line}: {p.Attributed} of {p.Claims} claim(s) sourced</title>";
            svg.Append($"<rect x=\"{x}\" y=\"{height - 16 - total}\" width=\"{column - 3}\" height=\"{Math.Max(total, 1)}\" class=\"unsourced\">{tip}</rect>");
            if (sourced > 0)
            {
                svg.Append($"<rect x=\"{x}\" y=\"{height - 16 - sourced}\" width=\"{column - 3}\" height=\"{sourced}\" class=\"sourced\">{tip}</rect>");
            }
        }
        svg.Append($"<text x=\"4\" y=\"{height - 2}\" class=\"label\">paragraphs in order →</text>");
        return svg.Append("</svg>").ToString();
    }

    private static string Open(string title, int width, int height) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><title>{HtmlEncode(title)}</title>";

    private static string Shorten(string label) => label.Length > 28 ? label[..27] + "…" : label;
}
