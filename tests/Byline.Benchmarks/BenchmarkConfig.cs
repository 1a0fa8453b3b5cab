using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Byline.Benchmarks;

public static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new ThroughputColumn())
        .WithOptions(ConfigOptions.JoinSummary);
}

/// <summary>
/// MB/s for benchmarks whose class has a <c>SizeMB</c> parameter: input size (MB = 2^20 chars; the news text is
/// almost all ASCII, so chars ≈ UTF-8 bytes) divided by the mean time of one invocation.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (2^20 chars) processed per second, from the mean";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var size = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "SizeMB")?.Value;
        var report = summary[benchmarkCase];
        if (size is not int megabytes || report?.ResultStatistics is not { } stats || benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Keystroke"))
        {
            return "-";
        }
        var seconds = stats.Mean / 1e9;
        return (megabytes / seconds).ToString("F1");
    }
}
