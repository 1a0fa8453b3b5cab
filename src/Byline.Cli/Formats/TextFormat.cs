namespace Byline.Cli.Formats;

/// <summary>
/// <c>check --format text</c>: one compiler-style line per finding on standard output,
/// <c>path(line,col): warning BYL0008: message</c>, and a summary on standard error.
/// </summary>
public static class TextFormat
{
    public static void Write(TextWriter output, IReadOnlyList<ArticleResult> articles, Baseline? baseline)
    {
        foreach (var article in articles)
        {
            WriteArticle(output, article, baseline);
        }
    }

    /// <summary>The lines of one article's findings that the baseline does not know.</summary>
    public static void WriteArticle(TextWriter output, ArticleResult article, Baseline? baseline)
    {
        // Each line is formatted into one buffer and written from it: a string per finding was most of what writing
        // a large folder's output allocated.
        Span<char> line = stackalloc char[1024];
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

    /// <summary>"25 finding(s) in 1 of 1 file(s), 0 suppressed." (and how many the baseline knew), in colour on a terminal.</summary>
    public static string Summary(IReadOnlyList<ArticleResult> articles, Baseline? baseline, bool colour)
    {
        var tally = new CheckTally(baseline);
        foreach (var article in articles)
        {
            tally.Add(article);
        }
        return Summary(tally, colour);
    }

    /// <summary><see cref="Summary(IReadOnlyList{ArticleResult}, Baseline?, bool)"/> from the counts of articles written as they were checked.</summary>
    public static string Summary(CheckTally tally, bool colour)
    {
        var summary = $"{tally.NewFindings} finding(s) in {tally.ArticlesWithNew} of {tally.Articles} file(s), {tally.Suppressed} suppressed";
        summary += tally.Baseline is null ? "." : $", {tally.KnownFindings} already in the baseline.";
        if (!colour)
        {
            return summary;
        }
        var code = tally.HasErrors ? "31" : tally.NewFindings > 0 ? "33" : "32"; // red, yellow, green
        return $"\u001b[1;{code}m{summary}\u001b[0m";
    }

    public static string OneLine(string message) =>
        message.Contains('\n') || message.Contains('\r') ? message.ReplaceLineEndings(" ") : message;
}

/// <summary>What the summary and the exit code need of the articles checked, counted one article at a time.</summary>
public sealed class CheckTally(Baseline? baseline)
{
    public Baseline? Baseline { get; } = baseline;

    public int Articles { get; private set; }

    /// <summary>Findings the baseline does not know.</summary>
    public int NewFindings { get; private set; }

    public int KnownFindings { get; private set; }

    public int ArticlesWithNew { get; private set; }

    public int Suppressed { get; private set; }

    /// <summary>An article could not be read or analysed, or a new finding is an error (the summary is red).</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Why each article that could not be read or analysed was not, in input order.</summary>
    public List<string> Errors { get; } = [];

    public void Add(ArticleResult article)
    {
        Articles++;
        var fresh = 0;
        foreach (var finding in article.Findings)
        {
            if (Baseline?.Contains(article.Path, finding) == true)
            {
                KnownFindings++;
                continue;
            }
            fresh++;
            HasErrors |= finding.Severity == Analysis.Severity.Error;
        }
        NewFindings += fresh;
        ArticlesWithNew += fresh > 0 ? 1 : 0;
        Suppressed += article.Suppressed.Length;
        if (article.Error is not null)
        {
            HasErrors = true;
            Errors.Add(article.Error);
        }
    }
}
