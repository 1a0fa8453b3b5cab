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
/// Wiring (for <see cref="WorkspaceSnapshot"/>): <c>config with { Analyzer = config.Analyzer with { KnowledgeBase = kb } }</c>
/// for the folder's configuration, and report <see cref="KnowledgeBaseProblem"/>s like <see cref="ConfigProblem"/>s
/// (rule <c>BYL9004 invalid-configuration</c>). Cache the result per folder: layers are built on each call.
/// </remarks>
public sealed class WorkspaceKnowledgeBaseLoader
{
    public const string FolderName = ".byline";
    public const string FileName = "entities.yaml";

    private readonly Func<string, string?> _readFile;

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
        Analysis.Entities.KnowledgeBase? kb = null;
        var problems = ImmutableArray.CreateBuilder<KnowledgeBaseProblem>();
        foreach (var directory in ConfigLoader.FoldersFromRoot(Path.GetFullPath(root), Path.GetFullPath(folder)))
        {
            var path = PathIn(directory);
            var text = _readFile(path);
            if (text is null)
            {
                continue;
            }
            var (entities, fileProblems) = KnowledgeBaseReader.Read(path, text);
            problems.AddRange(fileProblems);
            kb = (kb ?? builtin ?? Analysis.Entities.KnowledgeBase.Builtin).WithOverrides(entities);
        }
        return (kb, problems.ToImmutable());
    }

    /// <summary>The configuration with the folder's knowledge base applied (unchanged when the folder has none).</summary>
    public (BylineConfig Config, ImmutableArray<KnowledgeBaseProblem> Problems) Apply(BylineConfig config, string root, string folder)
    {
        var (kb, problems) = Load(root, folder);
        return (kb is null ? config : config with { Analyzer = config.Analyzer with { KnowledgeBase = kb } }, problems);
    }


}
