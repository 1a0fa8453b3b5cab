using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using CsCheck;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Every edit the server proposes — rename, quick fixes, "Suppress here…" — applied to the text the client has,
/// changes only the range it names and leaves every other character intact; rename ranges cover exactly the old
/// name, also in a file that changed on disk after the server read it.
/// </summary>
public class EditPropertyTests
{
    private static readonly Gen<string> Words = Gen.OneOf<string>(
        "Acme", "Acme Widgets", "the", "the the", "said", "claimed", "reportedly", "“", "\"", "é", "😀", ",", ".", "Subscribe", "a a");

    private static readonly Gen<string> Paragraphs = Words.Array[1, 14].Select(w => string.Join(' ', w));

    private static readonly Gen<string> Articles = Gen.Select(Paragraphs.Array[1, 5], Gen.Bool, Gen.Bool).Select((paragraphs, crlf, markdown) =>
    {
        var lineBreak = crlf ? "\r\n" : "\n";
        return (markdown ? "# " : "") + "Acme news" + lineBreak + lineBreak + string.Join(lineBreak + lineBreak, paragraphs) + lineBreak;
    });

    [Test]
    public async Task Applying_any_proposed_edit_leaves_every_other_character_intact()
    {
        var folder = Directory.CreateTempSubdirectory("byline-edit-props-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, ".byline"));
            File.WriteAllText(Path.Combine(folder, ".byline", "entities.yaml"), "entities:\n  - {id: acme-widgets, name: Acme Widgets, type: ORG, aliases: [Acme]}\n");
            var disk = Path.Combine(folder, "b.txt");
            File.WriteAllText(disk, "Shares of Acme fell.\n");
            await using var client = new LspTestClient();
            await client.RequestAsync<InitializeResult>("initialize",
                new InitializeParams(null, null, null, [new WorkspaceFolder(new Uri(folder).AbsoluteUri, "news")], LspTestClient.Capabilities(), null, null));
            var cases = new Counts();
            var version = 0;
            Gen.Select(Articles, Articles, Gen.Bool).Sample((open, onDisk, markdown) =>
            {
                var uri = new Uri(Path.Combine(folder, markdown ? "a.md" : "a.txt")).AbsoluteUri;
                CheckOneAsync(client, uri, open, disk, onDisk, ++version, cases).GetAwaiter().GetResult();
            }, iter: 60, threads: 1);
            TestContext.Out.WriteLine($"Edit property: {cases.Articles} articles, {cases.Renames} renames, {cases.Actions} code actions, {cases.Edits} edits checked.");
            Assert.That(cases.Renames, Is.GreaterThan(0));
            Assert.That(cases.Actions, Is.GreaterThan(0));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class Counts
    {
        public int Articles, Renames, Actions, Edits;
    }

    private static async Task CheckOneAsync(LspTestClient client, string uri, string text, string diskPath, string diskText, int version, Counts counts)
    {
        await client.OpenAsync(uri, "placeholder\n", version);
        await client.ChangeAsync(uri, version + 1, new TextDocumentContentChangeEvent(null, null, text));
        counts.Articles++;
        // The server reads b.txt now (references build the index); then it changes on disk unannounced.
        var position = EntityFeatureTests.At(text, "Acme news");
        await client.RequestAsync<Location[]?>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(uri), position, new ReferenceContext(true)));
        File.WriteAllText(diskPath, diskText);

        var rename = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), position, "Janet Roe"));
        foreach (var (editedUri, edits) in rename!.Changes!)
        {
            var current = editedUri == uri ? text : File.ReadAllText(new Uri(editedUri).LocalPath);
            CheckEdits(current, edits, counts, edit => Assert.That(Slice(current, edit.Range), Is.EqualTo("Acme"), $"rename range in {editedUri}"));
        }
        counts.Renames++;

        var report = await client.PullDiagnosticsAsync(uri);
        foreach (var diagnostic in report.Items!)
        {
            var actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.Range,
                new CodeActionContext([new CodeActionDiagnostic(diagnostic.Range, System.Text.Json.JsonSerializer.SerializeToElement(diagnostic.Code), diagnostic.Source)], null, null)));
            foreach (var action in actions)
            {
                if (action.Edit?.Changes?.GetValueOrDefault(uri) is { } edits)
                {
                    CheckEdits(text, edits, counts, _ => { });
                }
                counts.Actions++;
            }
        }
        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /// <summary>Each edit, applied alone, changes its range and nothing else; together they do not overlap.</summary>
    private static void CheckEdits(string text, TextEdit[] edits, Counts counts, Action<TextEdit> checkRange)
    {
        var article = ArticleText.From(text);
        var spans = edits.Select(e => article.ToSpan(e.Range, PositionEncoding.Utf16)).OrderBy(s => s.Start).ToList();
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.That(spans[i].Start, Is.GreaterThanOrEqualTo(spans[i - 1].End), "edits overlap");
        }
        foreach (var edit in edits)
        {
            var span = article.ToSpan(edit.Range, PositionEncoding.Utf16);
            var applied = EditReliabilityTests.Apply(text, [edit]);
            Assert.That(applied[..span.Start], Is.EqualTo(text[..span.Start]));
            Assert.That(applied[(span.Start + edit.NewText.Length)..], Is.EqualTo(text[span.End..]));
            Assert.That(ToPosition(article, span.Start), Is.EqualTo(edit.Range.Start), "the range is a position of the client's text");
            checkRange(edit);
            counts.Edits++;
        }
    }

    private static Position ToPosition(ArticleText text, int offset) => text.ToLspPosition(offset, PositionEncoding.Utf16);

    private static string Slice(string text, Protocol.Range range)
    {
        var span = ArticleText.From(text).ToSpan(range, PositionEncoding.Utf16);
        return text.Substring(span.Start, span.Length);
    }
}
