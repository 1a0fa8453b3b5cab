using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Byline.LanguageServer.Protocol;

/// <summary>
/// An outline's top-level symbols, written as a JSON array. Each item is either a symbol or its JSON alone (UTF-8, as
/// <see cref="LspJsonContext.Wire"/> writes it): an open document's outline keeps the JSON of each block's symbol from
/// one outline to the next (<c>OutlineBlocks</c>), so an outline of thousands of blocks is written as it was, and only
/// the blocks that changed are serialised at all. Reading an item known by its JSON reads the JSON.
/// </summary>
[JsonConverter(typeof(DocumentSymbolListConverter))]
public sealed class DocumentSymbolList : IReadOnlyList<DocumentSymbol>
{
    /// <summary>Each item: a <see cref="DocumentSymbol"/>, its JSON (<see cref="byte"/>[]), or a <see cref="ILazyJson"/>.</summary>
    private readonly object[] _items;

    private DocumentSymbolList(object[] items) => _items = items;

    public static DocumentSymbolList Empty { get; } = new([]);

    public static implicit operator DocumentSymbolList(DocumentSymbol[] symbols) => new([.. symbols]);

    public int Count => _items.Length;

    public DocumentSymbol this[int index] => _items[index] switch
    {
        DocumentSymbol symbol => symbol,
        var json => JsonSerializer.Deserialize(JsonAt(index)!, LspJsonContext.Wire.DocumentSymbol)!,
    };

    /// <summary>The item's JSON when the list holds it (written now for an <see cref="ILazyJson"/>), else null.</summary>
    public byte[]? JsonAt(int index) => _items[index] switch
    {
        byte[] json => json,
        ILazyJson lazy => lazy.Json,
        _ => null,
    };

    /// <summary>The item as held: a <see cref="DocumentSymbol"/>, its JSON, or an <see cref="ILazyJson"/>.</summary>
    public object ItemAt(int index) => _items[index];

    public DocumentSymbol? SymbolAt(int index) => _items[index] as DocumentSymbol;

    public IEnumerator<DocumentSymbol> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Gathers a list item by item, in order.</summary>
    public sealed class Builder
    {
        private readonly List<object> _items = [];

        public void Add(DocumentSymbol symbol) => _items.Add(symbol);

        /// <summary>A symbol known by its JSON (as <see cref="LspJsonContext.Wire"/> writes it).</summary>
        public void AddJson(byte[] json) => _items.Add(json);

        /// <summary>A symbol whose JSON is written when first asked for (a client sent edits may never need it).</summary>
        public void AddLazy(ILazyJson symbol) => _items.Add(symbol);

        public DocumentSymbolList ToList() => new([.. _items]);
    }
}

/// <summary>A symbol known by the JSON it writes when first asked for (as <see cref="LspJsonContext.Wire"/> writes it); safe to ask from any thread.</summary>
public interface ILazyJson
{
    byte[] Json { get; }
}

/// <summary>Writes a <see cref="DocumentSymbolList"/>, each item from its JSON when it has it; reads a plain array.</summary>
public sealed class DocumentSymbolListConverter : JsonConverter<DocumentSymbolList>
{
    public override DocumentSymbolList? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, LspJsonContext.Default.DocumentSymbolArray) is { } symbols ? (DocumentSymbolList)symbols : null;

    public override void Write(Utf8JsonWriter writer, DocumentSymbolList value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
        {
            if (value.JsonAt(i) is { } json)
            {
                // Written by the same context when its block's symbol was made: validating it again would read every byte twice.
                writer.WriteRawValue(json, skipInputValidation: true);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.SymbolAt(i)!, LspJsonContext.Wire.DocumentSymbol);
            }
        }
        writer.WriteEndArray();
    }
}
