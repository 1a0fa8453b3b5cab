using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text.Json;
using Byline.Analysis;
using Byline.LanguageServer.Protocol;
using Byline.Text;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// One document's findings as LSP diagnostics, with each diagnostic's JSON and the report's result id (a 128-bit
/// XxHash of the items' JSON, item by item, so "unchanged" means that the client shows these diagnostics; the id
/// only tells versions of one document apart and guards against nobody, so a non-cryptographic hash serves, and
/// the server never loads libcrypto for it).
/// A report is made from the previous report of the same document: a finding that the previous one had at the
/// same place in the text before the edit, on the same lines (see <see cref="ReportShift"/>), keeps its JSON, so a
/// keystroke converts and serialises only the diagnostics around the edit, and on a line count change only the
/// diagnostics after it are converted again. The report keeps the JSON alone, not the diagnostics it was written
/// from. The result equals a fresh conversion (property-tested).
/// </summary>
public sealed class DocumentReport
{
    private const int ItemHashLength = 16;

    private readonly byte[] _itemHashes;
    private readonly int[] _starts; // each finding's start, searched without touching the findings themselves

    private DocumentReport(ArticleDocument document, PositionEncoding encoding, DiagnosticForm form, DiagnosticList items, byte[] itemHashes, int reused)
    {
        _itemHashes = itemHashes;
        _starts = new int[document.Diagnostics.Length];
        for (var i = 0; i < _starts.Length; i++)
        {
            _starts[i] = document.Diagnostics[i].Span.Start;
        }
        Text = document.Text;
        Findings = document.Diagnostics;
        Uri = document.Uri;
        Encoding = encoding;
        Form = form;
        Items = items;
        ResultId = Convert.ToHexStringLower(XxHash128.Hash(itemHashes));
        Reused = reused;
    }

    public ArticleText Text { get; }

    public ImmutableArray<Finding> Findings { get; }

    public string Uri { get; }

    public PositionEncoding Encoding { get; }

    public DiagnosticForm Form { get; }

    /// <summary>The diagnostics, in the findings' order, as their JSON.</summary>
    public DiagnosticList Items { get; }

    public string ResultId { get; }

    /// <summary>How many diagnostics were taken over from the previous report.</summary>
    public int Reused { get; }

    /// <param name="previous">The last report of the same document, or null.</param>
    /// <param name="cancellationToken">Stops the document's analysis midway (see <see cref="ArticleDocument.GetAnalysis"/>).</param>
    public static DocumentReport Create(ArticleDocument document, PositionEncoding encoding, bool relatedInformation, DocumentReport? previous = null,
        CancellationToken cancellationToken = default) =>
        Create(document, encoding, new DiagnosticForm(relatedInformation), previous, cancellationToken);

    /// <param name="previous">The last report of the same document, or null.</param>
    /// <param name="cancellationToken">Stops the document's analysis midway (see <see cref="ArticleDocument.GetAnalysis"/>).</param>
    public static DocumentReport Create(ArticleDocument document, PositionEncoding encoding, DiagnosticForm form, DocumentReport? previous = null,
        CancellationToken cancellationToken = default)
    {
        var findings = document.GetDiagnostics(cancellationToken);
        if (previous is not null && (previous.Uri != document.Uri || previous.Encoding != encoding || previous.Form != form))
        {
            previous = null;
        }
        if (previous is not null && previous.Findings == findings && ReferenceEquals(previous.Text, document.Text))
        {
            return previous;
        }
        var shift = previous is null ? null : ReportShift.Between(previous.Text, document.Text);
        var json = new byte[findings.Length][];
        // Stored through a span: an array of arrays checks the type of each store, a span once.
        var items = json.AsSpan();
        var hashes = new byte[findings.Length * ItemHashLength];
        var reused = 0;
        var cursor = new PreviousCursor(previous);
        for (var i = 0; i < findings.Length; i++)
        {
            if (shift?.Reusable(findings[i]) is { } back && cursor.Find(findings[i], back) is { } old)
            {
                items[i] = previous!.Items.Json![old];
                previous._itemHashes.AsSpan(old * ItemHashLength, ItemHashLength).CopyTo(hashes.AsSpan(i * ItemHashLength));
                reused++;
                continue;
            }
            var diagnostic = FindingConverter.ToLsp(findings[i], document.Uri, document.Text, encoding, form);
            items[i] = JsonSerializer.SerializeToUtf8Bytes(diagnostic, LspJsonContext.Wire.Diagnostic);
            HashItem(items[i], hashes.AsSpan(i * ItemHashLength));
        }
        return new DocumentReport(document, encoding, form, DiagnosticList.FromJson(json), hashes, reused);
    }

    // The report's id hashes the items' hashes: one hash of a few bytes per item, not of the whole report's JSON
    // (a hash over megabytes of a large article's report cost more than the rest of a keystroke's report).
    private static void HashItem(byte[] json, Span<byte> into) => XxHash128.Hash(json, into);

    /// <summary>
    /// Finds the previous report's diagnostic that a new finding repeats. The new findings come sorted by start, and
    /// the places they are looked up at in the older text rise with them (those before the change keep their offsets,
    /// those after it all lie past the change), so the search walks forward from where the last one ended instead of
    /// searching the whole report for each finding; a place behind the last one (not expected) is searched for afresh.
    /// </summary>
    private struct PreviousCursor(DocumentReport? previous)
    {
        private int _next;
        private int _lastStart;

        /// <summary>The index of the previous report's diagnostic that <paramref name="finding"/> repeats, if any.</summary>
        public int? Find(Finding finding, int back)
        {
            var old = previous!.Findings;
            var starts = previous._starts;
            var start = finding.Span.Start - back;
            if (start < _lastStart)
            {
                _next = LowerBound(starts, start);
            }
            _lastStart = start;
            // The first of the previous findings at this start, then those that share it.
            var k = _next;
            while (k < starts.Length && starts[k] < start)
            {
                k++;
            }
            _next = k;
            for (; k < old.Length && starts[k] == start; k++)
            {
                if (ReportShift.SameDiagnostic(old[k], finding, back))
                {
                    return k;
                }
            }
            return null;
        }

        private static int LowerBound(int[] starts, int start)
        {
            var k = Array.BinarySearch(starts, start);
            if (k < 0)
            {
                return ~k;
            }
            while (k > 0 && starts[k - 1] == start)
            {
                k--;
            }
            return k;
        }
    }
}
