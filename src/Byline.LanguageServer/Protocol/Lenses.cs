namespace Byline.LanguageServer.Protocol;

// Code lens, document links and inlay hints (LSP 3.17).

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

/// <summary>A command as a code lens shows it: an empty <see cref="CommandName"/> makes it a label that runs nothing.</summary>
public sealed record Command(string Title, [property: System.Text.Json.Serialization.JsonPropertyName("command")] string CommandName)
{
    /// <summary>What the client passes to the command when it runs it.</summary>
    public System.Text.Json.JsonElement[]? Arguments { get; init; }
}

public sealed record CodeLens(Range Range, Command? Command);

public sealed record CodeLensOptions(bool ResolveProvider);

public sealed record DocumentLinkParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

public sealed record DocumentLink(Range Range, string? Target);

public sealed record DocumentLinkOptions(bool ResolveProvider);

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range) : ITextDocumentParams;

public sealed record InlayHint(Position Position, string Label, string? Tooltip, bool? PaddingLeft);
