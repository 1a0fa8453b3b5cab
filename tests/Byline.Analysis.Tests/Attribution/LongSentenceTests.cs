using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// One sentence of many thousand words (a document with no full stop) was read in time quadratic in its length: a word
/// was found by offset, and a cue's cover of a word was checked, by scanning the whole sentence or all its attributions.
/// The reader counts those look-ups' steps; here they must grow no faster than the sentence.
/// </summary>
public class LongSentenceTests
{
    [Test]
    public void A_sentence_of_200000_words_is_read_in_work_linear_in_its_length()
    {
        const int words = 200_000;
        var vocabulary = "the harbour chief said pilots and the guild of dockers would insist that barges, tugs and launches".Split(' ');
        var random = new Random(7);
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + "\n";

        var before = SentenceReader.ScanStepsOnThisThread;
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        var steps = SentenceReader.ScanStepsOnThisThread - before;

        Assert.That(analysis.Sourcing.Sentences, Has.Count.EqualTo(1));
        Assert.That(analysis.Sourcing.Attributions.Count(), Is.GreaterThan(1_000), "the sentence's many cues are all read");
        TestContext.Out.WriteLine($"scan steps: {steps}");
        Assert.That(steps, Is.GreaterThan(0).And.LessThan(10L * words));
    }
}
