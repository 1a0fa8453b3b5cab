using BenchmarkDotNet.Attributes;
using Byline.Analysis;
using Byline.Syntax;
using Byline.Text;
using Byline.Workspace;

namespace Byline.Benchmarks;

/// <summary>
/// "Fast enough for 1 MB articles as you type": one keystroke in a 1 MB article through the whole path
/// (<see cref="ArticleText.WithChanges"/> → incremental <see cref="ArticleSyntaxTree.WithText"/> → full
/// analysis of the new tree with the block-fact caches of the previous tree warm), against parsing and
/// analysing the same edited text from scratch (the baseline, so "Ratio" is incremental / from scratch).
/// Every invocation types the same character into the same warm base snapshot.
/// </summary>
[MemoryDiagnoser]
public class TypingBenchmarks
{
    [Params(ArticleFormat.PlainText, ArticleFormat.Markdown)]
    public ArticleFormat Format { get; set; }

    /// <summary>Where the keystroke lands, as a fraction of the document (0 = first paragraph: every later block shifts).</summary>
    [Params(0.0, 0.5)]
    public double At { get; set; }

    private ArticleText _base = null!;
    private ArticleSyntaxTree _baseTree = null!;
    private ArticleAnalysis _baseAnalysis = null!;
    private ArticleDocument _baseDocument = null!;
    private ArticleText _edited = null!;
    private int _offset;

    [GlobalSetup]
    public void Setup()
    {
        var markdown = Format == ArticleFormat.Markdown;
        var source = Inputs.Build(Inputs.OneMegabyte, markdown);
        _base = ArticleText.From(source);
        _offset = Inputs.KeystrokeOffset(source, At);
        _baseTree = ArticleSyntaxTree.Parse(_base, Format);
        _baseAnalysis = ArticleAnalyzer.Analyze(_baseTree); // the block results every keystroke starts from
        _baseDocument = ArticleDocument.Create(markdown ? "file:///bench/article.md" : "file:///bench/article.txt", 1, _base, BylineConfig.Default);
        _ = _baseDocument.Diagnostics;
        _edited = Inputs.Type(_base, _offset, 'x');
    }

    [Benchmark(Baseline = true, Description = "FromScratch (parse + analyze)")]
    public int FromScratch() => ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(_edited, Format)).Findings.Length;

    [Benchmark(Description = "Keystroke (WithChanges + WithText + analyze)")]
    public int Keystroke()
    {
        var text = Inputs.Type(_base, _offset, 'x');
        var tree = _baseTree.WithText(text);
        return ArticleAnalyzer.Analyze(tree, previous: _baseAnalysis).Findings.Length;
    }

    [Benchmark(Description = "KeystrokeDocument (ArticleDocument.WithText + Diagnostics)")]
    public int KeystrokeDocument() => _baseDocument.WithText(Inputs.Type(_base, _offset, 'x'), 2).Diagnostics.Length;

    [Benchmark(Description = "KeystrokeParseOnly (WithChanges + WithText)")]
    public int KeystrokeParseOnly() => _baseTree.WithText(Inputs.Type(_base, _offset, 'x')).Blocks.Length;
}

/// <summary>
/// "Full analysis ≥ 20 MB/s single-threaded", and plain text vs Markdown parse throughput. Each invocation
/// parses afresh, so every <see cref="BlockNode"/> is new and the block-fact cache is cold.
/// </summary>
[MemoryDiagnoser]
public class ColdAnalysisBenchmarks
{
    [Params(ArticleFormat.PlainText, ArticleFormat.Markdown)]
    public ArticleFormat Format { get; set; }

    [Params(1, 5)]
    public int SizeMB { get; set; }

    private ArticleText _text = null!;

    [GlobalSetup]
    public void Setup() => _text = ArticleText.From(Inputs.Build(SizeMB * Inputs.OneMegabyte, Format == ArticleFormat.Markdown));

    [Benchmark(Baseline = true)]
    public int Parse() => ArticleSyntaxTree.Parse(_text, Format).Blocks.Length;

    [Benchmark]
    public int ParseAndAnalyze()
    {
        // Cold by construction: block facts live on the tree's nodes, and a fresh parse makes fresh nodes.
        return ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(_text, Format)).Findings.Length;
    }
}

/// <summary>
/// LSP position mapping on a 1 MB text: building the line map (paid once per text snapshot, i.e. once per
/// keystroke by the first request that maps a position) and single conversions (per operation).
/// </summary>
[MemoryDiagnoser]
public class PositionMappingBenchmarks
{
    private const int Operations = 1000;

    [Params(PositionEncoding.Utf16, PositionEncoding.Utf8)]
    public PositionEncoding Encoding { get; set; }

    private ArticleText _text = null!;
    private int[] _offsets = null!;
    private LinePosition[] _positions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = ArticleText.From(Inputs.PlainText(Inputs.OneMegabyte));
        var random = new Random(42);
        _offsets = Enumerable.Range(0, Operations).Select(_ => random.Next(_text.Length + 1)).ToArray();
        _positions = _offsets.Select(o => _text.ToPosition(o, Encoding)).ToArray();
    }

    [Benchmark]
    public int BuildLineMap() => ArticleText.From(_text.Source).Lines.Count;

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ToPosition()
    {
        var sum = 0;
        foreach (var offset in _offsets) sum += _text.ToPosition(offset, Encoding).Character;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ToOffset()
    {
        var sum = 0;
        foreach (var position in _positions) sum += _text.ToOffset(position, Encoding);
        return sum;
    }
}
