using System.Text;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Protocol;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.DocumentSymbols;

/// <summary>
/// The article's outline as hierarchical document symbols, in document order. Editors have no icons for
/// newsroom concepts, so each block kind borrows the symbol kind whose icon reads best:
/// <list type="table">
/// <item><term>Headline</term><description>File — the article itself</description></item>
/// <item><term>Heading</term><description>Namespace — a section</description></item>
/// <item><term>Standfirst, Paragraph</term><description>String — prose; see <see cref="ProseSymbols"/> for its sentences</description></item>
/// <item><term>Quote</term><description>Event — someone speaking; sentences as for a paragraph</description></item>
/// <item><term>Byline, Dateline</term><description>Property — metadata of the article</description></item>
/// <item><term>List item</term><description>Field</description></item>
/// <item><term>Front matter</term><description>Object</description></item>
/// <item><term>Caption / credit</term><description>Object / Property, under a "Captions" group (Package)</description></item>
/// <item><term>Boilerplate</term><description>Constant, under a "Boilerplate" group (Package)</description></item>
/// <item><term>Footnote</term><description>EnumMember, under a "Footnotes" group (Package)</description></item>
/// </list>
/// Separators carry no text and are left out. A group holds a run of consecutive members, so an article
/// with a "Subscribe" prompt near the top and a comment widget at the bottom gets two "Boilerplate" groups:
/// one group spanning the whole article would contain the story's paragraphs too, and VS Code's
/// breadcrumbs and sticky scroll would then show "Boilerplate" while the reader is in the story.
/// <para>
/// After the blocks comes an "Entities" group (Package) with sub-groups People, Organizations, Places and
/// Other (Package), each entity a symbol at its first mention, kinds as in <see cref="EntityNavigation"/>, its detail
/// its count of mentions (its sub-group names its type), no children. Every group's range spans its members (clients that follow the cursor rely on children lying
/// inside their parent), so the Entities group overlaps the blocks: it comes last, out of document order.
/// </para>
/// <para>
/// An article of more than <see cref="MaxSentences"/> sentences (a book-length file: 1 MB of news copy holds ~7,000)
/// gets an outline of its structure: its headline, headings, bylines, datelines and front matter, the groups, and the
/// Entities group, but none of its prose blocks (standfirsts, paragraphs, quotes) or list items. Editors ask for the
/// whole outline after every change and LSP has no way to send part of one, so its size is paid on every keystroke,
/// in the server's writing and in the client's parsing and collecting: for 1 MB of news copy the outline of every
/// block was ~5,100 symbols (1.3 MB of JSON, ~3,900 of them blocks, most of them "Paragraph N"), and with sentences
/// and sources ~13,400 (3.6 MB). A list of thousands of paragraphs is not something a reader scans; in a file that
/// long one finds one's way by its headings and its people, places and organisations, as VS Code's Markdown outline
/// lists a document's headings only, and each claim is reached through its diagnostic. VS Code's own JSON server
/// stops at 5,000 symbols for the same reason (<c>json.maxItemsComputed</c>); here what goes is the prose level,
/// never the end of the article.
/// </para>
/// </summary>
public static class ArticleOutline
{
    public const int MaxNameLength = 40;

    /// <summary>Above this many sentences (of every block), an outline lists the article's structure, not its prose blocks.</summary>
    public const int MaxSentences = 5000;

    /// <param name="kept">The document's block symbols from its last outline, taken over where a block is as it was, and kept for the next; none when null.</param>
    /// <param name="maxSentences">Above this many sentences the outline lists no prose block or list item (<see cref="MaxSentences"/>).</param>
    public static DocumentSymbolList Build(IReadOnlyList<Block> blocks, ArticleText text, PositionEncoding encoding,
        ArticleEntities? entities = null, ArticleSourcing? sourcing = null, OutlineBlocks? kept = null, int maxSentences = MaxSentences)
    {
        var outline = new DocumentSymbolList.Builder();
        var structureOnly = IsBookLength(blocks, maxSentences);
        kept?.Begin(encoding);
        BuildBlocks(outline, blocks, text, encoding, new ProseSymbols(text, encoding, sourcing), kept, sourcing, structureOnly);
        kept?.End();
        if (entities is { Linked.Entities.Length: > 0 } && kept is not null)
        {
            outline.AddLazy(kept.EntitiesGroup(entities, text));
        }
        else if (entities is { Linked.Entities.Length: > 0 })
        {
            outline.Add(EntitiesGroup(entities, text, encoding));
        }
        return outline.ToList();
    }

    public const string EntitiesGroupName = "Entities";

    /// <summary>
    /// Whether an article has more than <paramref name="maxSentences"/> sentences: a book-length file, for which the
    /// features an editor asks after every change or cursor move give their cheaper form (the outline its structure,
    /// highlights the names without the descriptions).
    /// </summary>
    public static bool IsBookLength(IReadOnlyList<Block> blocks, int maxSentences = MaxSentences) => SentenceCount(blocks) > maxSentences;

    private static int SentenceCount(IReadOnlyList<Block> blocks)
    {
        var count = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            count += blocks[i].Node.Sentences.Length;
        }
        return count;
    }

    private static DocumentSymbol EntitiesGroup(ArticleEntities entities, ArticleText text, PositionEncoding encoding)
    {
        var linked = entities.Linked; // read through the shift: the mentions are not moved for the outline
        var groups = linked.Entities
            .GroupBy(e => e.Type)
            .Select(g => Group(EntityNavigation.GroupName(g.Key), $"{g.Count()} entities",
                [.. g.OrderBy(e => linked.SpanOf(e.FirstMention).Start).Select(e =>
                {
                    var range = text.ToLspRange(linked.SpanOf(e.FirstMention), encoding);
                    // The sub-group names the type ("People", "Places"), so the detail does not repeat it: every
                    // entity's detail is sent again with the whole outline after each change (Keystroke, Session 34).
                    var detail = $"{e.Mentions.Length} mention(s)";
                    return new DocumentSymbol(Abbreviate(e.Name), detail, EntityNavigation.SymbolKindOf(e.Type), range, range, null);
                })]))
            .OrderBy(g => g.Range.Start.Line).ThenBy(g => g.Range.Start.Character);
        return Group(EntitiesGroupName, $"{linked.Entities.Length} entities", [.. groups]);
    }

    /// <summary>
    /// A group whose range spans its members (from the first one's start to the last one's end), selecting the
    /// first member: clients that follow the cursor in the outline rely on children lying inside their parent.
    /// </summary>
    private static DocumentSymbol Group(string name, string detail, DocumentSymbol[] members)
    {
        var start = members.Select(m => m.Range.Start).Min(PositionOrder.Instance)!;
        var end = members.Select(m => m.Range.End).Max(PositionOrder.Instance)!;
        return new DocumentSymbol(name, detail, SymbolKind.Package, new Protocol.Range(start, end), members[0].SelectionRange, members);
    }

    private sealed class PositionOrder : IComparer<Position>
    {
        public static PositionOrder Instance { get; } = new();

        public int Compare(Position? a, Position? b) =>
            a!.Line != b!.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
    }

    /// <summary>
    /// Adds the blocks' symbols to <paramref name="symbols"/>, a run of grouped blocks as its group. A kept block listed
    /// at the top goes in as its JSON (<see cref="KeptSymbol.Json"/>), a group's members as symbols. With
    /// <paramref name="structureOnly"/> prose blocks and list items are left out; they still end a run, so the groups
    /// are the full outline's.
    /// </summary>
    private static void BuildBlocks(DocumentSymbolList.Builder symbols, IReadOnlyList<Block> blocks, ArticleText text, PositionEncoding encoding, ProseSymbols prose, OutlineBlocks? kept, ArticleSourcing? sourcing, bool structureOnly)
    {
        string? runGroup = null;
        var run = new List<(Block Block, DocumentSymbol Symbol, KeptSymbol? Kept)>();

        void CloseRun()
        {
            // The group is made in a method of its own: the closure its symbol's delegate needs would otherwise be
            // allocated on every call, and a book-length outline calls this for each of its thousands of prose blocks.
            if (runGroup is not null)
            {
                AddGroup(symbols, runGroup, run, text, encoding, kept);
                runGroup = null;
                run.Clear();
            }
        }

        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Separator)
            {
                continue;
            }
            if (structureOnly && IsProseOrListItem(block.Kind))
            {
                CloseRun();
                continue;
            }
            var ordinal = ProseSymbols.IsProse(block.Kind) ? prose.NextOrdinal(block) : 0;
            // Called, never made a delegate: a delegate would allocate a closure for every block of every outline.
            DocumentSymbol Made() => ordinal > 0 ? prose.Build(block, ordinal) : ToSymbol(block, text, encoding);
            var symbol = kept is null ? null : kept.Find(block, text, ordinal, sourcing) ?? kept.Keep(block, text, ordinal, sourcing, Made());
            var group = GroupName(block.Kind);
            if (group != runGroup)
            {
                CloseRun();
            }
            if (group is null && symbol is not null)
            {
                symbols.AddJson(symbol.Json);
            }
            else if (group is null)
            {
                symbols.Add(Made());
            }
            else
            {
                runGroup = group;
                run.Add((block, symbol?.Symbol ?? Made(), symbol));
            }
        }
        CloseRun();
    }

    /// <summary>Adds a run of grouped blocks as its group: the kept group's JSON when its members are as they were.</summary>
    private static void AddGroup(DocumentSymbolList.Builder symbols, string name, List<(Block Block, DocumentSymbol Symbol, KeptSymbol? Kept)> members,
        ArticleText text, PositionEncoding encoding, OutlineBlocks? kept)
    {
        var (start, end) = (text.ToPosition(members[0].Block.Start, encoding), text.ToPosition(members[^1].Block.Span.End, encoding));
        // Called, never made a delegate: a group taken over allocates nothing.
        DocumentSymbol Made() => new(name, $"{members.Count} block(s)", SymbolKind.Package, new Protocol.Range(start.ToLsp(), end.ToLsp()),
            members[0].Symbol.SelectionRange, [.. members.Select(m => m.Symbol)]);
        if (kept is not null)
        {
            var group = kept.FindGroup(members, start, end) ?? kept.KeepGroup([.. members.Select(m => m.Kept!)], start, end, Made());
            symbols.AddJson(group.Json);
        }
        else
        {
            symbols.Add(Made());
        }
    }

    private static bool IsProseOrListItem(BlockKind kind) => ProseSymbols.IsProse(kind) || kind == BlockKind.ListItem;

    public static SymbolKind KindOf(BlockKind kind) => kind switch
    {
        BlockKind.Headline => SymbolKind.File,
        BlockKind.Heading => SymbolKind.Namespace,
        BlockKind.Standfirst or BlockKind.Paragraph => SymbolKind.String,
        BlockKind.Quote => SymbolKind.Event,
        BlockKind.Byline or BlockKind.Dateline or BlockKind.Credit => SymbolKind.Property,
        BlockKind.ListItem => SymbolKind.Field,
        BlockKind.FrontMatter or BlockKind.Caption => SymbolKind.Object,
        BlockKind.Boilerplate => SymbolKind.Constant,
        BlockKind.Footnote => SymbolKind.EnumMember,
        _ => SymbolKind.Null,
    };

    public static string? GroupName(BlockKind kind) => kind switch
    {
        BlockKind.Caption or BlockKind.Credit => "Captions",
        BlockKind.Boilerplate => "Boilerplate",
        BlockKind.Footnote => "Footnotes",
        _ => null,
    };

    /// <summary>The first words of <paramref name="text"/>, whitespace collapsed, cut at a word boundary with an ellipsis.</summary>
    public static string Abbreviate(string text, int maxLength = MaxNameLength) => Abbreviate(text.AsSpan(), maxLength);

    /// <inheritdoc cref="Abbreviate(string, int)"/>
    public static string Abbreviate(ReadOnlySpan<char> text, int maxLength = MaxNameLength)
    {
        var collapsed = new StringBuilder(Math.Min(text.Length, maxLength * 2));
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(c);
            }
            if (collapsed.Length > maxLength + 1)
            {
                break;
            }
        }
        var result = collapsed.ToString().TrimEnd();
        if (result.Length <= maxLength)
        {
            return result;
        }
        var cut = result.LastIndexOf(' ', maxLength);
        var end = cut > maxLength / 2 ? cut : maxLength;
        if (char.IsHighSurrogate(result[end - 1]))
        {
            end--;
        }
        return result[..end].TrimEnd(' ', ',', ';', ':', '-', '—') + "…";
    }

    private static DocumentSymbol ToSymbol(Block block, ArticleText text, PositionEncoding encoding)
    {
        var range = text.ToLspRange(block.Span, encoding);
        var name = block.Kind == BlockKind.FrontMatter ? "Front matter" : Abbreviate(block.Text);
        if (name.Length == 0)
        {
            name = block.Kind.ToString(); // VS Code rejects symbols with empty names
        }
        return new DocumentSymbol(name, Describe(block.Kind), KindOf(block.Kind), range, range, null);
    }

    private static string Describe(BlockKind kind) => kind switch
    {
        BlockKind.FrontMatter => "front matter",
        BlockKind.ListItem => "list item",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
