using System.Collections.Immutable;
using Byline.Analysis;
using Byline.Analysis.Rules;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Workspace;

/// <summary>
/// One article in a snapshot: text, syntax tree and (computed on first use) analysis. Immutable; an edit
/// makes a new document whose syntax tree reuses the untouched blocks of this one.
/// </summary>
public sealed class ArticleDocument
{
    private readonly Lazy<ArticleAnalysis?> _analysis;
    private readonly Lazy<ImmutableArray<Finding>> _diagnostics;

    private ArticleDocument(string uri, int? version, ArticleSyntaxTree syntax, BylineConfig config, ImmutableArray<TextDecodingIssue> decodingIssues)
    {
        Uri = uri;
        Version = version;
        Syntax = syntax;
        Config = config;
        DecodingIssues = decodingIssues;
        _analysis = new Lazy<ArticleAnalysis?>(() => IsAnalysable ? ArticleAnalyzer.Analyze(Syntax, Config.Analyzer) : null);
        _diagnostics = new Lazy<ImmutableArray<Finding>>(ComputeDiagnostics);
    }

    /// <summary>The URI as the client (or the file system scan) spelled it.</summary>
    public string Uri { get; }

    public string? FilePath => DocumentUris.ToFilePath(Uri);

    /// <summary>The editor's version of an open document; null for a file read from disk.</summary>
    public int? Version { get; }

    public ArticleText Text => Syntax.Text;

    public ArticleSyntaxTree Syntax { get; }

    public BylineConfig Config { get; }

    public ImmutableArray<TextDecodingIssue> DecodingIssues { get; }

    public bool IsBinary => DecodingIssues.Any(i => i.Kind == TextDecodingIssueKind.Binary);

    private bool IsAnalysable => !IsBinary && Text.Length <= Config.MaxArticleLength;

    /// <summary>The semantic model, or null for binary and oversized files.</summary>
    public ArticleAnalysis? Analysis => _analysis.Value;

    /// <summary>Everything the editor and the CLI report for this document, sorted by position.</summary>
    public ImmutableArray<Finding> Diagnostics => _diagnostics.Value;

    public static ArticleDocument Create(string uri, int? version, ArticleText text, BylineConfig config, ImmutableArray<TextDecodingIssue> decodingIssues = default)
    {
        var format = ArticleSyntaxTree.FormatFromPath(DocumentUris.ToFilePath(uri) ?? uri);
        return new ArticleDocument(uri, version, ArticleSyntaxTree.Parse(text, format), config, decodingIssues.IsDefault ? [] : decodingIssues);
    }

    /// <summary>Reads an article file. I/O errors propagate to the caller, which reports them.</summary>
    public static ArticleDocument Load(string path, BylineConfig config)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
        return Create(DocumentUris.FromFilePath(path), version: null, decoded.Text, config, [.. decoded.Issues]);
    }

    /// <summary>The same document after an edit; the syntax tree is updated incrementally.</summary>
    public ArticleDocument WithText(ArticleText newText, int? version) =>
        new(Uri, version, Syntax.WithText(newText), Config, []);

    public ArticleDocument WithConfig(BylineConfig config) =>
        config == Config ? this : new(Uri, Version, Syntax, config, DecodingIssues);

    private ImmutableArray<Finding> ComputeDiagnostics()
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var issue in DecodingIssues)
        {
            var rule = issue.Kind == TextDecodingIssueKind.Binary ? FileProblems.BinaryFile : FileProblems.InvalidUtf8;
            findings.Add(new Finding(rule, rule.DefaultSeverity, new TextSpan(Math.Min(issue.Offset, Text.Length), 0), issue.Message));
        }
        if (IsBinary)
        {
            return findings.ToImmutable();
        }
        if (Text.Length > Config.MaxArticleLength)
        {
            findings.Add(new Finding(FileProblems.FileTooLarge, FileProblems.FileTooLarge.DefaultSeverity, new TextSpan(0, 0),
                $"The article has {Text.Length:N0} characters, more than the {Config.MaxArticleLength:N0} set by 'maxArticleLength'; it is not analysed. Raise the limit in {BylineConfig.FileName} to analyse it."));
        }
        foreach (var problem in Syntax.Diagnostics)
        {
            var rule = FileProblems.InvalidFrontMatter;
            if (Config.Analyzer.SeverityOf(rule) is { } severity)
            {
                findings.Add(new Finding(rule, severity, problem.Span, problem.Message));
            }
        }
        if (Analysis is { } analysis)
        {
            findings.AddRange(analysis.Findings);
        }
        findings.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Rule.Id, b.Rule.Id));
        return findings.ToImmutable();
    }
}
