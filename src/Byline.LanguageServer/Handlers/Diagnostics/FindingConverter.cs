using System.Collections.Immutable;
using Byline.Analysis;
using Byline.LanguageServer.Protocol;
using Byline.Text;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>Turns the analysis' findings into LSP diagnostics of one document.</summary>
public static class FindingConverter
{
    public const string Source = "byline";

    public static Diagnostic[] ToLsp(ImmutableArray<Finding> findings, string uri, ArticleText text, PositionEncoding encoding) =>
        [.. findings.Select(f => ToLsp(f, uri, text, encoding))];

    public static Diagnostic ToLsp(Finding finding, string uri, ArticleText text, PositionEncoding encoding) => new(
        Range: text.ToLspRange(finding.Span, encoding),
        Severity: (DiagnosticSeverity)(int)finding.Severity,
        Code: finding.Rule.Id,
        CodeDescription: new CodeDescription(finding.Rule.HelpUri),
        Source: Source,
        Message: finding.Message,
        Tags: finding.Tags.HasFlag(FindingTags.Unnecessary) ? [DiagnosticTag.Unnecessary] : null,
        RelatedInformation: finding.Related.IsDefaultOrEmpty
            ? null
            : [.. finding.Related.Select(r => new DiagnosticRelatedInformation(new Location(uri, text.ToLspRange(r.Span, encoding)), r.Message))]);
}
