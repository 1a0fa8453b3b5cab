using System.Globalization;
using System.Text.Json;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.DocumentSymbols;

/// <summary>
/// <c>byline/documentSymbol</c>: the outline of <see cref="DocumentSymbolHandler"/> with a result id, for a client that
/// keeps the symbols it got (Byline's VS Code extension). LSP's <c>documentSymbol</c> has no result id, so the editor
/// parses the whole outline after every change; a book-length article's is ~340 KB of JSON, the same at 99 keystrokes
/// of 100 (typing in a paragraph moves no heading, caption or entity's first mention). When the outline is the one this
/// document was last answered, the answer is its result id and <c>unchanged: true</c>, and the client shows the symbols
/// it has. The outline is compared as its top-level symbols' JSON: those the open document keeps from one outline to
/// the next (<see cref="OutlineBlocks"/>) are the very arrays, so an outline built from the same blocks is found the same
/// by reference, and only a symbol made anew is written (once: the answer writes those bytes) and compared byte by byte.
/// </summary>
internal sealed class OutlineHandler : IRequestHandler<OutlineParams, OutlineResult?>
{
    private static long s_lastResultId;

    public string Method => "byline/documentSymbol";

    public RequestKind Kind => RequestKind.Read;

    public Task<OutlineResult?> HandleAsync(OutlineParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.DocumentFor(uri, cancellationToken) is not { } document)
        {
            return Task.FromResult<OutlineResult?>(null);
        }
        DocumentSymbolList Build(OutlineBlocks? kept) => DocumentSymbolHandler.Outline(document, context, kept);
        // Only an open document's outline is kept, so only its answer has a result id.
        var answer = context.Snapshot.IsOpen(uri)
            ? context.State.Outlines.With(uri, kept => Answer(Build(kept), kept, request.PreviousResultId, request.Edits == true))
            : new OutlineResult(null, Build(null));
        context.ThrowIfContentModified(uri, document);
        return Task.FromResult<OutlineResult?>(answer);
    }

    /// <summary>
    /// <paramref name="outline"/>'s answer to a client that last got <paramref name="previousResultId"/>: "unchanged" when
    /// it is that outline, else the symbols and their result id (the last one's when the outline is the same as it), or
    /// to a client that applies <paramref name="edits"/>, the edits from the outline it named when that was the last one
    /// answered with its flat list.
    /// </summary>
    internal static OutlineResult Answer(DocumentSymbolList outline, OutlineBlocks kept, string? previousResultId, bool edits = false)
    {
        var sent = kept.Sent;
        var items = new object[outline.Count];
        var same = sent is not null && sent.Items.Length == items.Length;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = outline.SymbolAt(i) is { } symbol ? JsonSerializer.SerializeToUtf8Bytes(symbol, LspJsonContext.Wire.DocumentSymbol) : outline.ItemAt(i);
            same = same && SameItem(items[i], sent!.Items[i]);
        }
        var before = sent;
        if (!same || (edits && sent!.Flat is null))
        {
            var id = same ? sent!.ResultId : Interlocked.Increment(ref s_lastResultId).ToString(CultureInfo.InvariantCulture);
            sent = new SentOutline(id, items, edits ? Flatten(items, kept) : null);
            kept.Sent = sent;
        }
        if (sent!.ResultId == previousResultId)
        {
            return new OutlineResult(sent.ResultId, Unchanged: true);
        }
        if (edits && before?.Flat is { } flat && before.ResultId == previousResultId)
        {
            return new OutlineResult(sent.ResultId, Edits: OutlineDelta.Edits(flat, sent.Flat!));
        }
        var symbols = new DocumentSymbolList.Builder();
        foreach (var item in items)
        {
            symbols.AddJson(Json(item));
        }
        return new OutlineResult(sent.ResultId, symbols.ToList());
    }

    /// <summary>
    /// Whether two top-level symbols read the same: the same item, the same JSON, or (the Entities group made again)
    /// the same flat list, so that a group made anew is written only when a client needs its JSON.
    /// </summary>
    private static bool SameItem(object item, object sent) => (item, sent) switch
    {
        _ when ReferenceEquals(item, sent) => true,
        (KeptSymbol { Flat: { } a }, KeptSymbol { Flat: { } b }) => OutlineDelta.Same(a, b),
        _ => Json(item).AsSpan().SequenceEqual(Json(sent)),
    };

    private static byte[] Json(object item) => item as byte[] ?? ((ILazyJson)item).Json;

    /// <summary>The outline's flat list (<see cref="FlatSymbols"/>), each top-level symbol's kept by the document while it is in the outline.</summary>
    private static FlatSymbols Flatten(object[] items, OutlineBlocks kept)
    {
        var flats = new FlatSymbols[items.Length];
        var length = 0;
        for (var i = 0; i < items.Length; i++)
        {
            flats[i] = kept.FlatOf(items[i]);
            length += flats[i].Heads.Length;
        }
        kept.EndFlat();
        var (heads, counts, at) = (new byte[length][], new int[length], 0);
        foreach (var flat in flats)
        {
            flat.Heads.CopyTo(heads, at);
            flat.Counts.CopyTo(counts, at);
            at += flat.Heads.Length;
        }
        return new FlatSymbols(heads, counts);
    }
}
