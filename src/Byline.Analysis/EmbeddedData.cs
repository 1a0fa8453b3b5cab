using System.Collections.Concurrent;
using System.Collections.Immutable;
using Byline.Syntax;
using YamlDotNet.RepresentationModel;

namespace Byline.Analysis;

/// <summary>
/// Word lists that ship inside the assembly as YAML (<c>Data/*.yaml</c>), so that editors of the lists
/// need not touch C#. Each file is read once, on first use, from its compiled form (<see cref="CompiledYaml"/>).
/// </summary>
public static class EmbeddedData
{
    private static readonly ConcurrentDictionary<string, YamlMappingNode> Files = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ImmutableArray<string>> Lists = new(StringComparer.Ordinal);

    /// <summary>The strings listed under <paramref name="key"/> in <c>Data/<paramref name="file"/>.yaml</c>.</summary>
    public static ImmutableArray<string> List(string file, string key) =>
        Lists.GetOrAdd(file + "#" + key, _ =>
        {
            var node = (YamlSequenceNode)Root($"Byline.Analysis.Data.{file}.yaml").Children[new YamlScalarNode(key)];
            return [.. node.Children.Cast<YamlScalarNode>().Select(n => n.Value!)];
        });

    /// <summary>
    /// The top-level mapping of the embedded YAML resource <paramref name="resource"/>, read once from its compiled
    /// form (a build without it is broken: throws).
    /// </summary>
    internal static YamlMappingNode Root(string resource) =>
        Files.GetOrAdd(resource, name =>
        {
            using var phase = Byline.Text.PhaseTimer.Once($"load {name}");
            return CompiledYaml.Load(typeof(EmbeddedData).Assembly, name) as YamlMappingNode
                ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build.");
        });
}
