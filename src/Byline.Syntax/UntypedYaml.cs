using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Byline.Syntax;

/// <summary>
/// YAML read into plain values — a mapping into <c>Dictionary&lt;object, object?&gt;</c>, a sequence into
/// <c>List&lt;object?&gt;</c>, a scalar into its string (a plain <c>~</c>, <c>null</c> or empty scalar into null), as
/// YamlDotNet's untyped deserializer reads them, but through the representation model, which needs no
/// reflection: the deserializer creates its dictionaries by reflection, which a native AOT build cannot do.
/// </summary>
internal static class UntypedYaml
{
    /// <summary>The first document of <paramref name="text"/>, or null when there is none. Broken YAML throws <see cref="YamlException"/>.</summary>
    public static object? Read(TextReader text)
    {
        var stream = new YamlStream();
        stream.Load(text);
        return stream.Documents.Count == 0 ? null : ValueOf(stream.Documents[0].RootNode);
    }

    /// <summary>The plain value of a node (null for none).</summary>
    public static object? ValueOf(YamlNode? node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.ToDictionary(pair => ValueOf(pair.Key) ?? "", pair => ValueOf(pair.Value)),
        YamlSequenceNode sequence => sequence.Children.Select(ValueOf).ToList(),
        YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" } => null,
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };
}
