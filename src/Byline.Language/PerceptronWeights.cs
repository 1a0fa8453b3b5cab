namespace Byline.Language;

/// <summary>
/// An averaged perceptron's weights as stored: its labels, and per feature (keys sorted) one short list of
/// (label, weight) entries, the weights quantised to 16 bits; feature k's entries are FeatureStarts[k] ..
/// FeatureStarts[k + 1] - 1. The part-of-speech tagger's model and the entity experiment's store them alike.
/// </summary>
internal sealed class PerceptronWeights
{
    public required string[] Labels { get; init; }

    public required ulong[] FeatureKeys { get; init; }

    public required int[] FeatureStarts { get; init; }

    public required byte[] EntryLabels { get; init; }

    public required short[] EntryWeights { get; init; }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Length);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(FeatureKeys.Length);
        foreach (var key in FeatureKeys) writer.Write(key);
        foreach (var start in FeatureStarts) writer.Write7BitEncodedInt(start);
        writer.Write(EntryLabels.Length);
        writer.Write(EntryLabels);
        foreach (var weight in EntryWeights) writer.Write(weight);
    }

    /// <summary>Reads what <see cref="Write"/> wrote; the arrays are copied in bulk.</summary>
    public static PerceptronWeights Read(ref ModelBytes reader)
    {
        var labels = new string[reader.Int32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.String();
        var keys = reader.Array<ulong>(reader.Int32());
        var starts = new int[keys.Length + 1];
        for (var i = 0; i < starts.Length; i++) starts[i] = reader.SevenBitInt();
        var entryCount = reader.Int32();
        var entryLabels = reader.Array<byte>(entryCount);
        var weights = reader.Array<short>(entryCount);
        return new PerceptronWeights { Labels = labels, FeatureKeys = keys, FeatureStarts = starts, EntryLabels = entryLabels, EntryWeights = weights };
    }
}
