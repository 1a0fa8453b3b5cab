using System.Collections.Immutable;
using Byline.Analysis;
using Byline.LanguageServer.Protocol;
using Byline.Text;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// What a client's diagnostics carry besides the finding itself: related information (the client shows it:
/// <c>textDocument.publishDiagnostics.relatedInformation</c>; LSP 3.17 has no separate flag for pulled reports), and
/// short help links (<c>byline:BYL0001</c>, for a client that expands them to the rule's page itself; others get
/// the page's full link), and leaving out the fields every diagnostic of a rule shares (<c>source</c> and
/// <c>codeDescription</c>, for a client that fills them in itself from the answer to <c>initialize</c>), and leaving
/// out a severity or message that is the default one (<see cref="DiagnosticDefaults"/>, for a client that fills them
/// in itself before it reads the diagnostics), and leaving out the help link for a client that does not read it (one
/// that does not declare <c>textDocument.publishDiagnostics.codeDescriptionSupport</c>); and how many of a document's
/// diagnostics the client shows, when it said (<c>initializationOptions.maxDiagnosticsPerDocument</c>: it is sent those
/// it shows, <see cref="ShownDiagnostics"/>).
/// </summary>
public readonly record struct DiagnosticForm(bool RelatedInformation, bool ShortHelpLinks = false, bool RuleFieldsOmitted = false, bool DefaultsOmitted = false,
    bool HelpLinksOmitted = false, int? MaxDiagnostics = null);

/// <summary>Turns the analysis' findings into LSP diagnostics of one document.</summary>
public static class FindingConverter
{
    public const string Source = "byline";

    /// <summary>The scheme of a short help link: <c>byline:BYL0001</c> (see <see cref="DiagnosticForm.ShortHelpLinks"/>).</summary>
    public const string ShortHelpLinkScheme = "byline";

    public static Diagnostic[] ToLsp(ImmutableArray<Finding> findings, string uri, ArticleText text, PositionEncoding encoding, DiagnosticForm form) =>
        [.. findings.Select(f => ToLsp(f, uri, text, encoding, form))];

    /// <summary>
    /// A finding as a diagnostic. The range is the finding's focus when it has one (a claim's head, not the
    /// whole sentence); the whole span then comes first in the related information when it runs onto another line.
    /// </summary>
    public static Diagnostic ToLsp(Finding finding, string uri, ArticleText text, PositionEncoding encoding, DiagnosticForm form) => new(
        Range: RangeOf(finding, text, encoding),
        Severity: form.DefaultsOmitted && (DiagnosticSeverity)(int)finding.Severity == DiagnosticDefaults.Severity ? null : (DiagnosticSeverity)(int)finding.Severity,
        Code: finding.Rule.Id,
        CodeDescription: form.RuleFieldsOmitted || form.HelpLinksOmitted ? null : new CodeDescription(form.ShortHelpLinks ? ShortHelpLink(finding.Rule.Id) : finding.Rule.HelpUri),
        Source: form.RuleFieldsOmitted ? null : Source,
        Message: form.DefaultsOmitted && DiagnosticDefaults.IsDefaultMessage(finding.Rule.Id, finding.Message) ? null : finding.Message,
        Tags: finding.Tags.HasFlag(FindingTags.Unnecessary) ? [DiagnosticTag.Unnecessary] : null,
        RelatedInformation: form.RelatedInformation ? Related(finding, uri, text, encoding) : null);

    /// <summary>The short help link of a rule, which the client expands to its page (<see cref="ExperimentalCapabilities.HelpLinkBase"/>).</summary>
    public static string ShortHelpLink(string ruleId) => ShortHelpLinkScheme + ":" + ruleId;

    /// <summary>
    /// The whole span of a finding with a focus (a claim's sentence) is related information only when it runs onto a
    /// line the focus is not on (a hard-wrapped paragraph): otherwise the focus's line holds the whole sentence, and
    /// the related location would only point back to that line. On a long article with a paragraph per line, those
    /// repeated locations were a third of the answer's bytes and most of the objects an editor made from it.
    /// </summary>
    private static bool ReachesBeyondLines(Microsoft.CodeAnalysis.Text.TextSpan span, Microsoft.CodeAnalysis.Text.TextSpan focus, ArticleText text) =>
        text.Lines.GetLineFromOffset(span.Start) < text.Lines.GetLineFromOffset(focus.Start) || text.Lines.GetLineFromOffset(span.End) > text.Lines.GetLineFromOffset(focus.End);

    /// <summary>Where the diagnostic of <paramref name="finding"/> is, as the client sends it back in a code action request.</summary>
    public static Protocol.Range RangeOf(Finding finding, ArticleText text, PositionEncoding encoding) =>
        text.ToLspRange(SpanOf(finding), encoding);

    /// <summary>The text a finding's diagnostic points at: its focus, else its whole span.</summary>
    public static Microsoft.CodeAnalysis.Text.TextSpan SpanOf(Finding finding) => finding.Focus ?? finding.Span;

    private static DiagnosticRelatedInformation[]? Related(Finding finding, string uri, ArticleText text, PositionEncoding encoding)
    {
        var related = finding.Focus is { } focus && ReachesBeyondLines(finding.Span, focus, text)
            ? finding.Related.Insert(0, new RelatedLocation(finding.Span, Finding.WholeSpanMessage))
            : finding.Related;
        return related.IsDefaultOrEmpty
            ? null
            : [.. related.Select(r => new DiagnosticRelatedInformation(new Location(uri, text.ToLspRange(r.Span, encoding)), r.Message))];
    }
}
