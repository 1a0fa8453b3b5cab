using Byline.LanguageServer.Handlers.SemanticTokens;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using Byline.Workspace;
using CsCheck;
using Range = Byline.LanguageServer.Protocol.Range;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// <c>textDocument/semanticTokens/full/delta</c>: the edits the server answers, applied to the data the client has,
/// give exactly the tokens a fresh computation of the edited text gives; a result id the server no longer keeps is
/// answered with the whole data.
/// </summary>
public class SemanticTokensDeltaTests
{
    private static readonly Gen<string> Words = Gen.OneOf<string>(
        "Acme Widgets", "Acme", "Maria Lopez", "Lopez", "Paris", "the European Union", "EU", "Reuters", "said", "the",
        "on Monday", "é", "😀", ",", ".", "\n", "\n\n", "(EU)", "Shiite", "Berlin");

    private static readonly Gen<string> Articles = Words.Array[4, 40].Select(words => "Acme news\n\n" + string.Join(' ', words) + "\n");

    /// <summary>An edit script: each step replaces the text between two word boundaries (picked by fraction) with some words.</summary>
    private static readonly Gen<(double From, double To, string Insert)[]> Scripts =
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Words.Array[0, 3].Select(w => string.Join(' ', w))).Array[1, 6];

    [Test]
    public void Edits_applied_to_the_previous_data_give_the_current_data()
    {
        var data = Gen.Int[0, 3].Array[5].Array[0, 12].Select(ts => ts.SelectMany(t => t).ToArray());
        Gen.Select(data, data).Sample((previous, current) =>
        {
            var edits = DocumentSemanticTokens.Edits(previous, current);
            Assert.That(Apply(previous, edits), Is.EqualTo(current));
            Assert.That(edits, previous.SequenceEqual(current) ? Is.Empty : Has.Length.EqualTo(1));
            Assert.That(edits.All(e => e.Start % 5 == 0 && e.DeleteCount % 5 == 0 && (e.Data?.Length ?? 0) % 5 == 0), "whole tokens");
        }, iter: 2000);
    }

    [Test]
    public async Task Random_edit_scripts_delta_results_equal_fresh_full_results()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        var checks = new Counts();
        var n = 0;
        Gen.Select(Articles, Scripts).Sample((article, script) =>
            RunScriptAsync(client, $"file:///articles/delta-{++n}.txt", article, script, checks).GetAwaiter().GetResult(), iter: 40, threads: 1);
        TestContext.Out.WriteLine($"Delta property: {checks.Steps} steps, {checks.Deltas} answered with edits, {checks.Tokens} tokens compared.");
        Assert.That(checks.Deltas, Is.GreaterThan(checks.Steps / 2), "most steps are answered with edits, not the whole data");
        Assert.That(checks.Tokens, Is.GreaterThan(0));
    }

    private sealed class Counts
    {
        public int Steps, Deltas, Tokens;
    }

    private static async Task RunScriptAsync(LspTestClient client, string uri, string text, (double From, double To, string Insert)[] script, Counts checks)
    {
        await client.OpenAsync(uri, text);
        var full = await client.RequestAsync<SemanticTokens?>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri)));
        Assert.That(full!.Data, Is.EqualTo(Fresh(uri, text)));
        var (resultId, data) = (full.ResultId!, full.Data);
        var version = 1;
        foreach (var (from, to, insert) in script)
        {
            var boundaries = Enumerable.Range(0, text.Length + 1).Where(o => o == text.Length || !char.IsLowSurrogate(text[o])).ToList();
            var start = boundaries[(int)(from * (boundaries.Count - 1))];
            var end = boundaries[(int)(to * (boundaries.Count - 1))];
            (start, end) = (Math.Min(start, end), Math.Max(start, end));
            var before = ArticleText.From(text);
            var range = new Range(ToPosition(before, start), ToPosition(before, end));
            await client.ChangeAsync(uri, ++version, new TextDocumentContentChangeEvent(range, null, insert));
            text = text[..start] + insert + text[end..];

            var answer = await client.RequestAsync<SemanticTokensDeltaResult?>("textDocument/semanticTokens/full/delta",
                new SemanticTokensDeltaParams(new TextDocumentIdentifier(uri), resultId));
            data = answer!.Edits is { } edits ? Apply(data, edits) : answer.Data!;
            Assert.That(answer.Data is null != answer.Edits is null, "one of data and edits");
            Assert.That(data, Is.EqualTo(Fresh(uri, text)), $"after replacing {start}..{end} with \"{insert}\"");
            resultId = answer.ResultId!;
            checks.Steps++;
            checks.Deltas += answer.Edits is null ? 0 : 1;
            checks.Tokens += data.Length / 5;
        }
        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    [Test]
    public async Task A_delta_against_an_unknown_or_stale_result_id_answers_the_whole_data()
    {
        await using var client = new LspTestClient();
        var (document, first) = await OpenSeedWithTokens(client);
        var (uri, seed) = (LspTestClient.SeedUri, LspTestClient.Seed);
        Assert.That(first.ResultId, Is.Not.Null);

        var unknown = await client.RequestAsync<SemanticTokensDeltaResult?>("textDocument/semanticTokens/full/delta", new SemanticTokensDeltaParams(document, "no-such-id"));
        Assert.That((unknown!.Data, unknown.Edits), Is.EqualTo((first.Data, (SemanticTokensEdit[]?)null)));

        var unchanged = await client.RequestAsync<SemanticTokensDeltaResult?>("textDocument/semanticTokens/full/delta", new SemanticTokensDeltaParams(document, unknown.ResultId!));
        Assert.That((unchanged!.Data, unchanged.Edits), Is.EqualTo(((int[]?)null, Array.Empty<SemanticTokensEdit>())), "nothing changed: no edits");

        var stale = await client.RequestAsync<SemanticTokensDeltaResult?>("textDocument/semanticTokens/full/delta", new SemanticTokensDeltaParams(document, first.ResultId!));
        Assert.That(stale!.Data, Is.EqualTo(first.Data), "only the last result is kept");

        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(document));
        await client.OpenAsync(uri, seed, version: 2);
        var reopened = await client.RequestAsync<SemanticTokensDeltaResult?>("textDocument/semanticTokens/full/delta", new SemanticTokensDeltaParams(document, stale.ResultId!));
        Assert.That(reopened!.Data, Is.EqualTo(first.Data), "closing forgets the document's tokens");

        var notOpen = await client.RequestAsync<SemanticTokensDeltaResult?>("textDocument/semanticTokens/full/delta",
            new SemanticTokensDeltaParams(new TextDocumentIdentifier("file:///nowhere/x.txt"), "1"));
        Assert.That(notOpen, Is.Null);
    }

    [Test]
    public async Task A_word_typed_changes_only_the_tokens_around_it()
    {
        await using var client = new LspTestClient();
        var (document, first) = await OpenSeedWithTokens(client);
        var (uri, seed) = (LspTestClient.SeedUri, LspTestClient.Seed);
        var offset = seed.IndexOf("Baghdad", StringComparison.Ordinal);
        var at = ToPosition(ArticleText.From(seed), offset);
        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(new Range(at, at), null, "the "));
        var answer = await client.RequestAsync<SemanticTokensDeltaResult?>("textDocument/semanticTokens/full/delta", new SemanticTokensDeltaParams(document, first.ResultId!));
        var edit = answer!.Edits!.Single();
        Assert.That(edit.DeleteCount, Is.LessThan(first.Data.Length / 4), "the tokens around the edit, not the article's");
        Assert.That(Apply(first.Data, answer.Edits!), Is.EqualTo(Fresh(uri, seed[..offset] + "the " + seed[offset..])));
    }

    private static Position ToPosition(ArticleText text, int offset)
    {
        var position = text.ToPosition(offset, PositionEncoding.Utf16);
        return new Position(position.Line, position.Character);
    }

    private static int[] Fresh(string uri, string text)
    {
        var document = ArticleDocument.Create(uri, 1, ArticleText.From(text), BylineConfig.Default);
        return document.Analysis is { } analysis ? EntitySemanticTokens.Encode(analysis.Entities, document.Text, PositionEncoding.Utf16) : [];
    }

    /// <summary>Applies LSP semantic token edits as a client does: each against the previous data, from the last start back.</summary>
    private static int[] Apply(int[] previous, SemanticTokensEdit[] edits)
    {
        var data = previous.ToList();
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            data.RemoveRange(edit.Start, edit.DeleteCount);
            data.InsertRange(edit.Start, edit.Data ?? []);
        }
        return [.. data];
    }

    /// <summary>Initializes <paramref name="client"/>, opens the seed and asks for its whole tokens.</summary>
    private static async Task<(TextDocumentIdentifier Document, SemanticTokens First)> OpenSeedWithTokens(LspTestClient client)
    {
        await client.InitializeAsync();
        await client.OpenAsync(LspTestClient.SeedUri, LspTestClient.Seed);
        var document = new TextDocumentIdentifier(LspTestClient.SeedUri);
        var first = await client.RequestAsync<SemanticTokens?>("textDocument/semanticTokens/full", new SemanticTokensParams(document));
        return (document, first!);
    }
}
