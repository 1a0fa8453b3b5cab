using System.Buffers;
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
    // The analysis, made on first use under the lock; a cancelled one leaves nothing, and the next reader starts over.
    private readonly Lock _analysing = new();
    private ArticleAnalysis? _analysis;
    private volatile bool _analysed;
    private readonly Lazy<(PlacedFindings Reported, ImmutableArray<SuppressedFinding> Suppressed)> _diagnostics;

    // An earlier analysis of this document (before an edit or a change of configuration), until this document's
    // own analysis has taken over its block results; one at most, so analyses never form a chain.
    private ArticleAnalysis? _predecessor;

    private ArticleDocument(string uri, int? version, ArticleSyntaxTree syntax, BylineConfig config, ImmutableArray<TextDecodingIssue> decodingIssues, ImmutableArray<Review> reviews,
        ArticleAnalysis? predecessor = null)
    {
        _predecessor = predecessor;
        Uri = uri;
        Version = version;
        Syntax = syntax;
        Config = config;
        DecodingIssues = decodingIssues;
        Reviews = reviews.IsDefault ? [] : reviews;
        _diagnostics = new(() => Suppressions.Apply(ComputeDiagnostics(), Syntax, Reviews, Config.Analyzer));
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
    public ArticleAnalysis? Analysis => GetAnalysis(CancellationToken.None);

    /// <summary>
    /// The semantic model, or null for binary and oversized files; made on first use, and a cancelled
    /// <paramref name="cancellationToken"/> (a newer edit made this version stale) stops the analysis between blocks
    /// with <see cref="OperationCanceledException"/> and keeps nothing of it: a later reader analyses again, from the
    /// same start. One analysis runs at a time; others wait for it.
    /// </summary>
    public ArticleAnalysis? GetAnalysis(CancellationToken cancellationToken)
    {
        if (_analysed)
        {
            return _analysis;
        }
        lock (_analysing)
        {
            if (!_analysed)
            {
                _analysis = Analyze(cancellationToken);
                _analysed = true;
            }
            return _analysis;
        }
    }

    /// <summary><see cref="Diagnostics"/>, with the analysis under it stopped by <paramref name="cancellationToken"/> (see <see cref="GetAnalysis"/>).</summary>
    public ImmutableArray<Finding> GetDiagnostics(CancellationToken cancellationToken)
    {
        GetAnalysis(cancellationToken);
        return Diagnostics;
    }

    /// <summary>The ledger's reviews of this file (<c>.byline/reviews.yaml</c>).</summary>
    public ImmutableArray<Review> Reviews { get; }

    /// <summary>
    /// Everything the editor and the CLI report for this document, sorted by position, without the findings
    /// an editor reviewed (ledger, inline comments, front matter): both read this one list, so they agree.
    /// </summary>
    public ImmutableArray<Finding> Diagnostics => _diagnostics.Value.Reported.Findings;

    /// <summary>
    /// <see cref="Diagnostics"/> as the analysis keeps them, the findings an edit moved read through their lags (a
    /// keystroke's report), made by <paramref name="cancellationToken"/>'s analysis (see <see cref="GetAnalysis"/>).
    /// </summary>
    public PlacedFindings GetPlacedDiagnostics(CancellationToken cancellationToken)
    {
        GetAnalysis(cancellationToken);
        return _diagnostics.Value.Reported;
    }

    /// <summary>How many findings reviews took out of <see cref="Diagnostics"/>.</summary>
    public int SuppressedCount => _diagnostics.Value.Suppressed.Length;

    /// <summary>The findings reviews took out of <see cref="Diagnostics"/>, each with its review's reason.</summary>
    public ImmutableArray<SuppressedFinding> Suppressed => _diagnostics.Value.Suppressed;

    /// <param name="format">The editor's word for the format (its language id), else the file name decides.</param>
    public static ArticleDocument Create(string uri, int? version, ArticleText text, BylineConfig config,
        ImmutableArray<TextDecodingIssue> decodingIssues = default, ImmutableArray<Review> reviews = default, ArticleFormat? format = null)
    {
        format ??= ArticleSyntaxTree.FormatFromPath(DocumentUris.ToFilePath(uri) ?? uri);
        return new ArticleDocument(uri, version, ArticleSyntaxTree.Parse(text, format.Value), config, decodingIssues.IsDefault ? [] : decodingIssues, reviews);
    }

    /// <summary>
    /// Reads an article file. I/O errors propagate to the caller, which reports them; so does a FIFO or device,
    /// as an <see cref="IOException"/>, because reading one can block forever.
    /// </summary>
    public static ArticleDocument Load(string path, BylineConfig config, ImmutableArray<Review> reviews = default) =>
        Load(path, config, reviews, out _);

    /// <inheritdoc cref="Load(string, BylineConfig, ImmutableArray{Review})"/>
    /// <param name="fileBytes">The file's length in bytes as read (a whole-folder check reports it without asking the file system again).</param>
    public static ArticleDocument Load(string path, BylineConfig config, ImmutableArray<Review> reviews, out long fileBytes)
    {
        var decoded = ReadAndDecode(path, Files.ReadLimit.Article(config.MaxArticleLength), out fileBytes);
        // The format from the path itself: the same answer as from the URI made of it, without parsing that URI again.
        return Create(DocumentUris.FromFilePath(path), version: null, decoded.Text, config, [.. decoded.Issues], reviews,
            ArticleSyntaxTree.FormatFromPath(path));
    }

    // Articles up to this size are read into a pooled buffer: a whole-folder check decodes each file once and drops
    // its bytes, so a fresh array per file was only garbage (the larger ones are rare enough to read as before).
    private const int PooledReadLimit = 1 << 20;

    private delegate int ReadAt(Span<byte> buffer, long offset);

    // A file longer than the limit is not read at all (Files.BoundedFile says why): it could only be too long to analyse.
    private static DecodedText ReadAndDecode(string path, Files.ReadLimit limit, out long fileBytes)
    {
        // Where it can, one open that never blocks tells the file's kind and length (Files.FileKinds.TryOpenForReading).
        if (Files.FileKinds.TryOpenForReading(path) is { } file)
        {
            using (file)
            {
                if (file.Kind != Files.FileKind.RegularFile)
                {
                    throw NotRegularFile(path, file.Kind);
                }
                if (file.Length > limit.Bytes)
                {
                    throw Files.BoundedFile.TooLarge(path, limit);
                }
                if (file.Length <= PooledReadLimit)
                {
                    return ReadPooled(file.Length, limit, path, file.Read, out fileBytes);
                }
            }
        }
        else if (Files.FileKinds.Of(path) is not Files.FileKind.RegularFile and var kind)
        {
            throw NotRegularFile(path, kind);
        }
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        if (length > PooledReadLimit)
        {
            var bytes = Files.BoundedFile.ReadBytes(path, limit);
            fileBytes = bytes.Length;
            return TextDecoder.Decode(bytes);
        }
        return ReadPooled(length, limit, path, (buffer, offset) => RandomAccess.Read(handle, buffer, offset), out fileBytes);
    }

    private static IOException NotRegularFile(string path, Files.FileKind kind) =>
        new(kind == Files.FileKind.Missing ? $"{path} does not exist." : $"{path} is not a regular file (a FIFO, socket or device); it is not read.");

    private static DecodedText ReadPooled(long length, Files.ReadLimit limit, string path, ReadAt read, out long fileBytes)
    {
        // Read to the end, not to the length asked first: the file may have changed since (as ReadAllBytes does).
        var buffer = ArrayPool<byte>.Shared.Rent((int)length + 1);
        var total = 0;
        try
        {
            int count;
            while ((count = read(buffer.AsSpan(total), total)) > 0)
            {
                total += count;
                if (total > limit.Bytes)
                {
                    throw Files.BoundedFile.TooLarge(path, limit); // It grew past the limit since its length was read.
                }
                if (total == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            fileBytes = total;
            return TextDecoder.Decode(buffer.AsSpan(0, total));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The same document after an edit; the syntax tree is updated incrementally, and the analysis starts from
    /// this document's (or, when this one was never analysed, from the one this document would have started from).
    /// </summary>
    public ArticleDocument WithText(ArticleText newText, int? version) =>
        new(Uri, version, Syntax.WithText(newText), Config, [], Reviews, LatestAnalysis);

    public ArticleDocument WithConfig(BylineConfig config) =>
        config == Config ? this : new(Uri, Version, Syntax, config, DecodingIssues, Reviews, LatestAnalysis);

    public ArticleDocument WithReviews(ImmutableArray<Review> reviews) =>
        reviews.SequenceEqual(Reviews) ? this : new(Uri, Version, Syntax, Config, DecodingIssues, reviews, LatestAnalysis);

    // The predecessor is read first: an analysis that ends in between has published itself before it drops it.
    private ArticleAnalysis? LatestAnalysis
    {
        get
        {
            var predecessor = Volatile.Read(ref _predecessor);
            return _analysed ? _analysis : predecessor;
        }
    }

    private ArticleAnalysis? Analyze(CancellationToken cancellationToken)
    {
        var analysis = IsAnalysable ? ArticleAnalyzer.Analyze(Syntax, Config.Analyzer, Volatile.Read(ref _predecessor), cancellationToken) : null;
        Volatile.Write(ref _predecessor, null);
        return analysis;
    }

    private PlacedFindings ComputeDiagnostics()
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var issue in DecodingIssues)
        {
            var rule = issue.Kind == TextDecodingIssueKind.Binary ? FileProblems.BinaryFile : FileProblems.InvalidUtf8;
            findings.Add(new Finding(rule, rule.DefaultSeverity, new TextSpan(Math.Min(issue.Offset, Text.Length), 0), issue.Message));
        }
        if (IsBinary)
        {
            return PlacedFindings.Of(findings.ToImmutable());
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
            if (findings.Count == 0 && (!analysis.Placed.Lags.IsNone || FindingOrder.IsSorted(analysis.Findings)))
            {
                // The analysis' own findings, already in order (sorted where they lie when any moved): taken as they
                // are, not copied twice, placed or sorted again on every keystroke.
                return analysis.Placed;
            }
            findings.AddRange(analysis.Findings);
        }
        return PlacedFindings.Of(FindingSort.InReportOrder(findings));
    }
}
