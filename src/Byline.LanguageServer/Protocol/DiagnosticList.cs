using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Byline.LanguageServer.Protocol;

/// <summary>
/// The diagnostics of a report, written as a JSON array. A list is made either of diagnostics or of each
/// diagnostic's JSON alone: a server report keeps only the JSON (a report made from the previous one takes over the
/// JSON of the items it reuses), so a report of thousands of diagnostics is written item by item as it is, only the
/// items that changed are serialised at all, and the server holds one form of each diagnostic, not two. Reading an
/// item of a JSON-only list reads its JSON.
/// </summary>
[JsonConverter(typeof(DiagnosticListConverter))]
[CollectionBuilder(typeof(DiagnosticList), nameof(Create))]
public sealed class DiagnosticList : IReadOnlyList<Diagnostic>
{
    private readonly Diagnostic[]? _items;

    public DiagnosticList(Diagnostic[] items) => _items = items;

    private DiagnosticList(byte[][] json) => Json = json;

    public static DiagnosticList Empty { get; } = new(Array.Empty<Diagnostic>());

    public static DiagnosticList Create(ReadOnlySpan<Diagnostic> items) => items.IsEmpty ? Empty : new(items.ToArray());

    /// <summary>A list of diagnostics known by their JSON only (UTF-8, each as <see cref="LspJsonContext"/> writes it).</summary>
    public static DiagnosticList FromJson(byte[][] json) => new(json);

    /// <summary>Each item's JSON, or null when the list holds the diagnostics themselves.</summary>
    public byte[][]? Json { get; }

    public int Length => _items?.Length ?? Json!.Length;

    public int Count => Length;

    public Diagnostic this[int index] => _items is { } items
        ? items[index]
        : JsonSerializer.Deserialize(Json![index], LspJsonContext.Default.Diagnostic)!;

    public IEnumerator<Diagnostic> GetEnumerator()
    {
        for (var i = 0; i < Length; i++)
        {
            yield return this[i];
        }
    }

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
