namespace Byline.Workspace;

/// <summary>
/// Converts between file paths and <c>file:</c> URIs. Documents are keyed by file path when they have one,
/// because clients spell the same file's URI differently (VS Code writes <c>file:///c%3A/…</c>).
/// </summary>
public static class DocumentUris
{
    /// <summary>
    /// The <c>file:</c> URI of <paramref name="path"/>. A full path that needs neither making full nor escaping is
    /// joined to the scheme as it is, which is what <see cref="Uri.AbsoluteUri"/> makes of it: a whole-folder check
    /// makes one URI per article, and parsing each path as a URI and printing it again was ~0.6 % of its processor time.
    /// </summary>
    public static string FromFilePath(string path) =>
        IsPlainFullPath(path) ? "file://" + path : new Uri(Path.GetFullPath(path)).AbsoluteUri;

    // Letters, digits and '-', '.', '_' (unreserved in a URI, so never escaped) and the separator '/'.
    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("/-._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// A rooted Unix path of <see cref="PlainPathCharacters"/> with no empty, <c>.</c> or <c>..</c> segment and no
    /// separator at the end: <see cref="Path.GetFullPath(string)"/> returns it unchanged and a <c>file:</c> URI
    /// escapes none of it. Anything else (Windows paths, spaces, letters outside ASCII, <c>%</c>) goes through
    /// <see cref="Uri"/>.
    /// </summary>
    private static bool IsPlainFullPath(string path) =>
        Path.DirectorySeparatorChar == '/' && path.Length > 1 && path[0] == '/' && path[^1] != '/'
        && !path.AsSpan().ContainsAnyExcept(PlainPathCharacters)
        && !path.Contains("//", StringComparison.Ordinal) && !path.Contains("/./", StringComparison.Ordinal)
        && !path.Contains("/../", StringComparison.Ordinal) && !path.EndsWith("/.", StringComparison.Ordinal)
        && !path.EndsWith("/..", StringComparison.Ordinal);

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
