using System.Collections.Immutable;
using Byline.Analysis.Attribution;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0004: a direct quotation with no speaker in its sentence or the sentences next to it. Short
/// quoted terms (fewer than four words: scare quotes, inscriptions, titles) are left alone, as is a
/// headline quote that the article's body attributes.
/// </summary>
public sealed class UnattributedQuote : SourcingRule
{
    private const int MinimumWords = 4;

    public override RuleDescriptor Descriptor { get; } = new("BYL0004", "unattributed-quote", Severity.Warning, "Quotation without a speaker");

    protected override void AnalyzeSentence(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings)
    {
        var sentence = model.Sourcing.Sentences[index];
        if (sentence.Quotations.IsEmpty || !ReadsQuotationsIn(sentence.BlockKind))
        {
            return;
        }
        // A plain loop, not an iterator: one was allocated for each sentence with a quotation (~1.5 MB a 2,000-article check).
        foreach (var quotation in sentence.Quotations)
        {
            if (IsUnattributed(model, index, sentence, quotation))
            {
                findings.Add(Report(sentence, quotation.Span, "Nobody is named as saying this quotation."));
            }
        }
    }

    /// <summary>
    /// Whether the sentence at <paramref name="index"/> of <c>model.Sourcing.Sentences</c> opens a quotation this rule
    /// judges: one long enough to be someone's words, in a block whose quotations it reads. The rule either reports it
    /// or finds its speaker in the sentence, an adjacent one (across a paragraph break too) or the article's body, and
    /// that speaker backs the sentence built around the quotation.
    /// </summary>
    /// <remarks>Takes the index, not the sentence: looking the sentence up with IndexOf made BYL0001 quadratic in the article length.</remarks>
    internal static bool JudgesQuotationIn(ArticleModel model, int index)
    {
        var sentence = model.Sourcing.Sentences.Unmoved(index);
        if (sentence.Quotations.IsEmpty || !ReadsQuotationsIn(sentence.BlockKind))
        {
            return false;
        }
        // The sentence as made, its quotations with it: both lag the text by the same amount, so no copy is needed.
        foreach (var quotation in sentence.Quotations)
        {
            if (quotation.WordCount >= MinimumWords && sentence.Span.Contains(quotation.Span.Start))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ReadsQuotationsIn(Syntax.BlockKind kind) =>
        kind is Syntax.BlockKind.Paragraph or Syntax.BlockKind.Quote or Syntax.BlockKind.ListItem or Syntax.BlockKind.Headline or Syntax.BlockKind.Standfirst;

    /// <summary>
    /// A quotation long enough to be someone's words, reported once, in the sentence where it starts, when no speaker is
    /// found near it and, in a headline, the body does not attribute it.
    /// </summary>
    private static bool IsUnattributed(ArticleModel model, int index, SentenceSourcing sentence, Quotation quotation) =>
        quotation.WordCount >= MinimumWords && sentence.Span.Contains(quotation.Span.Start)
        && !HasSpeaker(model.Sourcing.Sentences, index, quotation)
        && !(sentence.BlockKind == Syntax.BlockKind.Headline && BodyAttributes(model, quotation));

    private static bool HasSpeaker(SentenceList sentences, int index, Quotation quotation)
    {
        for (var k = Math.Max(0, index - 1); k < sentences.Length; k++)
        {
            var candidate = sentences.Unmoved(k); // its span read moved, the rest where it was made: nothing is copied
            var inQuote = sentences.SpanAt(k).OverlapsWith(quotation.Span);
            if (k > index + 1 && !inQuote)
            {
                break;
            }
            if (candidate.Attributions.Any(a => a.Source is not null && a.CueKind == CueKind.Speech) || candidate.Status == SourcingStatus.Carried && inQuote)
            {
                return true;
            }
        }
        return false;
    }

    private static bool BodyAttributes(ArticleModel model, Quotation quotation)
    {
        var inner = model.Syntax.Text.ToString(quotation.Span).Trim('"', '“', '”', '«', '»', '„').Trim();
        // Every sentence is read, by its status and span alone: a sentence that lags behind the text is not copied to ask.
        var sentences = model.Sourcing.Sentences;
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences.Unmoved(i);
            if (sentence.IsHeadline || sentence.Status is not (SourcingStatus.Attributed or SourcingStatus.Carried))
            {
                continue;
            }
            if (model.Syntax.Text.ToString(sentences.SpanAt(i)).Contains(inner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
