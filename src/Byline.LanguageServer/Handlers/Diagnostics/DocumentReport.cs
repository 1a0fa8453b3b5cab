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
/// For a client that shows at most so many diagnostics per document (<see cref="DiagnosticForm.MaxDiagnostics"/>),
/// the report holds every finding's diagnostic (the next report is made from them) but sends only those the client
/// shows and a note of how many it does not (<see cref="ShownDiagnostics"/>); the result id is that of what is sent, so
/// an edit that changes none of it is answered "unchanged".
/// </summary>
public sealed class DocumentReport
{
    private const int ItemHashLength = 16;

    private readonly byte[][] _json; // each finding's diagnostic, in the findings' order
    private readonly byte[] _itemHashes;
    private readonly int[] _starts; // each finding's start, searched without touching the findings themselves

    private DocumentReport(ArticleDocument document, PlacedFindings findings, PositionEncoding encoding, DiagnosticForm form, byte[][] json,
        byte[] itemHashes, int reused)
    {
        _json = json;
        _itemHashes = itemHashes;
        _starts = new int[findings.Length];
        for (var i = 0; i < _starts.Length; i++)
        {
            _starts[i] = findings.StartOf(i);
        }
        Text = document.Text;
        Placed = findings;
        Uri = document.Uri;
        Encoding = encoding;
        Form = form;
        (Items, var sentHashes) = Sent(document, findings, encoding, form, json, itemHashes);
        ResultId = Convert.ToHexStringLower(XxHash128.Hash(sentHashes));
        Reused = reused;
    }

    public ArticleText Text { get; }

    /// <summary>The findings reported, at their places.</summary>
    public ImmutableArray<Finding> Findings => Placed.Findings;

    /// <summary>The findings reported as the analysis keeps them (those an edit moved read through their lags).</summary>
    internal PlacedFindings Placed { get; }

    public string Uri { get; }

    public PositionEncoding Encoding { get; }

    public DiagnosticForm Form { get; }

    /// <summary>The diagnostics sent, in the findings' order, as their JSON: all of them, or those the client shows and a note.</summary>
    public DiagnosticList Items { get; }

    /// <summary>A hash of what is sent: equal ids, equal diagnostics.</summary>
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
        var findings = document.GetPlacedDiagnostics(cancellationToken);
        if (previous is not null && (previous.Uri != document.Uri || previous.Encoding != encoding || previous.Form != form))
        {
            previous = null;
        }
        if (previous is not null && ReferenceEquals(previous.Placed, findings) && ReferenceEquals(previous.Text, document.Text))
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
            var (made, lag) = (findings.Made[i], findings.Lags.At(i));
            if (shift?.Reusable(made, lag) is { } back && cursor.Find(made, lag, back) is { } old)
            {
                items[i] = previous!._json[old];
                previous._itemHashes.AsSpan(old * ItemHashLength, ItemHashLength).CopyTo(hashes.AsSpan(i * ItemHashLength));
                reused++;
                continue;
            }
            var diagnostic = FindingConverter.ToLsp(findings[i], document.Uri, document.Text, encoding, form);
            items[i] = JsonSerializer.SerializeToUtf8Bytes(diagnostic, LspJsonContext.Wire.Diagnostic);
            HashItem(items[i], hashes.AsSpan(i * ItemHashLength));
        }
        return new DocumentReport(document, findings, encoding, form, json, hashes, reused);
    }

    /// <summary>
    /// What the client is sent, and the items' hashes the result id is made from: every diagnostic, or, for a client
    /// that shows fewer than the document has, those it shows and the note of how many it does not.
    /// </summary>
    private static (DiagnosticList Items, byte[] Hashes) Sent(ArticleDocument document, PlacedFindings placed, PositionEncoding encoding, DiagnosticForm form,
        byte[][] json, byte[] hashes)
    {
        if (form.MaxDiagnostics is null || placed.Length <= form.MaxDiagnostics)
        {
            return (DiagnosticList.FromJson(json), hashes);
        }
        var findings = placed.Findings;
        if (ShownDiagnostics.Choose(findings, form.MaxDiagnostics) is not { } choice)
        {
            return (DiagnosticList.FromJson(json), hashes);
        }
        var (chosen, lastChosen) = choice;
        var sent = new byte[chosen.Length + 1][];
        var sentHashes = new byte[sent.Length * ItemHashLength];
        for (var k = 0; k < chosen.Length; k++)
        {
            sent[k] = json[chosen[k]];
            hashes.AsSpan(chosen[k] * ItemHashLength, ItemHashLength).CopyTo(sentHashes.AsSpan(k * ItemHashLength));
        }
        var at = ShownDiagnostics.NoteRange(findings, lastChosen, document.Text, encoding);
        var note = ShownDiagnostics.NotShown(findings.Length - chosen.Length, form.MaxDiagnostics!.Value, at, document.Uri, form);
        sent[^1] = JsonSerializer.SerializeToUtf8Bytes(note, LspJsonContext.Wire.Diagnostic);
        HashItem(sent[^1], sentHashes.AsSpan(chosen.Length * ItemHashLength));
        return (DiagnosticList.FromJson(sent), sentHashes);
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

        /// <summary>The index of the previous report's diagnostic that <paramref name="finding"/>, moved by <paramref name="lag"/>, repeats, if any.</summary>
        public int? Find(Finding finding, int lag, int back)
        {
            var old = previous!.Placed;
            var starts = previous._starts;
            var start = finding.Span.Start + lag - back;
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
                // Both read as made: the old one lies its lag on, the new one its own.
                if (ReportShift.SameDiagnostic(old.Made[k], finding, back + old.Lags.At(k) - lag))
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
