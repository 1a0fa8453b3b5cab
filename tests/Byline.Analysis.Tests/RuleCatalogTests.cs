using Byline.Analysis.Rules;

namespace Byline.Analysis.Tests;

public class RuleCatalogTests
{
    private static string RepositoryRoot() => TestPaths.RepositoryRoot;

    [Test]
    public void Rule_ids_are_unique_and_well_formed()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Matches(@"^BYL\d{4}$"));
        Assert.That(RuleCatalog.Descriptors.Select(d => d.Name), Has.All.Matches("^[a-z0-9]+(-[a-z0-9]+)*$"));
    }

    [Test]
    public void Every_rule_has_a_docs_page_that_starts_with_its_id_and_name()
    {
        foreach (var rule in RuleCatalog.Descriptors)
        {
            var page = Path.Combine(RepositoryRoot(), "docs", "rules", rule.Id + ".md");
            Assert.That(File.Exists(page), Is.True, $"{page} is missing");
            Assert.That(File.ReadLines(page).First(), Is.EqualTo($"# {rule.Id} {rule.Name}"));
            Assert.That(File.ReadAllText(page), Does.Contain($"**Default severity:** {rule.DefaultSeverity.ToString().ToLowerInvariant()}"));
        }
    }

    [Test]
    public void Help_links_point_at_docs_pages_that_exist_next_to_the_binaries()
    {
        foreach (var rule in RuleCatalog.Descriptors)
        {
            var uri = new Uri(rule.HelpUri);
            Assert.That(uri.IsFile, Is.True, rule.HelpUri);
            Assert.That(File.Exists(uri.LocalPath), Is.True, rule.HelpUri);
        }
    }

    [Test]
    public void A_server_in_a_subfolder_links_to_the_pages_one_folder_up_and_without_pages_to_the_repository()
    {
        var root = Directory.CreateTempSubdirectory("byline-ruledocs-");
        try
        {
            var native = Directory.CreateDirectory(Path.Combine(root.FullName, "server", "linux-x64")).FullName;
            Assert.That(RuleDocs.Find(native), Is.EqualTo(RuleDocs.RepositoryBaseUri));
            var pages = Directory.CreateDirectory(Path.Combine(root.FullName, "server", "docs", "rules")).FullName;
            File.WriteAllText(Path.Combine(pages, "BYL0001.md"), "# BYL0001");
            var uri = new Uri(RuleDocs.Find(native) + "BYL0001.md");
            Assert.That(uri.IsFile, Is.True);
            Assert.That(Path.GetFullPath(uri.LocalPath), Is.EqualTo(Path.Combine(pages, "BYL0001.md")));
            Assert.That(RuleDocs.Find(native), Does.Not.Contain(".."), "the link names the folder, not the way up to it");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
