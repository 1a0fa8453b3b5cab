using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>Reads a model <see cref="Write"/> wrote.</summary>
    public static TaggerModel Read(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        var bytes = new MemoryStream();
        brotli.CopyTo(bytes);
        return ReadDecompressed(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    /// <summary>
    /// Reads the bytes of a model <see cref="Write"/> wrote, once decompressed (the build embeds them so: Brotli
    /// took ~30 ms of processor time at every start of the server). The arrays are copied in bulk; reading value by
    /// value through a <see cref="BinaryReader"/> over the Brotli stream had cost ~150 ms.
    /// </summary>
    public static TaggerModel ReadDecompressed(ReadOnlySpan<byte> bytes)
    {
        var reader = new ModelBytes(bytes);
        if (reader.String() != Magic) throw new InvalidDataException("Not a Byline tagger model.");
        var labels = new string[reader.Int32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.String();
        var keys = reader.Array<ulong>(reader.Int32());
        var starts = new int[keys.Length + 1];
        for (var i = 0; i < starts.Length; i++) starts[i] = reader.SevenBitInt();
        var entryCount = reader.Int32();
        var entryTags = reader.Array<byte>(entryCount);
        var weights = reader.Array<short>(entryCount);
        var tagDictionary = reader.Pairs(static (ref ModelBytes r) => r.Byte());
        var rules = reader.Pairs(static (ref ModelBytes r) => new LemmaRule(r.Byte(), r.String()));
        var exceptions = reader.Pairs(static (ref ModelBytes r) => r.String());
        return new TaggerModel
        {
            Labels = labels, FeatureKeys = keys, FeatureStarts = starts, EntryTags = entryTags, EntryWeights = weights,
            TagDictionary = tagDictionary, LemmaRules = rules, LemmaExceptions = exceptions,
        };
    }

    /// <summary>Reads the values <see cref="BinaryWriter"/> wrote (little-endian, strings with a 7-bit length) from decompressed bytes.</summary>
    private ref struct ModelBytes(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public byte Byte() => Take(1)[0];

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

        public T[] Array<T>(int count) where T : unmanaged
        {
            if (count < 0) throw new InvalidDataException("A negative count in the tagger model.");
            // The bytes are little-endian, as is every platform .NET ships for.
            return MemoryMarshal.Cast<byte, T>(Take(checked(count * Unsafe.SizeOf<T>()))).ToArray();
        }

        public delegate T ValueReader<T>(ref ModelBytes reader);

        /// <summary>A count, then that many (key, value) pairs, into arrays (Write wrote them in key order, each key once).</summary>
        public SortedPairs<T> Pairs<T>(ValueReader<T> value)
        {
            var count = Int32();
            if (count < 0) throw new InvalidDataException("A negative count in the tagger model.");
            var keys = new ulong[count];
            var values = new T[count];
            for (var i = 0; i < count; i++)
            {
                keys[i] = UInt64();
                if (i > 0 && keys[i] <= keys[i - 1]) throw new InvalidDataException("The tagger model's keys are out of order.");
                values[i] = value(ref this);
            }
            return new SortedPairs<T>(keys, values);
        }

        public int SevenBitInt()
        {
            var value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (b & 0x7F) << shift;
                if (b < 0x80) return value;
            }
            throw new InvalidDataException("A malformed number in the tagger model.");
        }

        public string String() => Encoding.UTF8.GetString(Take(SevenBitInt()));

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || _at + count > _bytes.Length) throw new InvalidDataException("The tagger model ends early.");
            var taken = _bytes.Slice(_at, count);
            _at += count;
            return taken;
        }
    }
}

/// <summary>Turns a word into its lemma: strip <see cref="Strip"/> characters from the end, append <see cref="Append"/>.</summary>
internal readonly record struct LemmaRule(byte Strip, string Append);
