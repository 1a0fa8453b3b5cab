using System.Collections.Concurrent;
using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Byline.Analysis;

/// <summary>
/// Word lists that ship inside the assembly as YAML (<c>Data/*.yaml</c>), so that editors of the lists
/// need not touch C#. Each file is read once, on first use.
/// </summary>
public static class EmbeddedData
{
    private static readonly ConcurrentDictionary<string, ImmutableArray<string>> Lists = new();

    /// <summary>The strings listed under <paramref name="key"/> in <c>Data/<paramref name="file"/>.yaml</c>.</summary>
    public static ImmutableArray<string> List(string file, string key) =>
        Lists.GetOrAdd(file + "#" + key, _ =>
        {
            var name = $"Byline.Analysis.Data.{file}.yaml";
            using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build.");
            var yaml = new YamlStream();
            yaml.Load(new StreamReader(stream));
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            var node = (YamlSequenceNode)root.Children[new YamlScalarNode(key)];
            return [.. node.Children.Cast<YamlScalarNode>().Select(n => n.Value!)];
        });
}
