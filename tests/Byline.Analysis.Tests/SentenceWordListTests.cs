using System.Runtime.InteropServices;
using Byline.Analysis.Attribution;
using Byline.Syntax;

namespace Byline.Analysis.Tests;

/// <summary>
/// The attribution reader's words of a sentence: each word knows the token it starts (where its tag is read), and the
/// sentence's summary (word count, lists, first quotation mark and colon) is what a pass over the words would find.
/// </summary>
public class SentenceWordListTests
{
    private static (SentenceWordList Words, BlockWord[] Tokens) Read(string sentence)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, 0, sentence.Length, tokens);
        var read = new BlockWord[tokens.Count];
        SentenceWords.LookUp(sentence, CollectionsMarshal.AsSpan(tokens), read);
        var words = new SentenceWordList();
        SentenceWords.ReadInto(words, sentence, read, sentence.Length, absoluteOffset: 0);
        return (words, read);
    }

    [TestCase("The U.S. envoy said: “We wait...” Gen. Ruiz agreed.")]
    [TestCase("Prices rose 4% in May, the board's chair wrote.")]
    [TestCase("...")]
    public void Each_word_knows_the_token_that_starts_where_it_starts(string sentence)
    {
        var (words, tokens) = Read(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            var expected = Array.FindIndex(tokens, t => t.Start == words[i].Span.Start);
            Assert.That(words.TokenAt(i), Is.EqualTo(expected), words[i].Text);
        }
    }

    [TestCase("The envoy said: “We wait.”", 4, 3)]
    [TestCase("“We wait,” the envoy said: no more.", 0, 8)]
    [TestCase("Prices rose 4% in May.", -1, -1)]
    public void The_summary_is_what_a_pass_over_the_words_finds(string sentence, int quote, int colon)
    {
        var (words, _) = Read(sentence);
        var all = Enumerable.Range(0, words.Count).Select(i => words[i]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(words.WordCount, Is.EqualTo(all.Count(w => w.Kind is WordKind.Word or WordKind.Number)));
            Assert.That(words.Classes, Is.EqualTo(all.Aggregate(WordClass.None, (c, w) => c | w.Lexeme.Classes)));
            Assert.That(words.Roles, Is.EqualTo(all.Aggregate(WordRole.None, (r, w) => r | w.Lexeme.Roles)));
            Assert.That(words.FirstQuote, Is.EqualTo(quote < 0 ? words.Count : quote));
            Assert.That(words.FirstColon, Is.EqualTo(colon < 0 ? words.Count : colon));
        });
        words.Clear();
        Assert.That((words.Count, words.WordCount, words.Classes, words.FirstQuote), Is.EqualTo((0, 0, WordClass.None, 0)));
    }
}
