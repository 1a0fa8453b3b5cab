namespace Byline.Workspace;

/// <summary>
/// Converts between file paths and <c>file:</c> URIs. Documents are keyed by file path when they have one,
/// because clients spell the same file's URI differently (VS Code writes <c>file:///c%3A/…</c>).
/// </summary>
public static class DocumentUris
{
    public static string FromFilePath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>The local path of a <c>file:</c> URI, or null for other schemes (untitled:, vscode-notebook-cell:…).</summary>
    public static string? ToFilePath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }
        return Path.GetFullPath(parsed.LocalPath);
    }

    /// <summary>A key that is the same for every spelling of one document's URI.</summary>
    public static string Key(string uri) => ToFilePath(uri) ?? uri;
}
