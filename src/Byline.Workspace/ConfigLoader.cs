using System.Collections.Immutable;

namespace Byline.Workspace;

/// <summary>Finds and parses the <c>.byline.yaml</c> files that apply to an article.</summary>
public sealed class ConfigLoader
{
    private readonly Func<string, string?> _readFile;

    /// <param name="readFile">Returns a file's text or null when it does not exist; tests pass an in-memory file system.</param>
    public ConfigLoader(Func<string, string?>? readFile = null) => _readFile = readFile ?? ReadIfExists;

    /// <summary>
    /// The configuration for files under <paramref name="folder"/>: defaults, then each <c>.byline.yaml</c>
    /// from <paramref name="root"/> down to <paramref name="folder"/>. Include/exclude come only from the root's file.
    /// </summary>
    public (BylineConfig Config, ImmutableArray<ConfigProblem> Problems) Load(string root, string folder)
    {
        var config = BylineConfig.Default;
        var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
        foreach (var directory in FoldersFromRoot(Path.GetFullPath(root), Path.GetFullPath(folder)))
        {
            var path = Path.Combine(directory, BylineConfig.FileName);
            var text = _readFile(path);
            if (text is null)
            {
                continue;
            }
            var file = ConfigFile.Parse(path, text);
            problems.AddRange(file.Problems);
            config = config.Merge(file, includeGlobs: directory == Path.GetFullPath(root));
        }
        // The workspace's own entities (.byline/entities.yaml) cascade the same way; their problems are
        // reported in those files like configuration problems, and never stop analysis.
        var (withEntities, entityProblems) = new KnowledgeBase.WorkspaceKnowledgeBaseLoader(_readFile).Apply(config, root, folder);
        problems.AddRange(entityProblems.Select(p => new ConfigProblem(p.Path, p.Span, p.Message)));
        return (withEntities, problems.ToImmutable());
    }

    /// <summary>Whether <paramref name="folder"/> has a <c>.byline.yaml</c> of its own (a broken one counts: it is meant as the folder's configuration).</summary>
    public bool HasConfig(string folder) => _readFile(Path.Combine(Path.GetFullPath(folder), BylineConfig.FileName)) is not null;

    /// <summary>The review ledger of the folder <paramref name="root"/>; when it is broken, <paramref name="lastGood"/>'s reviews stay in force.</summary>
    public ReviewLedger LoadLedger(string root, ReviewLedger? lastGood = null) => ReviewLedger.Load(Path.GetFullPath(root), _readFile, lastGood);

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

    /// <summary>A file's text, or null when it does not exist or cannot be read (configuration files are optional).</summary>
    public static string? ReadIfExists(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
