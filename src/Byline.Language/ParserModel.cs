using System.IO.Compression;
using System.Text;

namespace Byline.Language;

/// <summary>
/// The trained dependency parser as data: its dependency labels and the averaged-perceptron weights in the
/// tagger's layout (<see cref="TaggerModel"/>): 16-bit weights, one list of (transition, weight) per feature key,
/// keys sorted. Transition 0 is shift; 1 + 2l and 2 + 2l are left and right with label l. Stored
/// Brotli-compressed; the same model always gives the same bytes.
/// </summary>
internal sealed class ParserModel
{
    private const string Magic = "BYLDEP01";

    public required string[] Labels { get; init; }

    public required ulong[] FeatureKeys { get; init; }

    public required int[] FeatureStarts { get; init; }

    public required byte[] EntryTransitions { get; init; }

    public required short[] EntryWeights { get; init; }

    public int TransitionCount => 1 + 2 * Labels.Length;

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
        writer.Write(EntryTransitions.Length);
        writer.Write(EntryTransitions);
        foreach (var weight in EntryWeights) writer.Write(weight);
    }

    /// <summary>
    /// The model without the weights smaller in magnitude than <paramref name="minimum"/> (in stored 16-bit units),
    /// and without the features left with none: a smaller table, read from memory faster, for a little accuracy.
    /// </summary>
    public ParserModel Pruned(int minimum)
    {
        var (keys, starts, transitions, weights) = (new List<ulong>(), new List<int> { 0 }, new List<byte>(), new List<short>());
        for (var f = 0; f < FeatureKeys.Length; f++)
        {
            for (var e = FeatureStarts[f]; e < FeatureStarts[f + 1]; e++)
            {
                if (Math.Abs((int)EntryWeights[e]) < minimum) continue;
                transitions.Add(EntryTransitions[e]);
                weights.Add(EntryWeights[e]);
            }
            if (transitions.Count == starts[^1]) continue;
            keys.Add(FeatureKeys[f]);
            starts.Add(transitions.Count);
        }
        return new ParserModel { Labels = Labels, FeatureKeys = [.. keys], FeatureStarts = [.. starts], EntryTransitions = [.. transitions], EntryWeights = [.. weights] };
    }

    /// <summary>The smallest weight magnitude in stored units (the pruning of training left nothing below it).</summary>
    public int SmallestWeight => EntryWeights.Length == 0 ? 0 : EntryWeights.Min(w => Math.Abs((int)w));

    /// <summary>Reads a model <see cref="Write"/> wrote.</summary>
    public static ParserModel Read(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        var bytes = new MemoryStream();
        brotli.CopyTo(bytes);
        return ReadDecompressed(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    public static ParserModel ReadDecompressed(ReadOnlySpan<byte> bytes)
    {
        var reader = new TaggerModel.ModelBytes(bytes);
        if (reader.String() != Magic) throw new InvalidDataException("Not a Byline parser model.");
        var labels = new string[reader.Int32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.String();
        if (labels.Length == 0 || 1 + 2 * labels.Length > 256) throw new InvalidDataException($"A parser model with {labels.Length} labels.");
        var keys = reader.Array<ulong>(reader.Int32());
        var starts = new int[keys.Length + 1];
        for (var i = 0; i < starts.Length; i++) starts[i] = reader.SevenBitInt();
        var entryCount = reader.Int32();
        var transitions = reader.Array<byte>(entryCount);
        var weights = reader.Array<short>(entryCount);
        return new ParserModel { Labels = labels, FeatureKeys = keys, FeatureStarts = starts, EntryTransitions = transitions, EntryWeights = weights };
    }
}
