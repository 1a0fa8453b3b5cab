using System.Runtime.InteropServices;
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
/// The rule, over the part-of-speech tags of the sentence (<see cref="LeftTags"/>):
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
    private static readonly BlockHeadsSlot Slot = new();

    /// <summary>The head of the sentence whose span is <paramref name="sentence"/>, or null when it has none.</summary>
    public static TextSpan? Find(ArticleSyntaxTree syntax, TextSpan sentence) => Find(syntax, sentence, null);

    /// <summary>
    /// The same, kept per block in the analysis' side table (<see cref="BlockResultTable"/>), so an edit finds
    /// again only the heads of the blocks it touched.
    /// </summary>
    public static TextSpan? Find(ArticleModel model, TextSpan sentence) => Find(model.Syntax, sentence, model.Blocks);

    private static TextSpan? Find(ArticleSyntaxTree syntax, TextSpan sentence, BlockResultTable? table)
    {
        if (BlockOf(syntax, sentence) is not { } block || SentenceIndex(block, sentence) is not { } index)
        {
            return null;
        }
        var head = table is null ? InSentence(block.Node, index, words: null) : Slot.Get(table, block, index);
        return head is { } relative ? new TextSpan(block.Start + relative.Start, relative.Length) : null;
    }

    /// <summary>The head of sentence <paramref name="index"/> of a block, relative to the block.</summary>
    /// <param name="words">The block's reading of its words, while the analysis that made it runs; else the sentence's tokens are looked up here.</param>
    private static TextSpan? InSentence(BlockNode node, int index, BlockWords? words)
    {
        var span = node.Sentences[index].Span;
        // The block's reading of the sentence when there is one, else the same reading made here: tokenised and looked
        // up, not read from the sentence node, which would keep the token array for as long as the tree.
        var tokens = words is null ? LookUp(node.Text, span) : words.Sentence(index);
        // Only the tags up to the main verb, and those right after a comma in its clause, are read; those the
        // attribution reader found of the sentence are taken as it found them.
        using var tags = BlockWord.TagFromLeft(node.Text, tokens, words is null ? default : words.KnownTags(index));
        if (MainVerb(node.Text, tokens, tags) is not { } verb)
        {
            return null;
        }
        var start = verb;
        while (start > 0 && Is(tags[start - 1], Role.Adverb) && KindOf(node.Text, tokens[start - 1], span.End) == TokenKind.Word)
        {
            start--;
        }
        var end = ClauseEnd(node.Text, tokens, tags, verb, span.End);
        return TextSpan.FromBounds(tokens[start].Start, tokens[end].End);
    }

    [ThreadStatic]
    private static BlockWord[]? _read;

    [ThreadStatic]
    private static List<Token>? _tokens;

    // The sentence's tokens and their lexemes, as a block's reading gives them, so each spelling is read for the tagger once per thread.
    private static ReadOnlySpan<BlockWord> LookUp(string text, TextSpan sentence)
    {
        var scratch = _tokens ??= [];
        scratch.Clear();
        Tokenizer.Tokenize(text, sentence.Start, sentence.End, scratch);
        var read = _read is { } kept && kept.Length >= scratch.Count ? kept : _read = new BlockWord[Math.Max(scratch.Count, 64)];
        SentenceWords.LookUp(text, CollectionsMarshal.AsSpan(scratch), read);
        return read.AsSpan(0, scratch.Count);
    }

    /// <summary>
    /// The tokenizer's kind of a token of a block's reading. Its lexeme's kind, made from the same spelling, is the
    /// token's, but for the marks that may be footnote markers ("*", "†", "‡"), which the tokenizer tells apart from
    /// punctuation by the characters around them: that one token is tokenised again (a scan may restart at any
    /// token). Only marks of several characters ("...") have no lexeme, and the tokenizer makes them punctuation.
    /// </summary>
    private static TokenKind KindOf(string text, BlockWord token, int sentenceEnd)
    {
        if (token.Lexeme is not { Token: var kind })
        {
            return TokenKind.Punctuation;
        }
        if (kind is TokenKind.Punctuation or TokenKind.FootnoteMarker && text[token.Start] is '*' or '†' or '‡')
        {
            var one = _tokens ??= [];
            one.Clear();
            Tokenizer.Tokenize(text, token.Start, sentenceEnd, one, stopAt: token.Start + 1);
            return one[0].Kind;
        }
        return kind;
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

    private static int? MainVerb(string blockText, ReadOnlySpan<BlockWord> tokens, LeftTags tags)
    {
        var subordinate = false;
        int? participle = null, anyVerb = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var role = RoleOf(tags[i]);
            if ((role & Role.Subordinator) != 0)
            {
                subordinate = true;
            }
            else if (IsComma(blockText, tokens[i]))
            {
                subordinate = false;
            }
            else if ((role & Role.Finite) != 0)
            {
                if (!subordinate)
                {
                    return i;
                }
                subordinate = false;
            }
            else if ((role & Role.Verb) != 0)
            {
                participle ??= (role & Role.PastParticiple) != 0 && !subordinate ? i : null;
                anyVerb ??= i;
            }
        }
        return participle ?? anyVerb;
    }

    private static int ClauseEnd(string blockText, ReadOnlySpan<BlockWord> tokens, LeftTags tags, int verb, int sentenceEnd)
    {
        var last = verb;
        var openQuote = false;
        for (var i = verb + 1; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var kind = KindOf(blockText, token, sentenceEnd);
            if (kind == TokenKind.QuoteMark)
            {
                // A closing mark belongs to the head only when the head holds the opening one.
                if (openQuote)
                {
                    last = i;
                }
                openQuote = !openQuote;
                continue;
            }
            if (kind == TokenKind.Punctuation)
            {
                var mark = blockText[token.Start];
                if (mark is ';' or ':' or '(' or '—' or '–' || mark == '-' && token.End - token.Start > 1)
                {
                    break;
                }
                if (IsComma(blockText, token) && i + 1 < tokens.Length && Is(tags[i + 1], Role.OpensClause))
                {
                    break;
                }
                continue;
            }
            last = i;
        }
        return last;
    }

    // A comma is always a token of its own, and always punctuation.
    private static bool IsComma(string blockText, BlockWord token) => token.End - token.Start == 1 && blockText[token.Start] == ',';

    /// <summary>What a tag is to the rule: read from a table by the tag's number, not from its labels at each token.</summary>
    [Flags]
    private enum Role : byte
    {
        None = 0,
        // A subordinating conjunction or a wh-word: takes the next finite verb as its clause's own.
        Subordinator = 1,
        // Penn VBD, VBZ, VBP, MD.
        Finite = 2,
        // A verb of any form.
        Verb = 4,
        // Penn VBN.
        PastParticiple = 8,
        Adverb = 16,
        // A coordinating conjunction, a subordinator or a gerund: after a comma, a new clause.
        OpensClause = 32,
    }

    // By tag number (PosTag.Id, the tagger's index of the tag); made with the first head asked for.
    private static class TagRoles
    {
        public static readonly Role[] ById = RolesOf(PartOfSpeechTagger.Default.Tags);
    }

    private static Role[] RolesOf(IReadOnlyList<PosTag> tags)
    {
        var roles = new Role[256];
        foreach (var tag in tags)
        {
            var subordinator = tag.Upos == UniversalPos.SCONJ || tag.IsWhWord;
            roles[tag.Id] = (subordinator ? Role.Subordinator | Role.OpensClause : Role.None)
                | (tag.IsFiniteVerb ? Role.Finite : Role.None)
                | (tag.IsVerb ? Role.Verb : Role.None)
                | (tag.Xpos == "VBN" ? Role.PastParticiple : Role.None)
                | (tag.Upos == UniversalPos.ADV ? Role.Adverb : Role.None)
                | (tag.Upos == UniversalPos.CCONJ || tag.IsGerund ? Role.OpensClause : Role.None);
        }
        return roles;
    }

    private static Role RoleOf(PosTag tag) => TagRoles.ById[tag.Id];

    private static bool Is(PosTag tag, Role role) => (TagRoles.ById[tag.Id] & role) != 0;

    /// <summary>
    /// Where the heads of a block's sentences are kept: a slot of the block's results, holding a long per sentence, each
    /// head found the first time it is asked for.
    /// </summary>
    private sealed class BlockHeadsSlot
    {
        // A sentence found to have no head; 0 is a sentence not yet asked about.
        private const long NoHead = -1;

        private readonly int _slot = RuleSlots.Register("BYL0001 claim heads");

        // Each head packed into one long, its start plus one above its length, rather than a record per sentence (the
        // rule asks about most sentences of a folder): a long is read and written whole, so a thread reads either
        // nothing yet or a head another thread wrote in full. Two threads may find the same head; both find the same
        // span and either may be kept.
        public TextSpan? Get(BlockResultTable table, Block block, int sentence)
        {
            var results = table.Of(block);
            var heads = results.RuleFindings(_slot, block.Node, 0, static (node, _) => new long[node.Sentences.Length]);
            var packed = Volatile.Read(ref heads[sentence]);
            if (packed == 0)
            {
                packed = InSentence(block.Node, sentence, results.Words) is { } head ? ((long)(head.Start + 1) << 32) | (uint)head.Length : NoHead;
                Volatile.Write(ref heads[sentence], packed);
            }
            return packed == NoHead ? null : new TextSpan((int)(packed >> 32) - 1, (int)packed);
        }
    }
}
