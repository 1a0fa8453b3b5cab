using System.Collections.Immutable;
using Byline.Analysis;
using Byline.Analysis.Entities;

namespace Byline.Workspace.KnowledgeBase;

/// <summary>
/// Loads the workspace's own entities, <c>.byline/entities.yaml</c>, cascading like <c>.byline.yaml</c>: the
/// file in the workspace root, then each folder down to the article's, each a layer over the one before (and
/// all over the built-in base). An entry adds an entity or replaces the one with the same id. A broken file
/// or entry becomes a problem reported in that file; the other files and entries still apply.
/// </summary>
/// <remarks>
/// The layered base of one chain of files is built once and shared by every folder with that chain, until a
/// file's text changes (texts are compared by reference: <see cref="ConfigLoader"/> hands unchanged text back as
/// the same string).
/// </remarks>
public sealed class WorkspaceKnowledgeBaseLoader
{
    public const string FolderName = ".byline";
    public const string FileName = "entities.yaml";

    private readonly Func<string, string?> _readFile;
    private readonly Lock _lock = new();
    private (ImmutableArray<(string Path, string Text)> Files, Analysis.Entities.KnowledgeBase? Base, ImmutableArray<KnowledgeBaseProblem> Problems)[] _built = [];

    /// <param name="readFile">Returns a file's text or null when it does not exist; tests pass an in-memory file system.</param>
    public WorkspaceKnowledgeBaseLoader(Func<string, string?>? readFile = null) => _readFile = readFile ?? ConfigLoader.ReadIfExists;

    /// <summary>The path of the entities file of <paramref name="folder"/>.</summary>
    public static string PathIn(string folder) => Path.Combine(folder, FolderName, FileName);

    /// <summary>
    /// The knowledge base for articles in <paramref name="folder"/>: <paramref name="builtin"/> (default: the
    /// built-in base, loaded only if a workspace file exists) with each entities file from <paramref name="root"/>
    /// down to <paramref name="folder"/> on top. Null when no file exists, so callers keep the built-in base.
    /// </summary>
    public (Analysis.Entities.KnowledgeBase? KnowledgeBase, ImmutableArray<KnowledgeBaseProblem> Problems) Load(
        string root, string folder, Analysis.Entities.KnowledgeBase? builtin = null)
    {
        var files = ConfigLoader.FoldersFromRoot(Path.GetFullPath(root), Path.GetFullPath(folder))
            .Select(PathIn).Select(p => (Path: p, Text: _readFile(p))).Where(f => f.Text is not null).Select(f => (f.Path, f.Text!));
        return Load(files, builtin);
    }

    /// <summary>The knowledge base made of these files (root first), each a layer over the one before.</summary>
    public (Analysis.Entities.KnowledgeBase? KnowledgeBase, ImmutableArray<KnowledgeBaseProblem> Problems) Load(
        IEnumerable<(string Path, string Text)> files, Analysis.Entities.KnowledgeBase? builtin = null)
    {
        var chain = files.ToImmutableArray();
        if (chain.IsEmpty)
        {
            return (null, []);
        }
        if (builtin is null && Find(chain) is { } built)
        {
            return (built.Base, built.Problems);
        }
        Analysis.Entities.KnowledgeBase? kb = null;
        var problems = ImmutableArray.CreateBuilder<KnowledgeBaseProblem>();
        foreach (var (path, text) in chain)
        {
            var (entities, fileProblems) = KnowledgeBaseReader.Read(path, text);
            problems.AddRange(fileProblems);
            kb = (kb ?? builtin ?? Analysis.Entities.KnowledgeBase.Builtin).WithOverrides(entities);
        }
        var result = (chain, kb, problems.ToImmutable());
        if (builtin is null)
        {
            lock (_lock)
            {
                // Keep the chains of the current texts only: an edited file's old base is garbage now.
                _built = [.. _built.Where(b => b.Files.All(f => chain.All(c => c.Path != f.Path || ReferenceEquals(c.Text, f.Text)))), result];
            }
        }
        return (kb, result.Item3);
    }

    private (ImmutableArray<(string Path, string Text)> Files, Analysis.Entities.KnowledgeBase? Base, ImmutableArray<KnowledgeBaseProblem> Problems)? Find(
        ImmutableArray<(string Path, string Text)> chain)
    {
        lock (_lock)
        {
            foreach (var built in _built)
            {
                if (built.Files.Length == chain.Length && built.Files.Zip(chain).All(p => p.First.Path == p.Second.Path && ReferenceEquals(p.First.Text, p.Second.Text)))
                {
                    return built;
                }
            }
        }
        return null;
    }

    /// <summary>The configuration with the folder's knowledge base applied (unchanged when the folder has none).</summary>
    public (BylineConfig Config, ImmutableArray<KnowledgeBaseProblem> Problems) Apply(BylineConfig config, string root, string folder)
    {
        var (kb, problems) = Load(root, folder);
        return (kb is null ? config : config with { Analyzer = config.Analyzer with { KnowledgeBase = kb } }, problems);
    }
}
