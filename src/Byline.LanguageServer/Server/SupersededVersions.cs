using System.Collections.Concurrent;
using Byline.Workspace;

namespace Byline.LanguageServer.Server;

/// <summary>
/// One cancellation token per open document, cancelled by the next edit, reopening or close of that document: work
/// on the current version (its analysis) takes the token, so a keystroke stops the analysis of the version before it
/// midway instead of waiting for an answer nobody will read. Only mutating handlers call <see cref="Supersede"/>.
/// </summary>
public sealed class SupersededVersions
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _current = new(StringComparer.Ordinal);

    /// <summary>
    /// The token the next change of <paramref name="uri"/> cancels. Take it before checking that the document is still
    /// the current one: a change after the check then cancels it, and a change before it fails the check.
    /// </summary>
    public CancellationToken Of(string uri) =>
        _current.GetOrAdd(DocumentUris.Key(uri), static _ => new CancellationTokenSource()).Token;

    /// <summary>The document changed (or closed): work on its earlier versions stops.</summary>
    public void Supersede(string uri)
    {
        // Not disposed: tokens taken from it may still be linked or read, and a source with no timer holds nothing.
        if (_current.TryRemove(DocumentUris.Key(uri), out var earlier))
        {
            earlier.Cancel();
        }
    }
}
