using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// A transcript's speaker labels in capitals ("MS. RUIZ:") name people, never acronyms; and a name spelled with a
/// capital inside a word ("HealthSpace") is a brand's, whose last word is nobody's surname. Invented copy.
/// </summary>
public class SpeakerLabelEntityTests
{
    private const string Hearing =
        "Hearing on the harbour contract\n\n"
        + "Senator Ana Okafor questioned Maria Ruiz, the port authority's lawyer, on Tuesday.\n\n"
        + "SEN. OKAFOR: When did the authority file the claim?\n\n"
        + "MS. RUIZ: We filed it in March, after the audit.\n\n"
        + "SEN. OKAFOR: And the board approved it?\n\n"
        + "MS. RUIZ: It did.";

    private static ArticleEntities Analyze(string text) =>
        EntityAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));

    [Test]
    public void A_titled_speaker_label_is_the_surname_of_the_person_named_before()
    {
        var entities = Analyze(Hearing);
        var ruiz = entities.Find("maria-ruiz")!;
        Assert.That(ruiz.Mentions.Select(m => (m.Text, m.Kind)), Is.EqualTo(new[]
        {
            ("Maria Ruiz", MentionKind.Name), ("RUIZ", MentionKind.Surname), ("RUIZ", MentionKind.Surname),
        }));
        Assert.That(entities.Find("ana-okafor")!.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Ana Okafor", "OKAFOR", "OKAFOR" }));
        Assert.That(entities.Entities.Select(e => e.Id), Has.No.Member("sen").And.No.Member("ms").And.No.Member("ruiz"));
        Assert.That(entities.UndefinedAcronyms, Is.Empty);
    }

    [Test]
    public void Speaker_labels_are_no_undefined_acronyms() => RuleTestHelper.AssertFindings("BYL0010", Hearing);

    [TestCase("DR. LINDQVIST: The samples came back clean.", "LINDQVIST", "lindqvist")]
    [TestCase("REP. TOMAS OYELARAN: We will vote no.", "TOMAS OYELARAN", "tomas-oyelaran")]
    [TestCase("MR. O'HALLORAN: Not at all.", "O'HALLORAN", "ohalloran")]
    [TestCase("CHAIRWOMAN BRANDT: The committee will come to order.", "BRANDT", "brandt")]
    public void A_titled_label_names_a_person_even_when_the_article_names_them_nowhere_else(string turn, string label, string id)
    {
        var entities = Analyze("Hearing\n\n" + turn);
        var mention = entities.Mentions.Single(m => m.Text == label);
        Assert.That((mention.EntityId, entities.Find(mention.EntityId)!.TypeCode), Is.EqualTo((id, "PER")));
        Assert.That(entities.UndefinedAcronyms, Is.Empty);
    }

    [Test]
    public void A_full_name_in_a_label_is_the_person_named_in_the_copy()
    {
        var entities = Analyze("Hearing\n\nAna Okafor chaired the session.\n\nSEN. ANA OKAFOR: Let us begin.");
        Assert.That(entities.Find("ana-okafor")!.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Ana Okafor", "ANA OKAFOR" }));
    }

    [Test]
    public void An_untitled_label_is_read_as_the_article_writes_the_name_and_is_no_acronym()
    {
        var entities = Analyze("Interview\n\nDana Kim, the port's lawyer, spoke to us.\n\nKIM: We filed it in March.\n\nPELL: Why then?");
        Assert.That(entities.Find("dana-kim")!.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Dana Kim", "KIM" }));
        Assert.That(entities.Mentions.Select(m => m.Text), Has.No.Member("PELL"));
        Assert.That(entities.UndefinedAcronyms, Is.Empty);
    }

    [TestCase("SENATOR: The witness may answer.")]
    [TestCase("THE COURT: Overruled.")]
    public void A_role_in_a_label_names_no_one(string turn) =>
        Assert.That(Analyze("Hearing\n\n" + turn).Mentions, Is.Empty);

    [Test]
    public void An_acronym_after_a_label_is_still_read()
    {
        var entities = Analyze("Hearing\n\nMS. RUIZ: The claim went to the FBI and to JAM.");
        Assert.That(entities.UndefinedAcronyms.Select(m => m.Text), Is.EqualTo(new[] { "JAM" }));
    }

    [Test]
    public void A_brand_spelled_with_an_inner_capital_is_a_body_and_lends_no_surname()
    {
        var entities = Analyze("Clinic opens\n\nHealthSpace Cleveland said on Monday it would open a clinic near the lake. Its director, Dana Whitlock, said demand had doubled. "
            + "The clinics in Cleveland are full.");
        Assert.That(entities.Find("healthspace-cleveland")!.TypeCode, Is.EqualTo("ORG"));
        Assert.That(entities.Find("healthspace-cleveland")!.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "HealthSpace Cleveland" }));
        Assert.That(entities.Mentions.Where(m => m.Text == "Cleveland").Select(m => m.Kind), Has.No.Member(MentionKind.Surname));
    }

    [Test]
    public void A_persons_surname_does_not_reach_into_a_brands_name()
    {
        var entities = Analyze("Clinic opens\n\nMayor Tom Lindgren visited the site. HealthSpace Lindgren, a separate firm, said nothing. Lindgren said the clinic would open in June.");
        Assert.That(entities.Find("tom-lindgren")!.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Tom Lindgren", "Lindgren" }));
        Assert.That(entities.Find("healthspace-lindgren")!.TypeCode, Is.EqualTo("ORG"));
    }

    [TestCase("Tarvo McKinnon said the vote was close.", "Tarvo McKinnon")]
    [TestCase("Elin DeVries said the vote was close.", "Elin DeVries")]
    public void A_name_prefix_before_an_inner_capital_keeps_the_name_a_persons(string sentence, string name)
    {
        var entities = Analyze("Vote\n\n" + sentence);
        Assert.That(entities.Find(entities.Mentions.Single(m => m.Text == name).EntityId)!.TypeCode, Is.EqualTo("PER"));
    }

    [TestCase("OPEN", "Open")]
    [TestCase("ANA OKAFOR", "Ana Okafor")]
    [TestCase("SMITH-JONES", "Smith-Jones")]
    [TestCase("O'BRIEN", "O'Brien")]
    public void Words_in_capitals_are_read_with_a_capital_at_each_words_start(string capitals, string titleCase)
    {
        Span<char> buffer = stackalloc char[capitals.Length + 4];
        Assert.That(CasedNames.InTitleCase(capitals, buffer).ToString(), Is.EqualTo(titleCase));
    }
}
