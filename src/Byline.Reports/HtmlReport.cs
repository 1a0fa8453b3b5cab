using System.Security.Cryptography;
using System.Text;
using Byline.Analysis;
using Byline.Analysis.Attribution;
using static System.Net.WebUtility;

namespace Byline.Reports;

/// <summary>
/// The sourcing report as one self-contained HTML file: no scripts, no external requests (fonts, images and
/// charts are inline), a Content-Security-Policy that forbids everything but its one hashed style sheet, and
/// every piece of article text HTML-escaped, so a report of untrusted copy is safe to open and to mail.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#1d1d1f;background:#fff;padding:0 1rem}
        h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
        .figures{display:flex;gap:1.5rem;flex-wrap:wrap}.figure{background:#f4f4f6;padding:.6rem 1rem;border-radius:6px}
        .figure b{display:block;font-size:1.5rem}.charts{display:flex;gap:2rem;flex-wrap:wrap}.charts section{min-width:20rem}
        svg .label,svg .value{font-size:12px;fill:#333}.attributed,.sourced,.named{fill:#2e7d32}.carried{fill:#66bb6a}
        .vague{fill:#f9a825}.unattributed,.anonymous{fill:#c62828}.unsourced{fill:#e6e6e6}.described{fill:#1565c0}
        .outlet{fill:#6a1b9a}.document{fill:#00838f}.pronoun{fill:#9e9e9e}.entity{fill:#455a64}.source{fill:#2e7d32}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.25rem .5rem;text-align:left;vertical-align:top}
        .error{color:#c62828}.warning{color:#e65100}.information,.hint{color:#1565c0}code,pre{font:12px/1.4 ui-monospace,monospace}
        pre{white-space:pre-wrap;background:#fafafa;padding:.5rem}mark{background:#ffe082}.lines{counter-reset:none}
        .lines span{display:block}.lines span:target{background:#fff3c4}.lines a{color:#999;display:inline-block;width:3.5em;text-decoration:none}
        """;

    public static string Render(string title, IReadOnlyList<ArticleFigures> articles)
    {
        var folder = FolderFigures.Of(articles);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>{HtmlEncode(title)}</title><style>{Style}</style></head><body>\n");
        html.Append($"<h1>{HtmlEncode(title)}</h1>\n");
        AppendFolder(html, folder);
        html.Append("<h2>Articles</h2>\n<table><tr><th>Article</th><th>Claims</th><th>Sourced</th><th>Findings</th></tr>");
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            html.Append($"<tr><td><a href=\"#a{i}\">{HtmlEncode(a.Path)}</a></td><td>{a.Claims}</td><td>{Percent(a.SourcedClaims, a.Claims)}</td><td>{a.Findings.Length}</td></tr>");
        }
        html.Append("</table>\n");
        for (var i = 0; i < articles.Count; i++)
        {
            AppendArticle(html, $"a{i}", articles[i]);
        }
        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>Nothing may load or run; the one inline style sheet is allowed by its hash.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; base-uri 'none'; form-action 'none'";

    private static void AppendFolder(StringBuilder html, FolderFigures folder)
    {
        html.Append("<div class=\"figures\">");
        Figure(html, "articles", folder.Articles.ToString());
        Figure(html, "claims", folder.Claims.ToString());
        Figure(html, "claims sourced", Percent(folder.SourcedClaims, folder.Claims));
        Figure(html, "findings", folder.Findings.ToString());
        html.Append("</div>\n<div class=\"charts\">");
        Chart(html, "Claims by status", SvgCharts.Bars("Claims by status", StatusBars(folder.ClaimsByStatus)));
        Chart(html, "Sources by kind", SvgCharts.Bars("Named and anonymous sources", KindBars(folder.SourcesByKind)));
        Chart(html, "Most cited sources", SvgCharts.Bars("Most cited sources", [.. folder.TopSources.Select(s => new Bar(s.Key, s.Value, "source"))]));
        Chart(html, "Most named entities", SvgCharts.Bars("Most named entities", [.. folder.TopEntities.Select(e => new Bar(e.Key, e.Value, "entity"))]));
        html.Append("</div>\n");
    }

    private static void AppendArticle(StringBuilder html, string id, ArticleFigures article)
    {
        html.Append($"<h2 id=\"{id}\">{HtmlEncode(article.Path)}</h2>\n<div class=\"figures\">");
        Figure(html, "claims", article.Claims.ToString());
        Figure(html, "sourced", Percent(article.SourcedClaims, article.Claims));
        Figure(html, "named sources", article.SourcesByKind.GetValueOrDefault(SourceKind.Named).ToString());
        Figure(html, "anonymous or vague", (article.SourcesByKind.GetValueOrDefault(SourceKind.Anonymous) + article.SourcesByKind.GetValueOrDefault(SourceKind.Vague)).ToString());
        html.Append("</div>\n<div class=\"charts\">");
        Chart(html, "Claims by status", SvgCharts.Bars("Claims by status", StatusBars(article.ClaimsByStatus)));
        Chart(html, "Sourcing per paragraph", SvgCharts.Paragraphs("Sourcing per paragraph", article.Paragraphs));
        Chart(html, "Most cited sources", SvgCharts.Bars("Most cited sources", [.. FolderFigures.Top(article.CitedSources, 5).Select(s => new Bar(s.Key, s.Value, "source"))]));
        html.Append("</div>\n");
        AppendFindings(html, id, article);
        html.Append($"<details><summary>Text of {HtmlEncode(article.Path)}</summary><pre class=\"lines\">");
        for (var i = 0; i < article.Lines.Length; i++)
        {
            html.Append($"<span id=\"{id}-L{i + 1}\"><a href=\"#{id}-L{i + 1}\">{i + 1}</a>{HtmlEncode(article.Lines[i])}</span>");
        }
        html.Append("</pre></details>\n");
    }

    private static void AppendFindings(StringBuilder html, string id, ArticleFigures article)
    {
        if (article.Findings.IsEmpty)
        {
            html.Append("<p>No findings.</p>\n");
            return;
        }
        html.Append("<table><tr><th>Line</th><th>Rule</th><th>Finding</th></tr>");
        foreach (var f in article.Findings)
        {
            var severity = f.Severity.ToString().ToLowerInvariant();
            var context = Excerpt(f.LineText, f.FlaggedStart, f.FlaggedLength);
            html.Append($"<tr><td><a href=\"#{id}-L{f.Line}\">{f.Line}:{f.Column}</a></td><td class=\"{severity}\">{HtmlEncode(f.RuleId)} {severity}</td>");
            html.Append($"<td>{HtmlEncode(f.Message)}<pre>{context}</pre></td></tr>");
        }
        html.Append("</table>\n");
    }

    /// <summary>Characters of the line shown on either side of a finding's flagged text.</summary>
    internal const int ExcerptContext = 80;

    /// <summary>Characters of a finding's flagged text shown at most.</summary>
    internal const int ExcerptFlagged = 200;

    /// <summary>
    /// A finding's line as the report shows it: the flagged text marked, clipped with "…" to a bounded window, so
    /// that a long line with many findings (a paragraph of stray quotation marks) gives a report that grows with the
    /// article, not with the article times its findings. Cuts never split a surrogate pair.
    /// </summary>
    internal static string Excerpt(string line, int start, int length)
    {
        var from = Math.Max(0, start - ExcerptContext);
        from += from > 0 && from < start && char.IsLowSurrogate(line[from]) ? 1 : 0;
        var shown = Math.Min(length, ExcerptFlagged);
        shown -= shown < length && shown > 0 && char.IsLowSurrogate(line[start + shown]) ? 1 : 0;
        var after = start + length;
        var to = Math.Min(line.Length, after + ExcerptContext);
        to -= to < line.Length && to > after && char.IsLowSurrogate(line[to]) ? 1 : 0;
        return (from > 0 ? "…" : "") + HtmlEncode(line[from..start]) +
            "<mark>" + HtmlEncode(line.Substring(start, shown)) + (shown < length ? "…" : "") + "</mark>" +
            HtmlEncode(line[after..to]) + (to < line.Length ? "…" : "");
    }

    private static IReadOnlyList<Bar> StatusBars(IReadOnlyDictionary<SourcingStatus, int> claims) =>
        [.. new[] { SourcingStatus.Attributed, SourcingStatus.Carried, SourcingStatus.Vague, SourcingStatus.Unattributed }
            .Select(s => new Bar(s.ToString().ToLowerInvariant(), claims.GetValueOrDefault(s), s.ToString().ToLowerInvariant()))];

    private static IReadOnlyList<Bar> KindBars(IReadOnlyDictionary<SourceKind, int> sources) =>
        [.. Enum.GetValues<SourceKind>().Select(k => new Bar(k.ToString().ToLowerInvariant(), sources.GetValueOrDefault(k), k.ToString().ToLowerInvariant()))];

    private static void Figure(StringBuilder html, string label, string value) =>
        html.Append($"<div class=\"figure\"><b>{HtmlEncode(value)}</b>{HtmlEncode(label)}</div>");

    private static void Chart(StringBuilder html, string heading, string svg) =>
        html.Append($"<section><h3>{HtmlEncode(heading)}</h3>{svg}</section>");

    private static string Percent(int part, int whole) => whole == 0 ? "–" : $"{100.0 * part / whole:0}%";
}
