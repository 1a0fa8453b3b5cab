using System.IO.Compression;
using System.Text;

namespace Byline.EntityExperiment;

/// <summary>
/// The trained entity tagger as data: its BIO labels ("O", "B-PER", "I-PER", …) and the averaged-perceptron
/// weights, quantised to 16 bits, one short list of (label, weight) per feature. Stored Brotli-compressed in the
/// same layout as the part-of-speech tagger's <see cref="Byline.Language.TaggerModel"/>; <see cref="Write"/> writes everything sorted, so the same model
/// always gives the same bytes.
/// </summary>
internal sealed class EntityModel
{
    private const string Magic = "BYLNER01";

    public required string[] Labels { get; init; }

    /// <summary>Feature keys, sorted; feature k's weights are entries FeatureStarts[k] .. FeatureStarts[k + 1] - 1.</summary>
    public required ulong[] FeatureKeys { get; init; }

    public required int[] FeatureStarts { get; init; }

    public required byte[] EntryLabels { get; init; }

    public required short[] EntryWeights { get; init; }

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
        writer.Write(EntryLabels.Length);
        writer.Write(EntryLabels);
        foreach (var weight in EntryWeights) writer.Write(weight);
    }

    public static EntityModel Read(Stream stream)
    {
        try
        {
            return ReadModel(stream);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The entity model ends before its data does.", e);
        }
    }

    private static EntityModel ReadModel(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli, Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a Byline entity model.");
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        var keys = new ulong[reader.ReadInt32()];
        for (var i = 0; i < keys.Length; i++) keys[i] = reader.ReadUInt64();
        var starts = new int[keys.Length + 1];
        for (var i = 0; i < starts.Length; i++) starts[i] = reader.Read7BitEncodedInt();
        var entryLabels = reader.ReadBytes(reader.ReadInt32());
        var weights = new short[entryLabels.Length];
        for (var i = 0; i < weights.Length; i++) weights[i] = reader.ReadInt16();
        return new EntityModel { Labels = labels, FeatureKeys = keys, FeatureStarts = starts, EntryLabels = entryLabels, EntryWeights = weights };
    }
}
