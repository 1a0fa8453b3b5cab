using Byline.Analysis;
using Byline.Analysis.Entities;
using Byline.Language;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.EntityExperiment;

/// <summary>One sentence as the entity tagger reads it: its tokens (block-relative), their tags and gazetteer codes.</summary>
internal sealed record TaggerSentence(Block Block, Token[] Tokens, PosTag[] Pos, ulong[] Gazetteer);

/// <summary>
/// Runs the trained <see cref="EntityTagger"/> over an article. The tagger's gazetteer feature is what the
/// scanner and knowledge base made of each token: the type of the mention covering it, whether the token begins
/// it, and whether the knowledge base knows the entity. Used by the evaluation and by the training command,
/// which must see exactly the inputs tagging sees.
/// </summary>
internal static class EntityTagging
{
    /// <summary>The sentences of <paramref name="tree"/> with their tagger inputs, given the scanner's entities.</summary>
    public static IEnumerable<TaggerSentence> Sentences(ArticleSyntaxTree tree, ArticleEntities scanned)
    {
        foreach (var block in tree.Blocks)
        {
            if (block.Node.Kind is BlockKind.FrontMatter or BlockKind.Separator or BlockKind.Boilerplate) continue;
            for (var s = 0; s < block.Node.Sentences.Length; s++)
            {
                var tokens = block.Node.Sentences[s].Tokens;
                if (tokens.IsEmpty) continue;
                var pos = PartOfSpeechTagger.Default.Tag(block.Node.Text, block.Node.Sentences[s].Tokens).Select(t => t.Tag).ToArray();
                var gazetteer = new ulong[tokens.Length];
                for (var i = 0; i < tokens.Length; i++) gazetteer[i] = GazetteerCode(scanned, block.Start + tokens[i].Span.Start);
                yield return new TaggerSentence(block, [.. tokens], pos, gazetteer);
            }
        }
    }

    /// <summary>The names the tagger finds in <paramref name="tree"/>, with article offsets; a possessive "'s" is left out.</summary>
    public static List<(TextSpan Span, string Type)> Tag(ArticleSyntaxTree tree, ArticleEntities scanned, EntityTagger tagger)
    {
        var found = new List<(TextSpan, string)>();
        foreach (var sentence in Sentences(tree, scanned))
        {
            var labels = new byte[sentence.Tokens.Length];
            tagger.Tag(sentence.Block.Node.Text, sentence.Tokens, sentence.Pos, sentence.Gazetteer, labels);
            foreach (var (first, end, type) in tagger.Labels.Spans(labels))
            {
                // A name has a word in it; the period after "U.S" labelled on its own is none.
                if (HasWord(sentence.Tokens.AsSpan(first, end - first))) found.Add((NameSpan(sentence, first, end), type));
            }
        }
        return found;
    }

    private static bool HasWord(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number) return true;
        }
        return false;
    }

    private static TextSpan NameSpan(TaggerSentence sentence, int first, int end)
    {
        var text = sentence.Block.Node.Text;
        var start = sentence.Tokens[first].Span.Start;
        var stop = sentence.Tokens[end - 1].Span.End;
        if (stop - start > 2 && text[stop - 1] is 's' or 'S' && text[stop - 2] is '\'' or '’') stop -= 2;
        return TextSpan.FromBounds(sentence.Block.Start + start, sentence.Block.Start + stop);
    }

    /// <summary>0 when no mention covers <paramref name="offset"/>; otherwise a code of the mention's type, whether it begins there, and whether the entity is known.</summary>
    private static ulong GazetteerCode(ArticleEntities scanned, int offset)
    {
        if (scanned.MentionAt(offset) is not { } mention || offset >= mention.Span.End || scanned.Find(mention.EntityId) is not { } entity) return 0;
        var begins = mention.Span.Start == offset ? 1UL : 0UL;
        var known = entity.IsKnown ? 1UL : 0UL;
        return 1 + ((ulong)entity.Type << 2) + (begins << 1) + known;
    }
}
