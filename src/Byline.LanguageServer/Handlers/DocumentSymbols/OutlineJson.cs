using System.Text.Json;
using Byline.Analysis.Entities;
using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Protocol;
using Byline.Text;

namespace Byline.LanguageServer.Handlers.DocumentSymbols;

/// <summary>
/// An outline's symbols in document order, each parent before its children (pre-order), each one's JSON without its
/// children (<see cref="Heads"/>) and its number of children (<see cref="Counts"/>): the list a delta of the outline
/// edits (<see cref="OutlineDelta"/>). A client rebuilds the tree from it by giving each symbol the next
/// <c>Counts[i]</c> subtrees as children.
/// </summary>
public sealed record FlatSymbols(byte[][] Heads, int[] Counts)
{
    /// <summary>
    /// The flat list of a symbol written as JSON (<see cref="LspJsonContext.Wire"/>): each symbol read and written again
    /// without its children. Used for a top-level symbol the first time a delta needs it (the outline keeps the result per
    /// symbol, which a keystroke leaves the same object), so for the few made anew.
    /// </summary>
    public static FlatSymbols Of(byte[] json)
    {
        var symbol = JsonSerializer.Deserialize(json, LspJsonContext.Wire.DocumentSymbol)!;
        if (symbol.Children is not { Length: > 0 })
        {
            return new FlatSymbols([json], [0]);
        }
        var (heads, counts) = (new List<byte[]>(), new List<int>());
        Add(symbol, heads, counts);
        return new FlatSymbols([.. heads], [.. counts]);
    }

    private static void Add(DocumentSymbol symbol, List<byte[]> heads, List<int> counts)
    {
        heads.Add(OutlineJson.Head(symbol with { Children = null }));
        counts.Add(symbol.Children?.Length ?? 0);
        foreach (var child in symbol.Children ?? [])
        {
            Add(child, heads, counts);
        }
    }
}

/// <summary>Writing an outline's symbols as JSON a piece at a time.</summary>
public static class OutlineJson
{
    /// <summary>A symbol's JSON as the wire context writes it.</summary>
    public static byte[] Head(DocumentSymbol symbol) => JsonSerializer.SerializeToUtf8Bytes(symbol, LspJsonContext.Wire.DocumentSymbol);

    /// <summary>
    /// The JSON of the symbol at <paramref name="index"/> of a flat list with its descendants, as the wire context writes
    /// the symbol with its children: each head (an object the wire context wrote, whose last member is not
    /// <c>children</c>) is copied, and a parent's gets <c>"children":[…]</c> as its last member. One array, written once.
    /// </summary>
    public static byte[] Nested(FlatSymbols flat, int index = 0)
    {
        var end = index;
        var length = Length(flat, ref end);
        var json = new byte[length];
        var (at, next) = (0, index);
        Write(flat, ref next, json, ref at);
        return json;
    }

    private static int Length(FlatSymbols flat, ref int next)
    {
        var at = next++;
        var length = flat.Heads[at].Length;
        if (flat.Counts[at] > 0)
        {
            // ,"children":[ … ] and the commas between the children.
            length += 14 + flat.Counts[at] - 1;
            for (var c = 0; c < flat.Counts[at]; c++)
            {
                length += Length(flat, ref next);
            }
        }
        return length;
    }

    private static void Write(FlatSymbols flat, ref int next, byte[] json, ref int at)
    {
        var (head, count) = (flat.Heads[next], flat.Counts[next]);
        next++;
        if (count == 0)
        {
            head.CopyTo(json, at);
            at += head.Length;
            return;
        }
        head.AsSpan(0, head.Length - 1).CopyTo(json.AsSpan(at));
        at += head.Length - 1;
        ",\"children\":["u8.CopyTo(json.AsSpan(at));
        at += 13;
        for (var c = 0; c < count; c++)
        {
            if (c > 0)
            {
                json[at++] = (byte)',';
            }
            Write(flat, ref next, json, ref at);
        }
        json[at++] = (byte)']';
        json[at++] = (byte)'}';
    }
}

/// <summary>
/// The outline's Entities group written from each entity's symbol as JSON, kept per entity from one outline to the next
/// (by what the symbol is made from: name, type, number of mentions, first mention's range). Typing inside a name
/// changes that entity's symbol and the ranges of the entities first mentioned after it on the line, a handful of the
/// ~900 of a book-length article, so after a keystroke only those are written (the others' bytes are copied), and the
/// group's flat list (<see cref="FlatSymbols"/>) holds the same arrays for the others, which a delta finds unchanged by
/// reference. One per document, used under its lock.
/// </summary>
internal sealed class EntitySymbols
{
    private Dictionary<EntityKey, byte[]> _leaves = [];
    private Dictionary<EntityKey, byte[]> _nextLeaves = [];

    /// <summary>What an entity's symbol in the outline is made from.</summary>
    public readonly record struct EntityKey(string Name, EntityType Type, int Mentions, LinePosition Start, LinePosition End);

    public static EntityKey KeyOf(Entity entity, LinkedEntities linked, ArticleText text, PositionEncoding encoding)
    {
        var span = linked.SpanOf(entity.FirstMention); // read through the shift: the mentions are not moved for the outline
        return new EntityKey(entity.Name, entity.Type, entity.Mentions.Length, text.ToPosition(span.Start, encoding), text.ToPosition(span.End, encoding));
    }

    /// <summary>
    /// The group's flat list (its JSON: <see cref="OutlineJson.Nested"/>) for the entities of <paramref name="keys"/> (in the analysis' order): sub-groups by
    /// type in order of their first member, members in order of first mention, as <see cref="ArticleOutline"/> lists them.
    /// </summary>
    public FlatSymbols Group(EntityKey[] keys)
    {
        _nextLeaves.Clear();
        var groups = SubGroups(keys);
        var (heads, counts) = (new byte[keys.Length + groups.Count + 1][], new int[keys.Length + groups.Count + 1]);
        var (at, start, end) = (1, groups[0][0].Start, groups[0][0].End);
        foreach (var members in groups)
        {
            var span = SpanOf(members);
            (start, end) = (PositionOrder.Min(start, span.Start), PositionOrder.Max(end, span.End));
            heads[at] = OutlineJson.Head(new DocumentSymbol(EntityNavigation.GroupName(members[0].Type), $"{members.Count} entities",
                SymbolKind.Package, RangeOf(span.Start, span.End), RangeOf(members[0]), null));
            counts[at++] = members.Count;
            foreach (var member in members)
            {
                heads[at++] = Leaf(member);
            }
        }
        heads[0] = OutlineJson.Head(new DocumentSymbol(ArticleOutline.EntitiesGroupName, $"{keys.Length} entities", SymbolKind.Package,
            RangeOf(start, end), RangeOf(groups[0][0]), null));
        counts[0] = groups.Count;
        (_leaves, _nextLeaves) = (_nextLeaves, _leaves);
        return new FlatSymbols(heads, counts);
    }

    /// <summary>The entities by type, each type's in order of first mention, the types in order of their first member's.</summary>
    private static List<List<EntityKey>> SubGroups(EntityKey[] keys)
    {
        var groups = keys.GroupBy(k => k.Type).Select(g => g.OrderBy(k => k.Start, PositionOrder.Instance).ToList()).ToList();
        // Stable, as LINQ's ordering is: types whose first members start together stay in the analysis' order.
        return [.. groups.OrderBy(g => g.Aggregate(g[0].Start, (min, k) => PositionOrder.Min(min, k.Start)), PositionOrder.Instance)];
    }

    private byte[] Leaf(EntityKey key)
    {
        if (!_leaves.TryGetValue(key, out var json))
        {
            var range = RangeOf(key);
            // The sub-group names the type ("People", "Places"), so the detail does not repeat it (Keystroke, Session 34).
            json = OutlineJson.Head(new DocumentSymbol(ArticleOutline.Abbreviate(key.Name), $"{key.Mentions} mention(s)",
                EntityNavigation.SymbolKindOf(key.Type), range, range, null));
        }
        _nextLeaves[key] = json;
        return json;
    }

    private static Protocol.Range RangeOf(EntityKey key) => RangeOf(key.Start, key.End);

    private static Protocol.Range RangeOf(LinePosition start, LinePosition end) => new(start.ToLsp(), end.ToLsp());

    /// <summary>From the earliest start to the latest end of <paramref name="keys"/>: a group's range spans its members.</summary>
    private static (LinePosition Start, LinePosition End) SpanOf(List<EntityKey> keys)
    {
        var (start, end) = (keys[0].Start, keys[0].End);
        foreach (var key in keys)
        {
            start = PositionOrder.Min(start, key.Start);
            end = PositionOrder.Max(end, key.End);
        }
        return (start, end);
    }

    private sealed class PositionOrder : IComparer<LinePosition>
    {
        public static PositionOrder Instance { get; } = new();

        public int Compare(LinePosition a, LinePosition b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);

        public static LinePosition Min(LinePosition a, LinePosition b) => Instance.Compare(a, b) <= 0 ? a : b;

        public static LinePosition Max(LinePosition a, LinePosition b) => Instance.Compare(a, b) >= 0 ? a : b;
    }
}

/// <summary>
/// Edits that turn one flat outline (<see cref="FlatSymbols"/>) into the next, as semantic tokens' deltas do: each
/// replaces <c>deleteCount</c> symbols from <c>start</c> (an index in the earlier list) with the symbols given, edits in
/// order and apart.
/// </summary>
internal static class OutlineDelta
{
    /// <summary>Whether two flat lists are the same symbols.</summary>
    public static bool Same(FlatSymbols a, FlatSymbols b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a.Heads.Length != b.Heads.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Heads.Length; i++)
        {
            if (!Same(a, i, b, i))
            {
                return false;
            }
        }
        return true;
    }

    public static List<OutlineEdit> Edits(FlatSymbols before, FlatSymbols after)
    {
        var (n, m) = (before.Heads.Length, after.Heads.Length);
        var prefix = 0;
        while (prefix < n && prefix < m && Same(before, prefix, after, prefix))
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && Same(before, n - 1 - suffix, after, m - 1 - suffix))
        {
            suffix++;
        }
        var edits = new List<OutlineEdit>();
        if (n - prefix - suffix != m - prefix - suffix)
        {
            edits.Add(Edit(after, prefix, n - prefix - suffix, m - prefix - suffix));
            return edits;
        }
        // As many symbols before as after (typing in a name moves no symbol in or out): an edit per run of changed ones.
        for (var i = prefix; i < n - suffix;)
        {
            if (Same(before, i, after, i))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < n - suffix && !Same(before, end, after, end))
            {
                end++;
            }
            edits.Add(Edit(after, i, end - i, end - i));
            i = end;
        }
        return edits;
    }

    private static OutlineEdit Edit(FlatSymbols after, int start, int deleteCount, int count)
    {
        if (count == 0)
        {
            return new OutlineEdit(start, deleteCount);
        }
        var symbols = new DocumentSymbolList.Builder();
        for (var i = start; i < start + count; i++)
        {
            symbols.AddJson(after.Heads[i]);
        }
        return new OutlineEdit(start, deleteCount, symbols.ToList(), after.Counts[start..(start + count)]);
    }

    private static bool Same(FlatSymbols a, int i, FlatSymbols b, int j) =>
        a.Counts[i] == b.Counts[j] && (ReferenceEquals(a.Heads[i], b.Heads[j]) || a.Heads[i].AsSpan().SequenceEqual(b.Heads[j]));
}
