using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0001: a sentence that asserts something checkable, with no source in it and none carried over from
/// the sentences before it in the paragraph. A more specific rule (BYL0002 vague sourcing in the main
/// clause, BYL0004 an unattributed quote) takes the sentence instead. The finding's span is the sentence
/// (reviews match its text); its focus is the claim's head (<see cref="ClaimHead"/>), unless the options
/// turn heads off (<see cref="AnalyzerOptions.ClaimHeads"/>); its fix inserts a placeholder source, unless the options
/// turn it off (<see cref="AnalyzerOptions.ClaimFixes"/>).
/// </summary>
public sealed class UnattributedClaim : SourcingRule
{
    public const string Message = "No source backs this claim.";

    public override RuleDescriptor Descriptor { get; } = new("BYL0001", "unattributed-claim", Severity.Warning, "Unattributed claim");

    protected override void AnalyzeSentence(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings)
    {
        var sentence = model.Sourcing.Sentences[index];
        if (sentence.Status != SourcingStatus.Unattributed || UnattributedQuote.JudgesQuotationIn(model, index) || WhollyQuoted(sentence))
        {
            return;
        }
        // Made whole here rather than as a copy of Report's finding: the rule reports most sentences of a folder.
        // The message states the problem only: it is sent with each of them (most of a long article's diagnostics),
        // and how to fix it is in the rule's page, the hover and the quick fix.
        findings.Add(new Finding(Descriptor, Descriptor.DefaultSeverity, sentence.Span, Message)
        {
            Demoted = sentence.FlagIsHint,
            Focus = model.Options.ClaimHeads ? ClaimHead.Find(model, sentence.Span) : null,
            PlacedFixes = model.Options.ClaimFixes ? (PlaceholderFix, EndBeforePunctuation(model, sentence.Span)) : ([], 0),
        });
    }

    // Made once, placed at each finding's sentence end when read (Finding.PlacedFixes): the rule reports most
    // sentences of a folder, and only code actions and the CLI's formats read a fix.
    private static readonly ImmutableArray<FindingFix> PlaceholderFix =
        [new FindingFix("Insert an attribution placeholder", [new TextChange(new TextSpan(0, 0), ", [SOURCE] said")])];

    /// <summary>
    /// A sentence wholly inside a quotation is someone's words, not the writer's claim: who said them is BYL0004's
    /// question, asked where the quotation starts.
    /// </summary>
    private static bool WhollyQuoted(SentenceSourcing sentence)
    {
        foreach (var quotation in sentence.Quotations)
        {
            if (quotation.Span.Start <= sentence.Span.Start + 1 && quotation.Span.End >= sentence.Span.End - 1)
            {
                return true;
            }
        }
        return false;
    }

    private static int EndBeforePunctuation(ArticleModel model, TextSpan span)
    {
        var end = span.End;
        var text = model.Syntax.Text;
        while (end > span.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or ';' or ':'))
        {
            end--;
        }
        return end;
    }
}
