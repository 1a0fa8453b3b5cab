using System.Buffers.Binary;
using System.Reflection;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Byline.Syntax;

/// <summary>
/// The built-in YAML data (word lists, the knowledge base) in a compact binary form, written at build time
/// (<c>src/Byline.YamlCompiler/CompiledYaml.targets</c> runs the <c>Byline.YamlCompiler</c> build tool on every embedded <c>*.yaml</c>
/// resource and embeds the result as <c>NAME.yaml.compiled</c>), so no YAML is parsed when a process starts:
/// reading it is a walk over bytes. The loaders get the same representation-model nodes as from YamlDotNet,
/// so a list or map added to a data file is read exactly as before. This file is compiled into the build tool
/// too, so both sides share one format.
/// </summary>
/// <remarks>
/// Format (all integers unsigned LEB128): the magic <c>BYLY</c> and a version byte; the number of distinct
/// strings and each string as its UTF-8 length and bytes; the number of documents (0 or 1) and the root node.
/// A node is a kind byte — scalar (then its <see cref="ScalarStyle"/> byte and string index), sequence (count,
/// nodes) or mapping (count, key and value nodes). Strings are numbered in first-seen order of a depth-first walk,
/// so the same YAML always gives the same bytes.
/// </remarks>
public static class CompiledYaml
{
    public const string Suffix = ".compiled";

    private static ReadOnlySpan<byte> Magic => "BYLY"u8;
    private const byte Version = 1;
    private const byte ScalarKind = 0, SequenceKind = 1, MappingKind = 2;

    /// <summary>
    /// The root node of the embedded YAML resource <paramref name="resourceName"/> of <paramref name="assembly"/>,
    /// read from its compiled form; null when the file has no document.
    /// </summary>
    public static YamlNode? Load(Assembly assembly, string resourceName)
    {
        return Read(ReadResource(assembly, resourceName));
    }

    /// <summary>
    /// The embedded YAML resource as plain values, without building YamlDotNet nodes (whose mappings hash every
    /// key node: for the 2,600 entries of the knowledge base that cost more than reading the bytes): a mapping is a
    /// <c>Dictionary&lt;string, object?&gt;</c> (scalar keys, in file order), a sequence a <c>List&lt;object?&gt;</c>, a
    /// scalar its string — a plain <c>~</c>, <c>null</c> or empty one null, as <see cref="UntypedYaml"/> reads it.
    /// </summary>
    /// <param name="scalarsAsWritten">
    /// Every scalar as its text, a plain <c>~</c>, <c>null</c> or empty one too, as a representation-model node gives
    /// it (for word lists, where "null" is a word).
    /// </param>
    public static object? LoadValues(Assembly assembly, string resourceName, bool scalarsAsWritten = false)
    {
        return ReadValues(ReadResource(assembly, resourceName), scalarsAsWritten);
    }

    /// <summary>
    /// The records of a long list as rows, without a dictionary per record: for each mapping of the sequence under
    /// <paramref name="key"/> in the top-level mapping, the texts (as written) of its scalars under <paramref name="fields"/>,
    /// in that order, null where it has none. The party verbs' 5,447 entries read as <see cref="LoadValues"/> mappings cost
    /// a sixth of a one-article check's instructions.
    /// </summary>
    public static List<string?[]> LoadRows(Assembly assembly, string resourceName, string key, params string[] fields) =>
        ReadRows(ReadResource(assembly, resourceName), key, fields);

    /// <summary>A compiled file's records as rows (see <see cref="LoadRows"/>); none when the YAML had no document or no such list.</summary>
    public static List<string?[]> ReadRows(ReadOnlySpan<byte> bytes, string key, params string[] fields)
    {
        var reader = Open(bytes, out var strings);
        var rows = new List<string?[]>();
        if (reader.Number() == 0 || reader.Kind() != MappingKind)
        {
            return rows;
        }
        for (var entries = reader.Number(); entries > 0; entries--)
        {
            if (reader.KeyText(strings) == key && reader.PeekKind() == SequenceKind)
            {
                reader.Kind();
                for (var items = reader.Number(); items > 0; items--)
                {
                    if (reader.PeekKind() != MappingKind)
                    {
                        reader.Skip();
                        continue;
                    }
                    reader.Kind();
                    var row = new string?[fields.Length];
                    for (var pairs = reader.Number(); pairs > 0; pairs--)
                    {
                        var field = reader.KeyText(strings) is { } name ? Array.IndexOf(fields, name) : -1;
                        if (field >= 0 && reader.PeekKind() == ScalarKind)
                        {
                            row[field] = reader.KeyText(strings);
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                    rows.Add(row);
                }
            }
            else
            {
                reader.Skip();
            }
        }
        return rows;
    }

    private static byte[] ReadResource(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName + Suffix)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName}{Suffix} is missing from {assembly.GetName().Name}: src/Byline.YamlCompiler/CompiledYaml.targets compiles every embedded .yaml file.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>A compiled file as plain values (see <see cref="LoadValues"/>); null when the YAML had no document.</summary>
    public static object? ReadValues(ReadOnlySpan<byte> bytes, bool scalarsAsWritten = false)
    {
        var reader = Open(bytes, out var strings);
        return reader.Number() == 0 ? null : reader.Value(strings, scalarsAsWritten);
    }

    private static Reader Open(ReadOnlySpan<byte> bytes, out string[] strings)
    {
        if (bytes.Length < 5 || !bytes[..4].SequenceEqual(Magic) || bytes[4] != Version)
        {
            throw new InvalidDataException("Not a compiled YAML file of this version.");
        }
        var reader = new Reader(bytes[5..]);
        strings = new string[reader.Number()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.String();
        }
        return reader;
    }

    /// <summary>The root node of a compiled file; null when the YAML had no document.</summary>
    public static YamlNode? Read(ReadOnlySpan<byte> bytes)
    {
        var reader = Open(bytes, out var strings);
        return reader.Number() == 0 ? null : reader.Node(strings);
    }

    /// <summary>The compiled form of <paramref name="yamlText"/> (its first document).</summary>
    public static byte[] Compile(TextReader yamlText)
    {
        var yaml = new YamlStream();
        yaml.Load(yamlText);
        var root = yaml.Documents.Count == 0 ? null : yaml.Documents[0].RootNode;
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodes = new MemoryStream();
        if (root is not null)
        {
            WriteNode(nodes, root, strings);
        }
        var output = new MemoryStream();
        output.Write(Magic);
        output.WriteByte(Version);
        WriteNumber(output, strings.Count);
        foreach (var text in strings.OrderBy(p => p.Value).Select(p => p.Key))
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            WriteNumber(output, utf8.Length);
            output.Write(utf8);
        }
        WriteNumber(output, root is null ? 0 : 1);
        nodes.WriteTo(output);
        return output.ToArray();
    }

    private static void WriteNode(Stream output, YamlNode node, Dictionary<string, int> strings)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                output.WriteByte(ScalarKind);
                output.WriteByte((byte)scalar.Style);
                var value = scalar.Value ?? "";
                if (!strings.TryGetValue(value, out var index))
                {
                    strings[value] = index = strings.Count;
                }
                WriteNumber(output, index);
                break;
            case YamlSequenceNode sequence:
                output.WriteByte(SequenceKind);
                WriteNumber(output, sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    WriteNode(output, child, strings);
                }
                break;
            case YamlMappingNode mapping:
                output.WriteByte(MappingKind);
                WriteNumber(output, mapping.Children.Count);
                foreach (var (key, child) in mapping.Children)
                {
                    WriteNode(output, key, strings);
                    WriteNode(output, child, strings);
                }
                break;
            default:
                throw new InvalidDataException($"Unsupported YAML node {node.NodeType} at {node.Start}.");
        }
    }

    private static void WriteNumber(Stream output, int number)
    {
        var value = (uint)number;
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        output.WriteByte((byte)value);
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public int Number()
        {
            uint value = 0;
            var shift = 0;
            while (true)
            {
                var b = _bytes[_at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return checked((int)value);
                }
                shift += 7;
            }
        }

        public byte Kind() => _bytes[_at++];

        public readonly byte PeekKind() => _bytes[_at];

        /// <summary>A scalar's text as written (a key's, or a row's field), or null for another node, which is skipped.</summary>
        public string? KeyText(string[] strings)
        {
            if (_bytes[_at] != ScalarKind)
            {
                Skip();
                return null;
            }
            _at += 2; // the kind and the style
            return strings[Number()];
        }

        public void Skip()
        {
            switch (_bytes[_at++])
            {
                case ScalarKind:
                    _at++;
                    Number();
                    break;
                case SequenceKind:
                    for (var count = Number(); count > 0; count--)
                    {
                        Skip();
                    }
                    break;
                case MappingKind:
                    for (var count = Number(); count > 0; count--)
                    {
                        Skip();
                        Skip();
                    }
                    break;
                default:
                    throw new InvalidDataException("A compiled YAML file is damaged.");
            }
        }

        public string String()
        {
            var length = Number();
            var text = Encoding.UTF8.GetString(_bytes.Slice(_at, length));
            _at += length;
            return text;
        }

        public object? Value(string[] strings, bool scalarsAsWritten)
        {
            switch (_bytes[_at++])
            {
                case ScalarKind:
                    var style = (ScalarStyle)_bytes[_at++];
                    var text = strings[Number()];
                    var plain = !scalarsAsWritten && style is ScalarStyle.Plain or ScalarStyle.Any;
                    return plain && text is "" or "~" or "null" or "Null" or "NULL" ? null : text;
                case SequenceKind:
                {
                    var count = Number();
                    var items = new List<object?>(count);
                    for (var i = 0; i < count; i++)
                    {
                        items.Add(Value(strings, scalarsAsWritten));
                    }
                    return items;
                }
                case MappingKind:
                {
                    var count = Number();
                    var mapping = new Dictionary<string, object?>(count, StringComparer.Ordinal);
                    for (var i = 0; i < count; i++)
                    {
                        var key = Value(strings, scalarsAsWritten) as string ?? "";
                        mapping[key] = Value(strings, scalarsAsWritten);
                    }
                    return mapping;
                }
                default:
                    throw new InvalidDataException("A compiled YAML file is damaged.");
            }
        }

        public YamlNode Node(string[] strings)
        {
            switch (_bytes[_at++])
            {
                case ScalarKind:
                    var style = (ScalarStyle)_bytes[_at++];
                    return new YamlScalarNode(strings[Number()]) { Style = style };
                case SequenceKind:
                {
                    var count = Number();
                    var children = new YamlNode[count];
                    for (var i = 0; i < count; i++)
                    {
                        children[i] = Node(strings);
                    }
                    return new YamlSequenceNode(children);
                }
                case MappingKind:
                {
                    var count = Number();
                    var mapping = new YamlMappingNode();
                    for (var i = 0; i < count; i++)
                    {
                        var key = Node(strings);
                        mapping.Add(key, Node(strings));
                    }
                    return mapping;
                }
                default:
                    throw new InvalidDataException("A compiled YAML file is damaged.");
            }
        }
    }
}
