using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// Architecture invariant: entities taken over from the previous analysis after an edit (entity linking's early
/// cutoff) equal a fresh linking's, mention for mention, whenever they are first asked for — also after many
/// analyses in a row that never asked for them. The scripts are long runs of small edits of the kind that keeps
/// the entities (typing and deleting inside plain words), aimed before, inside and just after names, into the
/// blocks at the article's end, and across lines (a line break typed or removed), so that edits which move the
/// same mentions back and forth, and edits on either side of the shared end blocks, follow one another.
/// </summary>
public class EntityReusePropertyTests
{
    private static readonly string[] Sentences =
    [
        "Ada Quill, the union's treasurer, said the ferry would sail on Friday.",
        "Quill added that the crossing had been delayed twice.",
        "The Maritime Safety Board (MSB) inspected the hull in Lisbon.",
        "The MSB said the welds were sound, and Quill agreed.",
        "Tom Reyes, a spokesman for Harbour Lines, told Reuters the fares would rise.",
        "Reyes said Harbour Lines would hire a mediator.",
        "Officials in London and Madrid were not told.",
        "The engines were replaced in March by a yard near Porto.",
        "Critics in the WTO say the refit was rushed.",
        "the crews were paid late again this month",
    ];

    private static readonly string[] Blocks =
    [
        "Photo: Harbour Press", "By Lena Ortiz", "Reporting by Tom Reyes; editing by Ada Quill", "---",
        "> “The crossing is safe,” Quill said.", "- Sailings resume on Friday, the MSB said.",
    ];

    private static readonly string[] Insertions = ["x", "x", "ab", " ", "e", "", "\n", "\n\n", " the", "s", "Quill ", ". "];

    private static readonly Gen<string> Paragraphs =
        Gen.OneOf(Gen.Int[0, Sentences.Length - 1].Array[1, 4].Select(picks => string.Join(' ', picks.Select(i => Sentences[i]))),
                  Gen.Int[0, Blocks.Length - 1].Select(i => Blocks[i]));

    /// <summary>Body paragraphs, then blocks at the end (credits, captions) that the edits near the end reach.</summary>
    private static readonly Gen<(string Text, bool Markdown)> Articles =
        Gen.Select(Paragraphs.Array[2, 7], Gen.Int[0, Blocks.Length - 1].Array[0, 3], Gen.Bool).Select((paragraphs, ends, markdown) =>
            ("Ferry to sail despite strike threat\n\n" + string.Join("\n\n", paragraphs.Concat(ends.Select(i => Blocks[i]))) + "\n", markdown));

    /// <summary>Where an edit lands: 0 anywhere, 1 inside a lower-case word, 2 at the start or end of a capitalised word (±1), 3 in the last quarter.</summary>
    private static readonly Gen<int> Places = Gen.Frequency((1, Gen.Const(0)), (4, Gen.Const(1)), (3, Gen.Const(2)), (2, Gen.Const(3)));

    private static readonly Gen<int> Deletions = Gen.Frequency((4, Gen.Const(0)), (4, Gen.Const(1)), (2, Gen.Int[2, 3]), (1, Gen.Int[4, 12]));

    /// <summary>An edit: where, a fraction choosing the place, how much to delete, what to insert, whether it is analysed, whether the entities are then asked for.</summary>
    private static readonly Gen<(int Place, double At, int Delete, string Insert, bool Analyse, bool Ask)> Edits =
        Gen.Select(Places, Gen.Double[0, 1], Deletions, Gen.Int[0, Insertions.Length - 1].Select(i => Insertions[i]),
            Gen.Frequency((5, Gen.Const(true)), (1, Gen.Const(false))), Gen.Frequency((1, Gen.Const(true)), (6, Gen.Const(false))));

    [Test]
    public void Entities_taken_over_across_long_edit_scripts_equal_a_fresh_linking()
    {
        var counts = new Counts();
        Gen.Select(Articles, Edits.Array[8, 60]).Sample((article, edits) =>
        {
            var format = article.Markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText;
            var syntax = ArticleSyntaxTree.Parse(ArticleText.From(article.Text), format);
            var analysis = ArticleAnalyzer.Analyze(syntax);
            var script = new StringBuilder();
            var older = new List<(ArticleEntities Entities, string Read)>();
            foreach (var (place, at, delete, insert, analyse, ask) in edits)
            {
                var span = Span(syntax.Text.ToString(), place, at, delete);
                script.Append($"[{span} -> {JsonSerializer.Serialize(insert)}]");
                syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(span, insert)]));
                if (analyse)
                {
                    script.Append(ask ? "[analysed, asked]" : "[analysed]");
                    analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
                    counts.Analysed++;
                    counts.TakenOver += analysis.BlockResults.EntitiesReused ? 1 : 0;
                    if (ask)
                    {
                        // Read through the shift, and moved half the time (the next analysis then builds on moved entities).
                        older.Add((analysis.Entities, Compare(analysis, script, counts, move: at < 0.5)));
                    }
                }
            }
            Compare(ArticleAnalyzer.Analyze(syntax, previous: analysis), script, counts);
            EntityRelinkPropertyTests.ReadTheirOwn(older, script);
        }, iter: 300, threads: 1);
        TestContext.Out.WriteLine($"Entity reuse property: {counts.Analysed} analyses made from the previous one, {counts.TakenOver} took the entities over; "
            + $"{counts.Compared} asked for equal fresh ones, {counts.ByOwner} of them moved from mentions whose entities were known by index.");
        Assert.That(counts.TakenOver, Is.GreaterThan(counts.Analysed / 4), "the scripts mostly take entities over");
        Assert.That(counts.ByOwner, Is.GreaterThan(counts.Compared / 10), "moves after a move read the mentions' owners");
    }

    [Test]
    public void Folds_made_between_analyses_are_taken_up_by_later_ones_that_equal_a_fresh_linking()
    {
        // The server folds the latest analysis' shift after its diagnostics are answered, on another thread, so the
        // fold may end before the next analysis is made or after one or more were made from it: fold one of the last
        // few analyses now and then, and compare what every later analysis reads with a fresh linking's.
        var counts = new Counts();
        var takenUp = 0;
        Gen.Select(Articles, Edits.Array[8, 60], Gen.Int[0, 9].Array[60]).Sample((article, edits, folds) =>
        {
            var format = article.Markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText;
            var syntax = ArticleSyntaxTree.Parse(ArticleText.From(article.Text), format);
            var analysis = ArticleAnalyzer.Analyze(syntax);
            var made = new List<ArticleAnalysis> { analysis };
            var script = new StringBuilder();
            var older = new List<(ArticleEntities Entities, string Read)>();
            for (var k = 0; k < edits.Length; k++)
            {
                var (place, at, delete, insert, analyse, ask) = edits[k];
                var span = Span(syntax.Text.ToString(), place, at, delete);
                script.Append($"[{span} -> {JsonSerializer.Serialize(insert)}]");
                syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(span, insert)]));
                if (!analyse)
                {
                    continue;
                }
                if (folds[k] < 4 && made.Count > folds[k])
                {
                    script.Append($"[analysis {made.Count - 1 - folds[k]} folded]");
                    made[^(1 + folds[k])].Entities.Fold();
                }
                takenUp += ReferenceEquals(analysis.Entities.Base, analysis.Entities.Latest) ? 0 : 1;
                analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
                made.Add(analysis);
                counts.Analysed++;
                // Read through the shift only: moving would fold it too.
                older.Add((analysis.Entities, Compare(analysis, script, counts, move: false)));
            }
            Compare(ArticleAnalyzer.Analyze(syntax, previous: analysis), script, counts);
            EntityRelinkPropertyTests.ReadTheirOwn(older, script);
        }, iter: 150, threads: 1);
        TestContext.Out.WriteLine($"Entity fold property: {counts.Analysed} analyses, {takenUp} built on a fold made after the analysis before them.");
        Assert.That(takenUp, Is.GreaterThan(counts.Analysed / 50), "later analyses take folds up");
    }

    [Test]
    public void A_late_fold_is_taken_up_by_later_shifts_of_the_same_edits_only()
    {
        const string text = "Ferry to sail\n\nAda Quill said the ferry would sail. The crews were paid late. Quill added that it was delayed.\n";
        var linked = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText)).Entities.Linked;
        // Letters typed inside "crews", one edit each; the third is one of two different edits of the same text.
        var at = text.IndexOf("crews", StringComparison.Ordinal) + 2;
        var two = linked.Then(new SpanMap(at, at, 1)).Then(new SpanMap(at + 1, at + 1, 1));
        var (three, other) = (two.Then(new SpanMap(at + 2, at + 2, 1)), two.Then(new SpanMap(at, at, 2)));
        new ArticleEntities(other, relink: null).Fold();
        Assert.That(three.Refolded(), Is.Null, "a fold across another third edit is not taken up");
        Assert.That(three.UnfoldedEdits, Is.EqualTo(3));
        new ArticleEntities(two, relink: null).Fold(); // after three was made from two
        var refolded = three.Refolded();
        Assert.That(refolded?.Shift.Count, Is.EqualTo(1), "the fold of the first two edits, then the third");
        Assert.That((three.UnfoldedEdits, other.UnfoldedEdits), Is.EqualTo((1, 1)));
        var four = three.Then(new SpanMap(at + 3, at + 3, 1));
        Assert.That(four.Refolded()?.Shift.Count, Is.EqualTo(2), "and so for every later shift of the same edits");
        Assert.That(refolded!.Mentions.Select(refolded.SpanOf), Is.EqualTo(three.Mentions.Select(three.SpanOf)), "the same positions");
        Assert.That(refolded.Mentions.Select(m => m.EntityId), Is.EqualTo(three.Mentions.Select(m => m.EntityId)));
    }

    [Test]
    public void A_shift_is_due_for_folding_well_before_its_cap()
    {
        const string text = "Ferry to sail\n\nAda Quill said the ferry would sail. The crews were paid late. Quill added that it was delayed.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var at = text.IndexOf("crews", StringComparison.Ordinal) + 2;
        for (var i = 1; i <= ArticleEntities.FoldAhead; i++)
        {
            Assert.That(analysis.Entities.FoldIfDue(), Is.False, $"not due after {i - 1} edits");
            syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at++, 0), "x")]));
            analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
        }
        Assert.That(ArticleEntities.FoldAhead, Is.LessThan(ArticleEntities.MaxPendingMaps));
        Assert.That((analysis.Entities.FoldDue, analysis.Entities.Linked.Shift.Count), Is.EqualTo((true, ArticleEntities.FoldAhead)));
        Assert.That(analysis.Entities.FoldIfDue(), Is.True);
        Assert.That(analysis.Entities.FoldDue, Is.False, "folded once");
        syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), "x")]));
        analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
        Assert.That(analysis.Entities.Linked.Shift.Count, Is.EqualTo(1), "the next analysis builds on the fold");
        Compare(analysis, new StringBuilder($"[{ArticleEntities.FoldAhead + 1} x typed in 'crews']"), new Counts());
    }

    [Test]
    public void A_name_moved_by_one_edit_and_its_last_mention_moved_back_by_the_next_is_moved()
    {
        // The first edit moves every mention, the second moves the last one back: the name's first mention must
        // stay moved although its last ends up where it was.
        const string text = "Ferry to sail\n\nAda Quill said the ferry would sail. The crews were paid late. Quill added that it was delayed.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var script = new StringBuilder();
        foreach (var (word, change) in new[] { ("sail", new TextChange(new TextSpan(text.IndexOf("sail", StringComparison.Ordinal) + 2, 0), "x")),
                                               ("crews", new TextChange(new TextSpan(text.IndexOf("crews", StringComparison.Ordinal) + 2, 1), "")) })
        {
            script.Append($"[{change.Span} -> {JsonSerializer.Serialize(change.NewText)} in '{word}']");
            syntax = syntax.WithText(syntax.Text.WithChanges([change]));
            analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
            Assert.That(analysis.BlockResults.EntitiesReused, Is.True, $"the entities are taken over after {script}");
        }
        Compare(analysis, script, new Counts());
        Assert.That(analysis.Entities.Find("ada-quill")?.Mentions.Select(m => syntax.Text.ToString(m.Span)), Is.EqualTo(new[] { "Ada Quill", "Quill" }));
    }

    [Test]
    public void Entities_asked_for_by_many_threads_at_once_are_moved_once()
    {
        // An editor asks for the outline and the semantic tokens together after a change, and both read the entities.
        const string text = "Ferry to sail\n\nAda Quill said the ferry would sail. The crews were paid late. Quill added that it was delayed.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        _ = analysis.Entities.Mentions;
        syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(text.IndexOf("sail", StringComparison.Ordinal) + 2, 0), "x")]));
        analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
        Assert.That(analysis.Entities.IsPending, Is.True, "the entities are taken over, still to be moved");
        var entities = analysis.Entities;
        using var start = new Barrier(8);
        var read = Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return entities.Mentions;
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(read);
        var first = read[0].Result;
        Assert.That(read.Select(t => t.Result == first), Is.All.True, "every thread gets the one moved array");
        Assert.That(first.Select(m => syntax.Text.ToString(m.Span)), Is.EqualTo(new[] { "Ada Quill", "Quill" }));
    }

    /// <summary>The edited span: its start placed as <paramref name="place"/> says, at most <paramref name="delete"/> characters long.</summary>
    private static TextSpan Span(string text, int place, double at, int delete)
    {
        var starts = place switch
        {
            1 => EntityScripts.Offsets(text, i => i > 0 && i < text.Length && char.IsLower(text[i]) && char.IsLetter(text[i - 1])),
            2 => EntityScripts.Offsets(text, i => i < text.Length && char.IsUpper(text[i]) && (i == 0 || !char.IsLetter(text[i - 1]))
                                   || i > 0 && char.IsLetter(text[i - 1]) && (i == text.Length || !char.IsLetter(text[i])) && EntityScripts.WordStartsUpper(text, i)),
            _ => [],
        };
        int start;
        if (starts.Count > 0)
        {
            var pick = Math.Min((int)(at * starts.Count), starts.Count - 1);
            // Names: just before, at, or just inside the boundary (the fraction's last digits choose).
            start = Math.Clamp(starts[pick] + (place == 2 ? (int)(at * 1000 * starts.Count) % 3 - 1 : 0), 0, text.Length);
        }
        else
        {
            start = place == 3 ? text.Length - (int)(at * text.Length / 4) : (int)(at * text.Length);
        }
        return new TextSpan(start, Math.Min(delete, text.Length - start));
    }

    private sealed class Counts
    {
        public int Analysed, TakenOver, Compared, ByOwner;
    }

    /// <summary>Compares with a fresh analysis, read through the shift (and moved, when <paramref name="move"/>); returns what was read.</summary>
    private static string Compare(ArticleAnalysis incremental, StringBuilder script, Counts counts, bool move = true)
    {
        var syntax = incremental.Syntax;
        var fresh = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(syntax.Text.ToString()), syntax.Format));
        var context = $"after the edits {script} of a {syntax.Format} article; final text:\n{syntax.Text}";
        var read = EntityScripts.CompareLinked(incremental.Entities, EntityScripts.Describe(fresh.Entities), move, context);
        counts.ByOwner += move && incremental.BlockResults.EntitiesReused && incremental.Entities.KnowsOwners ? 1 : 0;
        Assert.That(EntityScripts.Describe(incremental.Findings), Is.EqualTo(EntityScripts.Describe(fresh.Findings)), "findings " + context);
        counts.Compared++;
        return read;
    }
}
