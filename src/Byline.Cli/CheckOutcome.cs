namespace Byline.Cli;

/// <summary>
/// What a <c>byline check</c> run met, and the exit code that follows from it — the one place that decides it:
/// 2 on any file or configuration problem (a path or entry not read, an article skipped as too large, nothing
/// to check at all, a broken or unreadable configuration, knowledge base or ledger), else 1 when a finding
/// reaches the severity threshold, else 0. A run that read nothing must not look like a clean one.
/// </summary>
public sealed record CheckOutcome(int FileProblems, int ConfigurationProblems, int ArticlesChecked, int FindingsAtThreshold)
{
    public bool HasFileOrConfigurationProblem => FileProblems > 0 || ConfigurationProblems > 0 || ArticlesChecked == 0;

    public int ExitCode =>
        HasFileOrConfigurationProblem ? ExitCodes.UsageOrIoError
        : FindingsAtThreshold > 0 ? ExitCodes.Findings
        : ExitCodes.Clean;
}
