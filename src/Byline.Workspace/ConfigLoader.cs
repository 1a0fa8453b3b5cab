using System.Collections.Concurrent;
using System.Collections.Immutable;
using Byline.Workspace.Files;
using Byline.Workspace.KnowledgeBase;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Workspace;

/// <summary>
/// Finds and parses the <c>.byline.yaml</c> and <c>.byline/entities.yaml</c> files that apply to an article. A
/// file is parsed again only when its text changed: the CLI asks once per article and the server once per folder
/// after each change, and a large knowledge base must not be parsed for every article.
/// </summary>
public sealed class ConfigLoader
{
    private readonly Func<string, string?> _readFile;
    private readonly ConcurrentDictionary<string, string> _lastText = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (ImmutableArray<string?> Texts, (BylineConfig, ImmutableArray<ConfigProblem>) Result)> _loaded = new(StringComparer.Ordinal);
    private readonly WorkspaceKnowledgeBaseLoader _knowledgeBases;

    /// <param name="readFile">
    /// Returns a file's text or null when it does not exist, and throws <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> when it exists but cannot be read; tests pass an in-memory file system.
    /// </param>
    public ConfigLoader(Func<string, string?>? readFile = null)
    {
        _readFile = readFile ?? ReadConfigText;
        _knowledgeBases = new WorkspaceKnowledgeBaseLoader(_readFile);
    }

    /// <summary>
    /// The configuration for files under <paramref name="folder"/>: defaults, then each <c>.byline.yaml</c>
    /// from <paramref name="root"/> down to <paramref name="folder"/>. Include/exclude come only from the root's file.
    /// </summary>
    public (BylineConfig Config, ImmutableArray<ConfigProblem> Problems) Load(string root, string folder)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var chain = FoldersFromRoot(fullRoot, Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))).Distinct().ToList();
        var readProblems = new List<ConfigProblem>();
        var paths = chain.SelectMany(d => new[] { Path.Combine(d, BylineConfig.FileName), WorkspaceKnowledgeBaseLoader.PathIn(d) }).Distinct().ToList();
        var texts = paths.Select(p => Read(p, readProblems)).ToImmutableArray();
        var key = fullRoot + "\n" + chain[^1];
        if (_loaded.TryGetValue(key, out var cached) && cached.Texts.Length == texts.Length && cached.Texts.Zip(texts).All(p => ReferenceEquals(p.First, p.Second)))
        {
            return cached.Result;
        }
        var byPath = paths.Zip(texts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var result = Compute(fullRoot, chain, byPath, readProblems);
        _loaded[key] = (texts, result);
        return result;
    }

    private (BylineConfig, ImmutableArray<ConfigProblem>) Compute(string root, List<string> chain, Dictionary<string, string?> texts, List<ConfigProblem> readProblems)
    {
        var config = BylineConfig.Default;
        var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
        problems.AddRange(readProblems);
        foreach (var directory in chain)
        {
            var path = Path.Combine(directory, BylineConfig.FileName);
            if (texts[path] is not { } text)
            {
                continue;
            }
            var file = ConfigFile.Parse(path, text);
            problems.AddRange(file.Problems);
            config = config.Merge(file, includeGlobs: directory == root);
        }
        // The workspace's own entities (.byline/entities.yaml) cascade the same way; their problems are
        // reported in those files like configuration problems, and never stop analysis.
        var entityFiles = chain.Select(WorkspaceKnowledgeBaseLoader.PathIn).Where(p => texts[p] is not null).Select(p => (p, texts[p]!)).ToList();
        var (kb, entityProblems) = _knowledgeBases.Load(entityFiles);
        problems.AddRange(entityProblems.Select(p => new ConfigProblem(p.Path, p.Span, p.Message)));
        var withEntities = kb is null ? config : config with { Analyzer = config.Analyzer with { KnowledgeBase = kb } };
        return (withEntities, problems.ToImmutable());
    }

    /// <summary>
    /// Whether <paramref name="folder"/> has a <c>.byline.yaml</c> of its own (a broken or unreadable one counts:
    /// it is meant as the folder's configuration, and its problem is reported where it is loaded).
    /// </summary>
    public bool HasConfig(string folder)
    {
        try
        {
            return _readFile(Path.Combine(Path.GetFullPath(folder), BylineConfig.FileName)) is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>The review ledger of the folder <paramref name="root"/>; when it is broken or unreadable, <paramref name="lastGood"/>'s reviews stay in force.</summary>
    public ReviewLedger LoadLedger(string root, ReviewLedger? lastGood = null)
    {
        var path = ReviewLedger.PathIn(Path.GetFullPath(root));
        var problems = new List<ConfigProblem>();
        var text = Read(path, problems);
        if (problems.Count > 0)
        {
            return (lastGood ?? ReviewLedger.Empty(path)) with { Problems = [.. problems], IsBroken = true };
        }
        return ReviewLedger.Load(Path.GetFullPath(root), _ => text, lastGood);
    }

    /// <summary>
    /// Reads a configuration file through the loader's reader. A file that exists but cannot be read is a
    /// problem reported in that file (never an exception), and counts as absent. Unchanged text is returned as
    /// the same string instance, so caches can compare by reference.
    /// </summary>
    private string? Read(string path, List<ConfigProblem> problems)
    {
        string? text;
        try
        {
            text = _readFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ConfigProblem(path, new TextSpan(0, 0), $"The file cannot be read ({e.Message}); Byline goes on without it."));
            return null;
        }
        if (text is null)
        {
            _lastText.TryRemove(path, out _);
            return null;
        }
        return _lastText.AddOrUpdate(path, text, (_, last) => string.Equals(last, text, StringComparison.Ordinal) ? last : text);
    }

    /// <summary>The folders from <paramref name="root"/> down to <paramref name="folder"/>, where cascading files are looked for.</summary>
    internal static IEnumerable<string> FoldersFromRoot(string root, string folder)
    {
        var chain = new List<string>();
        var relative = Path.GetRelativePath(root, folder);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            // Not below the root (a loose file opened in the editor): only its own folder applies.
            return [folder];
        }
        for (var current = folder; ; current = Path.GetDirectoryName(current)!)
        {
            chain.Add(current);
            if (current == root || Path.GetDirectoryName(current) is null)
            {
                break;
            }
        }
        chain.Reverse();
        return chain;
    }

    /// <summary>
    /// A configuration file's text, or null when there is none. A file that exists but cannot be read (no
    /// permission, a FIFO or device, a folder, larger than <see cref="ReadLimit.Settings"/>, binary) throws, so that
    /// the loader reports it instead of ignoring it.
    /// </summary>
    public static string? ReadConfigText(string path) =>
        FileKinds.Of(path) == FileKind.Missing ? null : BoundedFile.ReadText(path, ReadLimit.Settings);

    /// <summary>A file's text, or null when it does not exist or cannot be read (for callers that only look things up).</summary>
    public static string? ReadIfExists(string path)
    {
        try
        {
            return ReadConfigText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
