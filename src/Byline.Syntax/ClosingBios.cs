using System.Collections.Immutable;

namespace Byline.Syntax;

/// <summary>
/// An author's bio (<see cref="AuthorBios"/>) is furniture only at the article's close: "Ana Ruiz is a reporter at The
/// Valley Herald." followed by more of the story is the writer's own statement and stays a claim. The line classifier
/// reads only backwards, so it marks every bio a credit; this pass, run over a whole parse's blocks, turns back into
/// a paragraph each bio after which the article still holds a block that is not furniture. It runs after the parsers
/// on their output, so their incremental reparse (which reuses blocks by the classifier's state) is untouched: a
/// change near the end that adds or removes story text after a bio settles again here on every tree.
/// </summary>
internal static class ClosingBios
{
    /// <summary>
    /// <paramref name="blocks"/> with every bio followed by a story block made a paragraph; the same array when none is.
    /// A demoted bio takes over the paragraph node of <paramref name="previous"/> with its text when there is one.
    /// </summary>
    public static ImmutableArray<Block> Settle(ImmutableArray<Block> blocks, ImmutableArray<Block> previous)
    {
        ImmutableArray<Block>.Builder? settled = null;
        var storyAfter = false;
        for (var i = blocks.Length - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (!IsFurniture(block.Kind))
            {
                storyAfter = true;
            }
            else if (storyAfter && block.Kind == BlockKind.Credit && AuthorBios.IsBio(block.Text))
            {
                settled ??= blocks.ToBuilder();
                settled[i] = new Block(ParagraphNode(block.Text, previous, i), block.Start);
            }
        }
        return settled is null ? blocks : settled.MoveToImmutable();
    }

    /// <summary>What may follow a closing bio: credits (other bios among them), boilerplate and calls to action, notes, captions, rules.</summary>
    private static bool IsFurniture(BlockKind kind) =>
        kind is BlockKind.Credit or BlockKind.Boilerplate or BlockKind.Footnote or BlockKind.Caption or BlockKind.Separator;

    /// <summary>The old tree's paragraph node with this text (looked for first at the same index, where a keystroke elsewhere leaves it), or a new one.</summary>
    private static BlockNode ParagraphNode(string text, ImmutableArray<Block> previous, int index)
    {
        if (!previous.IsDefault)
        {
            if (index < previous.Length && previous[index].Kind == BlockKind.Paragraph && previous[index].Text == text)
            {
                return previous[index].Node;
            }
            foreach (var block in previous)
            {
                if (block.Kind == BlockKind.Paragraph && block.Text == text)
                {
                    return block.Node;
                }
            }
        }
        return new BlockFactory(Lexicon.Default).Create(BlockKind.Paragraph, text);
    }
}
