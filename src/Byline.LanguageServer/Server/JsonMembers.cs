using System.Text.Json;

namespace Byline.LanguageServer.Server;

/// <summary>
/// The members of a JSON object, or the elements of an array, as slices of its UTF-8 text, found with a reader and
/// no document: <c>JsonDocument</c> (and <c>JsonElement.ParseValue</c>) rent a token table as long as the text from
/// the shared array pool, where an article-sized one outlives the idle trim (see <see cref="LspMessageFormatter"/>).
/// A member named twice keeps its last value, as <c>JsonElement.TryGetProperty</c> finds it.
/// </summary>
internal static class JsonMembers
{
    /// <summary>The object's members in order (a name twice: its last value).</summary>
    /// <exception cref="JsonException">The text is not one JSON object.</exception>
    public static List<KeyValuePair<string, ReadOnlyMemory<byte>>> OfObject(ReadOnlyMemory<byte> json, int maxDepth = 0)
    {
        var members = new List<KeyValuePair<string, ReadOnlyMemory<byte>>>();
        var reader = Start(json, maxDepth, JsonTokenType.StartObject, "a JSON object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var value = SkipValue(ref reader, json);
            members.RemoveAll(m => m.Key == name);
            members.Add(new(name, value));
        }
        End(ref reader);
        return members;
    }

    /// <summary>The array's elements in order.</summary>
    /// <exception cref="JsonException">The text is not one JSON array.</exception>
    public static List<ReadOnlyMemory<byte>> OfArray(ReadOnlyMemory<byte> json)
    {
        var elements = new List<ReadOnlyMemory<byte>>();
        var reader = Start(json, 0, JsonTokenType.StartArray, "a JSON array");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            elements.Add(SkipValue(ref reader, json));
        }
        End(ref reader);
        return elements;
    }

    /// <summary>The member's value, if the object has it.</summary>
    public static bool TryGet(this List<KeyValuePair<string, ReadOnlyMemory<byte>>> members, string name, out ReadOnlyMemory<byte> value)
    {
        foreach (var member in members)
        {
            if (member.Key == name)
            {
                value = member.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The kind of the value at the start of <paramref name="json"/>, from its first byte.</summary>
    public static JsonValueKind KindOf(ReadOnlyMemory<byte> json) => json.Span[0] switch
    {
        (byte)'{' => JsonValueKind.Object,
        (byte)'[' => JsonValueKind.Array,
        (byte)'"' => JsonValueKind.String,
        (byte)'t' => JsonValueKind.True,
        (byte)'f' => JsonValueKind.False,
        (byte)'n' => JsonValueKind.Null,
        _ => JsonValueKind.Number,
    };

    private static Utf8JsonReader Start(ReadOnlyMemory<byte> json, int maxDepth, JsonTokenType expected, string what)
    {
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = maxDepth });
        if (!reader.Read() || reader.TokenType != expected)
        {
            throw new JsonException($"Expected {what}.");
        }
        return reader;
    }

    private static ReadOnlyMemory<byte> SkipValue(ref Utf8JsonReader reader, ReadOnlyMemory<byte> json)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return json[start..(int)reader.BytesConsumed];
    }

    // Nothing but white space after the value (the reader throws on anything else).
    private static void End(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }
}
