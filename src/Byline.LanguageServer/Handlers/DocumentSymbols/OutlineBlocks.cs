using System.Runtime.CompilerServices;
using System.Text.Json;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.LanguageServer.Protocol;
using Byline.Syntax;
using Byline.Text;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.DocumentSymbols;

/// <summary>
/// The outline's symbol of each block of one document, kept from one outline to the next: editors ask for the
/// outline after every change, and a keystroke changes one block. A block's symbol is taken over when the block is
/// the same node, of the same kind, starting at the same line and character, with the same ordinal among its kind,
/// and (for prose) its sentences are the very linked sentences the symbol was made from (<see cref="SentenceList.Unmoved"/>,
/// each where the block puts it): then every name, detail and range in it comes out the same. A symbol the outline
/// lists at the top (not in a group) is kept as its JSON once written (<see cref="KeptSymbol.Json"/>), so an outline
/// after a keystroke writes the other blocks' bytes as they were and serialises only the edited block's. One per
/// document, never shared; a symbol is immutable, so two outlines may share it.
/// </summary>
public sealed class OutlineBlocks
{
    private Dictionary<BlockNode, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private Dictionary<BlockNode, Entry> _next = new(ReferenceEqualityComparer.Instance);
    private PositionEncoding? _encoding;
    private EntitySymbols.EntityKey[] _entityKeys = [];
    private EntitySymbols.EntityKey[] _entityKeysNow = [];
    private KeptSymbol? _entitiesGroup;
    private readonly EntitySymbols _entitySymbols = new();
    private Dictionary<object, FlatSymbols> _flat = new(ReferenceEqualityComparer.Instance);
    private Dictionary<object, FlatSymbols> _nextFlat = new(ReferenceEqualityComparer.Instance);
    private Dictionary<KeptSymbol, KeptGroup> _groups = new(ReferenceEqualityComparer.Instance);
    private Dictionary<KeptSymbol, KeptGroup> _nextGroups = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The outline last answered to <c>byline/documentSymbol</c> for this document, its top-level symbols as JSON, and its
    /// result id (<see cref="OutlineHandler"/>); null before the first.
    /// </summary>
    public SentOutline? Sent { get; set; }

    /// <summary>Where the next prose block's first sentence is expected in the linked sentences: just after the last one's.</summary>
    private int _nextSentence;

    /// <summary>What a block's symbol was made from, and the symbol.</summary>
    private sealed record Entry(BlockKind Kind, LinePosition Start, int Ordinal, SentenceSourcing[]? Sentences, KeptSymbol Symbol);

    /// <summary>A group's members (the blocks' kept symbols) and range, and the group's symbol, keyed by its first member.</summary>
    private sealed record KeptGroup(KeptSymbol[] Members, LinePosition Start, LinePosition End, KeptSymbol Symbol);

    /// <summary>
    /// Starts an outline of <paramref name="encoding"/>: symbols of another encoding are dropped. An outline of the
    /// article's structure only (<see cref="ArticleOutline.MaxSentences"/>) asks for no prose block, so the prose
    /// blocks' symbols are not kept for the next; the other blocks' are the same in either outline.
    /// </summary>
    public void Begin(PositionEncoding encoding)
    {
        if (_encoding != encoding)
        {
            _entitiesGroup = null;
            _entries.Clear();
            _groups.Clear();
            _encoding = encoding;
        }
        _next.Clear();
        _nextGroups.Clear();
        _nextSentence = 0;
    }

    /// <summary>
    /// The block's kept symbol when it was made from the same (then kept for the next outline too), else null: make it
    /// and <see cref="Keep"/> it.
    /// </summary>
    /// <remarks>
    /// Typing in one block leaves every other block as it was, so this check, which runs for every block of the article
    /// on every keystroke, allocates nothing; only a symbol made again records its sentences.
    /// </remarks>
    public KeptSymbol? Find(Block block, ArticleText text, int ordinal, ArticleSourcing? sourcing)
    {
        if (_entries.TryGetValue(block.Node, out var entry) && entry.Kind == block.Kind && entry.Ordinal == ordinal
            && entry.Start == text.ToPosition(block.Start, _encoding!.Value) && SameSentences(entry.Sentences, block, sourcing))
        {
            _next[block.Node] = entry;
            return entry.Symbol;
        }
        return null;
    }

    /// <summary>Keeps <paramref name="symbol"/>, just made for the block, for the next outline.</summary>
    public KeptSymbol Keep(Block block, ArticleText text, int ordinal, ArticleSourcing? sourcing, DocumentSymbol symbol)
    {
        var entry = new Entry(block.Kind, text.ToPosition(block.Start, _encoding!.Value), ordinal, SentencesOf(block, sourcing), new KeptSymbol(symbol));
        _next[block.Node] = entry;
        return entry.Symbol;
    }

    /// <summary>
    /// The outline's entities group: the last one when every entity has the same name, type and number of mentions, in
    /// the same order, with its first mention at the same range, else one made anew, from the kept JSON of each entity
    /// whose symbol is made from the same (<see cref="EntitySymbols"/>). Those are all the group is made from (its
    /// members' order, names, details and ranges; the sub-groups' ranges and counts), so it reads the same; typing
    /// outside a name moves mentions but changes none of them, or only the ranges of the line typed in; typing inside a
    /// name changes a handful of entities' symbols, and only theirs are written.
    /// </summary>
    public KeptSymbol EntitiesGroup(ArticleEntities entities, ArticleText text)
    {
        var linked = entities.Linked; // read through the shift: the mentions are not moved for the outline
        var list = linked.Entities;
        if (_entityKeysNow.Length != list.Length)
        {
            _entityKeysNow = new EntitySymbols.EntityKey[list.Length];
        }
        var same = _entitiesGroup is not null && _entityKeys.Length == list.Length;
        for (var i = 0; i < list.Length; i++)
        {
            _entityKeysNow[i] = EntitySymbols.KeyOf(list[i], linked, text, _encoding!.Value);
            same = same && _entityKeysNow[i] == _entityKeys[i];
        }
        if (!same)
        {
            (_entityKeys, _entityKeysNow) = (_entityKeysNow, _entityKeys);
            _entitiesGroup = new KeptSymbol(_entitySymbols.Group(_entityKeys));
        }
        return _entitiesGroup!;
    }

    /// <summary>
    /// The flat list of a top-level symbol of an outline (<see cref="DocumentSymbolList.ItemAt"/>: its JSON or a kept
    /// symbol) (<see cref="FlatSymbols"/>): the Entities group's as made, the last outline's when it holds that very
    /// item, else read from the JSON. Kept for the next outline: <see cref="EndFlat"/>.
    /// </summary>
    public FlatSymbols FlatOf(object item)
    {
        if (item is KeptSymbol { Flat: { } made })
        {
            return made;
        }
        if (!_flat.TryGetValue(item, out var flat))
        {
            flat = FlatSymbols.Of(item as byte[] ?? ((ILazyJson)item).Json);
        }
        _nextFlat[item] = flat;
        return flat;
    }

    /// <summary>Ends an outline's flat lists: the next one keeps those of this one's top-level symbols only.</summary>
    public void EndFlat()
    {
        (_flat, _nextFlat) = (_nextFlat, _flat);
        _nextFlat.Clear();
    }

    /// <summary>
    /// A group of blocks (captions, boilerplate, footnotes): the last outline's when its members are the very symbols
    /// that group was made of, in order, and its range (<paramref name="start"/> to <paramref name="end"/>) is the same
    /// (then kept for the next outline too), else null: make it and <see cref="KeepGroup"/> it. A group is made of
    /// nothing else (its name and kind from its members' kind, its detail from their count, its selection from the
    /// first), so it reads the same, and is written from its JSON: a book-length article has a few hundred captions and
    /// credits, and writing their groups anew was the largest part of its outline's cost after each keystroke. Finding
    /// a group allocates nothing.
    /// </summary>
    public KeptSymbol? FindGroup(List<(Block Block, DocumentSymbol Symbol, KeptSymbol? Kept)> run, LinePosition start, LinePosition end)
    {
        if (!_groups.TryGetValue(run[0].Kept!, out var group) || group.Start != start || group.End != end || group.Members.Length != run.Count)
        {
            return null;
        }
        for (var i = 0; i < run.Count; i++)
        {
            if (!ReferenceEquals(group.Members[i], run[i].Kept))
            {
                return null;
            }
        }
        _nextGroups[run[0].Kept!] = group;
        return group.Symbol;
    }

    /// <summary>Keeps <paramref name="symbol"/>, just made for the group of <paramref name="members"/>, for the next outline.</summary>
    public KeptSymbol KeepGroup(KeptSymbol[] members, LinePosition start, LinePosition end, DocumentSymbol symbol)
    {
        var group = new KeptGroup(members, start, end, new KeptSymbol(symbol));
        _nextGroups[members[0]] = group;
        return group.Symbol;
    }

    /// <summary>Ends the outline: the next one keeps the symbols of this one's blocks and groups only.</summary>
    public void End()
    {
        (_entries, _next) = (_next, _entries);
        (_groups, _nextGroups) = (_nextGroups, _groups);
    }

    /// <summary>
    /// Whether the block's sentences are, one for one, the very linked sentences <paramref name="kept"/> holds, each where
    /// the block puts it (what <see cref="SentencesOf"/> would return now, read in place).
    /// </summary>
    private bool SameSentences(SentenceSourcing[]? kept, Block block, ArticleSourcing? sourcing)
    {
        var nodes = block.Node.Sentences;
        if (kept is null)
        {
            return false;
        }
        if (sourcing is null || nodes.Length == 0 || !ProseSymbols.IsProse(block.Kind))
        {
            return kept.Length == 0;
        }
        var list = sourcing.Sentences;
        if (kept.Length != nodes.Length)
        {
            return false;
        }
        var first = FirstSentence(list, block.Start + nodes[0].Span.Start, nodes.Length);
        if (first < 0 || first + nodes.Length > list.Length)
        {
            return false;
        }
        for (var i = 0; i < nodes.Length; i++)
        {
            if (list.SpanAt(first + i).Start != block.Start + nodes[i].Span.Start || !ReferenceEquals(list.Unmoved(first + i), kept[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The index of the linked sentence that starts at <paramref name="start"/>, or -1: blocks are asked for in order, so
    /// it is usually the one after the last block's sentences, else it is searched for. Either way the next block's is
    /// then expected after this block's <paramref name="count"/> sentences.
    /// </summary>
    private int FirstSentence(SentenceList list, int start, int count)
    {
        var first = _nextSentence < list.Length && list.SpanAt(_nextSentence).Start == start ? _nextSentence : ProseSymbols.IndexOf(list, start);
        if (first >= 0)
        {
            _nextSentence = first + count;
        }
        return first;
    }

    /// <summary>
    /// The linked sentences of a prose block as made, one per sentence of its node, each found where the block puts
    /// it; none when the block is not prose or there is no linking; null (the symbol is made again) when a sentence
    /// is not where the block puts it.
    /// </summary>
    private SentenceSourcing[]? SentencesOf(Block block, ArticleSourcing? sourcing)
    {
        var nodes = block.Node.Sentences;
        if (sourcing is null || nodes.Length == 0 || !ProseSymbols.IsProse(block.Kind))
        {
            return [];
        }
        var list = sourcing.Sentences;
        var first = FirstSentence(list, block.Start + nodes[0].Span.Start, nodes.Length);
        if (first < 0 || first + nodes.Length > list.Length)
        {
            return null;
        }
        var result = new SentenceSourcing[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            if (list.SpanAt(first + i).Start != block.Start + nodes[i].Span.Start)
            {
                return null;
            }
            result[i] = list.Unmoved(first + i);
        }
        return result;
    }
}

/// <summary>
/// A block's symbol as an outline keeps it: the symbol, or once <see cref="Json"/> was asked for, its JSON alone (as
/// <see cref="LspJsonContext.Wire"/> writes it), so the kept outline holds one form of each symbol, not two. Made and
/// read under the document's lock (<see cref="Server.PerOpenDocument{T}.With{TResult}"/>).
/// </summary>
public sealed class KeptSymbol : ILazyJson
{
    private DocumentSymbol? _symbol;
    private byte[]? _json;

    public KeptSymbol(DocumentSymbol symbol) => _symbol = symbol;

    /// <summary>
    /// A symbol known by its flat list (<see cref="FlatSymbols"/>, the Entities group), its JSON written from it when first
    /// asked for: a client sent edits never needs it.
    /// </summary>
    public KeptSymbol(FlatSymbols flat) => Flat = flat;

    /// <summary>The flat list the symbol was made as, or null.</summary>
    public FlatSymbols? Flat { get; }

    public DocumentSymbol Symbol => _symbol ?? JsonSerializer.Deserialize(Json, LspJsonContext.Wire.DocumentSymbol)!;

    /// <summary>The symbol's JSON, written the first time it is asked for; the symbol itself is let go then.</summary>
    public byte[] Json
    {
        get
        {
            if (_json is null && Flat is not null)
            {
                // Written from an immutable list, so two threads that both write it write the same bytes.
                Interlocked.CompareExchange(ref _json, OutlineJson.Nested(Flat), null);
            }
            else if (_json is null)
            {
                _json = JsonSerializer.SerializeToUtf8Bytes(_symbol!, LspJsonContext.Wire.DocumentSymbol);
                _symbol = null;
            }
            return _json!;
        }
    }
}

/// <summary>
/// An outline as answered: its result id, each top-level symbol (its JSON or a <see cref="KeptSymbol"/>), and when a client that applies edits asked for
/// it, its flat list (<see cref="FlatSymbols"/>), which the next answer's edits are made against.
/// </summary>
public sealed record SentOutline(string ResultId, object[] Items, FlatSymbols? Flat = null);
