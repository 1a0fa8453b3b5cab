using System.Collections.Immutable;
using Byline.Language;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// The head of a claim: the predicate of the sentence's main clause, from its finite verb to the end of that
/// clause. A finding about a whole sentence underlines this span, so a paragraph of unsourced sentences reads
/// as a row of short marks on what each one asserts instead of one wall of colour.
/// </summary>
/// <remarks>
/// The rule, over the part-of-speech tags of the sentence (<see cref="BlockTags"/>):
/// <list type="number">
/// <item>The main verb is the first finite verb (Penn VBD, VBZ, VBP, MD) that no subordinator has taken. A
/// subordinator (a subordinating conjunction or a wh-word: "although", "when", "that", "who") takes the next
/// finite verb as its clause's own; a comma before the main verb closes such a clause as well ("Although the
/// rain stopped, troops crossed the river"). With no finite verb, the first past participle outside a
/// subordinate clause will do (the greedy tagger often reads a past tense after a noun, "two bridges collapsed",
/// as a participle), else the first verb of any form (a headline's "Troops crossing border").</item>
/// <item>The head starts at that verb, or at the adverbs right before it ("also destroyed").</item>
/// <item>It ends before the first clause boundary after the verb: a semicolon, colon, dash or opening
/// parenthesis, or a comma followed by a coordinating conjunction, a subordinator or a gerund ("…, killing
/// 12"); else at the end of the sentence, without its closing punctuation.</item>
/// </list>
/// A sentence with no verb has no head; the finding then marks the sentence.
/// </remarks>
public static class ClaimHead
{
    /// <summary>The head of the sentence whose span is <paramref name="sentence"/>, or null when it has none.</summary>
    /// <param name="blocks">
    /// The analysis' side table: the head, a function of the block alone, is kept there per sentence (relative to
    /// the block), so after an edit only the heads of the blocks it touched are found again.
    /// </param>
    public static TextSpan? Find(ArticleSyntaxTree syntax, TextSpan sentence, BlockResultTable? blocks = null)
    {
        if (BlockOf(syntax, sentence) is not { } block || SentenceIndex(block, sentence) is not { } index)
        {
            return null;
        }
        var head = blocks is null ? InBlock(block.Node, index) : blocks.Of(block.Node).ClaimHead(block.Node, index, InBlock);
        return head is { } relative ? new TextSpan(block.Start + relative.Start, relative.Length) : null;
    }

    /// <summary>The head of sentence <paramref name="index"/> of <paramref name="node"/>, relative to the block.</summary>
    private static TextSpan? InBlock(BlockNode node, int index)
    {
        var tokens = BlockTags.Sentence(node, index);
        if (MainVerb(node.Text, tokens) is not { } verb)
        {
            return null;
        }
        var start = verb;
        while (start > 0 && tokens[start - 1].Tag.Upos == UniversalPos.ADV && tokens[start - 1].Token.Kind == TokenKind.Word)
        {
            start--;
        }
        var end = ClauseEnd(node.Text, tokens, verb);
        return TextSpan.FromBounds(tokens[start].Token.Span.Start, tokens[end].Token.Span.End);
    }

    // A block that ends where the next one begins (a credit running into a caption) shares that offset with it.
    private static Block? BlockOf(ArticleSyntaxTree syntax, TextSpan sentence) =>
        syntax.FindBlock(sentence.Start) is { } block && block.Span.End > sentence.Start ? block : syntax.FindBlock(Math.Min(sentence.Start + 1, sentence.End));

    private static int? SentenceIndex(Block block, TextSpan sentence)
    {
        var relative = new TextSpan(sentence.Start - block.Start, sentence.Length);
        var sentences = block.Node.Sentences;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (sentences[i].Span == relative)
            {
                return i;
            }
        }
        return null;
    }

    private static int? MainVerb(string blockText, ImmutableArray<TaggedToken> tokens)
    {
        var subordinate = false;
        int? participle = null, anyVerb = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var tag = tokens[i].Tag;
            if (IsSubordinator(tag))
            {
                subordinate = true;
            }
            else if (IsComma(blockText, tokens[i].Token))
            {
                subordinate = false;
            }
            else if (IsFinite(tag))
            {
                if (!subordinate)
                {
                    return i;
                }
                subordinate = false;
            }
            else if (tag.IsVerb)
            {
                participle ??= tag.Xpos == "VBN" && !subordinate ? i : null;
                anyVerb ??= i;
            }
        }
        return participle ?? anyVerb;
    }

    private static int ClauseEnd(string blockText, ImmutableArray<TaggedToken> tokens, int verb)
    {
        var last = verb;
        var openQuote = false;
        for (var i = verb + 1; i < tokens.Length; i++)
        {
            var token = tokens[i].Token;
            if (token.Kind == TokenKind.QuoteMark)
            {
                // A closing mark belongs to the head only when the head holds the opening one.
                if (openQuote)
                {
                    last = i;
                }
                openQuote = !openQuote;
                continue;
            }
            if (token.Kind == TokenKind.Punctuation)
            {
                var mark = blockText[token.Span.Start];
                if (mark is ';' or ':' or '(' or '—' or '–' || mark == '-' && token.Span.Length > 1)
                {
                    break;
                }
                if (IsComma(blockText, token) && i + 1 < tokens.Length && OpensClause(tokens[i + 1].Tag))
                {
                    break;
                }
                continue;
            }
            last = i;
        }
        return last;
    }

    private static bool IsComma(string blockText, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Span.Length == 1 && blockText[token.Span.Start] == ',';

    private static bool IsFinite(PosTag tag) => tag.IsFiniteVerb;

    private static bool IsSubordinator(PosTag tag) => tag.Upos == UniversalPos.SCONJ || tag.IsWhWord;

    private static bool OpensClause(PosTag tag) => tag.Upos == UniversalPos.CCONJ || IsSubordinator(tag) || tag.IsGerund;
}
