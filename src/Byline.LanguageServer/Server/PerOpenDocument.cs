using System.Collections.Concurrent;
using Byline.Workspace;

namespace Byline.LanguageServer.Server;

/// <summary>
/// What a handler keeps for each open document from one of its requests to the next (block answers it can reuse),
/// made on first use, used by one request of a document at a time, dropped when the document closes, never shared
/// between documents.
/// </summary>
public sealed class PerOpenDocument<T> where T : class, new()
{
    private readonly ConcurrentDictionary<string, T> _byDocument = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="use"/> with the document's kept value, under that value's lock.</summary>
    public TResult With<TResult>(string uri, Func<T, TResult> use)
    {
        var kept = _byDocument.GetOrAdd(DocumentUris.Key(uri), static _ => new T());
        lock (kept)
        {
            return use(kept);
        }
    }

    public void Forget(string uri) => _byDocument.TryRemove(DocumentUris.Key(uri), out _);
}
