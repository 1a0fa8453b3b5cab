using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// A fast reader for the built-in knowledge base, which the generator writes in one YAML subset: one flow
/// mapping per line (<c>- {id: x, name: "y", aliases: [a, b], variants: {a: b}}</c>). A general YAML parser
/// took about 300 ms and several MB of garbage for 2,600 entries; this scanner takes a few milliseconds, so the
/// first hover does not stall. Lines it does not understand are reported; a test checks it agrees with
/// <see cref="KnowledgeBaseReader"/> on the whole file.
/// </summary>
internal static class CompactEntityReader
{
    public static (ImmutableArray<KnownEntity> Entities, ImmutableArray<string> Problems) Read(string text)
    {
        var entities = ImmutableArray.CreateBuilder<KnownEntity>(3000);
        var problems = ImmutableArray.CreateBuilder<string>();
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (!line.StartsWith("- {"))
            {
                continue; // comments and the 'entities:' key
            }
            var position = 2;
            var value = ParseValue(line, ref position);
            if (value is not Dictionary<string, object> map || ToEntity(map) is not { } entity)
            {
                problems.Add($"line {lineNumber}: not an entry with id, name and type");
                continue;
            }
            entities.Add(entity);
        }
        return (entities.ToImmutable(), problems.ToImmutable());
    }

    private static KnownEntity? ToEntity(Dictionary<string, object> map)
    {
        string? S(string key) => map.TryGetValue(key, out var v) ? v as string : null;
        if (S("id") is not { } id || S("name") is not { } name || EntityTypes.Parse(S("type")) is not { } type)
        {
            return null;
        }
        return new KnownEntity(id, name, type)
        {
            Kind = S("kind"),
            Aliases = map.TryGetValue("aliases", out var a) && a is List<object> list ? [.. list.Cast<string>()] : [],
            Variants = map.TryGetValue("variants", out var v) && v is Dictionary<string, object> variants
                ? variants.ToImmutableDictionary(p => p.Key, p => (string)p.Value) : ImmutableDictionary<string, string>.Empty,
            Description = S("description"),
            WikidataId = S("wikidata"),
            Capital = S("capital"),
            CapitalOf = S("capitalOf"),
            Country = S("country"),
        };
    }

    private static object ParseValue(ReadOnlySpan<char> line, ref int i)
    {
        SkipSpaces(line, ref i);
        if (i >= line.Length) return "";
        switch (line[i])
        {
            case '{':
            {
                i++;
                var map = new Dictionary<string, object>(StringComparer.Ordinal);
                while (true)
                {
                    SkipSpaces(line, ref i);
                    if (i >= line.Length) return map;
                    if (line[i] == '}') { i++; return map; }
                    var key = ParseScalar(line, ref i, isKey: true);
                    SkipSpaces(line, ref i);
                    if (i < line.Length && line[i] == ':') i++;
                    map[key] = ParseValue(line, ref i);
                    SkipSpaces(line, ref i);
                    if (i < line.Length && line[i] == ',') i++;
                }
            }
            case '[':
            {
                i++;
                var list = new List<object>();
                while (true)
                {
                    SkipSpaces(line, ref i);
                    if (i >= line.Length) return list;
                    if (line[i] == ']') { i++; return list; }
                    list.Add(ParseValue(line, ref i));
                    SkipSpaces(line, ref i);
                    if (i < line.Length && line[i] == ',') i++;
                }
            }
            default:
                return ParseScalar(line, ref i, isKey: false);
        }
    }

    private static string ParseScalar(ReadOnlySpan<char> line, ref int i, bool isKey)
    {
        if (line[i] == '"')
        {
            var builder = new StringBuilder();
            i++;
            while (i < line.Length && line[i] != '"')
            {
                if (line[i] == '\\' && i + 1 < line.Length)
                {
                    i++;
                    switch (line[i])
                    {
                        case 'u' when i + 4 < line.Length:
                            builder.Append((char)int.Parse(line.Slice(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                            i += 4;
                            break;
                        case 'n': builder.Append('\n'); break;
                        case 't': builder.Append('\t'); break;
                        default: builder.Append(line[i]); break;
                    }
                }
                else
                {
                    builder.Append(line[i]);
                }
                i++;
            }
            i++;
            return builder.ToString();
        }
        // A plain scalar ends at a flow indicator; in a key also at ": ".
        var start = i;
        while (i < line.Length && line[i] is not (',' or ']' or '}') && !(line[i] == ':' && (i + 1 >= line.Length || line[i + 1] == ' ')))
        {
            i++;
        }
        return line[start..i].TrimEnd().ToString();
    }

    private static void SkipSpaces(ReadOnlySpan<char> line, ref int i)
    {
        while (i < line.Length && line[i] == ' ') i++;
    }
}
