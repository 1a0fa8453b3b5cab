using Byline.LanguageServer.Handlers.DocumentSymbols;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Syntax;
using Byline.Text;
using Byline.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Tests;

public class DocumentSymbolTests
{
    private static async Task<DocumentSymbol[]> SeedOutlineAsync()
    {
        await using var client = await LspTestClient.OpenedAsync(LspTestClient.SeedUri, LspTestClient.Seed);
        return (await client.DocumentSymbolsAsync(LspTestClient.SeedUri))!;
    }

    [Test]
    public async Task The_seed_outline_starts_with_the_headline()
    {
        var outline = await SeedOutlineAsync();
        var headline = outline[0];
        Assert.That(headline.Kind, Is.EqualTo(SymbolKind.File));
        Assert.That(headline.Name, Is.EqualTo("Anti-Daesh Coalition Strikes in Syria's…"));
        Assert.That(headline.Range.Start, Is.EqualTo(new Position(0, 0)));
    }

    [Test]
    public async Task The_seed_outline_has_the_newsroom_shape()
    {
        var outline = await SeedOutlineAsync();
        Assert.That(outline.Select(s => s.Kind == SymbolKind.Package ? s.Name : s.Kind.ToString()), Is.EqualTo(new[]
        {
            "File", "Captions", "Boilerplate",
            "Key", "Key", "String", "Event", "Key", "String", "String", "String", "String",
            "Footnotes", "Boilerplate", "Entities",
        }));
        var captions = outline[1].Children!;
        Assert.That(captions.Select(c => c.Kind), Is.EqualTo(new[] { SymbolKind.Property, SymbolKind.Object, SymbolKind.Object }));
        Assert.That(captions[0].Name, Is.EqualTo("© US Air Force/Senior Airman Matthew…"));
        Assert.That(outline[2].Children!.Single().Name, Is.EqualTo("Subscribe"));
        Assert.That(outline[^2].Children!.Select(c => c.Name), Is.EqualTo(new[]
        {
            "Newsfeed", "0", "To participate in the discussion", "log in or register", "loader", "Chats", "Заголовок открываемого материала",
        }));
        Assert.That(outline[^3].Children!.Single().Name, Is.EqualTo("*A terrorist organization banned in…"));
    }

    [Test]
    public async Task A_quotation_names_its_speaker_and_a_claim_its_sourcing()
    {
        var outline = await SeedOutlineAsync();
        var quotation = outline.Single(s => s.Kind == ProseSymbols.QuotationKind);
        Assert.That(quotation.Name, Is.EqualTo("“Acting in self defense, coalition…"));
        Assert.That(quotation.Detail, Is.EqualTo("paragraph · quotation · a spokesperson"));
        var anonymous = outline.SelectMany(s => s.Children ?? []).Single(s => s.Name.StartsWith("An Iraqi security source told", StringComparison.Ordinal));
        Assert.That(anonymous.Children!.Select(c => (c.Name, c.Detail)), Is.EqualTo(new[] { ("An Iraqi security source · told", "source · anonymous") }));
        Assert.That(outline.SelectMany(s => s.Children ?? []).Count(s => s.Detail == "claim · unattributed"), Is.EqualTo(5));
    }

    [Test]
    public async Task A_paragraph_of_several_sentences_is_named_by_its_place_and_its_sentences_by_what_they_are()
    {
        var outline = await SeedOutlineAsync();
        var paragraph = outline.Single(s => s.Children?.FirstOrDefault()?.Name.StartsWith("According to Reuters", StringComparison.Ordinal) == true);
        Assert.That(paragraph.Name, Does.Match("^Paragraph [0-9]+$"));
        Assert.That(paragraph.Kind, Is.EqualTo(SymbolKind.String));
        Assert.That(paragraph.Detail, Is.EqualTo("paragraph · 2 sentences, 2 claims"));
        Assert.That(paragraph.Children!.Select(c => (c.Name, c.Kind, c.Detail)), Is.EqualTo(new[]
        {
            ("According to Reuters, a coalition…", ProseSymbols.ClaimKind, "claim · attributed: Reuters"),
            ("The rocket fire was reportedly aimed at…", ProseSymbols.ClaimKind, "claim · vague sourcing"), // the writer's hedge, no quoted words: not carried over
        }));
        Assert.That(paragraph.Children![0].Range.Start, Is.EqualTo(paragraph.Range.Start));
    }

    [Test]
    public async Task A_one_sentence_paragraph_is_its_sentence_with_its_sources_as_children()
    {
        var outline = await SeedOutlineAsync();
        var paragraph = outline.Single(s => s.Name.StartsWith("Combined Joint Task Force", StringComparison.Ordinal));
        Assert.That(paragraph.Kind, Is.EqualTo(ProseSymbols.ClaimKind));
        Assert.That(paragraph.Detail, Does.StartWith("paragraph · claim · attributed: "));
        Assert.That(paragraph.Children!.Select(c => c.Kind), Is.All.EqualTo(ProseSymbols.SourceKind));
        Assert.That(paragraph.Children!.Single().Name, Is.EqualTo("Combined Joint Task Force… · said"));
        Assert.That(paragraph.Children!.Select(c => c.Detail), Is.All.StartWith("source · "));
    }

    [TestCaseSource(typeof(TestPaths), nameof(TestPaths.SeedNames))]
    public async Task Every_symbol_of_every_seed_nests_inside_its_parent(string seed)
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        var uri = "file:///stories/" + seed;
        await client.OpenAsync(uri, TestPaths.SeedText(seed));
        var outline = (await client.DocumentSymbolsAsync(uri))!;
        Assert.That(outline, Is.Not.Empty);
        AssertWellFormed(outline, parent: null);
    }

    [TestCaseSource(typeof(TestPaths), nameof(TestPaths.SeedNames))]
    public async Task No_seed_symbol_echoes_its_parent(string seed)
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        var uri = "file:///stories/" + seed;
        await client.OpenAsync(uri, TestPaths.SeedText(seed));
        var outline = (await client.DocumentSymbolsAsync(uri))!;
        foreach (var (symbol, parent) in Flatten(outline, null))
        {
            if (parent is not null)
            {
                Assert.That(symbol.Name, Is.Not.EqualTo(parent.Name), $"{symbol.Name} repeats its parent's name");
            }
        }
    }

    private static IEnumerable<(DocumentSymbol Symbol, DocumentSymbol? Parent)> Flatten(DocumentSymbol[] symbols, DocumentSymbol? parent) =>
        symbols.SelectMany(s => Flatten(s.Children ?? [], s).Prepend((s, parent)));

    [Test]
    public async Task Every_seed_symbol_is_well_formed_and_in_document_order()
    {
        var outline = await SeedOutlineAsync();
        AssertWellFormed(outline, parent: null);
    }

    private static void AssertWellFormed(DocumentSymbol[] symbols, DocumentSymbol? parent)
    {
        Position? previousStart = null;
        foreach (var symbol in symbols)
        {
            Assert.That(symbol.Name, Is.Not.Empty);
            Assert.That(symbol.Name.Length, Is.LessThanOrEqualTo(ArticleOutline.MaxNameLength + 1));
            Assert.That(Contains(symbol.Range, symbol.SelectionRange), $"{symbol.Name}: selection range outside range");
            if (parent is not null)
            {
                Assert.That(Contains(parent.Range, symbol.Range), $"{symbol.Name}: range not inside parent {parent.Name}");
            }
            // The Entities group comes last at the top level: its range spans the entities' first mentions all over the article.
            if (previousStart is not null && !(parent is null && symbol.Name == ArticleOutline.EntitiesGroupName))
            {
                Assert.That(Compare(previousStart, symbol.Range.Start), Is.LessThanOrEqualTo(0), $"{symbol.Name} is out of order");
            }
            previousStart = symbol.Range.Start;
            AssertWellFormed(symbol.Children ?? [], symbol);
        }
    }

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);

    private static bool Contains(Protocol.Range outer, Protocol.Range inner) =>
        Compare(outer.Start, inner.Start) <= 0 && Compare(inner.End, outer.End) <= 0;

    [Test]
    public void Runs_of_captions_boilerplate_and_footnotes_are_grouped()
    {
        var (text, blocks) = Article(
            (BlockKind.Headline, "Strikes in Deir-ez-Zor"),
            (BlockKind.Caption, "An F-15E flies over northern Iraq."),
            (BlockKind.Credit, "© US Air Force"),
            (BlockKind.Paragraph, "The coalition said it struck. Officials declined to comment."),
            (BlockKind.Quote, "“We acted in self defense,” a spokesperson said."),
            (BlockKind.Boilerplate, "Subscribe"),
            (BlockKind.Footnote, "*A terrorist organization banned in Russia."),
            (BlockKind.Boilerplate, "Newsfeed"),
            (BlockKind.Separator, "***"),
            (BlockKind.Boilerplate, "log in or register"));
        var outline = ArticleOutline.Build(blocks, text, PositionEncoding.Utf16);

        Assert.That(outline.Select(s => (s.Name, s.Kind)), Is.EqualTo(new[]
        {
            ("Strikes in Deir-ez-Zor", SymbolKind.File),
            ("Captions", SymbolKind.Package),
            ("Paragraph 1", SymbolKind.String),
            ("“We acted in self defense,” a…", SymbolKind.String),
            ("Boilerplate", SymbolKind.Package),
            ("Footnotes", SymbolKind.Package),
            ("Boilerplate", SymbolKind.Package),
        }));
        Assert.That(outline[1].Children!.Select(c => (c.Name, c.Kind)), Is.EqualTo(new[]
        {
            ("An F-15E flies over northern Iraq.", SymbolKind.Object),
            ("© US Air Force", SymbolKind.Property),
        }));
        Assert.That(outline[4].Children!.Select(c => c.Name), Is.EqualTo(new[] { "Subscribe" }));
        Assert.That(outline[6].Children!.Select(c => c.Name), Is.EqualTo(new[] { "Newsfeed", "log in or register" }));
        Assert.That(outline[6].Range, Is.EqualTo(new Protocol.Range(new Position(7, 0), new Position(9, 18))), "separators inside a run do not split it");
        Assert.That(outline[5].Children!.Single().Kind, Is.EqualTo(SymbolKind.EnumMember));
    }

    [TestCase("Short", "Short")]
    [TestCase("  Spaced \n  out\ttext  ", "Spaced out text")]
    [TestCase("Anti-Daesh Coalition Strikes in Syria's Deir-ez-Zor", "Anti-Daesh Coalition Strikes in Syria's…")]
    [TestCase("Supercalifragilisticexpialidociousandthensomemoreletters", "Supercalifragilisticexpialidociousandthe…")]
    public void Names_are_the_first_words(string text, string expected) =>
        Assert.That(ArticleOutline.Abbreviate(text), Is.EqualTo(expected));

    /// <summary>Builds a text with one block per line, each block one sentence per ". ".</summary>
    internal static (ArticleText Text, Block[] Blocks) Article(params (BlockKind Kind, string Text)[] parts)
    {
        var text = ArticleText.From(string.Join("\n", parts.Select(p => p.Text)));
        var blocks = new List<Block>();
        var start = 0;
        foreach (var (kind, content) in parts)
        {
            var sentences = new List<SentenceNode>();
            var sentenceStart = 0;
            for (var i = content.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = content.IndexOf(". ", i + 1, StringComparison.Ordinal))
            {
                sentences.Add(new SentenceNode(TextSpan.FromBounds(sentenceStart, i + 1), []));
                sentenceStart = i + 2;
            }
            sentences.Add(new SentenceNode(TextSpan.FromBounds(sentenceStart, content.Length), []));
            blocks.Add(new Block(new BlockNode(kind, content, [.. sentences]), start));
            start += content.Length + 1;
        }
        return (text, [.. blocks]);
    }

    [Test]
    public void An_outline_made_from_the_last_one_reads_as_one_made_afresh_after_each_edit()
    {
        const string article = "Pier plan stalls\n\nThe mayor said the pier would open in May. Critics disagree.\n\n"
            + "He said the cost had doubled. \"It is a folly,\" one councillor said.\n\nThe council will vote on Friday.\n\n"
            + "Subscribe to our newsletter\n\nShe said the vote would be close.\n";
        var document = ArticleDocument.Create("file:///outline.txt", 1, ArticleText.From(article), BylineConfig.Default);
        var kept = new OutlineBlocks();
        string Outline(OutlineBlocks? blocks) => System.Text.Json.JsonSerializer.Serialize(
            ArticleOutline.Build(document.Syntax.Blocks, document.Text, PositionEncoding.Utf16, document.Analysis!.Entities, document.Analysis.Sourcing, blocks),
            Protocol.LspJsonContext.Wire.DocumentSymbolList);
        Assert.That(Outline(kept), Is.EqualTo(Outline(null)));
        // A word typed in a sentence, a pronoun's source renamed, a line and a paragraph added, a block removed.
        foreach (var (find, replacement) in new[] { ("open", "open early"), ("The mayor", "The governor"), ("May.", "May.\nMaybe."), ("Friday.", "Friday.\n\nThe mayor agreed."), ("Subscribe to our newsletter\n\n", "") })
        {
            var at = document.Text.ToString().IndexOf(find, StringComparison.Ordinal);
            document = document.WithText(document.Text.WithChanges([new TextChange(new TextSpan(at, find.Length), replacement)]), document.Version + 1);
            Assert.That(Outline(kept), Is.EqualTo(Outline(null)), $"after replacing {find}");
        }
    }

    [Test]
    public void An_article_above_the_sentence_limit_lists_its_structure_without_prose_and_reads_as_afresh_after_each_edit()
    {
        const string article = "# Bridge repairs delayed\n\nBy Ana Ruiz\n\nThe engineer said the bridge would reopen in April. Drivers are angry.\n\n"
            + "## Costs\n\n\"It is unsafe,\" a resident said.\n\n- Tolls\n\nPhoto: the bridge at dusk\n\nThe agency said costs had risen. It blamed suppliers. Nobody agreed.\n\n"
            + "## Next steps\n\nThe council meets in May.\n";
        var document = ArticleDocument.Create("file:///bridge.md", 1, ArticleText.From(article), BylineConfig.Default);
        var kept = new OutlineBlocks();
        DocumentSymbolList Outline(OutlineBlocks? blocks, int limit) =>
            ArticleOutline.Build(document.Syntax.Blocks, document.Text, PositionEncoding.Utf16, document.Analysis!.Entities, document.Analysis.Sourcing, blocks, limit);
        string Json(DocumentSymbolList outline) => System.Text.Json.JsonSerializer.Serialize(outline, Protocol.LspJsonContext.Wire.DocumentSymbolList);
        bool Prose(DocumentSymbol s) => s.Kind is SymbolKind.String or SymbolKind.Key or SymbolKind.Event or SymbolKind.Field;
        var full = Outline(null, ArticleOutline.MaxSentences);
        var structure = Outline(kept, 3);
        Assert.Multiple(() =>
        {
            Assert.That(full.Count(Prose), Is.GreaterThanOrEqualTo(5), "below the limit the prose blocks and the list item are listed");
            Assert.That(full.Select(s => s.Kind), Does.Contain(SymbolKind.Namespace).And.Contain(SymbolKind.Package), "the article has headings and a group");
            Assert.That(structure.Where(Prose), Is.Empty, "above it no prose block or list item is listed");
            Assert.That(structure.Select(s => (s.Name, s.Detail, s.Kind, s.Range, s.SelectionRange, s.Children?.Length)),
                Is.EqualTo(full.Where(s => !Prose(s)).Select(s => (s.Name, s.Detail, s.Kind, s.Range, s.SelectionRange, s.Children?.Length))),
                "every other symbol (headline, byline, headings, groups, entities) as in the full outline, in its order");
        });
        // A word typed in a sentence, a sentence added to a block, a block added, a heading renamed; then the limit crossed both ways.
        foreach (var (find, replacement, limit) in new[]
        {
            ("reopen", "reopen fully", 3), ("suppliers.", "suppliers. Work resumes soon.", 3), ("angry.", "angry.\n\nTolls rise.", 3),
            ("## Next steps", "## What comes next", 3), ("Tolls rise", "New tolls rise", 100), ("rise.", "rise sharply.", 3), ("May.", "early May.", 100),
        })
        {
            var at = document.Text.ToString().IndexOf(find, StringComparison.Ordinal);
            document = document.WithText(document.Text.WithChanges([new TextChange(new TextSpan(at, find.Length), replacement)]), document.Version + 1);
            Assert.That(Json(Outline(kept, limit)), Is.EqualTo(Json(Outline(null, limit))), $"after replacing {find}");
        }
    }

    [Test]
    public void After_a_word_typed_the_blocks_before_it_are_written_from_the_last_outlines_bytes()
    {
        const string article = "Ferry fares to rise\n\nThe operator said fares would rise in June. Unions object.\n\n"
            + "A spokesperson said the rise was modest.\n\nThe board meets on Monday.\n";
        var document = ArticleDocument.Create("file:///fares.txt", 1, ArticleText.From(article), BylineConfig.Default);
        var kept = new OutlineBlocks();
        DocumentSymbolList Outline() =>
            ArticleOutline.Build(document.Syntax.Blocks, document.Text, PositionEncoding.Utf16, document.Analysis!.Entities, document.Analysis.Sourcing, kept);
        var before = Outline();
        var at = article.IndexOf("spokesperson", StringComparison.Ordinal);
        document = document.WithText(document.Text.WithChanges([new TextChange(new TextSpan(at, 0), "senior ")]), 2);
        var after = Outline();

        var blocks = Enumerable.Range(0, after.Count).Where(i => after.JsonAt(i) is not null).ToArray();
        Assert.That(blocks, Has.Length.EqualTo(4), "the headline and three paragraphs, each known by its JSON");
        var edited = blocks.Single(i => after[i].Name.Contains("senior", StringComparison.Ordinal));
        // The blocks after the edit keep theirs too when linking took their sentences over as they were; whether it
        // does depends on what the edited block passes on, so only the blocks before it are asserted here.
        Assert.Multiple(() =>
        {
            foreach (var i in blocks.Where(i => i <= edited))
            {
                Assert.That(ReferenceEquals(after.JsonAt(i), before.JsonAt(i)), Is.EqualTo(i != edited), $"block {i}: its bytes are the last outline's unless it was edited");
            }
        });
    }

    [Test]
    public void Groups_of_captions_and_boilerplate_are_written_from_the_last_outlines_bytes_while_their_blocks_are_the_same()
    {
        const string article = "# Harbour reopens\n\nPhoto: the quay at dawn\n\nCredit: Port Authority\n\nThe director said the quay would reopen in June.\n\n"
            + "## Costs\n\nThe council said repairs had cost more than planned. Traders welcomed the news.\n\nPhoto: cranes on the pier\n\n"
            + "Subscribe to our newsletter\n\nSign up for alerts\n";
        var document = ArticleDocument.Create("file:///quay.md", 1, ArticleText.From(article), BylineConfig.Default);
        var kept = new OutlineBlocks();
        DocumentSymbolList Outline(OutlineBlocks? blocks, int limit) =>
            ArticleOutline.Build(document.Syntax.Blocks, document.Text, PositionEncoding.Utf16, document.Analysis!.Entities, document.Analysis.Sourcing, blocks, limit);
        string Json(DocumentSymbolList outline) => System.Text.Json.JsonSerializer.Serialize(outline, Protocol.LspJsonContext.Wire.DocumentSymbolList);
        byte[][] Groups(DocumentSymbolList outline) =>
            [.. Enumerable.Range(0, outline.Count).Where(i => outline[i].Kind == SymbolKind.Package && outline[i].Name != ArticleOutline.EntitiesGroupName).Select(i => outline.JsonAt(i)!)];
        var last = Groups(Outline(kept, 100));
        Assert.That(last, Has.Length.GreaterThanOrEqualTo(2), "the article has groups, each written from its JSON");
        // A word typed in prose (below and above the sentence limit), a caption edited, a line added above every group,
        // a group's member removed, a block added to a run.
        foreach (var (find, replacement, limit, same) in new[]
        {
            ("reopen in", "fully reopen in", 100, true), ("Traders", "Local traders", 2, true), ("cranes", "two cranes", 100, false),
            ("# Harbour reopens\n", "# Harbour reopens\nUpdated\n", 100, false), ("Credit: Port Authority\n\n", "", 2, false),
            ("Sign up for alerts\n", "Sign up for alerts\n\nFollow us\n", 100, false),
        })
        {
            var at = document.Text.ToString().IndexOf(find, StringComparison.Ordinal);
            document = document.WithText(document.Text.WithChanges([new TextChange(new TextSpan(at, find.Length), replacement)]), document.Version + 1);
            var now = Outline(kept, limit);
            Assert.That(Json(now), Is.EqualTo(Json(Outline(null, limit))), $"after replacing {find}");
            var groups = Groups(now);
            if (same)
            {
                Assert.That(groups.Zip(last).All(g => ReferenceEquals(g.First, g.Second)), Is.True, $"after replacing {find}: every group's bytes are the last outline's");
            }
            else
            {
                Assert.That(groups.Zip(last).Any(g => !ReferenceEquals(g.First, g.Second)) || groups.Length != last.Length, Is.True, $"after replacing {find}: a changed group is made again");
            }
            last = groups;
        }
    }

    [Test]
    public void The_entities_group_is_written_from_the_last_outlines_bytes_only_while_it_reads_the_same()
    {
        const string article = "Harbour deal signed\n\nMaria Keller, the port director, said Northwind Shipping would move in by March.\n\n"
            + "The city council approved the lease on Tuesday.\n\nKeller said Northwind Shipping had asked for a longer term.\n";
        var document = ArticleDocument.Create("file:///harbour.txt", 1, ArticleText.From(article), BylineConfig.Default);
        var kept = new OutlineBlocks();
        DocumentSymbolList Outline(OutlineBlocks? blocks) =>
            ArticleOutline.Build(document.Syntax.Blocks, document.Text, PositionEncoding.Utf16, document.Analysis!.Entities, document.Analysis.Sourcing, blocks);
        string Json(DocumentSymbolList outline) => System.Text.Json.JsonSerializer.Serialize(outline, Protocol.LspJsonContext.Wire.DocumentSymbolList);
        byte[]? Group(DocumentSymbolList outline) => outline[^1].Name == ArticleOutline.EntitiesGroupName ? outline.JsonAt(outline.Count - 1) : null;
        Assert.That(Outline(kept)[^1].Name, Is.EqualTo(ArticleOutline.EntitiesGroupName), "the article has entities");
        var last = Group(Outline(kept));
        // A word typed on a line with no mention, one typed after the first mentions on their line, one typed before a
        // first mention on its line, a mention's name changed, a mention added, a line added above every entity.
        foreach (var (find, replacement, same) in new[]
        {
            ("approved", "quickly approved", true), ("by March", "by early March", true), ("the port director", "the new port director", false),
            ("Maria Keller", "Mara Keller", false), ("longer term.", "longer term. Northwind Shipping declined to comment.", false),
            ("Harbour deal signed\n", "Harbour deal signed\nUpdated\n", false),
        })
        {
            var at = document.Text.ToString().IndexOf(find, StringComparison.Ordinal);
            document = document.WithText(document.Text.WithChanges([new TextChange(new TextSpan(at, find.Length), replacement)]), document.Version + 1);
            var now = Outline(kept);
            Assert.That(Json(now), Is.EqualTo(Json(Outline(null))), $"after replacing {find}");
            // Made anew or not, the group goes in as its JSON: each entity's symbol is written once (EntitySymbols).
            Assert.That(ReferenceEquals(Group(now), last), Is.EqualTo(same), $"after replacing {find}: the group is the last one's bytes only when no entity's name, type, count or first range changed");
            last = Group(now);
        }
    }
}
