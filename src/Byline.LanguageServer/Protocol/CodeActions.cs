using System.Text.Json.Serialization;

namespace Byline.LanguageServer.Protocol;

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context) : ITextDocumentParams;

public sealed record CodeActionContext(CodeActionDiagnostic[] Diagnostics, string[]? Only, int? TriggerKind);

/// <summary>
/// A diagnostic as the client sends it back. Only range and code are read (to find our finding again);
/// the code is a JSON element because other servers' diagnostics at the same place may have numeric codes.
/// </summary>
public sealed record CodeActionDiagnostic(Range Range, System.Text.Json.JsonElement? Code, string? Source)
{
    public string? CodeText => Code is { ValueKind: System.Text.Json.JsonValueKind.String } code ? code.GetString() : Code?.ToString();
}

public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
}

public sealed record CodeAction(string Title, string? Kind, Diagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit? Edit);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>
/// Either <see cref="Changes"/> (every client understands it) or <see cref="DocumentChanges"/> (ordered,
/// and the only way to create a file).
/// </summary>
public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]>? Changes, DocumentChange[]? DocumentChanges);

/// <summary>
/// One entry of <c>documentChanges</c>: a <c>TextDocumentEdit</c> (<see cref="TextDocument"/> and
/// <see cref="Edits"/>) or a <c>CreateFile</c> (<see cref="Kind"/> "create", <see cref="Uri"/>,
/// <see cref="Options"/>). LSP's union is flattened into one record; null members are not written.
/// </summary>
public sealed record DocumentChange(
    OptionalVersionedTextDocumentIdentifier? TextDocument = null,
    TextEdit[]? Edits = null,
    string? Kind = null,
    string? Uri = null,
    CreateFileOptions? Options = null)
{
    public static DocumentChange CreateFile(string uri, bool ignoreIfExists) => new(Kind: "create", Uri: uri, Options: new CreateFileOptions(null, ignoreIfExists));

    public static DocumentChange Edit(string uri, int? version, params TextEdit[] edits) => new(new OptionalVersionedTextDocumentIdentifier(uri, version), edits);
}

/// <summary>The version is <c>integer | null</c> and required: null means "whatever is on disk", so it is always written.</summary>
public sealed record OptionalVersionedTextDocumentIdentifier(
    string Uri,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version);

public sealed record CreateFileOptions(bool? Overwrite, bool? IgnoreIfExists);

public sealed record CodeActionOptions(string[] CodeActionKinds, bool ResolveProvider);

public sealed record RegistrationParams(Registration[] Registrations);

public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions? RegisterOptions);

public sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

public sealed record FileSystemWatcher(string GlobPattern, int? Kind);
