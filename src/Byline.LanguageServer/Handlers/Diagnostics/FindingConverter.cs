using System.Collections.Immutable;
using Byline.Analysis;
using Byline.LanguageServer.Protocol;
using Byline.Text;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>Turns the analysis' findings into LSP diagnostics of one document.</summary>
public static class FindingConverter
{
    public const string Source = "byline";

    /// <param name="relatedInformation">
    /// The client shows related information (<c>textDocument.publishDiagnostics.relatedInformation</c>; LSP 3.17
    /// has no separate flag for pulled reports). Without it the diagnostics carry none.
    /// </param>
    public static Diagnostic[] ToLsp(ImmutableArray<Finding> findings, string uri, ArticleText text, PositionEncoding encoding, bool relatedInformation) =>
        [.. findings.Select(f => ToLsp(f, uri, text, encoding, relatedInformation))];

    /// <summary>
    /// A finding as a diagnostic. The range is the finding's focus when it has one (a claim's head, not the
    /// whole sentence); the whole span then comes first in the related information.
    /// </summary>
    public static Diagnostic ToLsp(Finding finding, string uri, ArticleText text, PositionEncoding encoding, bool relatedInformation) => new(
        Range: RangeOf(finding, text, encoding),
        Severity: (DiagnosticSeverity)(int)finding.Severity,
        Code: finding.Rule.Id,
        CodeDescription: new CodeDescription(finding.Rule.HelpUri),
        Source: Source,
        Message: finding.Message,
        Tags: finding.Tags.HasFlag(FindingTags.Unnecessary) ? [DiagnosticTag.Unnecessary] : null,
        RelatedInformation: relatedInformation ? Related(finding, uri, text, encoding) : null);

    /// <summary>Where the diagnostic of <paramref name="finding"/> is, as the client sends it back in a code action request.</summary>
    public static Protocol.Range RangeOf(Finding finding, ArticleText text, PositionEncoding encoding) =>
        text.ToLspRange(finding.Focus ?? finding.Span, encoding);

    private static DiagnosticRelatedInformation[]? Related(Finding finding, string uri, ArticleText text, PositionEncoding encoding)
    {
        var related = finding.Focus is null ? finding.Related : finding.Related.Insert(0, new RelatedLocation(finding.Span, Finding.WholeSpanMessage));
        return related.IsDefaultOrEmpty
            ? null
            : [.. related.Select(r => new DiagnosticRelatedInformation(new Location(uri, text.ToLspRange(r.Span, encoding)), r.Message))];
    }
}
