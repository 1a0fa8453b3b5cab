using Byline.LanguageServer.Protocol;
using Byline.Text;
using TextSpan = Microsoft.CodeAnalysis.Text.TextSpan;

namespace Byline.LanguageServer.Handlers;

/// <summary>Offsets ↔ LSP positions in the negotiated encoding; out-of-range positions are clamped by <see cref="PositionMapper"/>.</summary>
public static class LspConversions
{
    public static Position ToLsp(this LinePosition position) => new(position.Line, position.Character);

    public static LinePosition ToLinePosition(this Position position) => new(position.Line, position.Character);

    public static Position ToLspPosition(this ArticleText text, int offset, PositionEncoding encoding) =>
        text.ToPosition(offset, encoding).ToLsp();

    public static Protocol.Range ToLspRange(this ArticleText text, TextSpan span, PositionEncoding encoding) =>
        new(text.ToLspPosition(span.Start, encoding), text.ToLspPosition(span.End, encoding));

    /// <summary>The span a client range denotes; a reversed range is treated as empty at its earlier end.</summary>
    public static TextSpan ToSpan(this ArticleText text, Protocol.Range range, PositionEncoding encoding)
    {
        var start = text.ToOffset(range.Start.ToLinePosition(), encoding);
        var end = text.ToOffset(range.End.ToLinePosition(), encoding);
        return end >= start ? TextSpan.FromBounds(start, end) : new TextSpan(end, 0);
    }
}
