namespace Byline.Cli.Formats;

/// <summary>
/// <c>check --format text</c>: one compiler-style line per finding on standard output,
/// <c>path(line,col): warning BYL0008: message</c>, and a summary on standard error.
/// </summary>
public static class TextFormat
{
    public static void Write(TextWriter output, IReadOnlyList<ArticleResult> articles, Baseline? baseline)
    {
        // Each line is formatted into one buffer and written from it: a string per finding was most of what writing
        // a large folder's output allocated.
        Span<char> line = stackalloc char[1024];
        foreach (var article in articles)
        {
            foreach (var finding in article.Findings)
            {
                if (baseline?.Contains(article.Path, finding) == true)
                {
                    continue;
                }
                // "\n" always, and no line break inside a message (a quoted source may span a wrapped line): every
                // finding is exactly one line, so a tool reading the output line by line never splits one.
                if (line.TryWrite($"{article.Path}({finding.Line},{finding.Column}): {CheckCommand.SeverityName(finding.Severity)} {finding.Code}: {OneLine(finding.Message)}\n", out var written))
                {
                    output.Write(line[..written]);
                }
                else
                {
                    output.Write($"{article.Path}({finding.Line},{finding.Column}): {CheckCommand.SeverityName(finding.Severity)} {finding.Code}: {OneLine(finding.Message)}\n");
                }
            }
        }
    }

    /// <summary>"25 finding(s) in 1 of 1 file(s), 0 suppressed." (and how many the baseline knew), in colour on a terminal.</summary>
    public static string Summary(IReadOnlyList<ArticleResult> articles, Baseline? baseline, bool colour)
    {
        var reported = articles.Select(a => (Article: a, New: a.Findings.Count(f => baseline?.Contains(a.Path, f) != true))).ToList();
        var total = reported.Sum(r => r.New);
        var known = articles.Sum(a => a.Findings.Length) - total;
        var summary = $"{total} finding(s) in {reported.Count(r => r.New > 0)} of {articles.Count} file(s), {articles.Sum(a => a.Suppressed.Length)} suppressed";
        summary += baseline is null ? "." : $", {known} already in the baseline.";
        if (!colour)
        {
            return summary;
        }
        var errors = articles.Any(a => a.Error is not null || a.Findings.Any(f => f.Severity == Analysis.Severity.Error && baseline?.Contains(a.Path, f) != true));
        var code = errors ? "31" : total > 0 ? "33" : "32"; // red, yellow, green
        return $"\u001b[1;{code}m{summary}\u001b[0m";
    }

    public static string OneLine(string message) =>
        message.Contains('\n') || message.Contains('\r') ? message.ReplaceLineEndings(" ") : message;
}
