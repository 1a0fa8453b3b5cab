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
/// The previous analysis' findings, rule by rule, when the rules read the same options and publisher now, and the
/// first sentence whose findings the sourcing rules must make again.
/// </summary>
internal sealed class PreviousFindings(KeptFindings?[] kept, int firstSentence)
{
    /// <param name="previous">The analysis the model's side table was made from (its <see cref="BlockResultTable.Previous"/>).</param>
    public static PreviousFindings? Of(ArticleModel model, ArticleAnalysis? previous)
    {
        if (previous?.BlockResults.RuleFindings is not { } kept || !ReferenceEquals(previous.Model.Options, model.Options)
            || previous.Sourcing.Publisher != model.Sourcing.Publisher)
        {
            return null;
        }
        return new PreviousFindings(kept, SourcingRule.FirstToAnalyse(model.Sourcing.Sentences, model.Blocks.LinkedSentencesKept));
    }

    /// <summary>What rule <paramref name="rule"/> (its index in <see cref="RuleCatalog.Rules"/>) reported, if it ran whole.</summary>
    public KeptFindings? this[int rule] => kept[rule];

    /// <summary>The sentences before this one keep their findings.</summary>
    public int FirstSentence => firstSentence;
}
