using BenchmarkDotNet.Attributes;
using Byline.Analysis;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Benchmarks;

/// <summary>
/// One paragraph of <c>"We will win," he said.</c> repeated to <see cref="Characters"/> (issue 12: 125 K → 2 M
/// characters took 0.96 → 24.8 s, and a keystroke elsewhere in a 500 K one ~4.5 s, because every quotation was
/// matched against every sentence of its paragraph). Linear cost shows as time doubling with
/// <see cref="Characters"/>: <c>dotnet run -c Release --project tests/Byline.Benchmarks -- --filter '*LongParagraph*'</c>.
/// </summary>
[MemoryDiagnoser]
public class LongParagraphBenchmarks
{
    private const string Quotation = "\"We will win,\" he said. ";

    [Params(125_000, 250_000, 500_000, 1_000_000)]
    public int Characters { get; set; }

    private string _text = null!;
    private ArticleSyntaxTree _tree = null!;
    private ArticleAnalysis _analysis = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paragraph = string.Concat(Enumerable.Repeat(Quotation, (Characters / Quotation.Length) + 1))[..Characters];
        _text = "Minister rejects the plan\n\n" + paragraph + "\n\nThe vote is due next week, the minister said.\n";
        _tree = ArticleSyntaxTree.Parse(ArticleText.From(_text), ArticleFormat.PlainText);
        _analysis = ArticleAnalyzer.Analyze(_tree); // warms the paragraph's block facts for the keystroke
    }

    [Benchmark(Description = "Cold (parse + analyze)")]
    public int Cold() => ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(_text), ArticleFormat.PlainText)).Findings.Length;

    [Benchmark(Description = "Keystroke in the last paragraph (WithText + analyze)")]
    public int KeystrokeElsewhere() =>
        ArticleAnalyzer.Analyze(_tree.WithText(Inputs.Type(_tree.Text, _text.Length - 3, 'x')), previous: _analysis).Findings.Length;
}
