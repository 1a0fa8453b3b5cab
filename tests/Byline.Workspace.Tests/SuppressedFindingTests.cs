using Byline.Text;

namespace Byline.Workspace.Tests;

/// <summary>Suppressed findings keep the reason of the review that took them out (SARIF writes it as a justification).</summary>
public class SuppressedFindingTests
{
    private static ArticleDocument Document(string name, string text, params Review[] reviews) =>
        ArticleDocument.Create("file:///w/" + name, 1, ArticleText.From(text), BylineConfig.Default, reviews: [.. reviews]);

    [Test]
    public void A_ledger_review_gives_its_reason_and_is_not_in_source()
    {
        var document = Document("a.txt", "Headline\n\nThe the strike hit a depot.\n", new Review("a.txt", "BYL0008", "the", "wire copy"));

        var suppressed = document.Suppressed.Single();
        Assert.That(suppressed.Finding.Rule.Id, Is.EqualTo("BYL0008"));
        Assert.That((suppressed.Reason, suppressed.InSource), Is.EqualTo(("wire copy", false)));
        Assert.That(document.SuppressedCount, Is.EqualTo(1));
    }

    [Test]
    public void Inline_comments_and_front_matter_are_in_source()
    {
        var comment = Document("b.md", "# Strike\n\n<!-- byline-disable BYL0008: quoted verbatim -->\nThe the strike hit a depot.\n");
        var frontMatter = Document("c.md", "---\nbyline: {disable: [BYL0008]}\n---\n# Strike\n\nThe the strike hit a depot.\n");

        Assert.That(comment.Suppressed.Select(s => (s.Finding.Rule.Id, s.Reason, s.InSource)), Is.EqualTo(new[] { ("BYL0008", "quoted verbatim", true) }));
        Assert.That(frontMatter.Suppressed.Select(s => (s.Finding.Rule.Id, s.Reason, s.InSource)), Is.EqualTo(new[] { ("BYL0008", Suppressions.FrontMatterReason, true) }));
    }
}
