using System.Text;
using System.Text.Json;
using Byline.Cli;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.Syntax;
using Byline.Text;
using Byline.Workspace;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Cli.Tests;

/// <summary>
/// Architecture invariant: analysis after any edit script — each edit applied to the previous document, as the
/// server does, with the analysis computed after some edits and skipped after others — equals a fresh analysis of
/// the final text: the whole <c>byline analyze</c> JSON (blocks, sentences and statuses, attributions, entities and
/// their mentions, diagnostics) and what it does not show (carry-over, antecedents, fixes, related locations).
/// The language server's diagnostics report, made from the report before the edit as the server makes it (most
/// diagnostics and their JSON taken over), equals the report of the fresh analysis: the same JSON and result id.
/// Some edits' analyses are first stopped by a cancelled token (before they start, or by another thread at a moment
/// left to chance, as a newer keystroke stops them in the server): whatever a stopped analysis did must not show.
/// </summary>
public class IncrementalAnalysisPropertyTests
{
    private static readonly string[] Sentences =
    [
        "The minister said talks would resume on Monday.",
        "“We will not back down,” said John Smith, the party leader.",
        "He added that the vote was due next week.",
        "Smith told the BBC: “The plan is dead.”",
        "“It is over. We lost.",
        "According to officials, the strike killed 12 people.",
        "Critics say the plan is reckless.",
        "The rockets were reportedly aimed at the base.",
        "However, the army denied it.",
        "The North Atlantic Treaty Organization (NATO) met in Brussels.",
        "NATO said it would respond.",
        "Washington warned Moscow against escalation.",
        "An Iraqi security source, who spoke on condition of anonymity, told the paper the attack was foiled.",
        "Does anyone know?",
        "The the vote was close.",
        "Jane Doe, a spokeswoman for Acme Widgets, said:",
        "We are ready to talk.",
        "Прочитайте также это сообщение на русском языке сегодня.",
        "Daesh* fighters were seen near the town, Reuters reported.",
        "Maj. Gen. Ali Hassan said in a statement the U.S. was to blame.",
        "The party aims to block the new law.",
        "The army has shown little inclination to compromise.",
        "According to some in the cabinet, the toll is too high.",
        "The vote would fall by a third, according to her “clean slate” plan.",
    ];

    private static readonly string[] Blocks =
    [
        "# Coalition strikes rocket sites", "> “We are ready,” he said.", "- Talks resume on Monday, officials said.",
        "Photo: Reuters", "*Daesh is a terrorist group banned in Russia", "Subscribe to our newsletter", "---",
        "By Jane Doe", "LONDON (Reuters) -",
    ];

    private static readonly string[] Insertions =
    [
        "\n", "\n\n", "\"", "“", "”", " said", "he ", "Smith ", "x", "# ", "> ", "- ", ".", ", officials said.",
        " “We won,” ", "However, ", "According to NATO, ", "They said:\n\n", "reportedly ", "\r\n", "---\n", "according to ", " aims to ", " showed no sign of ", " voted to ",
    ];

    private static readonly Gen<string> Paragraphs =
        Gen.OneOf(Gen.Int[0, Sentences.Length - 1].Array[1, 4].Select(picks => string.Join(' ', picks.Select(i => Sentences[i]))),
                  Gen.Int[0, Blocks.Length - 1].Select(i => Blocks[i]));

    private static readonly Gen<(string Text, bool Markdown)> Articles =
        Gen.Select(Paragraphs.Array[1, 7], Gen.Bool, Gen.Bool).Select((paragraphs, markdown, frontMatter) =>
            ((markdown && frontMatter ? "---\ntitle: Strikes\npublisher: Acme News\n---\n" : "")
             + "Coalition strikes rocket sites in Syria\n\n" + string.Join("\n\n", paragraphs) + "\n", markdown));

    /// <summary>An edit: where (a fraction of the length), how much to delete, what to insert, and whether the analysis is asked for after it.</summary>
    private static readonly Gen<(double At, int Delete, string Insert, bool Analyse)> Edits =
        Gen.Select(Gen.Double[0, 1], Gen.OneOf(Gen.Const(0), Gen.Int[1, 3], Gen.Int[4, 60]),
            Gen.OneOf(Gen.Int[0, Insertions.Length - 1].Select(i => Insertions[i]), Gen.Int[0, Sentences.Length - 1].Select(i => " " + Sentences[i]), Gen.Const("")),
            Gen.Bool);

    /// <summary>Whether an edit's analysis is first stopped: -1 not, 0 before it starts, else after about that many spins of another thread.</summary>
    private static readonly Gen<int[]> Stops = Gen.OneOf(Gen.Const(-1), Gen.Const(0), Gen.Int[1, 20_000]).Array[8];

    [Test]
    public void Analysis_after_any_edit_script_equals_a_fresh_analysis_of_the_final_text()
    {
        var counts = new Counts();
        Gen.Select(Articles, Edits.Array[1, 8], Gen.Bool, Gen.Bool, Stops).Sample((article, edits, utf8, related, stops) =>
        {
            var lsp = new LspReports(utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16, related);
            var path = article.Markdown ? "/news/article.md" : "/news/article.txt";
            var document = ArticleDocument.Create(DocumentUris.FromFilePath(path), 1, ArticleText.From(article.Text), BylineConfig.Default);
            _ = document.Diagnostics;
            var script = new StringBuilder();
            for (var e = 0; e < edits.Length; e++)
            {
                var (at, delete, insert, analyse) = edits[e];
                var start = (int)(at * document.Text.Length);
                var span = new TextSpan(start, Math.Min(delete, document.Text.Length - start));
                script.Append($"[{span} -> {JsonSerializer.Serialize(insert)}]");
                document = document.WithText(document.Text.WithChanges([new TextChange(span, insert)]), document.Version + 1);
                counts.Edits++;
                if (stops[e] >= 0 && AnalyseAndStop(document, stops[e]))
                {
                    script.Append("[stopped]");
                    counts.Stopped++;
                }
                if (analyse)
                {
                    Compare(document, path, script, counts, lsp);
                }
            }
            Compare(document, path, script, counts, lsp);
            counts.Scripts++;
        }, iter: 400, threads: 1);
        TestContext.Out.WriteLine($"Incremental analysis property: {counts.Scripts} edit scripts, {counts.Edits} edits, {counts.Compared} incremental analyses equal to fresh ones ({counts.ReusedBlocks} of {counts.Blocks} blocks reused, {counts.ReusedLinks} blocks' linking kept by early cutoff, {counts.ReusedEntities} entity linkings taken over); LSP reports equal to fresh ones, {counts.ReusedDiagnostics} of {counts.Diagnostics} diagnostics taken from the report before; {counts.Stopped} analyses stopped first.");
        Assert.That(counts.ReusedBlocks, Is.GreaterThan(0), "the scripts exercise reuse");
        Assert.That(counts.ReusedLinks, Is.GreaterThan(0), "the scripts exercise early cutoff");
        Assert.That(counts.ReusedEntities, Is.GreaterThan(0), "the scripts exercise entity linking's early cutoff");
        Assert.That(counts.ReusedDiagnostics, Is.GreaterThan(0), "the scripts exercise reused diagnostics");
        Assert.That(counts.Stopped, Is.GreaterThan(0), "the scripts stop analyses");
    }

    /// <returns>Whether the analysis was stopped (else it finished first, and the document keeps it).</returns>
    private static bool AnalyseAndStop(ArticleDocument document, int spins)
    {
        using var stop = new CancellationTokenSource();
        if (spins == 0)
        {
            stop.Cancel();
        }
        var stopping = spins == 0 ? Task.CompletedTask : Task.Run(() =>
        {
            Thread.SpinWait(spins);
            stop.Cancel();
        });
        try
        {
            document.GetAnalysis(stop.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
        finally
        {
            stopping.Wait();
        }
    }

    private sealed class Counts
    {
        public int Scripts, Edits, Compared, ReusedBlocks, Blocks, ReusedLinks, ReusedEntities, ReusedDiagnostics, Diagnostics, Stopped;
    }

    /// <summary>
    /// The server's chain of diagnostics reports for one document, in one position encoding; and the chain a client that
    /// shows at most three diagnostics per document gets.
    /// </summary>
    private sealed class LspReports(PositionEncoding encoding, bool related)
    {
        private DocumentReport? _last;
        private DocumentReport? _lastShown;

        public void Compare(ArticleDocument incremental, ArticleDocument fresh, string context, Counts counts)
        {
            var shown = new DiagnosticForm(related, MaxDiagnostics: 3);
            _lastShown = DocumentReport.Create(incremental, encoding, shown, _lastShown);
            var expectedShown = DocumentReport.Create(fresh, encoding, shown);
            Assert.That(JsonSerializer.Serialize(_lastShown.Items, LspJsonContext.Default.DiagnosticList),
                Is.EqualTo(JsonSerializer.Serialize(expectedShown.Items, LspJsonContext.Default.DiagnosticList)), $"LSP report of at most 3 ({encoding}, related {related}) {context}");
            Assert.That(_lastShown.ResultId, Is.EqualTo(expectedShown.ResultId), $"result id of at most 3 {context}");

            _last = DocumentReport.Create(incremental, encoding, related, _last);
            var expected = DocumentReport.Create(fresh, encoding, related);
            var freshJson = JsonSerializer.Serialize(FindingConverter.ToLsp(fresh.Diagnostics, fresh.Uri, fresh.Text, encoding, new DiagnosticForm(related)), LspJsonContext.Wire.DiagnosticArray);
            Assert.That(JsonSerializer.Serialize(_last.Items, LspJsonContext.Default.DiagnosticList), Is.EqualTo(freshJson), $"LSP report ({encoding}, related {related}) {context}");
            Assert.That(_last.ResultId, Is.EqualTo(expected.ResultId), $"result id {context}");
            counts.ReusedDiagnostics += _last.Reused;
            counts.Diagnostics += _last.Items.Length;
        }
    }

    private static void Compare(ArticleDocument incremental, string path, StringBuilder script, Counts counts, LspReports lsp)
    {
        var format = path.EndsWith(".md", StringComparison.Ordinal) ? ArticleFormat.Markdown : ArticleFormat.PlainText;
        var fresh = ArticleDocument.Create(incremental.Uri, incremental.Version, ArticleText.From(incremental.Text.ToString()), BylineConfig.Default, format: format);
        Assert.That(Describe(incremental, path), Is.EqualTo(Describe(fresh, path)),
            $"after the edits {script} of a {format} article; final text:\n{incremental.Text}");
        lsp.Compare(incremental, fresh, $"after the edits {script} of a {format} article; final text:\n{incremental.Text}", counts);
        counts.Compared++;
        counts.ReusedBlocks += incremental.Syntax.ReusedBlockCount;
        counts.ReusedLinks += incremental.Analysis?.BlockResults.LinkedBlocksReused ?? 0;
        counts.ReusedEntities += incremental.Analysis?.BlockResults.EntitiesReused == true ? 1 : 0;
        counts.Blocks += incremental.Syntax.Blocks.Length;
    }

    private static string Describe(Byline.Analysis.Entities.Mention m) =>
        $"{m.Span} {m.EntityId} {m.Text} {m.Kind} {m.IsPossessive} {m.FootnoteMarker} {m.FootnoteText} {m.HouseSpelling} {m.Block} {m.IsDefinition}";

    private static string Describe(ArticleDocument document, string path)
    {
        var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            AnalyzeCommand.WriteDocument(json, path, document);
        }
        var text = new StringBuilder(Encoding.UTF8.GetString(stream.ToArray())).AppendLine();
        foreach (var sentence in document.Analysis?.Sourcing.Sentences ?? [])
        {
            text.AppendLine($"{sentence.Span} {sentence.Status} {sentence.CarryOver} from {sentence.CarriedFrom?.Cue} {sentence.NotClaimReason} {sentence.Covered} {sentence.GivesAnonymityReason} "
                + string.Join(";", sentence.Attributions.Select(a => $"{a.Cue} {a.Source?.Span} {a.Source?.Kind} {a.Source?.Antecedent?.Span} {a.Recipient} {a.RelayedOutletSpan}"))
                + " " + string.Join(";", sentence.Quotations.Select(q => $"{q.Span}{q.Unclosed}")) + " " + string.Join(";", sentence.VaguePhrases.Select(v => v.Span)));
        }
        text.AppendLine($"publisher {document.Analysis?.Sourcing.Publisher}");
        // Entities in full, also what the JSON leaves out (each mention's block and footnote).
        var entities = document.Analysis?.Entities;
        foreach (var entity in entities?.Entities ?? [])
        {
            text.AppendLine($"entity {entity.Id} {entity.Name} {entity.Type} {entity.IsKnown} {entity.Acronym} {entity.AcronymExpansion} {entity.FootnoteText}: "
                + string.Join(";", entity.Mentions.Select(Describe)));
        }
        text.AppendLine("mentions " + string.Join(";", (entities?.Mentions ?? []).Select(Describe)));
        text.AppendLine("undefined acronyms " + string.Join(";", (entities?.UndefinedAcronyms ?? []).Select(Describe)));
        foreach (var finding in document.Diagnostics)
        {
            text.AppendLine($"{finding.Rule.Id} {finding.Span} {string.Join(";", finding.Related.Select(r => $"{r.Span} {r.Message}"))} "
                + string.Join(";", finding.Fixes.SelectMany(f => f.Changes.Select(c => $"{f.Title} {c.Span} {c.NewText}"))));
        }
        return text.ToString();
    }
}
