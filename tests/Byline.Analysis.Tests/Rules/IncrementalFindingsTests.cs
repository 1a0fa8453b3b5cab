using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Rules;

/// <summary>
/// Architecture invariant: the findings of an analysis made from the previous one — the sourcing rules taking over
/// the findings of the sentences linking kept and moving those of the sentences it copied across the edit at the
/// article's end, the entity rules those of entities taken over — equal a fresh
/// analysis' findings, field for field (span, severity, message, focus, related locations, fixes), after any edit
/// script. The edits include ones that start, end or move a voice carried over from sentence to sentence (a new
/// speech cue, "However, …", a paragraph split or joined, a quotation mark, a statement's colon), an anonymity
/// reason given in the next sentence, a headline quotation that the body attributes, and a publisher line; and
/// sentences and insertions with readings made within one sentence (a party's aim before "to", a vote before "to"
/// and "looking to", which are no cues, a disposition after a light verb, "according to" before a quoted title, a
/// pronoun or a possessive before a quoted name), and an interview's turns (a question addressed to "you", a "Q:" label,
/// a speaker's label opening an answer) that start and end answers carried from paragraph to paragraph, and the signals
/// that open or close an interview's layout early or not at all: an intro naming whom the publication or the writer
/// asked (the answers' source), a question in the asker's own voice, an answer that speaks of the reader's things; and
/// a transcript's speaker labels in capitals, whose turns run on over paragraphs once two have shown the layout, up to a
/// heading or a separator.
/// </summary>
public class IncrementalFindingsTests
{
    private static readonly string[] Sentences =
    [
        "The harbour master said the ferry would sail on Friday.",
        "She added that the crossing had been delayed twice.",
        "The fares will rise by a tenth next spring.",
        "However, the union called the plan reckless.",
        "“Nobody asked the crews,” said Ada Quill, the union's treasurer.",
        "“We will strike if we must. The owners know it.",
        "A port official, who asked not to be named, said the talks had stalled.",
        "He was not authorised to speak to reporters.",
        "Local traders reportedly fear a long dispute.",
        "The Maritime Safety Board (MSB) inspected the hull.",
        "The MSB claimed the welds were sound.",
        "Tom Reyes, the harbour's spokesman, said:",
        "We are confident the ferry is safe.",
        "According to Reuters, the owners have hired a mediator.",
        "Is the timetable realistic?",
        "The engines were replaced in March.",
        "Reyes told the BBC the refit cost more than planned.",
        "Critics say the refit was rushed.",
        "The ferry union aims to block the new toll.",
        "The harbour board has shown little inclination to compromise.",
        "According to some on the council, the toll is too high.",
        "The fare would fall by a third, according to her “fair fares” plan.",
        "Island skippers are looking to overturn the ban.",
        "The crews voted to strike, according to them.",
        "Why did you close the old pier?",
        "Reuters interviewed Ada Quill on Friday.",
        "How do we pay your new toll?",
        "We keep your fares for a year.",
        "I sailed the crossing for twenty years.",
        "Reuters interviews Ada Quill about the fares.",
        "Why did the ferry stop?",
    ];

    private static readonly string[] Blocks =
    [
        "“The ferry will sail on Friday”", "> “The crossing is safe,” the captain said.", "- Sailings resume on Friday, officials said.",
        "Photo: Harbour Press", "Report by Harbour Press - Harbour Press, 2026", "By Lena Ortiz", "---",
        "Q: Why did the board raise the fares?", "QUILL: The fares pay for the repairs.",
        "Ada Quill, the union's treasurer, spoke to the BBC.", "Can you tell us why you stayed?",
        "**Why did the ferry stop?**", "Reuters: Why did the fares rise?", "This interview has been edited for length.",
        "REYES: We are confident the ferry is safe.", "MS. REYES: The board filed the claim with the PFA in March.",
    ];

    private static readonly string[] Insertions =
    [
        "\n\n", "\n", "“", "”", "\"", " said", "she ", "Reyes ", "x", "However, ", ", officials said.", " the spokesman said.",
        "According to the board, ", ":", ":\n\n", "We ", " “We are ready.” ", "reportedly ", "# ", "> ", "publisher: Quay News\n",
        " on condition of anonymity", "?", "according to ", " aims to ", " showed no sign of ", " voted to ", "According to “Quay Notes,” ",
        "Q: ", "Why did you stay? ", "We asked Reyes ", " talked to us", "my ", "your ",
        "Interview with ", ": an interview", "Reuters interviews Quill ", "? ",
    ];

    private static readonly Gen<string> Paragraphs =
        Gen.OneOf(Gen.Int[0, Sentences.Length - 1].Array[1, 4].Select(picks => string.Join(' ', picks.Select(i => Sentences[i]))),
                  Gen.Int[0, Blocks.Length - 1].Select(i => Blocks[i]));

    private static readonly Gen<(string Text, bool Markdown)> Articles =
        Gen.Select(Paragraphs.Array[1, 8], Gen.Bool, Gen.Bool).Select((paragraphs, markdown, frontMatter) =>
            ((markdown && frontMatter ? "---\ntitle: Ferry\npublisher: Quay News\n---\n" : "")
             + "Ferry to sail despite strike threat\n\n" + string.Join("\n\n", paragraphs) + "\n", markdown));

    /// <summary>An edit: where (a fraction of the length), how much to delete, what to insert, and whether it is analysed after it.</summary>
    private static readonly Gen<(double At, int Delete, string Insert, bool Analyse)> Edits =
        Gen.Select(Gen.Double[0, 1], Gen.OneOf(Gen.Const(0), Gen.Int[1, 3], Gen.Int[4, 80]),
            Gen.OneOf(Gen.Int[0, Insertions.Length - 1].Select(i => Insertions[i]), Gen.Int[0, Sentences.Length - 1].Select(i => " " + Sentences[i]), Gen.Const("")),
            Gen.Frequency((3, Gen.Const(true)), (1, Gen.Const(false))));

    /// <summary>The options of a script: the defaults, claim heads and fixes off (as a text check), or a sourcing rule off and another at another severity.</summary>
    private static readonly AnalyzerOptions[] Options =
    [
        AnalyzerOptions.Default,
        new() { ClaimHeads = false, ClaimFixes = false },
        new()
        {
            RuleSeverities = AnalyzerOptions.Default.RuleSeverities.SetItem("BYL0004", null).SetItem("BYL0003", Severity.Warning).SetItem("BYL0010", Severity.Error),
            ExtraOutlets = ["Harbour Press"],
        },
    ];

    [Test]
    public void Findings_after_any_edit_script_equal_a_fresh_analysis_findings()
    {
        var counts = new Counts();
        Gen.Select(Articles, Edits.Array[1, 10], Gen.Int[0, Options.Length - 1]).Sample((article, edits, o) =>
        {
            var options = Options[o];
            var format = article.Markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText;
            var syntax = ArticleSyntaxTree.Parse(ArticleText.From(article.Text), format);
            var analysis = ArticleAnalyzer.Analyze(syntax, options);
            var script = new StringBuilder();
            foreach (var (at, delete, insert, analyse) in edits)
            {
                syntax = Apply(syntax, at, delete, insert, script);
                if (analyse)
                {
                    analysis = Compare(syntax, options, analysis, script, counts);
                }
            }
            var last = Compare(syntax, options, analysis, script, counts);
            var fresh = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(syntax.Text.ToString()), syntax.Format), options);
            Assert.That(Describe(last.Entities), Is.EqualTo(Describe(fresh.Entities)), $"entities after the edits {script}; final text:\n{syntax.Text}");
        }, iter: 500, threads: 1);
        TestContext.Out.WriteLine($"Incremental findings property: {counts.Compared} analyses made from the previous one equal fresh ones; "
            + $"{counts.KeptSentences} of {counts.Sentences} sentences' findings taken over, {counts.MovedSentences} moved across the edit, {counts.EntitiesTakenOver} entity linkings taken over, "
            + $"{counts.CarryOverChanged} edits changed which sentences a voice is carried over to.");
        Assert.That(counts.KeptSentences, Is.GreaterThan(0), "the scripts take findings over");
        Assert.That(counts.MovedSentences, Is.GreaterThan(0), "the scripts move findings across the edit");
        Assert.That(counts.EntitiesTakenOver, Is.GreaterThan(0), "the scripts take entities over");
        Assert.That(counts.CarryOverChanged, Is.GreaterThan(0), "the scripts change carry-over");
    }

    private sealed class Counts
    {
        public int Compared, KeptSentences, MovedSentences, Sentences, EntitiesTakenOver, CarryOverChanged;
    }

    private static ArticleAnalysis Compare(ArticleSyntaxTree syntax, AnalyzerOptions options, ArticleAnalysis previous, StringBuilder script, Counts counts)
    {
        var incremental = ArticleAnalyzer.Analyze(syntax, options, previous);
        var fresh = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(syntax.Text.ToString()), syntax.Format), options);
        Assert.That(Describe(incremental.Findings), Is.EqualTo(Describe(fresh.Findings)), $"after the edits {script}; final text:\n{syntax.Text}");
        counts.Compared++;
        counts.KeptSentences += incremental.BlockResults.LinkedSentencesKept;
        counts.MovedSentences += Byline.Analysis.Rules.PreviousFindings.Of(incremental.Model, previous)?.Tail is { } tail ? incremental.Sourcing.Sentences.Length - tail.Start : 0;
        counts.Sentences += incremental.Sourcing.Sentences.Length;
        counts.EntitiesTakenOver += incremental.BlockResults.EntitiesReused ? 1 : 0;
        counts.CarryOverChanged += Carried(previous.Sourcing.Sentences) != Carried(incremental.Sourcing.Sentences) ? 1 : 0;
        return incremental;
    }

    private static int Carried(SentenceList sentences) => sentences.Count(s => s.Status == SourcingStatus.Carried);

    private static string Describe(Byline.Analysis.Entities.ArticleEntities entities)
    {
        static string Of(Byline.Analysis.Entities.Mention m) => $"{m.Span} {m.EntityId} {m.Text} {m.Kind} {m.Block} {m.IsDefinition}";
        var text = new StringBuilder();
        foreach (var entity in entities.Entities)
        {
            text.AppendLine($"{entity.Id} {entity.Name} {entity.Type} {entity.Acronym}: {string.Join(";", entity.Mentions.Select(Of))}");
        }
        text.AppendLine("mentions " + string.Join(";", entities.Mentions.Select(Of)));
        text.AppendLine("undefined " + string.Join(";", entities.UndefinedAcronyms.Select(Of)));
        text.AppendLine("at " + string.Join(";", entities.Mentions.Select(m => entities.MentionAt(m.Span.Start)?.Span)));
        return text.ToString();
    }

    /// <summary>Findings field for field, one a line (also the block rules' property, <see cref="BlockRuleFindingsTests"/>).</summary>
    /// <summary>One edit of a script: <paramref name="delete"/> characters replaced by <paramref name="insert"/> at a fraction <paramref name="at"/> of the text, written down in <paramref name="script"/>.</summary>
    internal static ArticleSyntaxTree Apply(ArticleSyntaxTree syntax, double at, int delete, string insert, StringBuilder script)
    {
        var start = (int)(at * syntax.Text.Length);
        var span = new TextSpan(start, Math.Min(delete, syntax.Text.Length - start));
        script.Append($"[{span} -> {JsonSerializer.Serialize(insert)}]");
        return syntax.WithText(syntax.Text.WithChanges([new TextChange(span, insert)]));
    }

    internal static string Describe(ImmutableArray<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var f in findings)
        {
            text.AppendLine($"{f.Rule.Id} {f.Severity} {f.Span} {f.Focus} {f.Demoted} {f.Tags} {f.Message} | "
                + string.Join(";", f.Related.Select(r => $"{r.Span} {r.Message}")) + " | "
                + string.Join(";", f.Fixes.SelectMany(x => x.Changes.Select(c => $"{x.Title} {c.Span} {c.NewText}"))));
        }
        return text.ToString();
    }
}
