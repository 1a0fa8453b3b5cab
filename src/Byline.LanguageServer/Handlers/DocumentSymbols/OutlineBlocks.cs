using System.Runtime.CompilerServices;
using System.Text.Json;
using Byline.Analysis.Attribution;
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

    /// <summary>What a block's symbol was made from, and the symbol.</summary>
    private sealed record Entry(BlockKind Kind, Position Start, int Ordinal, SentenceSourcing[]? Sentences, KeptSymbol Symbol);

    /// <summary>Starts an outline of <paramref name="encoding"/>: symbols of another encoding are dropped.</summary>
    public void Begin(PositionEncoding encoding)
    {
        if (_encoding != encoding)
        {
            _entries.Clear();
            _encoding = encoding;
        }
        _next.Clear();
    }

    /// <summary>The block's symbol: the kept one when it was made from the same, else <paramref name="build"/>'s, kept for the next outline.</summary>
    public KeptSymbol Get(Block block, ArticleText text, int ordinal, ArticleSourcing? sourcing, Func<DocumentSymbol> build)
    {
        var start = text.ToLspPosition(block.Start, _encoding!.Value);
        var sentences = SentencesOf(block, sourcing);
        if (!_entries.TryGetValue(block.Node, out var entry) || entry.Kind != block.Kind || entry.Ordinal != ordinal
            || entry.Start != start || !Same(entry.Sentences, sentences))
        {
            entry = new Entry(block.Kind, start, ordinal, sentences, new KeptSymbol(build()));
        }
        _next[block.Node] = entry;
        return entry.Symbol;
    }

    /// <summary>Ends the outline: the next one keeps the symbols of this one's blocks only.</summary>
    public void End() => (_entries, _next) = (_next, _entries);

    private static bool Same(SentenceSourcing[]? kept, SentenceSourcing[]? now)
    {
        if (kept is null || now is null || kept.Length != now.Length)
        {
            return false;
        }
        for (var i = 0; i < kept.Length; i++)
        {
            if (!ReferenceEquals(kept[i], now[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The linked sentences of a prose block as made, one per sentence of its node, each found where the block puts
    /// it; none when the block is not prose or there is no linking; null (the symbol is made again) when a sentence
    /// is not where the block puts it.
    /// </summary>
    private static SentenceSourcing[]? SentencesOf(Block block, ArticleSourcing? sourcing)
    {
        var nodes = block.Node.Sentences;
        if (sourcing is null || nodes.Length == 0 || !ProseSymbols.IsProse(block.Kind))
        {
            return [];
        }
        var list = sourcing.Sentences;
        var first = ProseSymbols.IndexOf(list, block.Start + nodes[0].Span.Start);
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
public sealed class KeptSymbol(DocumentSymbol symbol)
{
    private DocumentSymbol? _symbol = symbol;
    private byte[]? _json;

    public DocumentSymbol Symbol => _symbol ?? JsonSerializer.Deserialize(_json!, LspJsonContext.Wire.DocumentSymbol)!;

    /// <summary>The symbol's JSON, written the first time it is asked for; the symbol itself is let go then.</summary>
    public byte[] Json
    {
        get
        {
            if (_json is null)
            {
                _json = JsonSerializer.SerializeToUtf8Bytes(_symbol!, LspJsonContext.Wire.DocumentSymbol);
                _symbol = null;
            }
            return _json;
        }
    }
}
