using Byline.Analysis;
using Byline.Cli.Formats;
using Byline.Text;
using Byline.Workspace;

namespace Byline.Cli;

/// <summary>What <c>byline check</c> was asked to do.</summary>
public sealed record CheckOptions(IReadOnlyList<string> Paths, string? FilesFrom, string Format, Severity Threshold, string? BaselinePath)
{
    /// <summary><c>--shard 2/8</c>: only every 8th article of the sorted list, starting with the 2nd (a map step's share).</summary>
    public Shard? Shard { get; init; }
}

/// <summary>Part <see cref="Index"/> (1-based) of <see cref="Count"/>: the articles whose position in path order is Index-1 modulo Count.</summary>
public sealed record Shard(int Index, int Count)
{
    public static Shard? Parse(string? text) =>
        text?.Split('/') is [var i, var n] && int.TryParse(i, out var index) && int.TryParse(n, out var count) && count > 0 && index >= 1 && index <= count
            ? new Shard(index, count) : null;

    public bool Contains(int position) => position % Count == Index - 1;
}

/// <summary>Problems a run met before checking articles: paths or entries not read, and configuration problems.</summary>
public sealed record RunProblems(int Files, int Configuration)
{
    public static readonly RunProblems None = new(0, 0);
}

/// <summary>
/// <c>byline check</c>: findings in the chosen format on standard output, messages and the summary on standard
/// error. Exit code 2 on a usage, file or configuration problem, else 1 when a finding reaches the threshold
/// (and is not in the baseline), else 0.
/// </summary>
public static class CheckCommand
{
    public static readonly string[] Formats = ["text", "json", "sarif", "jsonl"];

    public static int Run(CheckOptions options, StreamWriter output, TextWriter error, TextReader input)
    {
        // The knowledge base, word lists and tagger load on threads of their own while the folders are walked,
        // instead of inside the first analyses, where the other checking threads wait for them.
        _ = ArticleAnalyzer.Preload(batch: true, entities: options.Format == "jsonl" || ReportsEntityRule(options.Threshold));
        var (paths, pathErrors) = PathArguments.Resolve(options.Paths, options.FilesFrom, input);
        if (!TryLoadBaseline(options.BaselinePath, error, out var baseline))
        {
            return ExitCodes.UsageOrIoError;
        }
        var collecting = PhaseTimer.Once("check: walk folders, load configuration");
        var set = ArticleInputs.Collect(paths);
        collecting.Dispose();
        IReadOnlyList<ArticleInput> inputs = set.Inputs;
        if (options.Shard is { } shard)
        {
            inputs = [.. inputs.Where((_, position) => shard.Contains(position))];
        }
        foreach (var message in pathErrors.Concat(set.Errors).Concat(set.Skipped.Select(ArticleInputs.SkippedMessage)))
        {
            error.WriteLine(message);
        }
        // Broken configuration does not stop the check (defaults or the good parts apply), but it fails it.
        ConfigProblemReport.Write(error, set.ConfigProblems);
        // jsonl carries each article's figures, which read the entities: its analyses run every rule.
        inputs = ForOneCheck(inputs, claimHeads: options.Format != "text", leastReported: options.Format == "jsonl" ? null : options.Threshold);
        var progress = ProgressLine.ForTerminal(inputs);
        var withIdentities = options.Format is "sarif" or "jsonl" || baseline is not null;
        var problems = new RunProblems(pathErrors.Count + set.Errors.Length + set.Skipped.Length, set.ConfigProblems.Length);
        if (options.Format == "text")
        {
            return CheckAsText(inputs, options.Threshold, baseline, withIdentities, output, error, progress, problems);
        }
        var checking = PhaseTimer.Once("check: check all articles (parallel)");
        var articles = ArticleChecker.CheckAll(inputs, options.Threshold, options.Format == "jsonl", withIdentities,
            options.Format == "jsonl" ? StreamTo(output, progress) : null, progress);
        checking.Dispose();
        progress?.Clear();
        using var writing = PhaseTimer.Once("check: write the output");
        return Finish(articles, options.Format, baseline, output, error, problems);
    }

    /// <summary>
    /// The text format: each article's lines written as soon as it and the articles before it are checked, so no
    /// article's findings are kept to the end; the summary and the exit code come from their counts.
    /// </summary>
    private static int CheckAsText(IReadOnlyList<ArticleInput> inputs, Severity threshold, Baseline? baseline, bool withIdentities,
        StreamWriter output, TextWriter error, ProgressLine? progress, RunProblems problems)
    {
        var tally = new CheckTally(baseline);
        using (PhaseTimer.Once("check: check all articles (parallel), write each in order"))
        {
            ArticleChecker.CheckInOrder(inputs, threshold, withIdentities, withText: withIdentities, article =>
            {
                progress?.Clear();
                TextFormat.WriteArticle(output, article, baseline);
                tally.Add(article);
            }, progress);
        }
        progress?.Clear();
        output.Flush();
        foreach (var message in tally.Errors)
        {
            error.WriteLine(message);
        }
        return Conclude(tally, error, problems);
    }

    /// <summary>The summary on standard error and the exit code <see cref="CheckOutcome"/> decides.</summary>
    private static int Conclude(CheckTally tally, TextWriter error, RunProblems problems)
    {
        var colour = !Console.IsOutputRedirected && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        error.WriteLine(TextFormat.Summary(tally, colour));
        var outcome = new CheckOutcome(problems.Files + tally.Errors.Count, problems.Configuration, tally.Articles - tally.Errors.Count, tally.NewFindings);
        if (outcome.ArticlesChecked == 0)
        {
            error.WriteLine("byline: no articles were checked.");
        }
        return outcome.ExitCode;
    }

    /// <summary>
    /// The inputs as one check analyses them: each article once (<see cref="AnalyzerOptions.SoleAnalysis"/>), with
    /// BYL0001's focus and quick fix turned off unless <paramref name="claimHeads"/> (the text output shows neither, and
    /// finding the focus tags every sentence the rule reports, measured in docs/performance.md), and without the rules whose findings fall
    /// below <paramref name="leastReported"/> (<see cref="AnalyzerOptions.LeastReported"/>: at the default threshold,
    /// the information rules, and with them the entity analysis). One changed configuration per folder's configuration.
    /// </summary>
    private static ArticleInput[] ForOneCheck(IReadOnlyList<ArticleInput> inputs, bool claimHeads, Severity? leastReported)
    {
        var changed = new Dictionary<BylineConfig, BylineConfig>(ReferenceEqualityComparer.Instance);
        BylineConfig Changed(BylineConfig config) => changed.TryGetValue(config, out var known)
            ? known
            : changed[config] = config with
            {
                Analyzer = config.Analyzer with
                {
                    ClaimHeads = claimHeads && config.Analyzer.ClaimHeads,
                    ClaimFixes = claimHeads && config.Analyzer.ClaimFixes,
                    SoleAnalysis = true,
                    LeastReported = leastReported,
                },
            };
        return [.. inputs.Select(input => input with { Config = Changed(input.Config) })];
    }

    /// <summary>
    /// Whether an entity rule reports at <paramref name="threshold"/> by default, so that the analyses will link entities
    /// (a folder's configuration may still raise one, whose analyses then load the knowledge base on first use).
    /// </summary>
    private static bool ReportsEntityRule(Severity threshold) =>
        Analysis.Rules.RuleCatalog.Rules.Any(rule => rule is Analysis.Entities.IEntityRule && rule.Descriptor.DefaultSeverity <= threshold);

    /// <summary>
    /// Writes <paramref name="articles"/> in <paramref name="format"/> (jsonl was streamed already) and returns the
    /// exit code <see cref="CheckOutcome"/> decides; an article that could not be read or analysed is a file problem.
    /// </summary>
    public static int Finish(IReadOnlyList<ArticleResult> articles, string format, Baseline? baseline, StreamWriter output, TextWriter error, RunProblems problems)
    {
        foreach (var article in articles.Where(a => a.Error is not null))
        {
            error.WriteLine(article.Error);
        }
        output.Flush();
        switch (format)
        {
            case "json":
                CheckJsonFormat.Write(output.BaseStream, articles, baseline);
                break;
            case "sarif":
                SarifFormat.Write(output.BaseStream, articles, baseline);
                break;
            case "text":
                TextFormat.Write(output, articles, baseline);
                break;
        }
        // The findings before the summary, also when both streams go to one terminal: standard output is buffered.
        output.Flush();
        var tally = new CheckTally(baseline);
        foreach (var article in articles)
        {
            tally.Add(article);
        }
        return Conclude(tally, error, problems);
    }

    public static bool TryLoadBaseline(string? path, TextWriter error, out Baseline? baseline)
    {
        baseline = null;
        if (path is null)
        {
            return true;
        }
        try
        {
            baseline = Baseline.Load(path);
            return true;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"byline: cannot use the baseline: {e.Message}");
            return false;
        }
    }

    /// <summary>Writes each article's JSON line as soon as it is checked; lines never interleave.</summary>
    private static Action<ArticleResult> StreamTo(StreamWriter output, ProgressLine? progress)
    {
        output.Flush();
        var gate = new Lock();
        return article =>
        {
            lock (gate)
            {
                progress?.Clear();
                JsonlFormat.Write(output.BaseStream, article);
            }
        };
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "information",
        _ => "hint",
    };

    public static Severity? ParseSeverity(string? name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "information" => Severity.Information,
        "hint" => Severity.Hint,
        _ => null,
    };
}
