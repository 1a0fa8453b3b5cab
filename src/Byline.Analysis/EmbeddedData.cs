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
            var node = (YamlSequenceNode)Root($"Byline.Analysis.Data.{file}.yaml").Children[new YamlScalarNode(key)];
            return [.. node.Children.Cast<YamlScalarNode>().Select(n => n.Value!)];
        });

    /// <summary>The top-level mapping of the embedded YAML resource <paramref name="name"/> (a build without it is broken: throws).</summary>
    internal static YamlMappingNode Root(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build.");
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
