using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Byline.Analysis.Attribution;
using Byline.Text;
using Byline.Workspace;

namespace Byline.Reports.Tests;

public class HtmlReportTests
{
    private const string Hostile = "Strike <script>alert(1)</script> hits depot\n\n" +
        "The strike hit a depot <img src=x onerror=alert(2)>, a coalition spokesperson said on Tuesday.\n\n" +
        "The the depot was destroyed & \"burned\" for hours.\n";

    private static ArticleFigures Figures(string path, string text) =>
        ArticleFigures.From(path, ArticleDocument.Create(new Uri(Path.Combine(Path.GetTempPath(), path)).AbsoluteUri, null, ArticleText.From(text), BylineConfig.Default));

    [Test]
    public void Two_entities_of_one_name_count_their_mentions_together()
    {
        var mentions = ArticleFigures.MentionsByName([("Jordan", 2), ("Amman", 1), ("Jordan", 3)]);

        Assert.That(mentions, Is.EquivalentTo(new Dictionary<string, int> { ["Jordan"] = 5, ["Amman"] = 1 }));
    }

    [Test]
    public void Article_text_paths_and_titles_are_escaped()
    {
        var html = HtmlReport.Render("Desk <b>report</b>", [Figures("<x>.txt", Hostile)]);

        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Not.Contain("<img"));
        Assert.That(html, Does.Not.Contain("<x>").And.Not.Contain("<b>report"));
        Assert.That(html, Does.Contain("Strike &lt;script&gt;alert(1)&lt;/script&gt; hits depot"));
        Assert.That(html, Does.Contain("&lt;img src=x onerror=alert(2)&gt;"));
        Assert.That(html, Does.Contain("&amp; &quot;burned&quot;"));
    }

    [Test]
    public void The_report_is_self_contained()
    {
        var html = HtmlReport.Render("Report", [Figures("a.txt", Hostile), Figures("b.txt", "Depot hit\n\nOfficials said the depot was hit.\n")]);

        Assert.That(html, Does.Not.Match(@"<(script|link|iframe|object|embed|img)\b"));
        Assert.That(html, Does.Not.Match(@"\b(src|href)\s*=\s*""(?!#)"), "only in-page links");
        Assert.That(html, Does.Not.Contain("url(").And.Not.Contain("@import"));
        Assert.That(html, Does.Not.Match(@"\sstyle="), "no style attributes: the CSP allows only the hashed style sheet");
        Assert.That(Regex.Matches(html, "<svg ").Count, Is.GreaterThanOrEqualTo(4 + 2 * 3), "charts are inline SVG");
    }

    [Test]
    public void The_csp_forbids_everything_but_the_hashed_style_sheet()
    {
        var html = HtmlReport.Render("Report", [Figures("a.txt", Hostile)]);

        var csp = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").Groups[1].Value;
        Assert.That(csp, Does.StartWith("default-src 'none'; style-src 'sha256-"));
        Assert.That(csp, Does.Not.Contain("unsafe"));
        var styles = Regex.Matches(html, "<style>(.*?)</style>", RegexOptions.Singleline);
        Assert.That(styles, Has.Count.EqualTo(1));
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(styles[0].Groups[1].Value)));
        Assert.That(csp, Does.Contain($"'sha256-{hash}'"));
        Assert.That(html.IndexOf("Content-Security-Policy", StringComparison.Ordinal), Is.LessThan(html.IndexOf("<style>", StringComparison.Ordinal)));
    }

    [Test]
    public void Each_finding_links_to_its_line_with_the_flagged_text_marked()
    {
        var html = HtmlReport.Render("Report", [Figures("a.txt", Hostile)]);

        Assert.That(html, Does.Contain("<a href=\"#a0-L5\">5:1</a>"));
        Assert.That(html, Does.Contain("<span id=\"a0-L5\">"));
        Assert.That(html, Does.Contain("<mark>The the</mark>").Or.Contain("<mark>the</mark>").Or.Contain("<mark>The</mark>"));
    }

    [Test]
    public void A_long_line_with_many_findings_gives_a_report_that_grows_with_the_article()
    {
        // Every mark but the first two is an unmatched quotation mark: thousands of findings on one line, each of
        // which used to repeat the whole line (4,000 marks made a 97 MB report, 200,000 never finished).
        var text = new string('"', 4000);

        var html = HtmlReport.Render("Report", [Figures("q.txt", text)]);

        var excerpts = Regex.Matches(html, "<pre>(.*?)</pre>", RegexOptions.Singleline);
        Assert.That(excerpts, Has.Count.GreaterThan(1000));
        var longest = excerpts.Max(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value.Replace("<mark>", "").Replace("</mark>", "")).Length);
        Assert.That(longest, Is.LessThanOrEqualTo(80 + 200 + 80 + 3));
        Assert.That(html.Length, Is.LessThan(10_000_000), "linear: about 1 KB per finding, where the whole line per finding made 97 MB");
    }

    [Test]
    public void A_clipped_excerpt_keeps_the_flagged_text_and_never_splits_a_surrogate_pair()
    {
        var filler = string.Concat(Enumerable.Repeat("\U0001F600", 100));
        var text = "Depot hit\n\n" + filler + " The the depot burned for hours, officials said. " + filler + "\n";

        var html = HtmlReport.Render("Report", [Figures("a.txt", text)]);

        Assert.That(html, Does.Contain("<mark>The the</mark>").Or.Contain("<mark>the</mark>").Or.Contain("<mark>The</mark>"));
        Assert.That(html, Does.Match("<pre>…&#128512;[^<]*<mark>"), "the excerpt starts with an ellipsis and a whole character");
        Assert.That(html, Does.Match("&#128512;…</pre>"), "and ends with a whole character and an ellipsis");
        Assert.That(html, Does.Not.Contain("&#65533;").And.Not.Match("&#5[5-7][0-9]{3};"), "no half of a surrogate pair");
    }

    [Test]
    public void Figures_count_claims_by_status_and_add_up_over_the_folder()
    {
        var sourced = Figures("a.txt", "Depot hit\n\nThe strike hit a depot, a coalition spokesperson said on Tuesday.\n");
        var unsourced = Figures("b.txt", "Depot hit\n\nThe strike killed 40 fighters and destroyed the depot.\n");

        Assert.That(sourced.ClaimsByStatus.GetValueOrDefault(SourcingStatus.Attributed), Is.EqualTo(1));
        Assert.That(unsourced.ClaimsByStatus.GetValueOrDefault(SourcingStatus.Unattributed), Is.EqualTo(1));
        Assert.That(unsourced.Paragraphs.Single(), Is.EqualTo(new ParagraphSourcing(3, 1, 0)));
        var folder = FolderFigures.Of([sourced, unsourced]);
        Assert.That(folder.Claims, Is.EqualTo(sourced.Claims + unsourced.Claims));
        Assert.That(folder.SourcedClaims, Is.EqualTo(1));
        Assert.That(folder.TopSources.Select(s => s.Key), Has.Member("a coalition spokesperson"));
    }
}
