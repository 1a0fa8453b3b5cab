using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax.Tests;

/// <summary>
/// Blocks are split into sentences without tokenising all of them (<see cref="SentenceSplitter.SplitText"/>);
/// the sentences must be exactly those of the splitter over the whole block's tokens, on any text.
/// </summary>
public class SentenceShortcutTests
{
    private static readonly Gen<string> Blocks =
        Gen.OneOf(
            Gen.Char.Array[0, 80].Select(c => new string(c)),
            Gen.OneOf(" ", " ", "\t", "\u00A0", "a", "word", "Word", "U.S.", "Mr.", "Gen.", "No.", "3.5", "2,500", ".", "...", "…", "?", "!", "?!",
                    "\"", "“", "”", "’", "(", ")", "]", "*", "†", ",", ";", "。", "؟", "😀", "\uD83D", "\0", "https://example.org/a.b", "www.x.org.", "J.", "a.m.")
                .Array[0, 40].Select(parts => string.Concat(parts)));

    [Test]
    public void Splitting_without_tokenising_everything_gives_the_splitters_sentences()
    {
        Blocks.Sample(text =>
        {
            var tokens = new List<Token>();
            var expected = new List<TextSpan>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            SentenceSplitter.Split(text, tokens, Lexicon.Default, expected);
            var actual = new List<TextSpan>();
            SentenceSplitter.SplitText(text, Lexicon.Default, actual, [], []);
            Assert.That(actual, Is.EqualTo(expected), $"block: \"{text}\"");
        }, iter: 20000, threads: 1);
    }

    [TestCase("Strikes hit rocket sites", 1)]
    [TestCase("The coalition said on Tuesday it had struck two sites.", 1)]
    [TestCase("“It was an imminent threat.” He left.", 2)]
    [TestCase("He left. She stayed.", 2)]
    [TestCase("Maj. Gen. Smith spoke at 3 p.m. on Monday. Nobody knows.", 2)]
    public void Sentences_of_news_copy(string text, int count)
    {
        var sentences = new List<TextSpan>();
        SentenceSplitter.SplitText(text, Lexicon.Default, sentences, [], []);
        Assert.That(sentences, Has.Count.EqualTo(count));
    }
}
