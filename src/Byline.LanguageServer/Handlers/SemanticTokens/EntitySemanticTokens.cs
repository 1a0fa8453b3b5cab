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
        var linked = entities.Linked; // read through the shift: the mentions are not moved for the tokens
        var mentions = range is { } r ? linked.MentionsIn(r) : linked.Mentions;
        foreach (var mention in mentions)
        {
            Add(mention, linked, text, encoding, data, ref state);
        }
        return [.. data];
    }

    /// <summary>
    /// The whole document's tokens, with where each mention's tokens start, read through the entities' shift
    /// (<see cref="ArticleEntities.Linked"/>). When <paramref name="previous"/> was made from the very entities and
    /// mentions these are across one edit more (<see cref="LinkedEntities.MovedSince"/>: the entities taken over), they are
    /// <paramref name="previous"/>'s data with one token's place written again (<see cref="Moved"/>); otherwise every
    /// mention is encoded.
    /// </summary>
    public static EncodedTokens EncodeAll(ArticleEntities entities, ArticleText text, PositionEncoding encoding, EncodedTokens? previous = null)
    {
        var linked = entities.Linked;
        if (previous is not null && (Moved(previous, linked, text, encoding) ?? Relinked(previous, linked, text, encoding)) is { } made)
        {
            return made;
        }
        var mentions = linked.Mentions;
        var firstTokenOf = new int[mentions.Length + 1];
        var data = new List<int>(previous?.Data.Length ?? 0);
        var state = new Cursor();
        for (var i = 0; i < mentions.Length; i++)
        {
            firstTokenOf[i] = data.Count / TokenLength;
            Add(mentions[i], linked, text, encoding, data, ref state);
        }
        firstTokenOf[^1] = data.Count / TokenLength;
        return new EncodedTokens(new TokenData([.. data]), firstTokenOf, linked.Identity, encoding) { Linked = linked, Text = text };
    }

    /// <summary>
    /// The tokens of mentions moved across one edit, from the tokens of the mentions they were moved from. Nothing a
    /// token holds changes but its place: the entities, their types and first mentions are the same, so are the
    /// mentions and their order, and none lies in the edit, so a mention's text (and how many lines it spans) is as it
    /// was, and which mentions overlap others too. The tokens of the mentions before the edit are where they were; after
    /// it, each token is written relative to the one before it, which moved with it, except the first token after the
    /// edit, whose place is written again relative to the last token before it — beside the last data's array, which is
    /// shared, not copied (<see cref="TokenData.WithPlace"/>).
    /// </summary>
    private static EncodedTokens? Moved(EncodedTokens previous, LinkedEntities entities, ArticleText text, PositionEncoding encoding)
    {
        if (previous.Encoding != encoding || previous.Linked is not { } earlier || entities.MovedSince(earlier) is not { } move
            || entities.Mentions.Length + 1 != previous.FirstTokenOf.Length)
        {
            return null;
        }
        var mentions = entities.Mentions;
        var data = previous.Data;
        var firstTokenOf = previous.FirstTokenOf;
        // The mentions before the edit start before its range; those after it start at or after the range's new end.
        var mention = FirstStartingAtOrAfter(earlier, move.OldStart);
        var token = firstTokenOf[mention];
        if (token < data.Length / TokenLength)
        {
            while (firstTokenOf[mention + 1] == token)
            {
                mention++; // a mention with no token (empty, or overlapping the one before)
            }
            var (previousLine, previousChar) = data.PlaceBefore(token);
            var (line, character) = FirstTokenPlace(entities.SpanOf(mentions[mention]), text, encoding);
            data = data.WithPlace(token, line - previousLine, line == previousLine ? character - previousChar : character);
        }
        return new EncodedTokens(data, firstTokenOf, entities.Identity, encoding) { Linked = entities, Text = text };
    }

    /// <summary>
    /// The tokens of entities linked again after one edit (typing in a name), from the last ones: the mentions before the
    /// edit that are where they were, and those after it that moved by its length, keep their tokens when their entity's
    /// type and their being a declaration are as they were (their text and lines are, as the edit lies outside them);
    /// the mentions between are encoded, and the first one after them is encoded again, its place being relative to the
    /// token before it. A book-length article has ~9,000 mentions, and encoding them all was a keystroke's largest
    /// follow-up when it typed in a name. Null (encode every mention) when the texts are not one edit apart.
    /// </summary>
    private static EncodedTokens? Relinked(EncodedTokens previous, LinkedEntities entities, ArticleText text, PositionEncoding encoding)
    {
        if (previous.Encoding != encoding || previous.Text is not { } older || previous.Linked is not { } earlier || Edit(older, text) is not var (start, end, delta))
        {
            return null;
        }
        var (before, mentions, oldData, oldFirst) = (earlier.Mentions, entities.Mentions, previous.Data, previous.FirstTokenOf);
        var shortest = Math.Min(before.Length, mentions.Length);
        var prefix = 0;
        while (prefix < shortest && earlier.SpanOf(before[prefix]) is var was && LiesBefore(was, start) && entities.SpanOf(mentions[prefix]) == was
            && SameTokens(previous, prefix, mentions[prefix], entities))
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < shortest - prefix && earlier.SpanOf(before[^(suffix + 1)]) is var old && LiesAfter(old, end)
            && entities.SpanOf(mentions[^(suffix + 1)]) == new TextSpan(old.Start + delta, old.Length) && SameTokens(previous, before.Length - 1 - suffix, mentions[^(suffix + 1)], entities))
        {
            suffix++;
        }
        var data = new List<int>();
        var firstTokenOf = new int[mentions.Length + 1];
        Array.Copy(oldFirst, firstTokenOf, prefix);
        var state = new Cursor();
        if (prefix > 0)
        {
            (state.Line, state.Character) = oldData.PlaceBefore(oldFirst[prefix]);
            state.End = entities.SpanOf(mentions[prefix - 1]).End; // every mention kept had a token, so each set the end
        }
        // The mentions between, and the first one after them, whose first token's place is relative to the one before it.
        var encodedTo = suffix > 0 ? mentions.Length - suffix + 1 : mentions.Length;
        for (var i = prefix; i < encodedTo; i++)
        {
            firstTokenOf[i] = oldFirst[prefix] + data.Count / TokenLength;
            Add(mentions[i], entities, text, encoding, data, ref state);
        }
        var copiedFrom = before.Length - suffix + 1; // the old index of the first mention whose tokens are copied
        if (suffix > 0 && oldFirst[prefix] + data.Count / TokenLength - firstTokenOf[encodedTo - 1] != oldFirst[copiedFrom] - oldFirst[copiedFrom - 1])
        {
            return null; // the first mention after the edit lost or gained a token (it overlaps another now): not expected
        }
        var head = oldFirst[prefix] * TokenLength;
        var tail = suffix > 0 ? oldData.Length - oldFirst[copiedFrom] * TokenLength : 0;
        var all = new int[head + data.Count + tail];
        oldData.CopyTo(0, all, 0, head);
        data.CopyTo(all, head);
        oldData.CopyTo(oldData.Length - tail, all, head + data.Count, tail);
        var shift = (head + data.Count) / TokenLength - (suffix > 0 ? oldFirst[copiedFrom] : 0);
        for (var i = encodedTo; i <= mentions.Length; i++)
        {
            firstTokenOf[i] = i == mentions.Length && suffix == 0 ? all.Length / TokenLength : oldFirst[i - encodedTo + copiedFrom] + shift;
        }
        return new EncodedTokens(new TokenData(all), firstTokenOf, entities.Identity, encoding) { Linked = entities, Text = text, TokensTakenOver = (head + tail) / TokenLength };
    }

    /// <summary>
    /// The one range the older text's edits replaced (start and end in the older text) and the change in length; null
    /// when the texts are not related by edits (another document) or nothing of the older text is left on either side.
    /// </summary>
    private static (int Start, int End, int Delta)? Edit(ArticleText older, ArticleText newer)
    {
        var ranges = newer.GetChangeRanges(older);
        if (ranges.Count == 0)
        {
            return (older.Length, older.Length, 0);
        }
        var (start, end, delta) = (ranges[0].Span.Start, ranges[^1].Span.End, 0);
        foreach (var range in ranges)
        {
            delta += range.NewLength - range.Span.Length;
        }
        return start == 0 && end == older.Length ? null : (start, end, delta);
    }

    // As the entities' reuse reads a span against an edit (an empty span at the edit's start touches it).
    private static bool LiesBefore(TextSpan span, int editStart) => span.Length > 0 ? span.End <= editStart : span.Start < editStart;

    private static bool LiesAfter(TextSpan span, int editEnd) => span.Length > 0 ? span.Start >= editEnd : span.Start > editEnd;

    /// <summary>
    /// Whether old mention <paramref name="index"/> had tokens, and <paramref name="mention"/> (at the same place in the
    /// text) would be given them of the same type and modifiers.
    /// </summary>
    private static bool SameTokens(EncodedTokens previous, int index, Mention mention, LinkedEntities entities)
    {
        var token = previous.FirstTokenOf[index];
        if (previous.FirstTokenOf[index + 1] == token || entities.Find(mention.EntityId) is not { } entity)
        {
            return false;
        }
        var modifiers = mention == entity.FirstMention || mention.IsDefinition ? 1 : 0;
        return previous.Data[token * TokenLength + 3] == TypeIndex(entity.Type) && previous.Data[token * TokenLength + 4] == modifiers;
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
    private static void Add(Mention mention, LinkedEntities entities, ArticleText text, PositionEncoding encoding, List<int> data, ref Cursor state)
    {
        var span = entities.SpanOf(mention);
        if (span.Start < state.End || span.IsEmpty || entities.Find(mention.EntityId) is not { } entity)
        {
            return;
        }
        state.End = span.End;
        var type = TypeIndex(entity.Type);
        var modifiers = mention == entity.FirstMention || mention.IsDefinition ? 1 : 0;
        var start = text.ToPosition(span.Start, encoding);
        var end = text.ToPosition(span.End, encoding);
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
    private static (int Line, int Character) FirstTokenPlace(TextSpan span, ArticleText text, PositionEncoding encoding)
    {
        var start = text.ToPosition(span.Start, encoding);
        var end = text.ToPosition(span.End, encoding);
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

    /// <summary>The index of the first mention that starts at or after <paramref name="offset"/>, read where <paramref name="entities"/> put them (sorted by start).</summary>
    private static int FirstStartingAtOrAfter(LinkedEntities entities, int offset)
    {
        var mentions = entities.Mentions;
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities.SpanOf(mentions[mid]).Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The offset where <paramref name="line"/>'s content ends (before its line break).</summary>
    private static int LineEnd(ArticleText text, int line) => text.Lines.GetLineEnd(line, text.Source);
}

/// <summary>
/// A document's semantic tokens as <see cref="EntitySemanticTokens.EncodeAll"/> made them: the data, the index of each
/// mention's first token (and the count of all tokens last), and which mentions (<see cref="LinkedEntities"/>, named by
/// <paramref name="MentionsIdentity"/>) in which encoding they were made from, so that the next keystroke's tokens can be made from them.
/// </summary>
public sealed record EncodedTokens(TokenData Data, int[] FirstTokenOf, long MentionsIdentity, PositionEncoding Encoding)
{
    /// <summary>The entities the tokens were made from, read through their shift (each mention's tokens start at <see cref="FirstTokenOf"/>).</summary>
    public LinkedEntities? Linked { get; init; }

    /// <summary>The mentions the tokens were made from, in order.</summary>
    public System.Collections.Immutable.ImmutableArray<Mention> Mentions => Linked?.Mentions ?? [];

    /// <summary>The text they were made in, so that tokens of entities linked again after an edit can be made from these.</summary>
    public ArticleText? Text { get; init; }

    /// <summary>How many tokens were copied from the last tokens of entities linked again (<see cref="EntitySemanticTokens.EncodeAll"/>).</summary>
    public int TokensTakenOver { get; init; }

    public static EncodedTokens None { get; } = new(TokenData.Empty, [0], 0, PositionEncoding.Utf16);
}
