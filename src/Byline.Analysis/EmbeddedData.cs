using System.Collections.Concurrent;
using System.Collections.Immutable;
using Byline.Syntax;
using YamlDotNet.RepresentationModel;

namespace Byline.Analysis;

/// <summary>
/// Word lists that ship inside the assembly as YAML (<c>Data/*.yaml</c>), so that editors of the lists
/// need not touch C#. Each file is read from its compiled form (<see cref="CompiledYaml"/>) when a lexicon is built.
/// </summary>
public static class EmbeddedData
{
    // Weak: a file's tree is needed only while the lexicons are built from it (some read a file twice), and a long-running
    // server must not hold the trees after that (the party verbs alone are 528 KB of YAML, several MB as nodes).
    private static readonly ConcurrentDictionary<string, WeakReference<YamlMappingNode>> Files = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ImmutableArray<string>> Lists = new(StringComparer.Ordinal);

    /// <summary>The strings listed under <paramref name="key"/> in <c>Data/<paramref name="file"/>.yaml</c>.</summary>
    public static ImmutableArray<string> List(string file, string key) =>
        Lists.GetOrAdd(file + "#" + key, _ =>
        {
            var node = (YamlSequenceNode)Root($"Byline.Analysis.Data.{file}.yaml").Children[new YamlScalarNode(key)];
            return [.. node.Children.Cast<YamlScalarNode>().Select(n => n.Value!)];
        });

    /// <summary>The strings listed under <paramref name="key"/> in a file's tree <paramref name="root"/> (not kept).</summary>
    internal static IEnumerable<string> Strings(YamlMappingNode root, string key) =>
        ((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value!);

    /// <summary>
    /// The top-level mapping of the embedded YAML resource <paramref name="resource"/>, read from its compiled form
    /// (a build without it is broken: throws). The tree is not kept: a caller builds what it needs from it, and a
    /// second read while the first tree is still referenced returns that tree.
    /// </summary>
    internal static YamlMappingNode Root(string resource)
    {
        var cached = Files.GetOrAdd(resource, static _ => new WeakReference<YamlMappingNode>(null!));
        lock (cached)
        {
            if (cached.TryGetTarget(out var root))
            {
                return root;
            }
            root = Load(resource);
            cached.SetTarget(root);
            return root;
        }
    }

    /// <summary>
    /// The top-level mapping of the embedded YAML resource <paramref name="resource"/> as plain values (a mapping a
    /// dictionary, a sequence a list, a scalar its text as written), read from its compiled form without building
    /// representation-model nodes: for the long word lists, whose node trees cost a start more than the lists
    /// themselves (a node and its marks per word, each mapping hashing its key nodes). Not kept.
    /// </summary>
    internal static Dictionary<string, object?> Values(string resource)
    {
        using var phase = Byline.Text.PhaseTimer.Once($"load {resource}");
        return CompiledYaml.LoadValues(typeof(EmbeddedData).Assembly, resource, scalarsAsWritten: true) as Dictionary<string, object?>
            ?? throw new InvalidOperationException($"Embedded resource {resource} has no mapping at its top.");
    }

    /// <summary>
    /// The mappings listed under <paramref name="key"/> in the embedded YAML resource <paramref name="resource"/> as rows of
    /// the texts of <paramref name="fields"/> (<see cref="CompiledYaml.LoadRows"/>): for a long list of records. Not kept.
    /// </summary>
    internal static List<string?[]> Rows(string resource, string key, params string[] fields)
    {
        using var phase = Byline.Text.PhaseTimer.Once($"load {resource}");
        return CompiledYaml.LoadRows(typeof(EmbeddedData).Assembly, resource, key, fields);
    }

    /// <summary>The strings listed under <paramref name="key"/> in a file's plain values <paramref name="values"/>.</summary>
    internal static IEnumerable<string> Strings(Dictionary<string, object?> values, string key) =>
        ((List<object?>)values[key]!).Select(item => (string)item!);

    /// <summary>Whether the tree of <paramref name="resource"/> is still in memory (for tests: nothing keeps it).</summary>
    internal static bool IsHeld(string resource) =>
        Files.TryGetValue(resource, out var cached) && cached.TryGetTarget(out _);

    private static YamlMappingNode Load(string resource)
    {
        using var phase = Byline.Text.PhaseTimer.Once($"load {resource}");
        return CompiledYaml.Load(typeof(EmbeddedData).Assembly, resource) as YamlMappingNode
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from the build.");
    }
}
