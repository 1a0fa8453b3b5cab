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

    /// <summary>The tag set and the averaged-perceptron weights.</summary>
    public required PerceptronWeights Weights { get; init; }

    public string[] Labels => Weights.Labels;

    /// <summary>Exact spelling hash → tag, for words seen often and (almost) always with one tag.</summary>
    public required SortedPairs<byte> TagDictionary { get; init; }

    /// <summary>(tag, suffix) hash → rule: characters to strip and the text to append.</summary>
    public required SortedPairs<LemmaRule> LemmaRules { get; init; }

    /// <summary>(tag, lower-case word) hash → lemma, where the rules get the treebank's lemma wrong.</summary>
    public required SortedPairs<string> LemmaExceptions { get; init; }

    public void Write(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        Weights.Write(writer);
        WriteLookups(writer);
    }

    /// <summary>Writes the tag dictionary, the lemma rules and their exceptions (after the weights, in a model).</summary>
    public void WriteLookups(BinaryWriter writer)
    {
        writer.Write(TagDictionary.Count);
        foreach (var (key, tag) in TagDictionary) { writer.Write(key); writer.Write(tag); }
        writer.Write(LemmaRules.Count);
        foreach (var (key, rule) in LemmaRules) { writer.Write(key); writer.Write(rule.Strip); writer.Write(rule.Append); }
        writer.Write(LemmaExceptions.Count);
        foreach (var (key, lemma) in LemmaExceptions) { writer.Write(key); writer.Write(lemma); }
    }

    /// <summary>Reads what <see cref="WriteLookups"/> wrote.</summary>
    public static (SortedPairs<byte> TagDictionary, SortedPairs<LemmaRule> LemmaRules, SortedPairs<string> LemmaExceptions) ReadLookups(ref ModelBytes reader)
    {
        var tagDictionary = reader.Pairs(static (ref ModelBytes r) => r.Byte());
        var rules = reader.Pairs(static (ref ModelBytes r) => new LemmaRule(r.Byte(), r.String()));
        var exceptions = reader.Pairs(static (ref ModelBytes r) => r.String());
        return (tagDictionary, rules, exceptions);
    }

    /// <summary>Reads a model <see cref="Write"/> wrote.</summary>
    public static TaggerModel Read(Stream stream) => ReadDecompressed(ModelBytes.Decompress(stream));

    /// <summary>
    /// Reads the bytes of a model <see cref="Write"/> wrote, once decompressed (the build embeds them so: Brotli
    /// took ~30 ms of processor time at every start of the server). The arrays are copied in bulk; reading value by
    /// value through a <see cref="BinaryReader"/> over the Brotli stream had cost ~150 ms.
    /// </summary>
    public static TaggerModel ReadDecompressed(ReadOnlySpan<byte> bytes)
    {
        var reader = new ModelBytes(bytes);
        if (reader.String() != Magic) throw new InvalidDataException("Not a Byline tagger model.");
        var weights = PerceptronWeights.Read(ref reader);
        var (tagDictionary, rules, exceptions) = ReadLookups(ref reader);
        return new TaggerModel
        {
            Weights = weights, TagDictionary = tagDictionary, LemmaRules = rules, LemmaExceptions = exceptions,
        };
    }
}

/// <summary>Turns a word into its lemma: strip <see cref="Strip"/> characters from the end, append <see cref="Append"/>.</summary>
internal readonly record struct LemmaRule(byte Strip, string Append);
