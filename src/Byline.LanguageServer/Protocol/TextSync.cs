namespace Byline.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>An incremental change when <see cref="Range"/> is set, else the document's full new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, int? RangeLength, [property: System.Text.Json.Serialization.JsonConverter(typeof(UnpooledStringConverter))] string Text);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record FileEvent(string Uri, FileChangeType Type);

public enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}
