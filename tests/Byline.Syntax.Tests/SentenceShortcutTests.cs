using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax.Tests;

/// <summary>
/// The factory decides that a block is one sentence without tokenising it when it can; whenever it does, the
/// tokeniser and splitter must agree — on any text, not only on news copy.
/// </summary>
public class SentenceShortcutTests
{
    private static readonly Gen<string> Blocks =
        Gen.OneOf(
            Gen.Char.Array[0, 80].Select(c => new string(c)),
            Gen.OneOf(" ", "\t", "\u00A0", "a", "Word", "U.S.", "Mr.", "3.5", ".", "...", "…", "?", "!", "?!", "\"", "”", "’", ")", "*", "。", "؟", "😀", "\uD83D", "\0", "https://example.org/a.b")
                .Array[0, 30].Select(parts => string.Concat(parts)));

    [Test]
    public void The_one_sentence_shortcut_agrees_with_the_splitter()
    {
        Blocks.Sample(text =>
        {
            if (BlockFactory.SingleSentence(text) is not { } shortcut)
            {
                return; // the splitter decides this block itself
            }
            var tokens = new List<Token>();
            var sentences = new List<TextSpan>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            SentenceSplitter.Split(text, tokens, Lexicon.Default, sentences);
            var expected = sentences.Count == 0 ? new TextSpan(0, 0) : sentences.Single();
            Assert.That(shortcut, Is.EqualTo(expected), $"block: \"{text}\"");
        }, iter: 5000, threads: 1);
    }

    [TestCase("Strikes hit rocket sites", true)]
    [TestCase("The coalition said on Tuesday it had struck two sites.", true)]
    [TestCase("“It was an imminent threat.”", true)]
    [TestCase("He left. She stayed.", false)]
    [TestCase("What now? Nobody knows.", false)]
    public void Single_sentences_take_the_shortcut(string text, bool shortcut)
    {
        Assert.That(BlockFactory.SingleSentence(text) is not null, Is.EqualTo(shortcut));
    }
}
