using System.IO.Compression;
using System.Text;
using Byline.Language;

namespace Byline.EntityExperiment;

/// <summary>
/// The trained entity tagger as data: its BIO labels ("O", "B-PER", "I-PER", …) and the averaged-perceptron
/// weights, stored as the part-of-speech tagger's are (<see cref="PerceptronWeights"/>, Brotli-compressed); the
/// weights are written sorted, so the same model always gives the same bytes.
/// </summary>
internal sealed class EntityModel
{
    private const string Magic = "BYLNER01";

    public required PerceptronWeights Weights { get; init; }

    public string[] Labels => Weights.Labels;

    public void Write(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        Weights.Write(writer);
    }

    public static EntityModel Read(Stream stream)
    {
        var reader = new ModelBytes(ModelBytes.Decompress(stream));
        if (reader.String() != Magic) throw new InvalidDataException("Not a Byline entity model.");
        return new EntityModel { Weights = PerceptronWeights.Read(ref reader) };
    }
}
