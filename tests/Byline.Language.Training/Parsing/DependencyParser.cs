using System.IO.Compression;
using System.Numerics;
using System.Text;
using Byline.Syntax;

namespace Byline.Language.Training;

/// <summary>
/// A greedy arc-standard dependency parser over the Syntax tokenizer's tokens, scored by averaged-perceptron weights
/// stored as the tagger's are (<see cref="PerceptronWeights"/>, Brotli-compressed; the labels are the relations).
/// An experiment (docs/language.md, "Session 19: dependency parser"): its weights are made by `train-parser` and
/// read from a file, never committed.
/// </summary>
internal sealed class DependencyParser
{
    private const string Magic = "BYLDEP01";

    private readonly FeatureTable _table;

    public DependencyParser(PerceptronWeights weights)
    {
        Weights = weights;
        // Dense rows for features with many weights (the bias, common tags), as the tagger keeps them.
        _table = new FeatureTable(weights.FeatureKeys, weights.FeatureStarts, weights.EntryLabels, weights.EntryWeights, ArcStandard.ActionCount(weights.Labels.Length));
    }

    public PerceptronWeights Weights { get; }

    /// <summary>The relation names; relation r is <c>Relations[r]</c>.</summary>
    public string[] Relations => Weights.Labels;

    public static DependencyParser Load(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = new ModelBytes(ModelBytes.Decompress(stream));
        if (reader.String() != Magic) throw new InvalidDataException("Not a Byline parser model.");
        return new DependencyParser(PerceptronWeights.Read(ref reader));
    }

    public void Write(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        Weights.Write(writer);
    }

    public TokenTree Parse(ParserInput input)
    {
        var state = new ArcStandard(input.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        var scores = new int[_table.Width];
        var actions = ArcStandard.ActionCount(Relations.Length);
        while (!state.IsFinal)
        {
            ParserFeatures.Extract(state, input, features);
            Array.Clear(scores);
            foreach (var key in features) _table.AddWeights(key, scores);
            state.Apply(BestLegal(state, scores.AsSpan(0, actions)));
        }
        return new TokenTree([.. state.Heads], [.. state.Relations.Select((r, i) => state.Heads[i] == ArcStandard.None ? TokenTree.RootRelation : Relations[r])]);
    }

    /// <summary>The text's tokens with their hashes and the tagger's tags.</summary>
    public static ParserInput Input(string text, ReadOnlySpan<Token> tokens, PartOfSpeechTagger tagger)
    {
        var tags = new PosTag[tokens.Length];
        tagger.Tag(text, tokens, tags);
        var words = new WordHashes[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) words[i] = WordHashes.Of(text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length));
        return new ParserInput(words, [.. tags.Select(t => t.Id)]);
    }

    /// <summary>The legal action with the highest score; ties go to the lower action, so training is deterministic.</summary>
    public static int BestLegal<T>(ArcStandard state, Span<T> scores) where T : INumber<T>
    {
        var best = -1;
        for (var action = 0; action < scores.Length; action++)
        {
            if (state.IsLegal(action) && (best < 0 || scores[action] > scores[best])) best = action;
        }
        return best;
    }
}
