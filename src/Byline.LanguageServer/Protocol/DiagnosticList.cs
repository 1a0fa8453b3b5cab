using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Byline.LanguageServer.Protocol;

/// <summary>
/// The diagnostics of a report, written as a JSON array. When each item's JSON is already known (a report made
/// from the previous one keeps the JSON of the items it reused) it is written as it is, so a report of thousands
/// of diagnostics is serialised once, item by item, and only the items that changed are serialised at all.
/// </summary>
[JsonConverter(typeof(DiagnosticListConverter))]
[CollectionBuilder(typeof(DiagnosticList), nameof(Create))]
public sealed class DiagnosticList : IReadOnlyList<Diagnostic>
{
    private readonly Diagnostic[] _items;

    public DiagnosticList(Diagnostic[] items, byte[][]? json = null)
    {
        if (json is not null && json.Length != items.Length)
        {
            throw new ArgumentException("one JSON text per diagnostic", nameof(json));
        }
        _items = items;
        Json = json;
    }

    public static DiagnosticList Empty { get; } = new([], []);

    public static DiagnosticList Create(ReadOnlySpan<Diagnostic> items) => items.IsEmpty ? Empty : new(items.ToArray());

    /// <summary>Each item's JSON (UTF-8, as <see cref="LspJsonContext"/> writes it), or null when not prepared.</summary>
    public byte[][]? Json { get; }

    public int Length => _items.Length;

    public int Count => _items.Length;

    public Diagnostic this[int index] => _items[index];

    public IEnumerator<Diagnostic> GetEnumerator() => ((IEnumerable<Diagnostic>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static implicit operator DiagnosticList(Diagnostic[] items) => new(items);
}

/// <summary>Writes a <see cref="DiagnosticList"/> from its items' JSON when it has it; reads a plain array.</summary>
public sealed class DiagnosticListConverter : JsonConverter<DiagnosticList>
{
    public override DiagnosticList? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, LspJsonContext.Default.DiagnosticArray) is { } items ? new DiagnosticList(items) : null;

    public override void Write(Utf8JsonWriter writer, DiagnosticList value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        for (var i = 0; i < value.Length; i++)
        {
            if (value.Json is { } json)
            {
                // Written by the same context a moment ago: validating it again would read every byte twice.
                writer.WriteRawValue(json[i], skipInputValidation: true);
            }
            else
            {
                JsonSerializer.Serialize(writer, value[i], LspJsonContext.Default.Diagnostic);
            }
        }
        writer.WriteEndArray();
    }
}
