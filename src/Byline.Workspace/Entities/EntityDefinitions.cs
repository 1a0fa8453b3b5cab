using Byline.Analysis.Entities;
using Byline.Workspace.KnowledgeBase;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Byline.Workspace.Entities;

/// <summary>Where a workspace knowledge-base entry is written: the file, its text, and the span of the entry's <c>id</c> value.</summary>
public sealed record EntityDefinition(string Path, string FileText, TextSpan Span);

/// <summary>
/// Finds knowledge-base entries in the workspace's <c>.byline/entities.yaml</c> files, and tells built-in
/// entities (which the workspace may not rename) from the workspace's own.
/// </summary>
public static class EntityDefinitions
{
    /// <summary>
    /// The entry that defines <paramref name="entityId"/> for articles of <paramref name="document"/>'s folder: the
    /// nearest <c>.byline/entities.yaml</c> from the article's folder up to its workspace root that has it (nearer
    /// files override farther ones). Null when none does. Reads and parses the files on each call.
    /// </summary>
    public static EntityDefinition? Find(WorkspaceSnapshot snapshot, ArticleDocument document, string entityId)
    {
        if (document.FilePath is not { } path || Path.GetDirectoryName(path) is not { } directory)
        {
            return null;
        }
        var root = snapshot.FolderOf(path)?.Root ?? directory;
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            var file = WorkspaceKnowledgeBaseLoader.PathIn(current);
            if (ConfigLoader.ReadIfExists(file) is { } text && FindIn(text, entityId) is { } span)
            {
                return new EntityDefinition(file, text, span);
            }
            if (string.Equals(Path.TrimEndingDirectorySeparator(current), Path.TrimEndingDirectorySeparator(root), StringComparison.Ordinal))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>The span of the <c>id</c> value of the entry with <paramref name="entityId"/>, or null (also for invalid YAML).</summary>
    public static TextSpan? FindIn(string yamlText, string entityId)
    {
        if (Byline.Syntax.YamlReading.Load(yamlText, out _) is not { } yaml || yaml.Documents.Count == 0)
        {
            return null;
        }
        var root = yaml.Documents[0].RootNode;
        if (root is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("entities"), out var list))
        {
            root = list;
        }
        if (root is not YamlSequenceNode sequence)
        {
            return null;
        }
        foreach (var entry in sequence.Children.OfType<YamlMappingNode>())
        {
            if (entry.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } value }
                && string.Equals(value.Trim(), entityId, StringComparison.Ordinal))
            {
                var start = (int)Math.Clamp(id.Start.Index, 0, yamlText.Length);
                var end = (int)Math.Clamp(id.End.Index, start, yamlText.Length);
                return TextSpan.FromBounds(start, end);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the entity comes from Byline's built-in knowledge base and the document's workspace base does not
    /// replace it: its names are the newsroom's shared spelling, so the workspace must not rename them.
    /// </summary>
    public static bool IsBuiltin(ArticleDocument document, Entity entity)
    {
        if (!entity.IsKnown || Analysis.Entities.KnowledgeBase.Builtin.Find(entity.Id) is not { } builtin)
        {
            return false;
        }
        var effective = document.Config.Analyzer.KnowledgeBase ?? Analysis.Entities.KnowledgeBase.Builtin;
        return ReferenceEquals(effective.Find(entity.Id), builtin);
    }

}
