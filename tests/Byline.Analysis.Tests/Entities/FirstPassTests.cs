using System.Text;
using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// Entity linking's first pass kept in the side table across edits (<see cref="FirstPass"/>): made once an edit relinks
/// in part, then moved on by each such edit (the counts of the words it changed), never written once kept. After every
/// edit it equals the first pass made afresh over the new tree's blocks, and the entities and findings equal a fresh
/// analysis' (the long random scripts of <see cref="EntityRelinkPropertyTests"/> check both at every step).
/// </summary>
public class FirstPassTests
{
    private const string Story =
        "Ferry to sail\n\nOfficials in London were not told, Microsoft said.\n\nThe Maritime Safety Board (MSB) inspected the hull. "
        + "Tom Reyes, a spokesman for Norvell Holdings Ltd, told Reuters the fares would rise.\n\n"
        + "Reyes said Microsoft and Google would hire a mediator in Paris. The MSB said Norvell declined to comment.\n";

    /// <summary>
    /// When the table keeps a first pass: whether it equals one made afresh over the table's tree (asserted), and so
    /// whether it was kept at all.
    /// </summary>
    internal static bool CheckKept(BlockResultTable table, StringBuilder script)
    {
        if (table.FirstPass is not { } kept)
        {
            return false;
        }
        var fresh = EntityAnalyzer.FirstPassOf(table, table.LinkedKnowledgeBase!);
        Assert.That(fresh, Is.Not.Null, $"a first pass kept for an article with a line in capitals, after {script}");
        Assert.That(Describe(kept), Is.EqualTo(Describe(fresh!)), $"the kept first pass after {script}; text:\n{table.Syntax.Text}");
        return true;
    }

    [Test]
    public void Typing_inside_a_name_moves_the_kept_first_pass_on_and_folds_its_counts_now_and_then()
    {
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(Story), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var at = Story.IndexOf("Google", StringComparison.Ordinal) + 3;
        var script = new StringBuilder();
        FirstPass? first = null;
        var (most, folds) = (0, 0);
        for (var i = 0; i < 150; i++)
        {
            script.Append($"[{at} -> x]");
            syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at++, 0), "x")]));
            var previous = analysis.BlockResults.FirstPass;
            analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
            Assert.That(analysis.BlockResults.EntitiesPartlyRelinked, Is.True, $"linked again in part after {script}");
            Assert.That(CheckKept(analysis.BlockResults, script), Is.True, "a first pass is kept after each partial relink");
            var kept = analysis.BlockResults.FirstPass!;
            first ??= kept;
            Assert.That(kept.Acronyms, Is.SameAs(first.Acronyms), "moved on, not made again: the established tables are the very ones");
            Assert.That(kept, Is.Not.SameAs(previous), "each letter changes the counts of the name typed in");
            folds += kept.Counts.LaidOver < (previous?.Counts.LaidOver ?? 0) ? 1 : 0;
            most = Math.Max(most, kept.Counts.LaidOver);
            EntityRelinkPropertyTests.Compare(analysis, script);
        }
        Assert.That(most, Is.InRange(2, 64), "the words an edit changed are laid over the shared counts, at most 64");
        Assert.That(folds, Is.GreaterThan(0), "and folded into one table when there are more");
    }

    [Test]
    public void A_word_the_edit_capitalises_again_that_another_block_reads_drops_the_kept_pass_and_links_everything_again()
    {
        // "Harbour" mid-sentence once below: one more above makes it a word the article capitalises more than once, which
        // the mention below reads (an ordinary word capitalised once names nothing), so the counts moved on would not do.
        const string text = "Ferry to sail\n\nCritics say the refit was rushed by Lines and Quill.\n\nThe board said Harbour would sit again in March.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var at = text.IndexOf("Quill", StringComparison.Ordinal) + 2;
        var script = new StringBuilder($"[{at} -> x]");
        syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), "x")]));
        analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
        Assert.That(analysis.BlockResults.EntitiesPartlyRelinked && CheckKept(analysis.BlockResults, script), Is.True, "typing in a name keeps a first pass");
        var before = EntityScripts.Describe(analysis.Entities);
        at = syntax.Text.ToString().IndexOf("Lines", StringComparison.Ordinal);
        script.Append($"[{at} -> \"Harbour \"]");
        syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), "Harbour ")]));
        analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
        Assert.That(analysis.BlockResults.EntitiesPartlyRelinked, Is.False, "the word below reads otherwise now: linked everything again");
        Assert.That(analysis.BlockResults.FirstPass, Is.Null, "and the first pass, not moved on, is made again by the next relink");
        EntityRelinkPropertyTests.Compare(analysis, script);
        Assert.That(EntityScripts.Describe(analysis.Entities), Is.Not.EqualTo(before));
        at = syntax.Text.ToString().IndexOf("Quixll", StringComparison.Ordinal) + 2;
        script.Append($"[{at} -> y]");
        syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), "y")]));
        analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
        Assert.That(analysis.BlockResults.EntitiesPartlyRelinked && CheckKept(analysis.BlockResults, script), Is.True, "made again from the previous tree and moved on");
        EntityRelinkPropertyTests.Compare(analysis, script);
    }

    [Test]
    public void Two_edits_of_one_analysis_each_move_the_kept_pass_on_without_writing_it()
    {
        // An editor may analyse twice from one previous analysis (a benchmark's stages, a request on an older snapshot):
        // each reads the kept pass and makes its own, so neither sees the other's edit.
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(Story), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var at = Story.IndexOf("Google", StringComparison.Ordinal) + 2;
        syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), "x")]));
        var shared = ArticleAnalyzer.Analyze(syntax, previous: analysis);
        var counts = FirstPassTests.Describe(shared.BlockResults.FirstPass!);
        foreach (var (name, typed) in new[] { ("Paris", "e"), ("Reuters", "an"), ("London", " Quill") })
        {
            var script = new StringBuilder($"[x in Google][{typed} in {name}]");
            var text = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(syntax.Text.ToString().IndexOf(name, StringComparison.Ordinal) + 3, 0), typed)]));
            var next = ArticleAnalyzer.Analyze(text, previous: shared);
            CheckKept(next.BlockResults, script);
            EntityRelinkPropertyTests.Compare(next, script);
            Assert.That(Describe(shared.BlockResults.FirstPass!), Is.EqualTo(counts), "the pass the edits were made from is as it was");
        }
    }

    /// <summary>Everything a first pass holds, in a fixed order.</summary>
    internal static string Describe(FirstPass pass)
    {
        static string Sorted<T>(IEnumerable<T>? items) => items is null ? "none" : string.Join("; ", items.Select(i => i?.ToString()).Order(StringComparer.Ordinal));
        var text = new StringBuilder();
        text.AppendLine($"acronyms {Sorted(pass.Acronyms)}");
        text.AppendLine($"surnames {Sorted(pass.Surnames)}");
        text.AppendLine($"shape-only {Sorted(pass.ShapeOnlySurnames)}");
        text.AppendLine($"given {Sorted(pass.GivenNames)}");
        text.AppendLine($"firms {Sorted(pass.Firms)}");
        text.AppendLine($"teams {Sorted(pass.Teams)}");
        text.AppendLine($"common-noun acronyms {Sorted(pass.CommonNounAcronyms)}");
        text.AppendLine($"footnotes {Sorted(pass.Footnotes)}");
        text.AppendLine($"definitions {string.Join("; ", pass.Definitions.Select(d => $"{d.Id} {d.Known?.Id} {d.Acronym} {d.Expansion}"))}");
        text.AppendLine($"counts {Sorted(pass.Counts.Counted())}");
        return text.ToString();
    }
}
