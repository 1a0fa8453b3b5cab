using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.LanguageServer.Handlers.DocumentSymbols;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// The outline as edits (<c>byline/documentSymbol</c> with <c>edits: true</c>, as Byline's VS Code extension asks): a
/// client that names the last outline it got gets "unchanged", or the edits that turn that outline, seen as its symbols
/// in pre-order, into the new one; any other id gets the whole outline. Applying the edits must give exactly the
/// outline of <c>textDocument/documentSymbol</c>.
/// </summary>
public class OutlineEditTests
{
    private const string Uri = "file:///stories/ferry.txt";

    private const string Article =
        "Ferry service resumes after storm\n\n" +
        "# The crossing\n\n" +
        "The ferry will sail again on Monday, Nadia Okafor, the port manager, said. The Harbour Trust paid for the repairs.\n\n" +
        "Crews at Westhaven were told to wait another week, Okafor said.\n\n" +
        "# The cost\n\n" +
        "The Harbour Trust said the repairs cost $2 million, according to Okafor.\n";

    private static Task<(LspTestClient Client, InitializeResult Result)> StartAsync() =>
        LspTestClient.StartWithOptionsAsync("{\"outlineResultIds\": true}", Uri, Article);

    private static Task<OutlineResult?> OutlineAsync(LspTestClient client, string? previousResultId, bool edits = true) =>
        client.RequestAsync<OutlineResult?>("byline/documentSymbol", new OutlineParams(new TextDocumentIdentifier(Uri), previousResultId, edits ? true : null));

    /// <summary>The outline's symbols in pre-order, each as its JSON without children and its number of children.</summary>
    private static List<(string Head, int Count)> Flat(IEnumerable<DocumentSymbol> symbols)
    {
        var flat = new List<(string, int)>();
        void Add(DocumentSymbol symbol)
        {
            flat.Add((JsonSerializer.Serialize(symbol with { Children = null }, LspJsonContext.Wire.DocumentSymbol), symbol.Children?.Length ?? 0));
            foreach (var child in symbol.Children ?? [])
            {
                Add(child);
            }
        }
        foreach (var symbol in symbols)
        {
            Add(symbol);
        }
        return flat;
    }

    /// <summary>Applies the edits as a client does: from the last, so each start is an index in the list before any edit.</summary>
    private static List<(string Head, int Count)> Apply(List<(string Head, int Count)> flat, List<OutlineEdit> edits)
    {
        var result = flat.ToList();
        for (var i = edits.Count - 1; i >= 0; i--)
        {
            var edit = edits[i];
            var symbols = edit.Symbols?.Select((s, j) => (JsonSerializer.Serialize(s, LspJsonContext.Wire.DocumentSymbol), edit.ChildCounts![j])) ?? [];
            result.RemoveRange(edit.Start, edit.DeleteCount);
            result.InsertRange(edit.Start, symbols);
        }
        return result;
    }

    private static TextDocumentContentChangeEvent Insert(string text, string before, string insert)
    {
        var at = text.IndexOf(before, StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n');
        var character = at - (text.LastIndexOf('\n', at) + 1);
        var position = new Position(line, character);
        return new TextDocumentContentChangeEvent(new Protocol.Range(position, position), null, insert);
    }

    [Test]
    public async Task Typing_inside_a_name_sends_the_changed_entities_only_and_the_edits_give_the_new_outline()
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var first = (await OutlineAsync(client, null))!;
        var text = Article;
        var flat = Flat(first.Symbols!);
        var resultId = first.ResultId;
        for (var key = 0; key < 3; key++)
        {
            // Inside a place named once: its symbol changes, and the ranges of what is first mentioned after it on the line.
            var change = Insert(text, "ven were told", "v");
            text = text.Insert(text.IndexOf("ven were told", StringComparison.Ordinal), "v");
            await client.ChangeAsync(Uri, key + 2, change);
            var answer = (await OutlineAsync(client, resultId))!;
            var plain = (await client.DocumentSymbolsAsync(Uri))!;

            Assert.That((answer.Symbols, answer.Unchanged), Is.EqualTo(((DocumentSymbolList?)null, (bool?)null)), "edits, not the whole outline");
            Assert.That(answer.ResultId, Is.Not.EqualTo(resultId));
            Assert.That(answer.Edits, Is.Not.Empty);
            var now = Flat(plain);
            Assert.That(Apply(flat, answer.Edits!), Is.EqualTo(now));
            Assert.That(now, Has.Count.EqualTo(flat.Count), string.Join("\n", now.Select(p => p.Head)));
            Assert.That(answer.Edits!.Sum(e => e.Symbols?.Count ?? 0), Is.EqualTo(flat.Zip(now).Count(p => p.First != p.Second)), "the symbols that changed, no other");
            flat = now;
            resultId = answer.ResultId;
        }
        Assert.That(await OutlineAsync(client, resultId), Is.EqualTo(new OutlineResult(resultId, null, true)));
    }

    [TestCase("# The crossing\n\n", "# Where it sails\n\n")]
    [TestCase("Crews at Westhaven", "Crews at Westhaven and Eastport, the Harbour Trust said,")]
    [TestCase("Crews at Westhaven were told to wait another week, Okafor said.\n\n", "")]
    public async Task Edits_that_add_or_remove_symbols_give_the_new_outline(string before, string insert)
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var first = (await OutlineAsync(client, null))!;
        var change = insert.Length == 0
            ? Delete(Article, before)
            : Insert(Article, before, insert);
        await client.ChangeAsync(Uri, 2, change);
        var answer = (await OutlineAsync(client, first.ResultId))!;
        var plain = (await client.DocumentSymbolsAsync(Uri))!;

        Assert.That(answer.Edits, Is.Not.Null.And.Not.Empty);
        Assert.That(Apply(Flat(first.Symbols!), answer.Edits!), Is.EqualTo(Flat(plain)));
    }

    private static TextDocumentContentChangeEvent Delete(string text, string old)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        var start = new Position(text[..at].Count(c => c == '\n'), at - (text.LastIndexOf('\n', at) + 1));
        var end = new Position(start.Line + old.Count(c => c == '\n'), 0);
        return new TextDocumentContentChangeEvent(new Protocol.Range(start, end), null, "");
    }

    [Test]
    public async Task An_unknown_or_old_id_or_one_answered_whole_without_edits_gets_the_whole_outline()
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var plainFirst = (await OutlineAsync(client, null, edits: false))!;
        await client.ChangeAsync(Uri, 2, Insert(Article, "kafor, the port", "k"));
        var afterPlain = (await OutlineAsync(client, plainFirst.ResultId))!;
        var unknown = (await OutlineAsync(client, "no-such-id"))!;
        await client.ChangeAsync(Uri, 3, Insert(Article, "kafor, the port", "k"));
        var old = (await OutlineAsync(client, plainFirst.ResultId))!;

        Assert.That((afterPlain.Symbols, afterPlain.Edits), Is.Not.EqualTo(((DocumentSymbolList?)null, (List<OutlineEdit>?)null)));
        Assert.That(afterPlain.Edits, Is.Null, "the outline it named was not kept as a flat list");
        Assert.That((unknown.Edits, unknown.Symbols?.Count > 0), Is.EqualTo(((List<OutlineEdit>?)null, true)));
        Assert.That((old.Edits, old.Symbols?.Count > 0), Is.EqualTo(((List<OutlineEdit>?)null, true)));
    }

    [Test]
    public void A_symbol_written_from_its_flat_list_is_what_the_serialiser_writes()
    {
        var people = new[] { Leaf("Nadia Okafor", 1), Leaf("Ray", 2) };
        var places = new[] { Leaf("Westhaven", 3) };
        var whole = new DocumentSymbol("Entities", "3 entities", SymbolKind.Package, Range(1, 3), Range(1, 1),
            [new DocumentSymbol("People", "2 entities", SymbolKind.Package, Range(1, 2), Range(1, 1), people),
             new DocumentSymbol("Places", "1 entities", SymbolKind.Package, Range(3, 3), Range(3, 3), places)]);
        var written = OutlineJson.Head(whole);

        var flat = FlatSymbols.Of(written);

        Assert.That(flat.Counts, Is.EqualTo(new[] { 2, 2, 0, 0, 1, 0 }));
        Assert.That(flat.Heads.Select(h => System.Text.Encoding.UTF8.GetString(h)), Has.None.Contains("children"));
        Assert.That(OutlineJson.Nested(flat), Is.EqualTo(written));
        Assert.That(OutlineJson.Nested(flat, 4), Is.EqualTo(OutlineJson.Head(whole.Children![1])));
    }

    private static DocumentSymbol Leaf(string name, int line) => new(name, "1 mention(s)", SymbolKind.Struct, Range(line, line), Range(line, line), null);

    private static Protocol.Range Range(int startLine, int endLine) => new(new Position(startLine, 0), new Position(endLine, 4));

    [Test]
    public async Task The_edits_are_written_as_a_client_reads_them()
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var first = (await OutlineAsync(client, null))!;
        await client.ChangeAsync(Uri, 2, Insert(Article, "kafor, the port", "k"));
        var raw = await client.RequestAsync<JsonNode>("byline/documentSymbol", new OutlineParams(new TextDocumentIdentifier(Uri), first.ResultId, true));
        var edit = raw!["edits"]![0]!.AsObject();

        Assert.That(edit.Select(p => p.Key), Is.EqualTo(new[] { "start", "deleteCount", "symbols", "childCounts" }));
        Assert.That(edit["symbols"]!.AsArray()[0]!["children"], Is.Null);
    }
}
