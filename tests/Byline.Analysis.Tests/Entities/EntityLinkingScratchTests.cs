using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// Linking takes its tables from the thread and gives them back emptied, and the scanner shares names' strings through
/// a table of the thread's latest spellings: an article linked after others on one thread must read exactly as it
/// does on a thread that has linked nothing.
/// </summary>
public class EntityLinkingScratchTests
{
    // Invented copy that fills every table linking keeps: an acronym defined, given names and surnames, a firm with its
    // legal form, a word capitalised mid-sentence twice, a name typed by shape alone.
    private const string Invented =
        "Harbour board names new chair\n\n" +
        "The Coastal Freight Authority (CFA) named Marta Kovalenko as its chair on Tuesday. Kovalenko said the CFA would " +
        "review its leases. Marta told staff that Norvell Holdings Ltd had asked for talks; Norvell Holdings declined to " +
        "comment. The Tribunal will sit in May, and the Tribunal's clerk, Tarvo Lindqvist, said Lindqvist would attend.\n";

    // Invented copy that names the same people and body only in short: read alone, nothing defines them.
    private const string InShort =
        "Leases under review\n\n" +
        "Kovalenko met the CFA on Friday. Marta said the Tribunal had not yet ruled, and Lindqvist did not attend.\n";

    private static string Describe(string text) =>
        EntityScripts.Describe(EntityAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText)));

    private static string OnFreshThread(string text)
    {
        string? described = null;
        var thread = new Thread(() => described = Describe(text));
        thread.Start();
        thread.Join();
        return described!;
    }

    [Test]
    public void An_article_linked_after_others_on_the_thread_reads_as_on_a_fresh_thread()
    {
        var texts = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).Prepend(InShort).Prepend(Invented).Append(Invented).Append(InShort).ToArray();
        // Twice over, so that each article meets tables and spellings left by every other.
        foreach (var text in texts.Concat(texts))
        {
            Assert.That(Describe(text), Is.EqualTo(OnFreshThread(text)));
        }
    }

    [Test]
    public void A_recent_spelling_is_the_same_string_and_its_id_the_kebab_of_it()
    {
        var first = RecentNames.Surface("Norvell Holdings".AsSpan());
        Assert.That(RecentNames.Surface("The Norvell Holdings board".AsSpan(4, 16)), Is.SameAs(first));
        Assert.That(RecentNames.Id(first), Is.EqualTo(EntityAnalyzer.Kebab("Norvell Holdings")));
        Assert.That(RecentNames.Id(new string(first)), Is.EqualTo("norvell-holdings"));
    }
}
