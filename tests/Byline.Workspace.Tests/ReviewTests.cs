using Byline.Analysis;
using Byline.Text;

namespace Byline.Workspace.Tests;

/// <summary>
/// Reviewed findings leave the diagnostics: by the workspace's ledger (matched by flagged text), by inline
/// Markdown comments and by front matter. Broken ledgers are reported and never stop analysis.
/// </summary>
public class ReviewTests : TempFolderTest
{
    private const string Ledger = "/w/.byline/reviews.yaml";

    // "The the" is BYL0008 (repeated word, the second "the" is flagged); "claimed" is BYL0005.
    private const string Repeated = "Headline\n\nThe the strike hit a depot.\n\nLater the the convoy moved on.\n";

    private static ArticleDocument Document(string name, string text, params Review[] reviews) =>
        ArticleDocument.Create("file:///w/" + name, 1, ArticleText.From(text), BylineConfig.Default, reviews: [.. reviews]);

    private static IEnumerable<string> Codes(ArticleDocument document) => document.Diagnostics.Select(d => d.Rule.Id);

    [Test]
    public void A_ledger_is_read_with_optional_fields()
    {
        var ledger = ReviewLedger.Parse(Ledger, """
            reviews:
              - file: seeds/000_9bb0596e7d6cd391.txt
                rule: BYL0003
                text: "An Iraqi security source"
                reason: "Source's identity known to the desk; Sputnik policy"
                by: night-desk
              - file: ./seeds/other.txt
                rule: byl0008
                text: the
                reason: quoting the minister verbatim
                occurrence: 2
            """);

        Assert.That(ledger.Problems, Is.Empty);
        Assert.That(ledger.Reviews, Is.EqualTo(new[]
        {
            new Review("seeds/000_9bb0596e7d6cd391.txt", "BYL0003", "An Iraqi security source", "Source's identity known to the desk; Sputnik policy", "night-desk"),
            new Review("seeds/other.txt", "BYL0008", "the", "quoting the minister verbatim", null, 2),
        }));
        Assert.That(ledger.ReviewsOf("seeds\\other.txt").Length, Is.EqualTo(1), "paths compare with / separators");
    }

    [Test]
    public void A_review_without_a_reason_is_reported_and_ignored_while_the_others_apply()
    {
        var text = "reviews:\n  - file: a.txt\n    rule: BYL0008\n    text: the\n  - file: a.txt\n    rule: BYL0008\n    text: the\n    reason: fine\n";
        var ledger = ReviewLedger.Parse(Ledger, text);

        Assert.That(ledger.Reviews.Length, Is.EqualTo(1));
        var problem = ledger.Problems.Single();
        Assert.That(problem.Message, Does.Contain("no reason").And.Contain("must say why"));
        Assert.That(text.Substring(problem.Span.Start, problem.Span.Length), Is.EqualTo("file: a.txt"), "reported on the first line of the review");
        Assert.That(ledger.IsBroken, Is.False);
    }

    [Test]
    public void Broken_yaml_is_reported_and_the_last_good_ledger_stays_in_force()
    {
        Write(".byline/reviews.yaml", "reviews:\n  - file: a.txt\n    rule: BYL0008\n    text: the\n    reason: quoted verbatim\n");
        var loader = new ConfigLoader();
        var good = loader.LoadLedger(Root);
        Assert.That(good.Reviews.Length, Is.EqualTo(1));

        Write(".byline/reviews.yaml", "reviews:\n  - file: [a.txt\n");
        var broken = loader.LoadLedger(Root, lastGood: good);
        Assert.That(broken.Problems.Single().Message, Does.StartWith("Invalid YAML"));
        Assert.That(broken.Reviews, Is.EqualTo(good.Reviews));
        Assert.That(loader.LoadLedger(Root).Reviews, Is.Empty, "without a last good ledger, none applies");
    }

    [Test]
    public void A_review_suppresses_every_finding_of_its_rule_with_its_text()
    {
        var plain = Document("a.txt", Repeated);
        Assert.That(Codes(plain).Count(c => c == "BYL0008"), Is.EqualTo(2));

        var reviewed = Document("a.txt", Repeated, new Review("a.txt", "BYL0008", "the", "house style"));
        Assert.That(Codes(reviewed), Has.No.Member("BYL0008"));
        Assert.That(reviewed.SuppressedCount, Is.EqualTo(2));
    }

    [Test]
    public void An_occurrence_picks_one_finding_and_other_text_or_rules_do_not_match()
    {
        var second = Document("a.txt", Repeated, new Review("a.txt", "BYL0008", "the", "house style", Occurrence: 2));
        var left = second.Diagnostics.Single(d => d.Rule.Id == "BYL0008");
        Assert.That(second.Text.ToString(left.Span), Is.EqualTo("The".ToLowerInvariant()));
        Assert.That(left.Span.Start, Is.LessThan(Repeated.IndexOf("Later", StringComparison.Ordinal)), "the first one is still reported");
        Assert.That(second.SuppressedCount, Is.EqualTo(1));

        var otherText = Document("a.txt", Repeated, new Review("a.txt", "BYL0008", "strike", "n/a"));
        var otherRule = Document("a.txt", Repeated, new Review("a.txt", "BYL0005", "the", "n/a"));
        Assert.That(otherText.SuppressedCount + otherRule.SuppressedCount, Is.Zero);
    }

    [Test]
    public void The_workspace_applies_its_ledger_and_reloads_it_when_it_changes()
    {
        var article = Write("seeds/a.txt", Repeated);
        var uri = DocumentUris.FromFilePath(article);
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        workspace.OpenDocument(uri, Repeated, 1);
        Assert.That(Codes(workspace.Current.GetDocument(uri)!), Has.Member("BYL0008"));

        var ledger = Write(".byline/reviews.yaml", "reviews:\n  - file: seeds/a.txt\n    rule: BYL0008\n    text: the\n    reason: house style\n");
        workspace.FilesChanged([DocumentUris.FromFilePath(ledger)]);
        Assert.That(Codes(workspace.Current.GetDocument(uri)!), Has.No.Member("BYL0008"));
        Assert.That(workspace.Current.GetDocument(uri)!.SuppressedCount, Is.EqualTo(2));

        File.WriteAllText(ledger, "reviews: [\n");
        workspace.FilesChanged([DocumentUris.FromFilePath(ledger)]);
        Assert.That(workspace.Current.LedgerProblems.Single().Path, Is.EqualTo(ledger));
        Assert.That(Codes(workspace.Current.GetDocument(uri)!), Has.No.Member("BYL0008"), "the last good ledger stays in force");

        File.Delete(ledger);
        workspace.FilesChanged([DocumentUris.FromFilePath(ledger)]);
        Assert.That(workspace.Current.LedgerProblems, Is.Empty);
        Assert.That(Codes(workspace.Current.GetDocument(uri)!), Has.Member("BYL0008"));
    }

    [Test]
    public void Files_on_disk_get_their_reviews_too()
    {
        Write("seeds/a.txt", Repeated);
        Write(".byline/reviews.yaml", "reviews:\n  - file: seeds/a.txt\n    rule: BYL0008\n    text: the\n    reason: house style\n");
        Write(BylineConfig.FileName, ""); // only a configured folder is indexed
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);

        var document = workspace.Current.Documents.Single();
        Assert.That(Codes(document), Has.No.Member("BYL0008"));
        Assert.That(document.SuppressedCount, Is.EqualTo(2));
    }

    [Test]
    public void An_inline_comment_disables_a_rule_for_the_next_block_only()
    {
        var text = "# Headline\n\n<!-- byline-disable BYL0008: quoting the minister verbatim -->\nThe the strike hit a depot.\n\nLater the the convoy moved on.\n";
        var document = Document("a.md", text);

        var left = document.Diagnostics.Where(d => d.Rule.Id == "BYL0008").ToList();
        Assert.That(left.Select(d => d.Span.Start), Is.EqualTo(new[] { text.IndexOf("the convoy", StringComparison.Ordinal) }));
        Assert.That(document.SuppressedCount, Is.EqualTo(1));
        Assert.That(Codes(document), Has.No.Member("BYL9006").And.No.Member("BYL0009"), "the comment has a reason and is not leftover website text");
    }

    [Test]
    public void A_file_comment_disables_the_rule_everywhere_and_a_missing_reason_is_reported()
    {
        var text = "# Headline\n\n<!-- byline-disable-file BYL0008 -->\n\nThe the strike hit a depot.\n\nLater the the convoy moved on.\n";
        var document = Document("a.md", text);

        Assert.That(Codes(document), Has.No.Member("BYL0008"));
        Assert.That(document.SuppressedCount, Is.EqualTo(2));
        var missing = document.Diagnostics.Single(d => d.Rule.Id == "BYL9006");
        Assert.That(missing.Severity, Is.EqualTo(Severity.Information));
        Assert.That(document.Text.ToString(missing.Span).Trim(), Is.EqualTo("<!-- byline-disable-file BYL0008 -->"));
    }

    [Test]
    public void The_code_actions_placeholder_reason_is_still_reported()
    {
        var text = $"# Headline\n\n<!-- byline-disable BYL0008: {Suppressions.ReasonPlaceholder} -->\nThe the strike hit a depot.\n";
        var document = Document("a.md", text);
        Assert.That(Codes(document), Has.No.Member("BYL0008").And.Member("BYL9006"));
    }

    [Test]
    public void Comments_in_plain_text_are_just_text()
    {
        var text = "Headline\n\n<!-- byline-disable BYL0008: reviewed -->\nThe the strike hit a depot.\n";
        Assert.That(Codes(Document("a.txt", text)), Has.Member("BYL0008"));
    }

    [TestCase("byline: {disable: [BYL0008]}")]
    [TestCase("byline:\n  disable: byl0008")]
    public void Front_matter_disables_rules_for_the_article(string frontMatter)
    {
        var text = $"---\ntitle: Strike\n{frontMatter}\n---\n# Headline\n\nThe the strike hit a depot.\n";
        var document = Document("a.md", text);
        Assert.That(Codes(document), Has.No.Member("BYL0008").And.No.Member("BYL9003"));
        Assert.That(document.SuppressedCount, Is.EqualTo(1));
    }

    [Test]
    public void File_problems_cannot_be_suppressed()
    {
        var text = "---\nbyline: {disable: [BYL9003]}\ntitle: [broken\n---\n# Headline\n";
        Assert.That(Codes(Document("a.md", text)), Has.Member("BYL9003"));
    }

    [Test]
    public void Outlets_and_publisher_are_read_and_outlets_add_up_down_the_cascade()
    {
        var files = new Dictionary<string, string>
        {
            ["/w/.byline.yaml"] = "publisher: Sputnik\noutlets: [Rudaw]\n",
            ["/w/desk/.byline.yaml"] = "outlets:\n  - Shafaq News\n",
        };
        var (config, problems) = new ConfigLoader(p => files.GetValueOrDefault(p.Replace('\\', '/'))).Load("/w", "/w/desk");

        Assert.That(problems, Is.Empty);
        Assert.That(config.Analyzer.Publisher, Is.EqualTo("Sputnik"));
        Assert.That(config.Analyzer.ExtraOutlets, Is.EqualTo(new[] { "Rudaw", "Shafaq News" }));
    }
}
