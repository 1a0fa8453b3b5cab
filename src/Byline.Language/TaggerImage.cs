using System.Text;

namespace Byline.Language;

/// <summary>
/// The tagger as the build embeds it (<c>src/Byline.YamlCompiler/CompiledYaml.targets</c>, from the committed
/// <c>Data/tagger.bin</c>): the model's labels and look-ups, and its weights already laid out as the
/// <see cref="FeatureTable"/> looks them up. A start reads the table in place, where the executable is mapped, instead
/// of copying ~2.4 MB of weights out of the model and building a 6 MB table from them at every start.
/// </summary>
/// <remarks>
/// Format: the magic <c>BYLTIM01</c>; the labels (a count, then each as <see cref="BinaryWriter"/> writes a string);
/// the table (<see cref="FeatureTable.WriteLayout"/>); the tag dictionary, lemma rules and exceptions
/// (<see cref="TaggerModel.WriteLookups"/>). The same model always gives the same bytes.
/// </remarks>
internal static class TaggerImage
{
    private const string Magic = "BYLTIM01";

    /// <summary>The image of <paramref name="model"/>, its table built for the tagger (dense rows for its tag count).</summary>
    public static byte[] Write(TaggerModel model)
    {
        var table = new FeatureTable(model.Weights.FeatureKeys, model.Weights.FeatureStarts, model.Weights.EntryLabels, model.Weights.EntryWeights, model.Labels.Length);
        using var output = new MemoryStream();
        using (var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(model.Labels.Length);
            foreach (var label in model.Labels) writer.Write(label);
            table.WriteLayout(writer);
            model.WriteLookups(writer);
        }
        return output.ToArray();
    }

    /// <summary>
    /// The parts of an image; its table is read in place, so <paramref name="image"/> must stay where it is while the
    /// tagger lives (memory mapped with the executable, or the pinned array passed as <paramref name="owner"/>).
    /// </summary>
    public static unsafe TaggerParts Read(byte* image, int length, object? owner)
    {
        var reader = new ModelBytes(new ReadOnlySpan<byte>(image, length));
        if (reader.String() != Magic) throw new InvalidDataException("Not a Byline tagger image.");
        var labels = new string[reader.Int32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.String();
        var table = FeatureTable.ReadLayout(ref reader, image, owner);
        var (tagDictionary, rules, exceptions) = TaggerModel.ReadLookups(ref reader);
        return new TaggerParts(labels, table, tagDictionary, rules, exceptions);
    }
}

/// <summary>What a tagger is made of: its labels, its weights as a table, and its look-ups.</summary>
internal sealed record TaggerParts(
    string[] Labels, FeatureTable Weights, SortedPairs<byte> TagDictionary, SortedPairs<LemmaRule> LemmaRules, SortedPairs<string> LemmaExceptions);
