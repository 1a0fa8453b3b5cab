using System.Collections.Immutable;
using Byline.Workspace;

namespace Byline.Cli;

/// <summary>
/// The configuration of each folder and the review ledger of each root, loaded once per run and shared by every
/// article there (a large <c>.byline/entities.yaml</c> parsed per article made a run quadratic), with the
/// problems of all these files collected once each.
/// </summary>
internal sealed class FolderConfigs
{
    private readonly ConfigLoader _loader = new();
    private readonly Dictionary<(string Root, string Folder), BylineConfig> _byFolder = [];
    private readonly Dictionary<string, ReviewLedger> _ledgerByRoot = new(StringComparer.Ordinal);
    private readonly List<ConfigProblem> _problems = [];

    public BylineConfig For(string root, string folder)
    {
        if (!_byFolder.TryGetValue((root, folder), out var config))
        {
            var (loaded, problems) = _loader.Load(root, folder);
            _byFolder[(root, folder)] = config = loaded;
            _problems.AddRange(problems);
        }
        return config;
    }

    public ImmutableArray<Review> ReviewsOf(string root, string file)
    {
        if (!_ledgerByRoot.TryGetValue(root, out var ledger))
        {
            _ledgerByRoot[root] = ledger = _loader.LoadLedger(root);
            _problems.AddRange(ledger.Problems);
        }
        // Most folders have no ledger: then no path relative to the root is worked out for each of their articles.
        return ledger.Reviews.IsEmpty ? [] : ledger.ReviewsOf(Path.GetRelativePath(root, file));
    }

    /// <summary>Each problem once, though several folders share the file it is in.</summary>
    public ImmutableArray<ConfigProblem> Problems => [.. _problems.Distinct().OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Span.Start)];

    public ImmutableArray<ReviewLedger> Ledgers => [.. _ledgerByRoot.Values];
}
