using System.Text.Json;

namespace Byline.LanguageServer.Protocol;

/// <summary><c>workspace/executeCommand</c>; the server's commands are listed in <see cref="ExecuteCommandOptions"/>.</summary>
public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);

public sealed record ExecuteCommandOptions(string[] Commands);

/// <summary><c>workspace/didChangeConfiguration</c>: the client's settings, e.g. <c>{ "byline": { "files": [...] } }</c>.</summary>
public sealed record DidChangeConfigurationParams(JsonElement? Settings);

/// <summary><c>window/showMessage</c>: a message the user sees (unlike <c>window/logMessage</c>).</summary>
public sealed record ShowMessageParams(MessageType Type, string Message);
