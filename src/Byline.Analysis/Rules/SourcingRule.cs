using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// Shared by the sourcing rules BYL0001–BYL0006: which sentences they look at and how they report. They report
/// sentence by sentence, so after an edit the findings of the sentences linking kept (those before the edit) are
/// taken over from the previous analysis and only the sentences from the edit on are read again
/// (<see cref="AnalyzeFrom"/>).
/// </summary>
public abstract class SourcingRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public IEnumerable<Finding> Analyze(ArticleModel model) => AnalyzeFrom(model, 0, null).Findings;

    /// <summary>Adds the findings of sentence <paramref name="index"/> of <c>model.Sourcing.Sentences</c>.</summary>
    protected abstract void AnalyzeSentence(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings);

    /// <summary>
    /// The rule's findings: those of the sentences before <paramref name="from"/> taken over from
    /// <paramref name="previous"/> (the previous analysis' findings, whose sentences before <paramref name="from"/> are
    /// the very ones of this model), the others found again. With no previous findings, every sentence is read. A
    /// sentence that throws adds no findings; the first exception is <see cref="KeptFindings.Failure"/>.
    /// </summary>
    /// <param name="tail">
    /// Sentences at the end that are the previous analysis' copied across the edit (<see cref="TailToMove"/>): their
    /// findings are the previous ones moved by the edit's length, as a sentence's findings read only it, the sentence
    /// before it and those after it.
    /// </param>
    internal KeptFindings AnalyzeFrom(ArticleModel model, int from, KeptFindings? previous, LinkedTail? tail = null)
    {
        var taken = previous is null ? 0 : previous.CountBefore(from);
        var (findings, of) = RentBuilders();
        try
        {
            return AnalyzeInto(model, from, previous, tail, taken, findings, of);
        }
        finally
        {
            GiveBack(findings, of);
        }
    }

    private KeptFindings AnalyzeInto(ArticleModel model, int from, KeptFindings? previous, LinkedTail? tail, int taken,
        ImmutableArray<Finding>.Builder findings, ImmutableArray<int>.Builder of)
    {
        var sentences = model.Sourcing.Sentences;
        var lags = new FindingLags.Builder();
        for (var k = 0; k < taken; k++)
        {
            findings.Add(previous!.Findings[k]);
            of.Add(previous.Sentences[k]);
        }
        lags.AddRange(previous?.Lags ?? FindingLags.None, 0, taken, 0);
        Exception? failure = null;
        // A previous analysis that lost a sentence to an exception moves nothing: that sentence is read again.
        var end = previous is { Failure: null } && tail is not null ? tail.Start : sentences.Length;
        for (var index = previous is null ? 0 : from; index < end; index++)
        {
            var before = findings.Count;
            try
            {
                AnalyzeSentence(model, index, findings);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug on one sentence must not cost the findings of the others: drop this sentence's, go on.
                failure ??= e;
                findings.Count = before;
            }
            while (of.Count < findings.Count)
            {
                of.Add(index);
                lags.Add(0);
            }
        }
        if (end < sentences.Length)
        {
            MoveTail(previous!, tail!, end, findings, of, ref lags);
        }
        return new KeptFindings(findings.ToImmutable(), of.ToImmutable()) { Failure = failure, Lags = lags.Build() };
    }

    // The tail's findings are the previous analysis' objects, moved by the edit's length through their lags: no copy of each.
    private static void MoveTail(KeptFindings previous, LinkedTail tail, int end, ImmutableArray<Finding>.Builder findings,
        ImmutableArray<int>.Builder of, ref FindingLags.Builder lags)
    {
        var first = previous.CountBefore(end - tail.Offset);
        for (var k = first; k < previous.Findings.Length; k++)
        {
            findings.Add(previous.Findings[k]);
            of.Add(previous.Sentences[k] + tail.Offset);
        }
        lags.AddRange(previous.Lags, first, previous.Findings.Length, tail.Delta);
    }

    // The findings are gathered in builders kept per thread and copied out once at their size: grown afresh for each
    // rule and article, they allocated about twice the findings' arrays again (the rules report most sentences of a
    // folder). Taken out of the slot while in use, so an analysis inside another gets builders of its own.
    [ThreadStatic]
    private static (ImmutableArray<Finding>.Builder Findings, ImmutableArray<int>.Builder Of)? _builders;

    // A builder grown past this by a long article is let go rather than held by the thread for good.
    private const int KeptCapacity = 16384;

    private static (ImmutableArray<Finding>.Builder, ImmutableArray<int>.Builder) RentBuilders()
    {
        var kept = _builders ?? (ImmutableArray.CreateBuilder<Finding>(), ImmutableArray.CreateBuilder<int>());
        _builders = null;
        return kept;
    }

    private static void GiveBack(ImmutableArray<Finding>.Builder findings, ImmutableArray<int>.Builder of)
    {
        // Emptied, so that a kept builder does not keep the last article's findings alive.
        findings.Clear();
        of.Clear();
        if (findings.Capacity <= KeptCapacity && of.Capacity <= KeptCapacity)
        {
            _builders = (findings, of);
        }
    }

    /// <summary>
    /// The sentences at the end whose findings may be moved across the edit: of linking's copied sentences
    /// (<paramref name="linked"/>), those whose sentence before is a copy too (a quotation's speaker is also looked for
    /// in the sentence before), after any headline sentence with a quotation (its speaker is looked for in the whole
    /// body) and from <paramref name="from"/> on. Null when none.
    /// </summary>
    internal static LinkedTail? TailToMove(SentenceList sentences, LinkedTail? linked, int from)
    {
        if (linked is null)
        {
            return null;
        }
        var start = Math.Max(linked.Start + 1, from);
        if (sentences.LastQuotingHeadline is var headline && headline >= start)
        {
            start = headline + 1;
        }
        return start < sentences.Length ? linked with { Start = start } : null;
    }

    /// <summary>
    /// The first sentence whose findings may differ from the previous analysis' when the sentences before
    /// <paramref name="firstChanged"/> are its very objects: the one before it, since a quotation's speaker is
    /// looked for in the next sentence (BYL0004, and BYL0001 through it), or an earlier headline sentence with a
    /// quotation, whose speaker is looked for in the whole body.
    /// </summary>
    internal static int FirstToAnalyse(SentenceList sentences, int firstChanged)
    {
        var from = Math.Max(0, firstChanged - 1);
        return sentences.FirstQuotingHeadline is var headline && headline >= 0 && headline < from ? headline : from;
    }

    /// <summary>A finding on a body sentence, or demoted to information in a headline.</summary>
    protected Finding Report(SentenceSourcing sentence, TextSpan span, string message) =>
        new(Descriptor, Descriptor.DefaultSeverity, span, message) { Demoted = sentence.BlockKind == BlockKind.Headline };

    protected static string TextOf(ArticleModel model, TextSpan span) => model.Syntax.Text.ToString(span);

    /// <summary>A short form of a phrase for messages.</summary>
    protected static string Quote(string text) => text.Length > 60 ? text[..57] + "…" : text;
}
