using System.Text.Json;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using Byline.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// A report made from the last one takes over the diagnostics an edit did not touch and is still the fresh report
/// (the property test in Byline.Cli.Tests runs random edit scripts; these are the cases the cursor must walk).
/// </summary>
public class DocumentReportTests
{
    private const string Uri = "file:///articles/report.txt";

    private static string Article => string.Join("\n", Enumerable.Repeat(LspTestClient.Seed, 4));

    [TestCase(0, "x", TestName = "A letter typed at the start")]
    [TestCase(-1, "x", TestName = "A letter typed in the middle")]
    [TestCase(-1, "A new line.\n", TestName = "A line added in the middle")]
    [TestCase(-2, "", TestName = "A line's break removed in the middle")]
    public void A_report_after_an_edit_takes_over_diagnostics_and_equals_a_fresh_one(int at, string insert)
    {
        var document = ArticleDocument.Create(Uri, 1, ArticleText.From(Article), BylineConfig.Default);
        var report = DocumentReport.Create(document, PositionEncoding.Utf16, relatedInformation: true);
        var middle = Article.IndexOf('\n', Article.Length / 2);
        var span = at switch
        {
            -1 => new TextSpan(middle - 5, 0),
            -2 => new TextSpan(middle, 1),
            _ => new TextSpan(at, 0),
        };
        var edited = document.WithText(document.Text.WithChanges([new TextChange(span, insert)]), 2);

        var next = DocumentReport.Create(edited, PositionEncoding.Utf16, relatedInformation: true, report);
        var fresh = DocumentReport.Create(ArticleDocument.Create(Uri, 2, ArticleText.From(edited.Text.ToString()), BylineConfig.Default), PositionEncoding.Utf16, relatedInformation: true);

        Assert.That(Json(next), Is.EqualTo(Json(fresh)));
        Assert.That(next.ResultId, Is.EqualTo(fresh.ResultId));
        TestContext.Out.WriteLine($"{next.Reused} of {next.Items.Length} diagnostics taken over");
        Assert.That(next.Reused, Is.GreaterThan(next.Items.Length / 3), "the diagnostics away from the edit are taken over");
    }

    private static string Json(DocumentReport report) => JsonSerializer.Serialize(report.Items, LspJsonContext.Default.DiagnosticList);
}
