using System.Collections.Immutable;
using Byline.Analysis.Attribution;

namespace Byline.Analysis.Rules;

/// <summary>
/// What one rule reported in an analysis, kept in the analysis' side table for the next edit: the findings in the
/// order the rule reported them (before severities are applied) and, for a rule that reports sentence by sentence
/// (<see cref="SourcingRule"/>), the index of the sentence each finding came from.
/// </summary>
internal sealed record KeptFindings(ImmutableArray<Finding> Findings, ImmutableArray<int> Sentences)
{
    /// <summary>
    /// The first exception a sentence threw, or null: the findings of the other sentences are still here, and the
    /// analysis reports the exception next to them (and keeps nothing of the rule for the next edit).
    /// </summary>
    public Exception? Failure { get; init; }

    /// <summary>How far each finding lies from where it was made: findings moved across edits stay the objects made.</summary>
    public FindingLags Lags { get; init; } = FindingLags.None;

    /// <summary>Where finding <paramref name="index"/> starts.</summary>
    public int StartOf(int index) => Findings[index].Span.Start + Lags.At(index);

    /// <summary>How many of the findings came from the sentences before <paramref name="sentence"/> (binary search).</summary>
    public int CountBefore(int sentence)
    {
        int lo = 0, hi = Sentences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Sentences[mid] < sentence) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

/// <summary>
/// The previous analysis' findings, rule by rule, when the rules read the same options and publisher now; the
/// first sentence whose findings the sourcing rules must make again; and the map of the previous text into this one.
/// </summary>
internal sealed class PreviousFindings(KeptFindings?[] kept, int firstSentence, SpanMap? map, ImmutableArray<Byline.Syntax.Block> blocks)
{
    /// <param name="previous">The analysis the model's side table was made from (its <see cref="BlockResultTable.Previous"/>).</param>
    public static PreviousFindings? Of(ArticleModel model, ArticleAnalysis? previous)
    {
        if (previous?.BlockResults.RuleFindings is not { } kept || !ReferenceEquals(previous.Model.Options, model.Options)
            || previous.Sourcing.Publisher != model.Sourcing.Publisher)
        {
            return null;
        }
        var map = model.Blocks.EntitiesReused ? SpanMap.Between(previous.Syntax.Text, model.Syntax.Text) : null;
        var first = SourcingRule.FirstToAnalyse(model.Sourcing.Sentences, model.Blocks.LinkedSentencesKept);
        return new PreviousFindings(kept, first, map, previous.Syntax.Blocks) { Tail = SourcingRule.TailToMove(model.Sourcing.Sentences, model.Blocks.LinkedTail, first) };
    }

    /// <summary>The sentences at the end whose findings the sourcing rules move across the edit instead of making them again.</summary>
    public LinkedTail? Tail { get; private init; }

    /// <summary>What rule <paramref name="rule"/> (its index in <see cref="RuleCatalog.Rules"/>) reported, if it ran whole.</summary>
    public KeptFindings? this[int rule] => kept[rule];

    /// <summary>What block rule <paramref name="rule"/> reported, with the previous tree's blocks it was found in, if it ran whole.</summary>
    public PreviousBlockFindings? BlockFindings(int rule) => kept[rule] is { } found ? new(found, blocks) : null;

    /// <summary>The sentences before this one keep their findings.</summary>
    public int FirstSentence => firstSentence;

    /// <summary>
    /// An entity rule's previous findings moved across the edit, when the entities were taken over (so the rule would
    /// find the same, at the moved mentions): each finding lies wholly before the edit and stays, or wholly after it
    /// and moves by its length. Null when the entities were linked again or a finding touches the edit.
    /// </summary>
    public KeptFindings? MovedEntityFindings(int rule)
    {
        if (map is null || kept[rule] is not { } previous)
        {
            return null;
        }
        Func<Microsoft.CodeAnalysis.Text.TextSpan, bool> before = map.IsBefore, after = map.IsAfter;
        var lags = new FindingLags.Builder();
        for (var k = 0; k < previous.Findings.Length; k++)
        {
            var (finding, lag) = (previous.Findings[k], previous.Lags.At(k));
            if (Lies(finding, lag, before))
            {
                lags.Add(lag);
            }
            else if (Lies(finding, lag, after))
            {
                lags.Add(lag + map.Delta);
            }
            else
            {
                return null;
            }
        }
        return previous with { Lags = lags.Build() };
    }

    // Whether everything the finding (made, moved by lag) shows or changes lies where where says.
    private static bool Lies(Finding finding, int lag, Func<Microsoft.CodeAnalysis.Text.TextSpan, bool> where)
    {
        if (!Moved(finding.Span, lag, where) || finding.Focus is { } focus && !Moved(focus, lag, where))
        {
            return false;
        }
        foreach (var related in finding.Related)
        {
            if (!Moved(related.Span, lag, where)) return false;
        }
        return finding.AllChangesLie(where, lag);
    }

    private static bool Moved(Microsoft.CodeAnalysis.Text.TextSpan span, int lag, Func<Microsoft.CodeAnalysis.Text.TextSpan, bool> where) =>
        where(new(span.Start + lag, span.Length));
}
