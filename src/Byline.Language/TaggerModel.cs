using System.IO.Compression;
using System.Text;

namespace Byline.Language;

/// <summary>
/// The trained tagger and lemmatizer as data: the tag set, the averaged-perceptron weights (quantised to 16
/// bits, one short list of (tag, weight) per feature), the tag dictionary of frequent unambiguous words, and the
/// lemma rules with their exceptions. Stored Brotli-compressed; <see cref="Write"/> sorts everything it writes,
/// so the same model always gives the same bytes.
/// </summary>
internal sealed class TaggerModel
{
    private const string Magic = "BYLTAG01";

    public required string[] Labels { get; init; }

    /// <summary>Feature keys, sorted; feature k's weights are entries FeatureStarts[k] .. FeatureStarts[k + 1] - 1.</summary>
    public required ulong[] FeatureKeys { get; init; }

    public required int[] FeatureStarts { get; init; }

    public required byte[] EntryTags { get; init; }

    public required short[] EntryWeights { get; init; }

    /// <summary>Exact spelling hash → tag, for words seen often and (almost) always with one tag.</summary>
    public required SortedDictionary<ulong, byte> TagDictionary { get; init; }

    /// <summary>(tag, suffix) hash → rule: characters to strip and the text to append.</summary>
    public required SortedDictionary<ulong, LemmaRule> LemmaRules { get; init; }

    /// <summary>(tag, lower-case word) hash → lemma, where the rules get the treebank's lemma wrong.</summary>
    public required SortedDictionary<ulong, string> LemmaExceptions { get; init; }

    public void Write(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Labels.Length);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(FeatureKeys.Length);
        foreach (var key in FeatureKeys) writer.Write(key);
        foreach (var start in FeatureStarts) writer.Write7BitEncodedInt(start);
        writer.Write(EntryTags.Length);
        writer.Write(EntryTags);
        foreach (var weight in EntryWeights) writer.Write(weight);
        writer.Write(TagDictionary.Count);
        foreach (var (key, tag) in TagDictionary) { writer.Write(key); writer.Write(tag); }
        writer.Write(LemmaRules.Count);
        foreach (var (key, rule) in LemmaRules) { writer.Write(key); writer.Write(rule.Strip); writer.Write(rule.Append); }
        writer.Write(LemmaExceptions.Count);
        foreach (var (key, lemma) in LemmaExceptions) { writer.Write(key); writer.Write(lemma); }
    }

    public static TaggerModel Read(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli, Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a Byline tagger model.");
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        var keys = new ulong[reader.ReadInt32()];
        for (var i = 0; i < keys.Length; i++) keys[i] = reader.ReadUInt64();
        var starts = new int[keys.Length + 1];
        for (var i = 0; i < starts.Length; i++) starts[i] = reader.Read7BitEncodedInt();
        var entryTags = reader.ReadBytes(reader.ReadInt32());
        var weights = new short[entryTags.Length];
        for (var i = 0; i < weights.Length; i++) weights[i] = reader.ReadInt16();
        var tagDictionary = new SortedDictionary<ulong, byte>();
        for (var n = reader.ReadInt32(); n > 0; n--) tagDictionary[reader.ReadUInt64()] = reader.ReadByte();
        var rules = new SortedDictionary<ulong, LemmaRule>();
        for (var n = reader.ReadInt32(); n > 0; n--) rules[reader.ReadUInt64()] = new LemmaRule(reader.ReadByte(), reader.ReadString());
        var exceptions = new SortedDictionary<ulong, string>();
        for (var n = reader.ReadInt32(); n > 0; n--) exceptions[reader.ReadUInt64()] = reader.ReadString();
        return new TaggerModel
        {
            Labels = labels, FeatureKeys = keys, FeatureStarts = starts, EntryTags = entryTags, EntryWeights = weights,
            TagDictionary = tagDictionary, LemmaRules = rules, LemmaExceptions = exceptions,
        };
    }
}

/// <summary>Turns a word into its lemma: strip <see cref="Strip"/> characters from the end, append <see cref="Append"/>.</summary>
internal readonly record struct LemmaRule(byte Strip, string Append);
