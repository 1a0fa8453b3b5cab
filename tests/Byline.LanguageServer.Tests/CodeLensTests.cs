using Byline.Analysis.Attribution;
using Byline.LanguageServer.Handlers.CodeLens;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Tests;

/// <summary>The code lens on the headline: the article's sourcing summary, computed by the server.</summary>
public class CodeLensTests
{
    private const string Uri = "file:///stories/bridge.txt";

    private const string Article = ArticleReportTests.Article;

    private static async Task<Protocol.CodeLens[]?> LensesAsync(string text)
    {
        await using var client = new LspTestClient();
        var initialize = await client.InitializeAsync();
        Assert.That(initialize.Capabilities.CodeLensProvider, Is.Not.Null);
        await client.OpenAsync(Uri, text);
        return await client.RequestAsync<Protocol.CodeLens[]?>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(Uri)));
    }

    [Test]
    public async Task The_headline_carries_the_sourcing_summary()
    {
        var lens = (await LensesAsync(Article))!.Single();
        Assert.That(lens.Range, Is.EqualTo(new Protocol.Range(new Position(0, 0), new Position(0, 34))));
        // Headline and the last paragraph unattributed; said + carried, told + he said attributed; "reportedly" vague;
        // the anonymous source speaks twice (once as "He") and counts once.
        Assert.That(lens.Command!.Title, Is.EqualTo("7 claims · 4 attributed · 2 unattributed · 1 vague · 1 anonymous source"));
        Assert.That(lens.Command.CommandName, Is.Empty, "a label, not a button");
    }

    [Test]
    public async Task An_empty_document_has_no_lens() =>
        Assert.That(await LensesAsync(""), Is.Empty);

    [Test]
    public void Counts_are_singular_for_one_and_leave_out_vague_when_there_is_none()
    {
        var sentence = new SentenceSourcing(new TextSpan(0, 10), Syntax.BlockKind.Paragraph, IsClaim: true, SourcingStatus.Unattributed);
        var summary = SourcingSummary.Of(new ArticleSourcing([sentence], null));
        Assert.That(summary.ToString(), Is.EqualTo("1 claim · 0 attributed · 1 unattributed · 0 anonymous sources"));
    }
}
