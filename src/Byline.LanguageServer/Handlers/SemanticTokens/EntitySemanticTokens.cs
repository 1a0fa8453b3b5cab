using Byline.Analysis.Entities;
using Byline.LanguageServer.Protocol;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.SemanticTokens;

/// <summary>
/// Semantic tokens for entity mentions, with standard token types so every theme colours them: PER →
/// <c>variable</c>, ORG → <c>class</c>, LOC → <c>namespace</c>, MISC → <c>enumMember</c>; the modifier
/// <c>declaration</c> marks an entity's first mention and the mentions that define an acronym. Positions and
/// lengths are in the negotiated encoding. A token never spans lines: a mention broken over lines gives one
/// token per line; overlapping mentions keep the first.
/// </summary>
public static class EntitySemanticTokens
{
    public static readonly string[] TokenTypes = ["variable", "class", "namespace", "enumMember"];

    public static readonly string[] TokenModifiers = ["declaration"];

    public static SemanticTokensLegend Legend { get; } = new(TokenTypes, TokenModifiers);

    public static int TypeIndex(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Organization => 1,
        EntityType.Location => 2,
        _ => 3,
    };

    public static int[] Encode(ArticleEntities entities, ArticleText text, PositionEncoding encoding, TextSpan? range = null)
    {
        var data = new List<int>();
        var state = new Cursor();
        var mentions = range is { } r ? entities.MentionsIn(r) : entities.Mentions;
        foreach (var mention in mentions)
        {
            Add(mention, entities, text, encoding, data, ref state);
        }
        return [.. data];
    }

    /// <summary>
    /// The whole document's tokens, with where each mention's tokens start. When <paramref name="previous"/> was made
    /// from the mentions these were moved from across one edit (<see cref="ArticleEntities.MovedFrom"/>), they are
    /// <paramref name="previous"/>'s data with one token's place written again (<see cref="Moved"/>); otherwise every
    /// mention is encoded.
    /// </summary>
    public static EncodedTokens EncodeAll(ArticleEntities entities, ArticleText text, PositionEncoding encoding, EncodedTokens? previous = null)
    {
        if (previous is not null && Moved(previous, entities, text, encoding) is { } moved)
        {
            return moved;
        }
        var mentions = entities.Mentions;
        var firstTokenOf = new int[mentions.Length + 1];
        var data = new List<int>(previous?.Data.Length ?? 0);
        var state = new Cursor();
        for (var i = 0; i < mentions.Length; i++)
        {
            firstTokenOf[i] = data.Count / TokenLength;
            Add(mentions[i], entities, text, encoding, data, ref state);
        }
        firstTokenOf[^1] = data.Count / TokenLength;
        return new EncodedTokens([.. data], firstTokenOf, entities.MentionsIdentity, encoding);
    }

    /// <summary>
    /// The tokens of mentions moved across one edit, from the tokens of the mentions they were moved from. Nothing a
    /// token holds changes but its place: the entities, their types and first mentions are the same, so are the
    /// mentions and their order, and none lies in the edit, so a mention's text (and how many lines it spans) is as it
    /// was, and which mentions overlap others too. The tokens of the mentions before the edit are where they were; after
    /// it, each token is written relative to the one before it, which moved with it, except the first token after the
    /// edit, whose place is written again relative to the last token before it.
    /// </summary>
    private static EncodedTokens? Moved(EncodedTokens previous, ArticleEntities entities, ArticleText text, PositionEncoding encoding)
    {
        if (previous.Encoding != encoding || entities.MovedFrom is not { } move || move.From != previous.MentionsIdentity
            || entities.Mentions.Length + 1 != previous.FirstTokenOf.Length)
        {
            return null;
        }
        var mentions = entities.Mentions;
        var data = (int[])previous.Data.Clone();
        var firstTokenOf = previous.FirstTokenOf;
        // The mentions before the edit start before its range; those after it start at or after the range's new end.
        var mention = FirstStartingAtOrAfter(mentions, move.OldStart);
        var token = firstTokenOf[mention];
        if (token < data.Length / TokenLength)
        {
            while (firstTokenOf[mention + 1] == token)
            {
                mention++; // a mention with no token (empty, or overlapping the one before)
            }
            var (previousLine, previousChar) = PlaceBefore(data, token);
            var (line, character) = FirstTokenPlace(mentions[mention], text, encoding);
            data[token * TokenLength] = line - previousLine;
            data[token * TokenLength + 1] = line == previousLine ? character - previousChar : character;
        }
        return new EncodedTokens(data, firstTokenOf, entities.MentionsIdentity, encoding);
    }

    private const int TokenLength = 5;

    /// <summary>Where the encoding stands: the last token's line and character, and the end of the last mention encoded.</summary>
    private struct Cursor
    {
        public int Line;
        public int Character;
        public int End;

        public Cursor() => End = -1;
    }

    /// <summary>Adds a mention's tokens, one per line it spans; none when it is empty, overlaps the last one or names no entity.</summary>
    private static void Add(Mention mention, ArticleEntities entities, ArticleText text, PositionEncoding encoding, List<int> data, ref Cursor state)
    {
        if (mention.Span.Start < state.End || mention.Span.IsEmpty || entities.Find(mention.EntityId) is not { } entity)
        {
            return;
        }
        state.End = mention.Span.End;
        var type = TypeIndex(entity.Type);
        var modifiers = mention == entity.FirstMention || mention.IsDefinition ? 1 : 0;
        var start = text.ToPosition(mention.Span.Start, encoding);
        var end = text.ToPosition(mention.Span.End, encoding);
        for (var line = start.Line; line <= end.Line; line++)
        {
            var from = line == start.Line ? start.Character : 0;
            var to = line == end.Line ? end.Character : text.ToPosition(LineEnd(text, line), encoding).Character;
            if (to <= from)
            {
                continue;
            }
            data.Add(line - state.Line);
            data.Add(line == state.Line ? from - state.Character : from);
            data.Add(to - from);
            data.Add(type);
            data.Add(modifiers);
            state.Line = line;
            state.Character = from;
        }
    }

    /// <summary>The line and character of a mention's first token (the first line it spans with a character on it).</summary>
    private static (int Line, int Character) FirstTokenPlace(Mention mention, ArticleText text, PositionEncoding encoding)
    {
        var start = text.ToPosition(mention.Span.Start, encoding);
        var end = text.ToPosition(mention.Span.End, encoding);
        for (var line = start.Line; line <= end.Line; line++)
        {
            var from = line == start.Line ? start.Character : 0;
            var to = line == end.Line ? end.Character : text.ToPosition(LineEnd(text, line), encoding).Character;
            if (to > from)
            {
                return (line, from);
            }
        }
        throw new InvalidOperationException("A mention that had a token has none.");
    }

    /// <summary>The line and character of the token before <paramref name="token"/> (0, 0 before the first), from the relative encoding.</summary>
    private static (int Line, int Character) PlaceBefore(int[] data, int token)
    {
        int line = 0, character = 0;
        for (var i = 0; i < token * TokenLength; i += TokenLength)
        {
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            line += data[i];
        }
        return (line, character);
    }

    /// <summary>The index of the first mention that starts at or after <paramref name="offset"/> (mentions are sorted by start).</summary>
    private static int FirstStartingAtOrAfter(System.Collections.Immutable.ImmutableArray<Mention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The offset where <paramref name="line"/>'s content ends (before its line break).</summary>
    private static int LineEnd(ArticleText text, int line) => text.Lines.GetLineEnd(line, text.Source);
}

/// <summary>
/// A document's semantic tokens as <see cref="EntitySemanticTokens.EncodeAll"/> made them: the data, the index of each
/// mention's first token (and the count of all tokens last), and which mentions (<see cref="ArticleEntities.MentionsIdentity"/>)
/// in which encoding they were made from, so that the next keystroke's tokens can be made from them.
/// </summary>
public sealed record EncodedTokens(int[] Data, int[] FirstTokenOf, long MentionsIdentity, PositionEncoding Encoding)
{
    public static EncodedTokens None { get; } = new([], [0], 0, PositionEncoding.Utf16);
}
