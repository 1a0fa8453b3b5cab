using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Handlers.DocumentSymbols;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using StreamJsonRpc;
using Range = Byline.LanguageServer.Protocol.Range;

namespace Byline.LanguageServer.Tests;

/// <summary>Hover, definition, references, highlights, rename refusal, workspace symbols and outline on the seed.</summary>
public class EntityFeatureTests
{
    private const string Uri = LspTestClient.SeedUri;

    private static string Seed => LspTestClient.Seed;

    /// <summary>The position of the <paramref name="nth"/> occurrence of <paramref name="needle"/> in the seed, <paramref name="into"/> characters in.</summary>
    internal static Position At(string text, string needle, int nth = 0, int into = 1, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        var offset = -1;
        for (var i = 0; i <= nth; i++)
        {
            offset = text.IndexOf(needle, offset + 1, StringComparison.Ordinal);
            Assert.That(offset, Is.GreaterThanOrEqualTo(0), $"'{needle}' #{nth} not in the text");
        }
        return ArticleText.From(text).ToPosition(offset + into, encoding).ToLsp();
    }

    private static int OffsetOf(string needle, int nth = 0)
    {
        var offset = -1;
        for (var i = 0; i <= nth; i++)
        {
            offset = Seed.IndexOf(needle, offset + 1, StringComparison.Ordinal);
        }
        return offset;
    }

    private static async Task<LspTestClient> SeedClientAsync(bool utf8 = false)
    {
        var client = new LspTestClient();
        await client.InitializeAsync(utf8);
        await client.OpenAsync(Uri, Seed);
        return client;
    }

    private static Task<Hover?> HoverAsync(LspTestClient client, Position position, string uri = Uri) =>
        client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), position));

    private static Range RangeOf(string needle, int nth = 0, int length = -1)
    {
        var text = ArticleText.From(Seed);
        var start = OffsetOf(needle, nth);
        return new Range(text.ToPosition(start).ToLsp(), text.ToPosition(start + (length < 0 ? needle.Length : length)).ToLsp());
    }

    [Test]
    public async Task Initialize_announces_the_entity_features()
    {
        await using var client = new LspTestClient();
        var result = await client.InitializeAsync();
        var caps = result.Capabilities;
        Assert.That(caps.HoverProvider, Is.True);
        Assert.That(caps.DefinitionProvider, Is.True);
        Assert.That(caps.ReferencesProvider, Is.True);
        Assert.That(caps.DocumentHighlightProvider, Is.True);
        Assert.That(caps.RenameProvider!.PrepareProvider, Is.True);
        Assert.That(caps.WorkspaceSymbolProvider, Is.True);
        Assert.That(caps.SemanticTokensProvider!.Legend.TokenTypes, Is.EqualTo(new[] { "variable", "class", "namespace", "enumMember" }));
        Assert.That(caps.SemanticTokensProvider.Legend.TokenModifiers, Is.EqualTo(new[] { "declaration" }));
        Assert.That(caps.SemanticTokensProvider.Full.Delta && caps.SemanticTokensProvider.Range, Is.True);
    }

    [TestCase("Soleimani's", 0, "**Qasem Soleimani** · Person", "4 mentions in this article")]
    [TestCase("Deir-ez-Zor", 0, "**Deir ez-Zor** · Place", "Wikidata: [Q202037](https://www.wikidata.org/wiki/Q202037)")]
    [TestCase("PMF", 0, "**Popular Mobilization Forces** · Organization", "PMF = Popular Mobilization Forces")]
    [TestCase("CJTF-OIR", 0, "**Combined Joint Task Force - Operation Inherent Resolve** · Organization", "*said*: “on Tuesday it had carried out airstrikes")]
    [TestCase("Daesh*", 0, "**Islamic State of Iraq and the Levant** · Organization", "Footnote: \\*A terrorist organization banned in Russia and many other countries.")]
    [TestCase("Reuters", 0, "**Reuters** · Organization", "*According to*: “a coalition spokesperson said on Tuesday")]
    [TestCase("Washington", 0, "**Government of the United States** · Organization", "*warned*: “there might be an uptick on attacks")]
    public async Task Hover_on_the_seed_gives_the_canonical_entity(string needle, int nth, string title, string detail)
    {
        await using var client = await SeedClientAsync();
        var hover = await HoverAsync(client, At(Seed, needle, nth));
        Assert.That(hover, Is.Not.Null);
        var markdown = hover!.Contents.Value;
        TestContext.Out.WriteLine(markdown);
        Assert.That(hover.Contents.Kind, Is.EqualTo(MarkupContent.Markdown));
        Assert.That(markdown, Does.StartWith(title));
        Assert.That(markdown, Does.Contain(detail));
        var name = needle.TrimEnd('*').Replace("'s", "", StringComparison.Ordinal);
        Assert.That(hover.Range, Is.EqualTo(RangeOf(needle, nth, name.Length)));
    }

    [Test]
    public async Task Hover_on_Soleimani_shows_first_mention_aliases_and_description()
    {
        await using var client = await SeedClientAsync();
        var markdown = (await HoverAsync(client, At(Seed, "Soleimani", 3)))!.Contents.Value;
        var firstLine = ArticleText.From(Seed).ToPosition(OffsetOf("Qasem Soleimani")).Line + 1;
        Assert.That(markdown, Does.Contain($"First mention: line {firstLine} · 4 mentions in this article"));
        Assert.That(markdown, Does.Contain("Also: Soleimani, Qassem Soleimani"));
        Assert.That(markdown, Does.Contain("Iranian major general"));
        Assert.That(markdown, Does.Not.Contain("In this article**"), "Soleimani says nothing in the seed");
    }

    [Test]
    public async Task Hover_credits_a_statement_to_the_source_head_not_to_entities_inside_it()
    {
        await using var client = await SeedClientAsync();
        var daesh = (await HoverAsync(client, At(Seed, "Daesh*")))!.Contents.Value;
        Assert.That(daesh, Does.Not.Contain("In this article**"), "'CJTF-OIR, the US-led coalition against Daesh*, said' is CJTF-OIR's");
        var us = (await HoverAsync(client, At(Seed, "The US has claimed", 0, 5)))!.Contents.Value;
        Assert.That(us, Does.StartWith("**United States** · Place"));
        Assert.That(us, Does.Contain("- *has claimed*: “Iran controls the Shiite militias"));
        Assert.That(us, Does.Contain("- *blaming*: “them for a series of attacks"));
        var iraqi = (await HoverAsync(client, At(Seed, "An Iraqi security source", 0, 5)))!.Contents.Value;
        Assert.That(iraqi, Does.StartWith("**Iraqi** · Other"));
        Assert.That(iraqi, Does.Not.Contain("In this article**"));
    }

    [Test]
    public async Task Hover_on_a_described_source_shows_what_it_said()
    {
        await using var client = await SeedClientAsync();
        var hover = await HoverAsync(client, At(Seed, "a coalition spokesperson", 0, 5));
        Assert.That(hover!.Contents.Value, Does.StartWith("**a coalition spokesperson** · described source"));
        Assert.That(hover.Contents.Value, Does.Contain("*said*: “on Tuesday that strikes by an unnamed coalition partner"));
        Assert.That(hover.Range, Is.EqualTo(RangeOf("a coalition spokesperson")));
    }

    [Test]
    public async Task Hover_outside_mentions_is_the_sentence_hover_and_out_of_range_is_clamped_not_an_error()
    {
        await using var client = await SeedClientAsync();
        Assert.That((await HoverAsync(client, At(Seed, "widely protested", 0, 3)))!.Contents.Value, Does.StartWith("**Claim · vague sourcing**"));
        // Clamped to the last line, website text under the article.
        Assert.That((await HoverAsync(client, new Position(9999, 9999)))!.Contents.Value, Does.StartWith("**Not a claim** · a boilerplate line"));
        // Clamped to the headline's end ("'Imminent Threat'") and to its start: the headline's own sentence.
        var headlineEnd = await HoverAsync(client, new Position(0, 9999));
        var headlineStart = await HoverAsync(client, Position0);
        Assert.That(headlineEnd!.Range, Is.EqualTo(headlineStart!.Range));
        Assert.That(headlineStart.Range!.Start, Is.EqualTo(new Position(0, 0)));
        Assert.That(await HoverAsync(client, new Position(0, 0), "file:///nowhere/unknown.txt"), Is.Null);
    }

    private static readonly Position Position0 = new(-1, -5);

    [Test]
    public async Task Definition_goes_to_the_first_mention_in_the_article()
    {
        await using var client = await SeedClientAsync();
        var locations = await client.RequestAsync<Location[]?>("textDocument/definition",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At(Seed, "Soleimani", 3)));
        Assert.That(locations!.Length, Is.EqualTo(1));
        Assert.That(locations[0], Is.EqualTo(new Location(Uri, RangeOf("Qasem Soleimani"))));
        var none = await client.RequestAsync<Location[]?>("textDocument/definition",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), new Position(5000, 0)));
        Assert.That(none, Is.Null);
    }

    [Test]
    public async Task References_on_Soleimani_find_all_four_mentions_and_the_pronoun_reliably_linked_to_him()
    {
        await using var client = await SeedClientAsync();
        var withDeclaration = await client.RequestAsync<Location[]?>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(Uri), At(Seed, "Soleimani's"), new ReferenceContext(true)));
        // "him" in the sentence after his name, no other person named between: a reliable pronoun link (session 31).
        var him = OffsetOf("killed him") + "killed ".Length;
        var article = ArticleText.From(Seed);
        Assert.That(withDeclaration!.Select(l => l.Range), Is.EqualTo(new[]
        {
            RangeOf("Qasem Soleimani"), RangeOf("Soleimani", 1), RangeOf("Soleimani", 2), RangeOf("Soleimani", 3),
            new Range(article.ToPosition(him).ToLsp(), article.ToPosition(him + 3).ToLsp()),
        }));
        Assert.That(withDeclaration!.All(l => l.Uri == Uri));
        Assert.That(Seed.Substring(OffsetOf("Soleimani", 2) - 12, 21), Is.EqualTo("Revenge for Soleimani"));
        var withoutDeclaration = await client.RequestAsync<Location[]?>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(Uri), At(Seed, "Soleimani's"), new ReferenceContext(false)));
        Assert.That(withoutDeclaration!.Select(l => l.Range), Is.EqualTo(withDeclaration!.Skip(1).Select(l => l.Range)));
    }

    [Test]
    public async Task Highlights_mark_the_first_mention_as_write()
    {
        await using var client = await SeedClientAsync();
        var highlights = await client.RequestAsync<DocumentHighlight[]?>("textDocument/documentHighlight",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At(Seed, "Daesh*", 0, 5)));
        Assert.That(highlights!.Select(h => h.Range), Is.EqualTo(new[]
        {
            RangeOf("Daesh"), RangeOf("ISIL"), RangeOf("ISIL", 1), RangeOf("Daesh*", 0, 5), RangeOf("Daesh", 2),
        }));
        Assert.That(highlights!.Select(h => h.Kind), Is.EqualTo(new DocumentHighlightKind?[]
        {
            DocumentHighlightKind.Write, DocumentHighlightKind.Read, DocumentHighlightKind.Read, DocumentHighlightKind.Read, DocumentHighlightKind.Read,
        }));
    }

    [Test]
    public async Task Highlights_join_a_firm_named_with_its_legal_form_and_without_it()
    {
        const string uri = "file:///stories/shipping.txt";
        const string text = "Shipping\n\nHalvorsen Shipping ASA reported a loss on Monday. Halvorsen Shipping will sell two ships, and Halvorsen said it would cut jobs.\n";
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        await client.OpenAsync(uri, text);
        var highlights = await client.RequestAsync<DocumentHighlight[]?>("textDocument/documentHighlight",
            new TextDocumentPositionParams(new TextDocumentIdentifier(uri), At(text, "Halvorsen Shipping will")));
        var article = ArticleText.From(text);
        Range Of(string needle, int length)
        {
            var start = text.IndexOf(needle, StringComparison.Ordinal);
            return new Range(article.ToPosition(start).ToLsp(), article.ToPosition(start + length).ToLsp());
        }
        Assert.That(highlights!.Select(h => h.Range), Is.EqualTo(new[]
        {
            Of("Halvorsen Shipping ASA", 22), Of("Halvorsen Shipping will", 18), Of("Halvorsen said", 9),
        }));
        Assert.That(highlights!.Select(h => h.Kind), Is.EqualTo(new DocumentHighlightKind?[]
        {
            DocumentHighlightKind.Write, DocumentHighlightKind.Read, DocumentHighlightKind.Read,
        }));
    }

    [Test]
    public async Task Rename_of_a_builtin_name_is_refused_with_a_message()
    {
        await using var client = await SeedClientAsync();
        var prepare = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At(Seed, "Soleimani's"))));
        Assert.That(prepare!.ErrorCode, Is.EqualTo(LspErrorCodes.RequestFailed));
        Assert.That(prepare.Message, Does.Contain("'Soleimani' names Qasem Soleimani, a built-in entity"));
        Assert.That(prepare.Message, Does.Contain("id 'qasem-soleimani' to .byline/entities.yaml"));
        var rename = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(Uri), At(Seed, "Soleimani's"), "Suleimani")));
        Assert.That(rename!.ErrorCode, Is.EqualTo(LspErrorCodes.RequestFailed));
        var nothing = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At(Seed, "widely protested"))));
        Assert.That(nothing!.Message, Does.Contain("there is none here"));
    }

    [Test]
    public async Task Rename_of_a_name_found_only_in_the_article_is_offered()
    {
        await using var client = await SeedClientAsync();
        var prepare = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At(Seed, "Matthew Bruch")));
        Assert.That(prepare, Is.EqualTo(new PrepareRenameResult(RangeOf("Matthew Bruch"), "Matthew Bruch")));
        var edit = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(Uri), At(Seed, "Matthew Bruch"), "Matt Bruch"));
        Assert.That(edit!.Changes![Uri], Is.EqualTo(new[] { new TextEdit(RangeOf("Matthew Bruch"), "Matt Bruch") }));
    }

    [Test]
    public async Task Workspace_symbols_find_entities_and_sources_by_query()
    {
        await using var client = await SeedClientAsync();
        var soleimani = await client.RequestAsync<SymbolInformation[]?>("workspace/symbol", new WorkspaceSymbolParams("soleim"));
        Assert.That(soleimani!.Select(s => (s.Name, s.Kind)), Is.EqualTo(new[] { ("Qasem Soleimani", SymbolKind.Variable) }));
        Assert.That(soleimani![0].Location, Is.EqualTo(new Location(Uri, RangeOf("Qasem Soleimani"))));
        Assert.That(soleimani[0].ContainerName, Is.EqualTo("Person · 4 mention(s) in 1 article(s)"));

        var daesh = await client.RequestAsync<SymbolInformation[]?>("workspace/symbol", new WorkspaceSymbolParams("DAESH"));
        Assert.That(daesh!.Single().Name, Is.EqualTo("Islamic State of Iraq and the Levant"), "found by alias");
        Assert.That(daesh![0].Kind, Is.EqualTo(SymbolKind.Class));

        var sources = await client.RequestAsync<SymbolInformation[]?>("workspace/symbol", new WorkspaceSymbolParams("spokes"));
        Assert.That(sources!.Select(s => (s.Name, s.Kind)), Is.EqualTo(new[] { ("a coalition spokesperson", SymbolKind.Event), ("a spokesperson", SymbolKind.Event) }));
        Assert.That(sources![0].ContainerName, Is.EqualTo("described source · seed-000.txt"));

        var all = await client.RequestAsync<SymbolInformation[]?>("workspace/symbol", new WorkspaceSymbolParams(""));
        Assert.That(all!.Count(s => s.Kind != SymbolKind.Event), Is.EqualTo(SeedEntityCount()));
        Assert.That(all!.Where(s => s.Name == "Deir ez-Zor").Select(s => s.Kind), Is.EqualTo(new[] { SymbolKind.Namespace }));
        Assert.That(all!.Where(s => s.Name == "Shia").Select(s => s.Kind), Is.EqualTo(new[] { SymbolKind.EnumMember }));
    }

    [Test]
    public async Task The_outline_ends_with_entities_grouped_by_type()
    {
        await using var client = await SeedClientAsync();
        var outline = (await client.DocumentSymbolsAsync(Uri))!;
        var entities = outline[^1];
        Assert.That(entities.Name, Is.EqualTo(ArticleOutline.EntitiesGroupName));
        Assert.That(entities.Detail, Is.EqualTo($"{SeedEntityCount()} entities"));
        // Groups in the order of their first member's first mention, so siblings stay in document order.
        Assert.That(entities.Children!.Select(c => c.Name), Is.EqualTo(new[] { "Organizations", "Places", "People", "Other" }));
        var people = entities.Children![2].Children!;
        Assert.That(people.Select(p => p.Name), Is.EqualTo(new[] { "Matthew Bruch", "Qasem Soleimani", "Abu Mahdi al-Muhandis", "Joe Biden", "Bashar al-Assad" }));
        Assert.That(people[1].Range, Is.EqualTo(RangeOf("Qasem Soleimani")));
        Assert.That(people[1].Detail, Is.EqualTo("4 mention(s)"), "the sub-group names the type");
        Assert.That(people.All(p => p.Kind == SymbolKind.Variable && p.Children is null));
        Assert.That(entities.Children[1].Children!.All(p => p.Kind == SymbolKind.Namespace));
        Assert.That(entities.Children[2].Range, Is.EqualTo(new Range(RangeOf("Matthew Bruch").Start, RangeOf("Bashar al-Assad").End)), "a group spans its members");
        Assert.That(entities.Range.Start, Is.EqualTo(entities.Children[0].Range.Start));
        Assert.That(entities.SelectionRange, Is.EqualTo(entities.Children[0].SelectionRange));
    }

    /// <summary>How many entities the analysis finds in the seed: the outline and workspace symbols list each once.</summary>
    private static int SeedEntityCount() =>
        Byline.Analysis.ArticleAnalyzer.Analyze(Byline.Syntax.ArticleSyntaxTree.Parse(ArticleText.From(Seed), Byline.Syntax.ArticleFormat.PlainText)).Entities.Entities.Length;
}
