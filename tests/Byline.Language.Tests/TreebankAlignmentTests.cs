using Byline.Language.Training;

namespace Byline.Language.Tests;

public class TreebankAlignmentTests
{
    private static readonly string Fixture = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "tiny.conllu");

    private static (string Word, string Label, string Lemma)[] Aligned(int sentence)
    {
        var aligned = TreebankAlignment.Align(Conllu.Read(Fixture).ElementAt(sentence))!;
        return [.. Enumerable.Range(0, aligned.Tokens.Length).Select(i => (aligned.Word(i).ToString(), aligned.Labels[i], aligned.Lemmas[i]))];
    }

    [Test]
    public void A_contraction_carries_both_tags_and_the_lemma_of_its_first_word()
    {
        Assert.That(Aligned(0), Does.Contain(("didn't", "AUX+PART/VBD+RB", "do")));
    }

    [Test]
    public void A_possessive_carries_the_noun_and_POS_tags()
    {
        Assert.That(Aligned(0), Does.Contain(("city's", "NOUN+PART/NN+POS", "city")));
    }

    [Test]
    public void A_hyphenated_compound_takes_the_tag_of_its_last_word()
    {
        Assert.That(Aligned(0), Does.Contain(("well-known", "VERB/VBN", "well-know")));
    }

    [Test]
    public void The_period_of_an_abbreviation_shares_its_tag_and_is_its_own_lemma()
    {
        var tokens = Aligned(1);
        Assert.That(tokens[0], Is.EqualTo(("Mr", "PROPN/NNP", "Mr.")));
        Assert.That(tokens[1], Is.EqualTo((".", "PROPN/NNP", ".")));
    }

    [Test]
    public void Every_token_of_the_tokenizer_gets_a_label()
    {
        Assert.That(Aligned(0).Select(t => t.Word), Is.EqualTo(new[] { "The", "mayor", "didn't", "say", "the", "city's", "well-known", "plan", "failed", "." }));
    }

    [Test]
    public void Only_train_documents_of_open_genres_are_read_from_GUM()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "splits.md"),
            "## dev\n\n  * GUM_news_a\n\n## train\n\n  * GUM_news_b\n  * GUM_fiction_c\n  * GUM_voyage_d\n  * GUM_vlog_e\n");
        var files = Treebanks.GumFiles(folder, "train").Select(Path.GetFileName);
        Assert.That(files, Is.EqualTo(new[] { "GUM_news_b.conllu", "GUM_voyage_d.conllu" }));
    }
}
