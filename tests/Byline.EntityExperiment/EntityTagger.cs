using System.Buffers;
using Byline.Language;
using Byline.Syntax;

namespace Byline.EntityExperiment;

/// <summary>
/// A greedy averaged-perceptron BIO tagger of names (person, organisation, place) over the tokens of the Syntax
/// tokenizer, trained on GUM (see docs/language.md). It reads each token's part of speech and a gazetteer code
/// the caller supplies (what the knowledge base says of the token), so the tagger itself needs no knowledge base.
/// An experiment that did not beat the shipped scanner (docs/evaluation.md): no weights are embedded; they are
/// made by the training command and read with <see cref="Load"/>. The tagger is immutable and thread-safe.
/// </summary>
public sealed class EntityTagger
{
    private const int StackLimit = 256;

    private readonly FeatureTable _weights;

    internal EntityTagger(EntityModel model)
    {
        Labels = new BioLabels(model.Labels);
        _weights = new FeatureTable(model.Weights.FeatureKeys, model.Weights.FeatureStarts, model.Weights.EntryLabels, model.Weights.EntryWeights);
    }

    /// <summary>The tagger with the weights in <paramref name="path"/>, as written by the training command.</summary>
    /// <exception cref="InvalidDataException">The file is not an entity model.</exception>
    public static EntityTagger Load(string path)
    {
        using var stream = File.OpenRead(path);
        return new EntityTagger(EntityModel.Read(stream));
    }

    public BioLabels Labels { get; }

    /// <summary>
    /// Labels the <paramref name="tokens"/> of one sentence (spans index <paramref name="text"/>), given each
    /// token's part of speech and gazetteer code (0: the gazetteer says nothing).
    /// </summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<PosTag> pos, ReadOnlySpan<ulong> gazetteer, Span<byte> labels)
    {
        if (pos.Length < tokens.Length || gazetteer.Length < tokens.Length || labels.Length < tokens.Length)
        {
            throw new ArgumentException("One tag, gazetteer code and label slot per token is needed.");
        }
        var size = tokens.Length + 4;
        var rented = size > StackLimit ? ArrayPool<WordHashes>.Shared.Rent(size) : null;
        var context = rented is null ? stackalloc WordHashes[size] : rented.AsSpan(0, size);
        var rentedIds = tokens.Length > StackLimit ? ArrayPool<byte>.Shared.Rent(tokens.Length) : null;
        var ids = rentedIds is null ? stackalloc byte[tokens.Length] : rentedIds.AsSpan(0, tokens.Length);
        FillContext(text, tokens, context);
        for (var i = 0; i < tokens.Length; i++) ids[i] = pos[i].Id;
        TagContext(context, ids, gazetteer[..tokens.Length], labels);
        if (rented is not null) ArrayPool<WordHashes>.Shared.Return(rented);
        if (rentedIds is not null) ArrayPool<byte>.Shared.Return(rentedIds);
    }

    internal static void FillContext(string text, ReadOnlySpan<Token> tokens, Span<WordHashes> context)
    {
        context[0] = WordHashes.Start2;
        context[1] = WordHashes.Start;
        for (var i = 0; i < tokens.Length; i++) context[i + 2] = WordHashes.Of(text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length));
        context[^2] = WordHashes.End;
        context[^1] = WordHashes.End2;
    }

    private void TagContext(ReadOnlySpan<WordHashes> context, ReadOnlySpan<byte> pos, ReadOnlySpan<ulong> gazetteer, Span<byte> labels)
    {
        Span<ulong> features = stackalloc ulong[EntityFeatures.Count];
        Span<int> scores = stackalloc int[Labels.Count];
        int previous = EntityFeatures.StartLabel, previous2 = EntityFeatures.Start2Label;
        for (var i = 0; i < pos.Length; i++)
        {
            EntityFeatures.Extract(context, pos, gazetteer, i, previous, previous2, features);
            scores.Clear();
            foreach (var key in features) _weights.AddWeights(key, scores);
            var best = -1;
            for (var label = 0; label < scores.Length; label++)
            {
                if (Labels.Allowed(previous, label) && (best < 0 || scores[label] > scores[best])) best = label;
            }
            labels[i] = (byte)best;
            previous2 = previous;
            previous = best;
        }
    }
}
