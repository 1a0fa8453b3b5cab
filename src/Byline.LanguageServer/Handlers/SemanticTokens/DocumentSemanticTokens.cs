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
    /// otherwise the whole data. Either way <paramref name="tokens"/> become the kept result.
    /// </summary>
    public SemanticTokensDeltaResult Answer(string uri, string? previousResultId, EncodedTokens tokens)
    {
        var previous = _byDocument.TryGetValue(DocumentUris.Key(uri), out var kept) && kept.ResultId == previousResultId ? kept.Tokens.Data : null;
        var data = tokens.Data;
        var resultId = Keep(uri, tokens);
        return previous is null
            ? new SemanticTokensDeltaResult(resultId, data.ToArray(), null)
            : new SemanticTokensDeltaResult(resultId, null, Edits(previous, data));
    }

    public void Forget(string uri) => _byDocument.TryRemove(DocumentUris.Key(uri), out _);

    /// <summary>
    /// At most one edit that turns <paramref name="previous"/> into <paramref name="current"/>: the tokens (five
    /// integers each) both share at the start and at the end are kept, the rest replaced. None when they are equal.
    /// </summary>
    public static SemanticTokensEdit[] Edits(int[] previous, int[] current) => Edits(new TokenData(previous), new TokenData(current));

    /// <summary>
    /// As <see cref="Edits(int[], int[])"/>; when both data share one array (the tokens were moved across an edit), only
    /// the tokens whose place either wrote beside it can differ, and the scans start there.
    /// </summary>
    public static SemanticTokensEdit[] Edits(TokenData previous, TokenData current)
    {
        const int TokenLength = 5;
        var previousTokens = previous.Length / TokenLength;
        var currentTokens = current.Length / TokenLength;
        var shortest = Math.Min(previousTokens, currentTokens);
        var (prefix, suffix) = (0, 0);
        if (previous.TokensThatCanDiffer(current) is var (first, last))
        {
            if (last < 0)
            {
                return [];
            }
            (prefix, suffix) = (first, previousTokens - 1 - last);
        }
        while (prefix < shortest && previous.SameToken(prefix, current, prefix))
        {
            prefix++;
        }
        suffix = Math.Min(suffix, shortest - prefix); // the prefix ran past every token that can differ: all are equal
        while (suffix < shortest - prefix && previous.SameToken(previousTokens - 1 - suffix, current, currentTokens - 1 - suffix))
        {
            suffix++;
        }
        var deleted = previousTokens - prefix - suffix;
        var inserted = currentTokens - prefix - suffix;
        if (deleted == 0 && inserted == 0)
        {
            return [];
        }
        int[]? data = null;
        if (inserted > 0)
        {
            data = new int[inserted * TokenLength];
            current.CopyTo(prefix * TokenLength, data, 0, data.Length);
        }
        return [new SemanticTokensEdit(prefix * TokenLength, deleted * TokenLength, data)];
    }
}
