namespace Byline.Analysis.Tests.Rules;

public class LeftoverBoilerplateTests
{
    private static string Seed() => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "seeds", "000_9bb0596e7d6cd391.txt"));

    [Test]
    public void Reports_every_navigation_line_of_the_seed_and_nothing_else()
    {
        var text = Seed();
        var findings = RuleTestHelper.Analyze(text).Where(f => f.Rule.Id == "BYL0009").ToList();

        Assert.That(findings.Select(f => text.Substring(f.Span.Start, f.Span.Length)), Is.EqualTo(new[]
        {
            "Subscribe", "Newsfeed", "0", "To participate in the discussion", "log in or register", "loader", "Chats", "Заголовок открываемого материала",
        }));
        Assert.That(findings, Has.All.Matches<Finding>(f => f!.Tags.HasFlag(FindingTags.Unnecessary)));
    }

    [Test]
    public void Captions_credits_and_footnotes_are_not_boilerplate()
    {
        var text = Seed();
        var reported = RuleTestHelper.Analyze(text).Where(f => f.Rule.Id == "BYL0009").Select(f => f.Span).ToList();
        foreach (var kept in new[] { "© US Air Force/Senior Airman Matthew Bruch", "- Sputnik International, 1920, 04.01.2022", "*A terrorist organization banned in Russia" })
        {
            var at = text.IndexOf(kept, StringComparison.Ordinal);
            Assert.That(reported, Has.None.Matches<Microsoft.CodeAnalysis.Text.TextSpan>(s => s.Contains(at)), kept);
        }
    }

    [Test]
    public void The_fix_deletes_the_whole_line()
    {
        var text = "Strikes hit rocket sites\n\nThe coalition said it struck two sites.\nSubscribe\nThe strikes ended on Tuesday.\n";
        var finding = RuleTestHelper.Analyze(text).Single(f => f.Rule.Id == "BYL0009");
        Assert.That(RuleTestHelper.ApplyFix(text, finding), Is.EqualTo("Strikes hit rocket sites\n\nThe coalition said it struck two sites.\nThe strikes ended on Tuesday.\n"));
    }

    [Test]
    public void Article_text_in_a_wikinews_story_is_not_boilerplate()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "seeds", "wikinews-korea.txt"));
        Assert.That(RuleTestHelper.Analyze(text).Where(f => f.Rule.Id == "BYL0009"), Is.Empty);
    }

    [Test]
    public void Html_comments_and_code_blocks_in_Markdown_are_not_boilerplate()
    {
        var text = "# Strikes hit rocket sites\n\n<!-- editor: check the casualty figure -->\n\nThe coalition said it struck two sites.\n\n```\nraw wire copy\n```\n\nSubscribe\n";
        var findings = RuleTestHelper.Analyze(text, Syntax.ArticleFormat.Markdown).Where(f => f.Rule.Id == "BYL0009").ToList();
        Assert.That(findings.Select(f => text.Substring(f.Span.Start, f.Span.Length)), Is.EqualTo(new[] { "Subscribe" }));
    }

    [Test]
    public void Calls_to_action_and_copyright_lines_are_boilerplate_but_credits_and_notes_are_kept()
    {
        const string text = "Valley dam to close\n\nThe water board will close the dam on Friday, its chair said.\n\n" +
            "Sign up for our newsletter to get the latest news.\n\nOmar Diaz contributed to this report.\n\n" +
            "This story has been updated to include comment from the board.\n\nCopyright 2031 The Valley Herald. All rights reserved.\n";
        var findings = RuleTestHelper.Analyze(text);
        Assert.That(findings.Where(f => f.Rule.Id == "BYL0009").Select(f => text.Substring(f.Span.Start, f.Span.Length).TrimEnd()), Is.EqualTo(new[]
        {
            "Sign up for our newsletter to get the latest news.", "Copyright 2031 The Valley Herald. All rights reserved.",
        }));
        Assert.That(findings.Where(f => f.Rule.Id == "BYL0001" && f.Span.Start > text.IndexOf('\n')), Is.Empty, "only the headline is read as a claim");
    }
}
