using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Byline.Syntax;

namespace Byline.Language;

/// <summary>
/// Part-of-speech tags kept per block like the other block facts: a sentence is tagged the first time a
/// decision asks for it and the result is kept in a side table keyed by the green <see cref="BlockNode"/> (by
/// reference, for exactly as long as the node lives), so an edit re-tags only the blocks it touched and a
/// sentence nobody asks about is never tagged. Syntax nodes carry no analysis data.
/// </summary>
public static class BlockTags
{
    private static readonly ConditionalWeakTable<BlockNode, SentenceSlots> Table = [];

    /// <summary>The tagged tokens of sentence <paramref name="sentence"/> of <paramref name="node"/> (spans relative to the block).</summary>
    public static ImmutableArray<TaggedToken> Sentence(BlockNode node, int sentence) =>
        Sentence(node, sentence, PartOfSpeechTagger.Default);

    internal static ImmutableArray<TaggedToken> Sentence(BlockNode node, int sentence, PartOfSpeechTagger tagger)
    {
        var slots = Table.GetValue(node, static n => new SentenceSlots(n.Sentences.Length));
        var tagged = slots.Tags[sentence];
        if (tagged.IsDefault)
        {
            // Two threads may tag the same sentence; both get the same tags and the first one is kept.
            ImmutableInterlocked.InterlockedInitialize(ref slots.Tags[sentence], tagger.Tag(node.Text, node.Sentences[sentence].Tokens));
            tagged = slots.Tags[sentence];
        }
        return tagged;
    }

    private sealed class SentenceSlots(int count)
    {
        public readonly ImmutableArray<TaggedToken>[] Tags = new ImmutableArray<TaggedToken>[count];
    }
}
