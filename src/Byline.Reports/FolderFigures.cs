using System.Collections.Immutable;
using Byline.Analysis.Attribution;

namespace Byline.Reports;

/// <summary>The figures of a set of articles added up: the whole-folder view of the report.</summary>
public sealed record FolderFigures(
    int Articles,
    ImmutableDictionary<SourcingStatus, int> ClaimsByStatus,
    ImmutableDictionary<SourceKind, int> SourcesByKind,
    ImmutableArray<KeyValuePair<string, int>> TopSources,
    ImmutableArray<KeyValuePair<string, int>> TopEntities,
    int Findings)
{
    public const int TopCount = 10;

    public int Claims => ClaimsByStatus.Values.Sum();

    public int SourcedClaims => ClaimsByStatus.GetValueOrDefault(SourcingStatus.Attributed) + ClaimsByStatus.GetValueOrDefault(SourcingStatus.Carried);

    public static FolderFigures Of(IReadOnlyList<ArticleFigures> articles) => new(
        articles.Count,
        Sum(articles.Select(a => a.ClaimsByStatus)),
        Sum(articles.Select(a => a.SourcesByKind)),
        Top(Sum(articles.Select(a => a.CitedSources))),
        Top(Sum(articles.Select(a => a.EntityMentions))),
        articles.Sum(a => a.Findings.Length));

    public static ImmutableDictionary<TKey, int> Sum<TKey>(IEnumerable<ImmutableDictionary<TKey, int>> counts) where TKey : notnull
    {
        var total = new Dictionary<TKey, int>();
        foreach (var (key, count) in counts.SelectMany(c => c))
        {
            total[key] = total.GetValueOrDefault(key) + count;
        }
        return total.ToImmutableDictionary();
    }

    /// <summary>The most counted keys, ties in ordinal order, so the report is the same every run.</summary>
    public static ImmutableArray<KeyValuePair<string, int>> Top(ImmutableDictionary<string, int> counts, int count = TopCount) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(count)];
}
