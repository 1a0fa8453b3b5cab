using Byline.Analysis;
using Byline.Text;
using Byline.Tests.Shared;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Workspace.Tests;

/// <summary>A newer edit stops the analysis of a stale version: <see cref="ArticleDocument.GetAnalysis"/> with a token.</summary>
public class AnalysisCancellationTests
{
    [Test]
    public void A_cancelled_token_analyses_nothing_and_a_later_reader_gets_the_whole_analysis()
    {
        var document = Document(Article(40));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => document.GetAnalysis(cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => document.GetDiagnostics(cancelled.Token));

        Assert.That(Described(document.Diagnostics), Is.EqualTo(Described(Document(Article(40)).Diagnostics)));
    }

    [Test]
    public void A_cancelled_analysis_of_an_edit_leaves_its_start_and_the_next_reader_reuses_the_blocks()
    {
        var text = Article(60);
        var before = Document(text);
        _ = before.Analysis;
        var edited = before.WithText(before.Text.WithChanges([new TextChange(new TextSpan(text.Length / 2, 0), "x")]), version: 2);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => edited.GetAnalysis(cancelled.Token));

        Assert.That(edited.Analysis!.BlockResults.LinkedBlocksReused, Is.GreaterThan(0), "the edit's analysis still starts from its predecessor's");
        Assert.That(Described(edited.Diagnostics), Is.EqualTo(Described(Document(edited.Text.ToString()).Diagnostics)));
    }

    [Test]
    public async Task An_analysis_cancelled_midway_stops_there()
    {
        // Long enough (~5 MB) that no machine analyses it in the 50 ms before the token is cancelled: analysis runs at
        // about 20 MB/s in-process, so 1 MB was within reach of a quick machine and the race was lost now and then.
        var document = Document(Article(60_000));
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var analysing = Task.Run(() =>
        {
            started.SetResult();
            return document.GetAnalysis(stop.Token);
        });
        await started.Task;
        await Task.Delay(50);
        stop.Cancel();

        await Assert.ThrowsAsync<OperationCanceledException>(() => analysing);
    }

    private static ArticleDocument Document(string text) =>
        ArticleDocument.Create("file:///article.txt", 1, ArticleText.From(text), BylineConfig.Default);

    private static string[] Described(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.Rule.Id} {f.Span} {f.Severity} {f.Message}")];

    private static string Article(int paragraphs) => CouncilBudgetArticle.Create(paragraphs);
}
