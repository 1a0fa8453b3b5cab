using CsCheck;

namespace Byline.Analysis.Tests;

/// <summary>The per-thread spelling table behaves as a dictionary keyed by spelling, through growth and collisions.</summary>
public class SpellingTableTests
{
    [Test]
    public void Finds_exactly_what_was_added_by_any_span_of_the_same_characters()
    {
        Gen.String[0, 12].HashSet[0, 3000].Sample(spellings =>
        {
            var table = new SpellingTable<string>();
            foreach (var spelling in spellings)
            {
                var hash = SpellingTable<string>.Hash(spelling);
                Assert.That(table.TryGet(spelling, hash, out _), Is.False, "not yet added");
                table.Add(spelling, hash, spelling.ToUpperInvariant());
            }
            foreach (var spelling in spellings)
            {
                // A span over a longer buffer, not the key string itself.
                var buffer = ("<" + spelling + ">").AsSpan(1, spelling.Length);
                Assert.That(table.TryGet(buffer, SpellingTable<string>.Hash(buffer), out var value), Is.True);
                Assert.That(value, Is.EqualTo(spelling.ToUpperInvariant()));
            }
            Assert.That(table.TryGet("\u0000never added\u0000", SpellingTable<string>.Hash("\u0000never added\u0000"), out _), Is.False);
        }, iter: 50, threads: 1);
    }

    [Test]
    public void Prefetch_hints_change_no_result_and_accept_any_hash()
    {
        Gen.String[0, 12].HashSet[0, 500].Sample(spellings =>
        {
            var table = new SpellingTable<string>();
            foreach (var spelling in spellings)
            {
                var hash = SpellingTable<string>.Hash(spelling);
                table.PrefetchSlot(hash);
                table.PrefetchEntry(hash);
                table.PrefetchKey(hash, 72);
                table.Add(spelling, hash, spelling);
            }
            foreach (var hash in new[] { int.MinValue, -1, 0, int.MaxValue })
            {
                table.PrefetchSlot(hash);
                table.PrefetchEntry(hash);
                table.PrefetchKey(hash, 72);
            }
            foreach (var spelling in spellings)
            {
                Assert.That(table.TryGet(spelling, SpellingTable<string>.Hash(spelling), out var value) && ReferenceEquals(value, spelling));
            }
        }, iter: 20, threads: 1);
    }

    /// <summary>
    /// The attribution reader looks a sentence's words up after hashing them all (<see cref="Byline.Analysis.Attribution.SentenceWords"/>):
    /// every word still gets the lexeme of its own spelling, one lexeme per spelling, in any text.
    /// </summary>
    [Test]
    public void Every_word_of_a_sentence_gets_the_lexeme_of_its_own_spelling()
    {
        string[] vocabulary = ["said", "Said", "U.S.", "the", "al-Amr", "2,500", "“", "—", "x", "officials", "Officials", ",", "Gen."];
        Gen.Int[0, vocabulary.Length - 1].Array[0, 40].Sample(picked =>
        {
            var sentence = "<" + string.Join(' ', picked.Select(i => vocabulary[i])) + ">";
            var read = Byline.Analysis.Attribution.SentenceWords.Read(sentence, 1, sentence.Length - 1, absoluteOffset: 100);
            foreach (var word in read)
            {
                Assert.That(word.Lexeme, Is.Not.Null);
                Assert.That(word.Text, Is.EqualTo(sentence.Substring(word.Span.Start - 100, word.Span.Length)));
            }
            foreach (var group in read.GroupBy(w => w.Text))
            {
                Assert.That(group.Select(w => w.Lexeme).Distinct().Count(), Is.EqualTo(1), group.Key);
            }
        }, iter: 200, threads: 1);
    }

    [Test]
    public void Spellings_with_the_same_hash_are_told_apart()
    {
        var table = new SpellingTable<int>();
        table.Add("said", 7, 1);
        table.Add("told", 7, 2); // forced collision: same hash, different characters
        Assert.That(table.TryGet("said", 7, out var said) && said == 1);
        Assert.That(table.TryGet("told", 7, out var told) && told == 2);
        Assert.That(table.TryGet("sold", 7, out _), Is.False);
    }

    [Test]
    public void A_full_table_is_emptied_and_keeps_what_is_added_after()
    {
        var table = new SpellingTable<int>();
        var count = SpellingTable<int>.MaxCount + 10;
        for (var i = 0; i < count; i++)
        {
            var spelling = "w" + i;
            table.Add(spelling, SpellingTable<int>.Hash(spelling), i);
        }
        Assert.That(table.TryGet("w0", SpellingTable<int>.Hash("w0"), out _), Is.False, "emptied when full");
        for (var i = SpellingTable<int>.MaxCount; i < count; i++)
        {
            var spelling = "w" + i;
            Assert.That(table.TryGet(spelling, SpellingTable<int>.Hash(spelling), out var value) && value == i, spelling);
        }
    }
}
