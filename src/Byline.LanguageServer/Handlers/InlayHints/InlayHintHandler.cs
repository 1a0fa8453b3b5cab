using Byline.Analysis;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.LanguageServer.Handlers.Hover;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.InlayHints;

/// <summary>
/// <c>textDocument/inlayHint</c>: after a short reference, the entity or source it resolves to — an acronym, a
/// surname, a given name or a capital standing for its government ("PMF" Popular Mobilization Forces), and a
/// pronoun that is an attribution's source ("he said" Joe Biden). Off unless the client's
/// <c>initializationOptions</c> or a later <c>workspace/didChangeConfiguration</c> hold <c>"inlayHints": true</c>: hints change how the copy reads.
/// </summary>
internal sealed class InlayHintHandler : IRequestHandler<InlayHintParams, InlayHint[]?>
{
    public string Method => "textDocument/inlayHint";

    public RequestKind Kind => RequestKind.Read;

    public Task<InlayHint[]?> HandleAsync(InlayHintParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (!context.State.InlayHintsEnabled)
        {
            return Task.FromResult<InlayHint[]?>([]);
        }
        if (context.DocumentFor(uri, cancellationToken, analysed: true) is not { Analysis: { } analysis } document)
        {
            return Task.FromResult<InlayHint[]?>(null);
        }
        var range = document.Text.ToSpan(request.Range, context.Encoding);
        var hints = Resolutions(analysis, range)
            .OrderBy(h => h.Offset)
            .Select(h => new InlayHint(document.Text.ToLspPosition(h.Offset, context.Encoding), h.Label, h.Tooltip, PaddingLeft: true))
            .ToArray();
        context.ThrowIfContentModified(uri, document);
        return Task.FromResult<InlayHint[]?>(hints);
    }

    internal static IEnumerable<(int Offset, string Label, string Tooltip)> Resolutions(ArticleAnalysis analysis, TextSpan range)
    {
        foreach (var mention in analysis.Entities.Mentions)
        {
            if (!range.IntersectsWith(mention.Span) || mention.IsDefinition || !IsShortReference(mention.Kind)
                || analysis.Entities.Find(mention.EntityId) is not { } entity
                || string.Equals(entity.Name, mention.Text, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            yield return (mention.Span.End, entity.Name, $"{mention.Kind.ToString().ToLowerInvariant()} of {entity.Name}");
        }
        foreach (var source in analysis.Sourcing.Attributions.Select(a => a.Source).OfType<Source>().DistinctBy(s => s.Span))
        {
            if (source.Kind != SourceKind.Pronoun || source.Antecedent is not { } antecedent || !range.IntersectsWith(source.Span))
            {
                continue;
            }
            var name = EntityHoverContent.HeadEntityOf(analysis.Entities, antecedent.Span)?.Name ?? antecedent.Text;
            yield return (source.Span.End, name, $"pronoun for the source {antecedent.Text}");
        }
    }

    private static bool IsShortReference(MentionKind kind) =>
        kind is MentionKind.Acronym or MentionKind.Surname or MentionKind.GivenName or MentionKind.Metonym;
}
