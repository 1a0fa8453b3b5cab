using System.Buffers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Syntax;
using Byline.Text;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.DocumentLinks;

/// <summary>
/// <c>textDocument/documentLink</c>: every web address the tokenizer found in the article's text (<c>http://</c>,
/// <c>https://</c>, <c>www.</c>; sentence punctuation after it excluded), so the editor opens it on a click.
/// A bare <c>www.</c> address links to <c>https://</c>; a token that is no valid absolute URI gets no link.
/// </summary>
internal sealed class DocumentLinkHandler : IRequestHandler<DocumentLinkParams, DocumentLink[]?>
{
    public string Method => "textDocument/documentLink";

    public RequestKind Kind => RequestKind.Read;

    public Task<DocumentLink[]?> HandleAsync(DocumentLinkParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.DocumentFor(uri, cancellationToken) is not { } document)
        {
            return Task.FromResult<DocumentLink[]?>(null);
        }
        var links = context.Snapshot.IsOpen(uri)
            ? context.State.AddressBlocks.With(uri, kept => Find(document, context.Encoding, kept.MayHoldAddress, kept, cancellationToken))
            : Find(document, context.Encoding, block => MayHoldAddress(block.Text), null, cancellationToken);
        context.ThrowIfContentModified(uri, document);
        return Task.FromResult<DocumentLink[]?>(links);
    }

    private static DocumentLink[] Find(ArticleDocument document, PositionEncoding encoding, Func<Block, bool> mayHoldAddress, AddressBlocks? kept, CancellationToken cancellationToken)
    {
        var links = new List<DocumentLink>();
        foreach (var block in document.Syntax.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Tokenising a block costs more than looking for an address in it: most blocks have none. An open
            // document's answer per block is kept from its last links request (AddressBlocks).
            if (!mayHoldAddress(block))
            {
                continue;
            }
            foreach (var sentence in block.Sentences)
            {
                foreach (var token in sentence.Tokens)
                {
                    if (token.Kind == TokenKind.Url && Target(document.Text.ToString(token.Span)) is { } target)
                    {
                        links.Add(new DocumentLink(document.Text.ToLspRange(token.Span, encoding), target));
                    }
                }
            }
        }
        kept?.Trim(document.Syntax.Blocks);
        return [.. links];
    }

    // One vectorised pass for both, ignoring case: string.Contains with OrdinalIgnoreCase compares character by
    // character in the invariant globalization mode, and VS Code asks for the links after every change.
    private static readonly SearchValues<string> AddressStarts = SearchValues.Create(["http", "www."], StringComparison.OrdinalIgnoreCase);

    internal static bool MayHoldAddress(string text) => text.AsSpan().ContainsAny(AddressStarts);

    internal static string? Target(string address)
    {
        var candidate = address.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + address : address;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? parsed.AbsoluteUri : null;
    }
}
