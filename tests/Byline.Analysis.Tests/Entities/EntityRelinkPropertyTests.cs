using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// Architecture invariant: entities linked again in part after an edit that changed a block's name candidates (the
/// touched entities linked again, the others taken over and moved) equal a fresh linking's, mention for mention, and
/// so do the findings. The scripts type and delete inside names (known ones, people's full names and surnames, an
/// acronym and its definition, a firm with its legal form and its short name, a sports side, a sports report's headline
/// slug), insert names and
/// acronyms, and now and then edit elsewhere, so that the conditions for a partial relinking hold on some steps and
/// fail on others, and steps of each kind follow one another.
/// </summary>
public class EntityRelinkPropertyTests
{
    private static readonly string[] Sentences =
    [
        "Ada Quill, the union's treasurer, said the ferry would sail on Friday.",
        "Quill added that Ada had seen the crossing delayed twice.",
        "The Maritime Safety Board (MSB) inspected the hull in Lisbon.",
        "The MSB said the welds were sound, and Quill agreed.",
        "Tom Reyes, a spokesman for Norvell Holdings Ltd, told Reuters the fares would rise.",
        "Reyes said Norvell would hire a mediator from Microsoft and Google.",
        "PT Sarvana Kencana bought the ferry, and Sarvana Kencana will run it.",
        "Officials in London, Madrid and Paris were not told, Reuters said.",
        "Microsoft declined to comment, and the KLT said nothing.",
        "Essex beat Surrey by 40 runs at Chelmsford.",
        "Critics in Brussels say the refit was rushed by Harbour Lines.",
        "Harbour said the Tribunal would sit again in March.",
        "the crews were paid late again this month",
    ];

    private static readonly string[] Blocks = ["By Lena Ortiz", "Reporting by Tom Reyes; editing by Ada Quill", "* Figures from the MSB.", "FERRY TALKS IN LONDON", "Cricket - Essex at Chelmsford"];

    /// <summary>What is typed: letters inside a word, a capital, names and acronyms, spaces and breaks.</summary>
    private static readonly string[] Insertions = ["x", "e", "an", "Q", "S", " ", "", " Quill", " Microsoft", " MSB", " (KLT)", " Norvell", " Essex", "\n", ". "];

    private static readonly Gen<string> Paragraphs =
        Gen.Frequency((6, Gen.Int[0, Sentences.Length - 1].Array[1, 4].Select(picks => string.Join(' ', picks.Select(i => Sentences[i])))),
                      (1, Gen.Int[0, Blocks.Length - 1].Select(i => Blocks[i])));

    private static readonly Gen<(string Text, bool Markdown)> Articles =
        Gen.Select(Paragraphs.Array[3, 9], Gen.Bool, Gen.Int[0, 3]).Select((paragraphs, markdown, head) =>
            ((head == 0 ? "Cricket - Essex sail through\n\n" : "Ferry to sail despite strike threat\n\n") + string.Join("\n\n", paragraphs) + "\n", markdown));

    /// <summary>Where an edit lands: 0 anywhere, 1 inside a capitalised word (the common case), 2 at a name's edge.</summary>
    private static readonly Gen<int> Places = Gen.Frequency((1, Gen.Const(0)), (6, Gen.Const(1)), (2, Gen.Const(2)));

    private static readonly Gen<int> Deletions = Gen.Frequency((6, Gen.Const(0)), (3, Gen.Const(1)), (1, Gen.Int[2, 6]));

    private static readonly Gen<(int Place, double At, int Delete, string Insert)> Edits =
        Gen.Select(Places, Gen.Double[0, 1], Deletions, Gen.Frequency((3, Gen.Int[0, 4]), (1, Gen.Int[0, Insertions.Length - 1])).Select(i => Insertions[i]));

    [Test]
    public void Entities_linked_again_in_part_across_long_edit_scripts_equal_a_fresh_linking()
    {
        var counts = new Counts();
        Gen.Select(Articles, Edits.Array[6, 40]).Sample((article, edits) =>
        {
            var format = article.Markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText;
            var syntax = ArticleSyntaxTree.Parse(ArticleText.From(article.Text), format);
            var analysis = ArticleAnalyzer.Analyze(syntax);
            var script = new StringBuilder();
            // Moving the entities now and then (as an editor's outline does), else the next analysis builds on a
            // longer shift: some scripts never move them, so their partial relinks splice onto entities still to be moved.
            var moveEvery = edits.Length % 4;
            var older = new List<(ArticleEntities Entities, string Read)>();
            for (var step = 0; step < edits.Length; step++)
            {
                var (place, at, delete, insert) = edits[step];
                var span = Span(syntax.Text.ToString(), place, at, delete);
                script.Append($"[{span} -> {JsonSerializer.Serialize(insert)}]");
                syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(span, insert)]));
                analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
                counts.Analysed++;
                counts.Partly += analysis.BlockResults.EntitiesPartlyRelinked ? 1 : 0;
                counts.TakenOver += analysis.BlockResults.EntitiesReused ? 1 : 0;
                counts.Shifted += analysis.Entities.Linked.Shift.Count > 1 ? 1 : 0;
                counts.FirstPassKept += FirstPassTests.CheckKept(analysis.BlockResults, script) ? 1 : 0;
                older.Add((analysis.Entities, Compare(analysis, script, moveEvery > 0 && step % moveEvery == 0)));
            }
            ReadTheirOwn(older, script);
        }, iter: 200, threads: 1);
        TestContext.Out.WriteLine($"Entity relink property: {counts.Analysed} analyses compared with fresh ones; {counts.Partly} linked again in part, "
            + $"{counts.TakenOver} took the entities over, the rest linked everything again; {counts.Shifted} read through a shift of several edits; "
            + $"{counts.FirstPassKept} kept a first pass equal to one made afresh.");
        Assert.That(counts.Shifted, Is.GreaterThan(counts.Analysed / 10), "partial relinks splice onto entities still to be moved");
        Assert.That(counts.Partly, Is.GreaterThan(counts.Analysed / 5), "the scripts mostly type inside names, where a partial relinking applies");
        Assert.That(counts.Analysed - counts.Partly - counts.TakenOver, Is.GreaterThan(counts.Analysed / 20), "and some steps fall back to a full linking");
        Assert.That(counts.FirstPassKept, Is.GreaterThan(counts.Analysed / 10), "linking's first pass is kept and moved on across edits");
    }

    [Test]
    public void Typing_inside_a_known_name_links_its_entity_again_and_keeps_the_others()
    {
        const string text = "Ferry to sail\n\nOfficials in London were not told, Microsoft said.\n\nReyes said Microsoft and Google would hire a mediator in Paris. Officials said Microsoft declined to comment.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var paris = analysis.Entities.Entities.Single(e => e.Name == "Paris");
        var script = new StringBuilder();
        var at = text.IndexOf("Microsoft", StringComparison.Ordinal) + 4;
        foreach (var typed in new[] { "x", "y" })
        {
            script.Append($"[{at} -> {typed}]");
            syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), typed)]));
            analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
            Assert.That(analysis.BlockResults.EntitiesPartlyRelinked, Is.True, $"linked again in part after {script}");
            Compare(analysis, script);
            at++;
        }
        Assert.That(analysis.Entities.Entities.Select(e => e.Name), Does.Contain("Microsoft").And.Contain("Micrxyosoft"));
        Assert.That(analysis.Entities.Find(paris.Id)?.Mentions.Single().Span.Start, Is.EqualTo(paris.Mentions.Single().Span.Start + 2), "Paris, after the edit, moved");
    }

    [Test]
    public void Entities_kept_by_a_partial_relink_are_the_very_objects_read_through_each_analysis_shift()
    {
        const string text = "Ferry to sail\n\nOfficials in London were not told, Microsoft said.\n\nReyes said Microsoft and Google would hire a mediator in Paris. Officials said Microsoft declined to comment.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var first = ArticleAnalyzer.Analyze(syntax);
        var at = text.IndexOf("Microsoft", StringComparison.Ordinal) + 4;
        var analyses = new List<ArticleAnalysis> { first };
        foreach (var typed in new[] { "x", "y" })
        {
            syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at++, 0), typed)]));
            analyses.Add(ArticleAnalyzer.Analyze(syntax, previous: analyses[^1]));
            Assert.That(analyses[^1].BlockResults.EntitiesPartlyRelinked, Is.True, $"linked again in part after '{typed}'");
        }
        var (before, after) = (first.Entities.Linked, analyses[^1].Entities.Linked);
        Assert.That(after.Shift.Count, Is.EqualTo(2), "nothing moved the entities: each relink added its edit to the shift");
        var paris = after.Entities.Single(e => e.Name == "Paris");
        Assert.That(paris, Is.SameAs(before.Find(paris.Id)), "an entity the typing did not touch is the very object");
        Assert.That(paris.Mentions, Is.EqualTo(before.Find(paris.Id)!.Mentions), "with the very mention array");
        Assert.That(after.Owners, Is.SameAs(analyses[1].Entities.Linked.Owners).And.EqualTo(EntityReuse.OwnersOf(after)),
            "the relinked entity kept its place and its mentions theirs: the mentions' owners are the very array");
        var mention = paris.Mentions.Single();
        Assert.That(after.SpanOf(mention).Start, Is.EqualTo(before.SpanOf(mention).Start + 2), "each analysis reads the shared mention where it lies in its text");
        for (var i = 0; i < analyses.Count; i++)
        {
            Assert.That(analyses[i].Syntax.Text.ToString(analyses[i].Entities.Linked.SpanOf(mention)), Is.EqualTo("Paris"), $"analysis {i}");
            Assert.That(analyses[i].Entities.Linked.MentionAt(analyses[i].Syntax.Text.ToString().IndexOf("Paris", StringComparison.Ordinal) + 1), Is.SameAs(mention));
        }
        Compare(analyses[^1], new StringBuilder("[xy typed in Microsoft]"));
    }

    [Test]
    public void A_shift_of_more_edits_than_it_holds_is_folded_into_moved_entities()
    {
        const string text = "Ferry to sail\n\nOfficials in London were not told, Microsoft said.\n\nReyes said Microsoft and Google would hire a mediator in Paris. Officials said Microsoft declined to comment.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var at = text.IndexOf("Microsoft", StringComparison.Ordinal) + 4;
        var most = 0;
        for (var i = 0; i < ArticleEntities.MaxPendingMaps + 6; i++)
        {
            syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at++, 0), "x")]));
            analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
            Assert.That(analysis.BlockResults.EntitiesPartlyRelinked, Is.True, $"linked again in part after {i + 1} letters");
            most = Math.Max(most, analysis.Entities.Linked.Shift.Count);
        }
        Assert.That(most, Is.EqualTo(ArticleEntities.MaxPendingMaps));
        Assert.That(analysis.Entities.Linked.Shift.Count, Is.LessThan(ArticleEntities.MaxPendingMaps));
        Compare(analysis, new StringBuilder($"[{ArticleEntities.MaxPendingMaps + 6} letters typed in Microsoft]"));
    }

    [Test]
    public void Typing_inside_an_acronyms_definition_links_everything_again()
    {
        const string text = "Ferry to sail\n\nThe Maritime Safety Board (MSB) inspected the hull.\n\nThe MSB said the welds were sound.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var at = text.IndexOf("Safety", StringComparison.Ordinal) + 2;
        syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), "x")]));
        analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
        Assert.That(analysis.BlockResults.EntitiesPartlyRelinked || analysis.BlockResults.EntitiesReused, Is.False, "a definition the other block's acronym reads");
        Compare(analysis, new StringBuilder($"[{at} -> x]"));
    }

    [Test]
    public void A_tables_suffix_lag_is_how_far_every_shared_block_at_the_end_moved_alike()
    {
        ForEachTableAfterEdits((previous, table, edit) =>
            Assert.That(table.SuffixLag, Is.EqualTo(SuffixLagByHand(previous.Syntax.Blocks, table.Syntax.Blocks, table.SharedSuffix)), $"after {edit}"));
    }

    [Test]
    public void A_tables_previous_index_is_the_shared_ends_index_or_the_middle_nodes_first_index_there()
    {
        ForEachTableAfterEdits((previous, table, edit) =>
        {
            var (older, newer) = (previous.Syntax.Blocks, table.Syntax.Blocks);
            for (var i = 0; i < newer.Length; i++)
            {
                Assert.That(table.PreviousIndex(i), Is.EqualTo(PreviousIndexByHand(older, newer, table.SharedPrefix, table.SharedSuffix, i)), $"block {i} after {edit}");
            }
        });
    }

    // Runs an edit script over a generated article and hands each step's block table, with the one before it, to the check.
    private static void ForEachTableAfterEdits(Action<BlockResultTable, BlockResultTable, string> check)
    {
        Gen.Select(Articles, Edits.Array[1, 12]).Sample((article, edits) =>
        {
            var format = article.Markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText;
            var syntax = ArticleSyntaxTree.Parse(ArticleText.From(article.Text), format);
            var table = BlockResultTable.For(syntax);
            foreach (var (place, at, delete, insert) in edits)
            {
                var span = Span(syntax.Text.ToString(), place, at, delete);
                syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(span, insert)]));
                var previous = table;
                table = BlockResultTable.For(syntax, previous);
                check(previous, table, $"{span} -> {insert}");
            }
        }, iter: 200, threads: 1);
    }

    // Each block's index in the older tree as the table defines it: the shared ends' by position, a block between
    // them the first index of its node between the older tree's shared ends, else -1.
    private static int PreviousIndexByHand(ImmutableArray<Block> older, ImmutableArray<Block> newer, int prefix, int suffix, int i)
    {
        if (i < prefix) return i;
        if (i >= newer.Length - suffix) return i - newer.Length + older.Length;
        for (var k = prefix; k < older.Length - suffix; k++)
        {
            if (ReferenceEquals(older[k].Node, newer[i].Node)) return k;
        }
        return -1;
    }

    [Test]
    public void Typing_near_the_top_moves_the_shared_blocks_below_by_the_edit_and_keeps_the_entities()
    {
        const string text = "Ferry to sail\n\nOfficials in London were not told, Microsoft said.\n\nReyes said Microsoft and Google would hire a mediator.\n\nOfficials in Paris said Microsoft declined to comment.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var at = text.IndexOf("Microsoft", StringComparison.Ordinal) + 4;
        syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), "xy")]));
        analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
        Assert.That(analysis.BlockResults.SharedSuffix, Is.EqualTo(2));
        Assert.That(analysis.BlockResults.SuffixLag, Is.EqualTo(2), "the two paragraphs below the edit moved by its two letters");
        Assert.That(analysis.BlockResults.EntitiesPartlyRelinked, Is.True, "the blocks below read as moved by the edit: the other entities are kept");
        Compare(analysis, new StringBuilder($"[{at} -> xy]"));
    }

    [Test]
    public void Typing_before_a_sports_slug_that_keeps_every_candidate_still_reads_the_headline_again()
    {
        // A mark typed before the slug leaves the headline's candidates as they were, but the headline no longer opens
        // with a sport, so its county is a place again: the previous entities must not be taken over.
        const string text = "Cricket - Essex sail through\n\nEssex beat Kent at Chelmsford.\n\nOfficials in London said the pitch was heavy.\n";
        foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown })
        {
            foreach (var typed in new[] { ". ", "x", "Cricket" })
            {
                var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), format);
                var analysis = ArticleAnalyzer.Analyze(syntax);
                syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(0, 0), typed)]));
                analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
                Compare(analysis, new StringBuilder($"[0 -> {typed}] ({format})"));
            }
        }
    }

    [Test]
    public void A_name_typed_into_the_headline_moves_the_sports_slugs_reading_and_links_everything_again()
    {
        // The slug is read on the first block with candidates, so whether the headline holds one decides whether the
        // slug below it makes the article a sports report; typing a name into the headline and deleting it again must
        // each be read as a fresh analysis reads the text.
        const string text = "Ferry to sail despite strike threat\n\nCricket - Essex beat Kent at Chelmsford on Sunday.\n\nOfficials in London said the pitch was heavy.\n";
        static EntityType EssexIn(string t) => ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(t), ArticleFormat.PlainText))
            .Entities.Entities.Single(e => e.Name == "Essex").Type;
        Assert.That(EssexIn(text.Insert(5, " Quill")), Is.Not.EqualTo(EssexIn(text)), "the name in the headline changes the county's reading");
        foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown })
        {
            var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), format);
            var analysis = ArticleAnalyzer.Analyze(syntax);
            var script = new StringBuilder($"({format})");
            foreach (var change in new[] { new TextChange(new TextSpan(5, 0), " Quill"), new TextChange(new TextSpan(5, 6), "") })
            {
                script.Append($"[{change.Span} -> {change.NewText}]");
                syntax = syntax.WithText(syntax.Text.WithChanges([change]));
                analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
                Compare(analysis, script);
            }
        }
    }

    [Test]
    public void A_word_capitalised_mid_sentence_in_the_edit_and_once_elsewhere_links_everything_again()
    {
        // "Harbour" written mid-sentence once below: a second mid-sentence "Harbour" typed above makes it a word the
        // article capitalises more than once, which the mention below reads, so linking in part would not do.
        const string text = "Ferry to sail\n\nCritics say the refit was rushed by Lines.\n\nThe board said Harbour would sit again in March.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var at = text.IndexOf("Lines", StringComparison.Ordinal);
        var script = new StringBuilder();
        foreach (var typed in new[] { "Harbour ", "x" })
        {
            script.Append($"[{at} -> {typed}]");
            syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), typed)]));
            analysis = ArticleAnalyzer.Analyze(syntax, previous: analysis);
            Compare(analysis, script);
            at += typed.Length;
        }
    }

    [Test]
    public void A_blocks_mentions_say_whether_one_is_a_line_in_capitals()
    {
        const string text = "FERRY TALKS IN LONDON\n\nOfficials in London were not told, Microsoft said.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var table = BlockResultTable.For(syntax);
        var read = syntax.Blocks.Select((b, i) => table[i].Mentions(b.Node, KnowledgeBase.Builtin)).ToArray();
        Assert.That(read.Select(m => m.HasCapitalsOnly), Is.EqualTo(read.Select(m => m.Candidates.Any(c => c.IsCapitalsOnly))));
        Assert.That(read[0].HasCapitalsOnly && !read[1].HasCapitalsOnly, Is.True);
    }

    /// <summary>The suffix's lag found block by block: the same move for every shared block at the end, their old starts rising.</summary>
    private static int? SuffixLagByHand(ImmutableArray<Block> older, ImmutableArray<Block> newer, int suffix)
    {
        if (suffix == 0) return null;
        var lag = newer[^1].Start - older[^1].Start;
        for (var k = 1; k <= suffix; k++)
        {
            if (newer[^k].Start - older[^k].Start != lag || k > 1 && older[^k].Start >= older[^(k - 1)].Start) return null;
        }
        return lag;
    }

    /// <summary>The edited span: its start placed as <paramref name="place"/> says, at most <paramref name="delete"/> characters long.</summary>
    private static TextSpan Span(string text, int place, double at, int delete)
    {
        var starts = place switch
        {
            1 => EntityScripts.Offsets(text, i => i > 0 && i < text.Length && char.IsLetter(text[i]) && char.IsLetter(text[i - 1]) && EntityScripts.WordStartsUpper(text, i)),
            2 => EntityScripts.Offsets(text, i => i < text.Length && char.IsUpper(text[i]) && (i == 0 || !char.IsLetter(text[i - 1]))
                                   || i > 0 && char.IsLetter(text[i - 1]) && (i == text.Length || !char.IsLetter(text[i])) && EntityScripts.WordStartsUpper(text, i)),
            _ => [],
        };
        var start = starts.Count > 0 ? starts[Math.Min((int)(at * starts.Count), starts.Count - 1)] : (int)(at * text.Length);
        return new TextSpan(start, Math.Min(delete, text.Length - start));
    }

    private sealed class Counts
    {
        public int Analysed, Partly, TakenOver, Shifted, FirstPassKept;
    }

    /// <summary>Compares with a fresh analysis, read through the shift (and moved, when <paramref name="move"/>); returns what was read.</summary>
    internal static string Compare(ArticleAnalysis incremental, StringBuilder script, bool move = true)
    {
        var syntax = incremental.Syntax;
        var fresh = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(syntax.Text.ToString()), syntax.Format));
        var context = $"after the edits {script} of a {syntax.Format} article; final text:\n{syntax.Text}";
        var read = EntityScripts.CompareLinked(incremental.Entities, EntityScripts.Describe(fresh.Entities), move, context);
        Assert.That(EntityScripts.Describe(incremental.Findings), Is.EqualTo(EntityScripts.Describe(fresh.Findings)), "findings " + context);
        return read;
    }

    /// <summary>
    /// A reader holding an older analysis reads its positions, not a later one's, although the later ones share its
    /// entity, mention-array and mention objects: read as linked and moved, after every later analysis was made.
    /// </summary>
    internal static void ReadTheirOwn(List<(ArticleEntities Entities, string Read)> older, StringBuilder script)
    {
        for (var i = 0; i < older.Count; i++)
        {
            var (entities, read) = older[i];
            Assert.That(EntityScripts.Describe(entities.Linked), Is.EqualTo(read), $"analysis {i} read again after the edits {script}");
            Assert.That(EntityScripts.Describe(entities), Is.EqualTo(read), $"analysis {i} moved after the edits {script}");
        }
    }
}
