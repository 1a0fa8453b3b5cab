using System.Collections.Concurrent;
using Byline.LanguageServer.Protocol;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.SemanticTokens;

/// <summary>
/// The last semantic tokens each open document was answered with, and their result id, so that
/// <c>textDocument/semanticTokens/full/delta</c> can answer with the edits from those to the new ones: after a keystroke
/// only the tokens around the edit differ (the encoding is relative, so a token's integers depend only on itself and
/// the token before it), and the client receives and applies a few integers instead of the whole array. Only the last
/// result of a document is kept: a delta asked against any other result id (unknown, stale, or from before a restart)
/// is answered with the whole data, as LSP allows.
/// </summary>
public sealed class DocumentSemanticTokens
{
    private readonly ConcurrentDictionary<string, Kept> _byDocument = new(StringComparer.Ordinal);
    private long _lastResultId;

    private sealed record Kept(string ResultId, EncodedTokens Tokens);

    /// <summary>Keeps <paramref name="tokens"/> as the document's last result and gives its new result id.</summary>
    public string Keep(string uri, EncodedTokens tokens)
    {
        var resultId = Interlocked.Increment(ref _lastResultId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _byDocument[DocumentUris.Key(uri)] = new Kept(resultId, tokens);
        return resultId;
    }

    /// <summary>The document's last tokens, which the next ones may be made from (<see cref="EntitySemanticTokens.EncodeAll"/>); null when none is kept.</summary>
    public EncodedTokens? Last(string uri) => _byDocument.TryGetValue(DocumentUris.Key(uri), out var kept) ? kept.Tokens : null;

    /// <summary>
    /// The answer to a delta request: edits from the kept result when it is <paramref name="previousResultId"/>,
    /// otherwise the whole <paramref name="data"/>. Either way <paramref name="data"/> becomes the kept result.
    /// </summary>
    public SemanticTokensDeltaResult Answer(string uri, string? previousResultId, EncodedTokens tokens)
    {
        var previous = _byDocument.TryGetValue(DocumentUris.Key(uri), out var kept) && kept.ResultId == previousResultId ? kept.Tokens.Data : null;
        var data = tokens.Data;
        var resultId = Keep(uri, tokens);
        return previous is null
            ? new SemanticTokensDeltaResult(resultId, data, null)
            : new SemanticTokensDeltaResult(resultId, null, Edits(previous, data));
    }

    public void Forget(string uri) => _byDocument.TryRemove(DocumentUris.Key(uri), out _);

    /// <summary>
    /// At most one edit that turns <paramref name="previous"/> into <paramref name="current"/>: the tokens (five
    /// integers each) both share at the start and at the end are kept, the rest replaced. None when they are equal.
    /// </summary>
    public static SemanticTokensEdit[] Edits(int[] previous, int[] current)
    {
        const int TokenLength = 5;
        var previousTokens = previous.Length / TokenLength;
        var currentTokens = current.Length / TokenLength;
        var prefix = 0;
        var shortest = Math.Min(previousTokens, currentTokens);
        while (prefix < shortest && SameToken(previous, prefix, current, prefix))
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < shortest - prefix && SameToken(previous, previousTokens - 1 - suffix, current, currentTokens - 1 - suffix))
        {
            suffix++;
        }
        var deleted = previousTokens - prefix - suffix;
        var inserted = currentTokens - prefix - suffix;
        if (deleted == 0 && inserted == 0)
        {
            return [];
        }
        var data = inserted == 0 ? null : current.AsSpan(prefix * TokenLength, inserted * TokenLength).ToArray();
        return [new SemanticTokensEdit(prefix * TokenLength, deleted * TokenLength, data)];
    }

    private static bool SameToken(int[] a, int tokenA, int[] b, int tokenB) =>
        a.AsSpan(tokenA * 5, 5).SequenceEqual(b.AsSpan(tokenB * 5, 5));
}
