using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Byline.Analysis.Entities;

/// <summary>A problem in a knowledge-base file, with its span in that file. The rest of the file still loads.</summary>
public sealed record KnowledgeBaseProblem(string Path, TextSpan Span, string Message);

/// <summary>
/// Reads knowledge-base YAML: a mapping with key <c>entities</c> holding a list of entries (or the list
/// itself). The built-in file and the workspace's <c>.byline/entities.yaml</c> share this format; a bad entry
/// becomes a problem and is skipped, never an exception.
/// </summary>
public static class KnowledgeBaseReader
{
    public static (ImmutableArray<KnownEntity> Entities, ImmutableArray<KnowledgeBaseProblem> Problems) Read(string path, string text)
    {
        var entities = ImmutableArray.CreateBuilder<KnownEntity>();
        var problems = ImmutableArray.CreateBuilder<KnowledgeBaseProblem>();
        if (Byline.Syntax.YamlReading.Load(text, out var error) is not { } yaml)
        {
            problems.Add(new(path, YamlSpans.Of(text, error!.Start, null), $"Invalid YAML: {error.Message} No entries of this file are used."));
            return (entities.ToImmutable(), problems.ToImmutable());
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (entities.ToImmutable(), problems.ToImmutable());
        }
        return Read(path, text, yaml.Documents[0].RootNode);
    }

    /// <summary>
    /// The entries under <paramref name="root"/>; <paramref name="text"/> is the file's text, for the problems'
    /// spans, or null when the nodes come from a compiled file (the built-in base), whose problems have no span.
    /// </summary>
    internal static (ImmutableArray<KnownEntity> Entities, ImmutableArray<KnowledgeBaseProblem> Problems) Read(string path, string? text, YamlNode root)
    {
        var entities = ImmutableArray.CreateBuilder<KnownEntity>();
        var problems = ImmutableArray.CreateBuilder<KnowledgeBaseProblem>();
        if (root is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("entities"), out var list))
        {
            root = list;
        }
        if (root is not YamlSequenceNode sequence)
        {
            problems.Add(Problem(path, text, root, "Expected 'entities:' followed by a list of entries such as '- {id: isil, name: ISIL, type: ORG}'."));
            return (entities.ToImmutable(), problems.ToImmutable());
        }
        foreach (var node in sequence.Children)
        {
            if (ReadEntry(path, text, node, problems) is { } entity)
            {
                entities.Add(entity);
            }
        }
        return (entities.ToImmutable(), problems.ToImmutable());
    }

    private static KnownEntity? ReadEntry(string path, string? text, YamlNode node, ImmutableArray<KnowledgeBaseProblem>.Builder problems)
    {
        if (node is not YamlMappingNode entry)
        {
            problems.Add(Problem(path, text, node, "An entry must be a mapping with at least 'id', 'name' and 'type'."));
            return null;
        }
        string? Scalar(string key) => entry.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
        var id = Scalar("id");
        var name = Scalar("name");
        var type = EntityTypes.Parse(Scalar("type"));
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name) || type is null)
        {
            problems.Add(Problem(path, text, node, "An entry needs 'id', 'name' and 'type' (PER, ORG, LOC or MISC)."));
            return null;
        }
        var aliases = ImmutableArray<string>.Empty;
        var variants = ImmutableDictionary<string, string>.Empty;
        foreach (var (keyNode, value) in entry.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            switch (key)
            {
                case "aliases":
                    if (value is YamlSequenceNode s && s.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
                        aliases = [.. s.Children.Select(c => ((YamlScalarNode)c).Value!)];
                    else
                        problems.Add(Problem(path, text, value, $"'aliases' of '{id}' must be a list of names."));
                    break;
                case "variants":
                    if (value is YamlMappingNode m && m.Children.All(p => p.Key is YamlScalarNode { Value.Length: > 0 } && p.Value is YamlScalarNode { Value.Length: > 0 }))
                        variants = m.Children.ToImmutableDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);
                    else
                        problems.Add(Problem(path, text, value, $"'variants' of '{id}' must map each variant spelling to the house spelling, e.g. '{{Suleimani: Soleimani}}'."));
                    break;
                case "id" or "name" or "type" or "kind" or "description" or "wikidata" or "capital" or "capitalOf" or "country" or "code":
                    break;
                default:
                    problems.Add(Problem(path, text, keyNode, $"Unknown key '{key}' in '{id}'. Known keys: id, name, type, kind, aliases, variants, description, wikidata, capital, capitalOf, country, code."));
                    break;
            }
        }
        return Entity(id, name, type.Value, aliases, variants, Scalar);
    }

    /// <summary>
    /// The entries of the built-in base from its compiled plain values (<see cref="Byline.Syntax.CompiledYaml.LoadValues"/>),
    /// by the rules of <see cref="Read(string, string)"/>: an entry needs id, name and type; aliases are a list and
    /// variants a mapping of names; other keys are the known scalar ones. Anything else is a problem (a test reads
    /// the YAML both ways and compares).
    /// </summary>
    internal static (ImmutableArray<KnownEntity> Entities, ImmutableArray<string> Problems) ReadCompiled(object? root)
    {
        var entities = ImmutableArray.CreateBuilder<KnownEntity>(3000);
        var problems = ImmutableArray.CreateBuilder<string>();
        if (root is Dictionary<string, object?> mapping && mapping.TryGetValue("entities", out var list))
        {
            root = list;
        }
        foreach (var (item, index) in (root as List<object?> ?? []).Select((item, index) => (item, index)))
        {
            if (item is Dictionary<string, object?> entry && CompiledEntry(entry) is { } entity)
            {
                entities.Add(entity);
            }
            else
            {
                problems.Add($"entry {index + 1}: not a mapping with id, name, type and only known keys");
            }
        }
        return (entities.ToImmutable(), problems.ToImmutable());
    }

    private static KnownEntity? CompiledEntry(Dictionary<string, object?> entry)
    {
        string? Scalar(string key) => entry.GetValueOrDefault(key) as string;
        if (Scalar("id") is not { } id || Scalar("name") is not { } name || EntityTypes.Parse(Scalar("type")) is not { } type
            || string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var aliases = ImmutableArray<string>.Empty;
        var variants = ImmutableDictionary<string, string>.Empty;
        foreach (var (key, value) in entry)
        {
            switch (key)
            {
                case "aliases" when value is List<object?> names && names.All(n => n is string { Length: > 0 }):
                    aliases = [.. names.Cast<string>()];
                    break;
                case "variants" when value is Dictionary<string, object?> map && map.All(p => p.Key.Length > 0 && p.Value is string { Length: > 0 }):
                    variants = map.ToImmutableDictionary(p => p.Key, p => (string)p.Value!);
                    break;
                case "id" or "name" or "type" or "kind" or "description" or "wikidata" or "capital" or "capitalOf" or "country" or "code":
                    break;
                default:
                    return null;
            }
        }
        return Entity(id, name, type, aliases, variants, Scalar);
    }

    private static KnowledgeBaseProblem Problem(string path, string? text, YamlNode node, string message) =>
        new(path, text is null ? default : YamlSpans.Of(text, node.Start, node.End), message);

    /// <summary>An entry's entity, from its required fields and a reader of its optional scalar fields.</summary>
    private static KnownEntity Entity(
        string id, string name, EntityType type, ImmutableArray<string> aliases, ImmutableDictionary<string, string> variants, Func<string, string?> scalar) =>
        new(id.Trim(), name.Trim(), type)
        {
            Kind = scalar("kind"),
            Aliases = aliases,
            Variants = variants,
            Description = scalar("description"),
            WikidataId = scalar("wikidata"),
            Capital = scalar("capital"),
            CapitalOf = scalar("capitalOf"),
            Country = scalar("country"),
            Code = scalar("code"),
        };
}
