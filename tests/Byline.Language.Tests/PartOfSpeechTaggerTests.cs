using System.Collections.Immutable;
using CsCheck;
using Byline.Syntax;

namespace Byline.Language.Tests;

/// <summary>The embedded weights on invented sentences: what the attribution code will lean on.</summary>
public class PartOfSpeechTaggerTests
{
    private static TaggedToken[] Tag(string sentence) =>
        [.. PartOfSpeechTagger.Default.Tag(sentence, Words.Tokenize(sentence))];

    private static TaggedToken Find(string sentence, string word, int occurrence = 0) =>
        Tag(sentence).Where(t => sentence.Substring(t.Token.Span.Start, t.Token.Span.Length) == word).ElementAt(occurrence);

    [TestCase("The minister states that the plan will fail.", "states", 0, true)]
    [TestCase("Officials from three states met on Tuesday.", "states", 0, false)]
    [TestCase("The report says the figures were wrong.", "report", 0, false)]
    [TestCase("Witnesses report that the road was closed.", "report", 0, true)]
    public void Tells_a_verb_from_a_noun(string sentence, string word, int occurrence, bool isVerb)
    {
        var tag = Find(sentence, word, occurrence).Tag;
        Assert.That(tag.IsVerb, Is.EqualTo(isVerb), tag.Label);
        Assert.That(tag.IsNoun, Is.EqualTo(!isVerb), tag.Label);
    }

    [TestCase("She said the talks had collapsed.", "said", "say")]
    [TestCase("The studies were published in March.", "studies", "study")]
    [TestCase("He went home after the hearings.", "went", "go")]
    [TestCase("Two spokeswomen declined to comment.", "spokeswomen", "spokeswoman")]
    public void Lemmatises(string sentence, string word, string lemma)
    {
        Assert.That(Find(sentence, word).Lemma, Is.EqualTo(lemma));
    }

    [Test]
    public void A_joined_tag_has_every_part_and_names_its_first()
    {
        var tag = Find("He's here because they didn't wait.", "He's").Tag;
        Assert.That(tag.Upos, Is.EqualTo(UniversalPos.PRON), tag.Label);
        Assert.That(tag.HasPart(UniversalPos.PRON) && tag.HasPart(UniversalPos.AUX), tag.Label);
        Assert.That(tag.HasPart(UniversalPos.VERB), Is.False, tag.Label);
        Assert.That(Find("He's here because they didn't wait.", "wait").Tag.HasPart(UniversalPos.VERB));
    }

    [Test]
    public void Tags_every_token_including_punctuation_quotes_and_urls()
    {
        const string sentence = "\"We don't know,\" the agency's chief told https://example.org on 3 May 2024.";
        var tagged = Tag(sentence);
        Assert.That(tagged, Has.Length.EqualTo(Words.Tokenize(sentence).Length));
        Assert.That(tagged.All(t => t.Tag is not null && t.Lemma.Length > 0));
    }

    [Test]
    public void Tags_an_empty_sentence_and_a_very_long_one()
    {
        Assert.That(Tag(""), Is.Empty);
        var words = string.Join(' ', Enumerable.Repeat("the officials said", 2000));
        Assert.That(Tag(words), Has.Length.EqualTo(6000));
    }

    [Test]
    public void Gives_the_same_tags_on_many_threads_as_on_one()
    {
        var sentences = Enumerable.Range(0, 200).Select(i => $"Officials in {i} states said on Monday that the report was leaked, and {i} of them deny it.").ToArray();
        var sequential = sentences.Select(s => string.Join(' ', Tag(s).Select(t => t.Tag.Label))).ToArray();
        var parallel = new string[sentences.Length];
        Parallel.For(0, sentences.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = string.Join(' ', Tag(sentences[i]).Select(t => t.Tag.Label)));
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [TestCase("")]
    [TestCase("Troops")]
    [TestCase("Although the rain stopped, troops crossed the river on Monday, and the bridge held.")]
    [TestCase("\"We don't know,\" the agency's chief told https://example.org on 3 May 2024.")]
    public void Tags_from_the_left_equal_the_whole_sentence_tags_whatever_order_they_are_read_in(string sentence)
    {
        var tokens = Words.Tokenize(sentence);
        var whole = PartOfSpeechTagger.Default.Tag(sentence, tokens).Select(t => t.Tag.Label).ToArray();
        for (var first = 0; first < tokens.Length; first++)
        {
            // Read token `first` before any other, then every token in turn (the ones before it were tagged on the way).
            using var tags = PartOfSpeechTagger.Default.TagFromLeft(sentence, tokens);
            Assert.That(tags[first].Label, Is.EqualTo(whole[first]), $"token {first} read first");
            Assert.That(Enumerable.Range(0, tags.Count).Select(i => tags[i].Label), Is.EqualTo(whole));
        }
        using var empty = PartOfSpeechTagger.Default.TagFromLeft(sentence, tokens);
        Assert.That(() => empty[tokens.Length], Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}

/// <summary>The tagger's quick step (dense rows, batched lookups) against the perceptron's plain sum of every feature's weights.</summary>
public class TaggerStepTests
{
    /// <summary>
    /// Whole sentences, tagged at once and from the left, against a greedy loop over the plain step: random word
    /// sequences of 0 to 12 tokens, so the context's sentinels near both ends are exercised on every length.
    /// </summary>
    [Test]
    public void Tagging_a_sentence_gives_the_greedy_loop_over_the_plain_step_on_any_words()
    {
        string[] vocabulary = ["the", "states", "said", "Reuters", "2024", ",", "U.S.", "run", "\"", "Zyxquorb", "of", "quickly", "."];
        var random = new Random(14);
        var tagger = PartOfSpeechTagger.Default;
        for (var sample = 0; sample < 400; sample++)
        {
            var sentence = string.Join(' ', Enumerable.Range(0, random.Next(0, 13)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            var tokens = Words.Tokenize(sentence);
            var context = new WordHashes[tokens.Length + 4];
            PartOfSpeechTagger.FillContext(sentence, tokens.AsSpan(), context);
            var plain = new string[tokens.Length];
            int previous = TaggerFeatures.StartTag, previous2 = TaggerFeatures.Start2Tag;
            for (var i = 0; i < tokens.Length; i++)
            {
                var tag = tagger.TagAtFeatureByFeature(context, i, previous, previous2);
                plain[i] = tagger.TagOf(tag).Label;
                (previous2, previous) = (previous, tag);
            }
            Assert.That(tagger.Tag(sentence, tokens).Select(t => t.Tag.Label), Is.EqualTo(plain), sentence);
            using var left = tagger.TagFromLeft(sentence, tokens);
            Assert.That(Enumerable.Range(0, left.Count).Select(i => left[i].Label), Is.EqualTo(plain), sentence);
        }
    }

    [TestCase("Although the rain stopped, troops crossed the river on Monday, and the bridge held.")]
    [TestCase("\"We don't know,\" the agency's chief told https://example.org on 3 May 2024.")]
    [TestCase("Zyxquorb flimsied the grattleworts near Upper Snodbury's 42nd-street U.S.-run depot.")]
    public void Gives_the_tag_the_plain_sum_of_every_feature_gives_after_any_two_previous_tags(string sentence)
    {
        var tagger = PartOfSpeechTagger.Default;
        var tokens = Words.Tokenize(sentence);
        var context = new WordHashes[tokens.Length + 4];
        PartOfSpeechTagger.FillContext(sentence, tokens.AsSpan(), context);
        // The same words read once each, as LeftTags reads them: their one-word features' weights are found per word,
        // and a word scored a few times keeps its own features' weights summed (TaggerWord.OwnRow), so both ways are compared.
        var words = new TaggerWord[tokens.Length + 4];
        tagger.FillContext([.. tokens.Select(t => tagger.ReadWord(sentence.AsSpan(t.Span.Start, t.Span.Length)))], words);
        int[] previousValues = [.. Enumerable.Range(0, tagger.Tags.Count), TaggerFeatures.Start2Tag, TaggerFeatures.StartTag];
        var compared = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var previous in previousValues)
            {
                foreach (var previous2 in previousValues)
                {
                    var quick = tagger.TagAt(context, i, previous, previous2);
                    var plain = tagger.TagAtFeatureByFeature(context, i, previous, previous2);
                    if (quick != plain)
                    {
                        Assert.Fail($"token {i} after tags {previous}, {previous2}: {tagger.TagOf(quick)} against {tagger.TagOf(plain)}");
                    }
                    if (tagger.Score(words, i, previous, previous2) != tagger.Score(context, i, previous, previous2))
                    {
                        Assert.Fail($"token {i} after tags {previous}, {previous2}: the step over read words differs");
                    }
                    compared++;
                }
            }
        }
        Assert.That(compared, Is.EqualTo(tokens.Length * previousValues.Length * previousValues.Length));
    }
}

/// <summary>
/// <see cref="LeftTags"/> restarts tagging after two tokens in a row that the tag dictionary fixes: whatever
/// order its tokens are asked in, every tag equals the whole sentence's.
/// </summary>
public class LeftTagsRestartTests
{
    // Words the dictionary fixes ("the", "of", punctuation) among ambiguous ones, so runs of both kinds occur.
    private static readonly string[] Vocabulary =
        ["the", "of", "a", "to", "in", "and", ",", ".", "\"", "states", "said", "report", "run", "leaked", "that",
         "back", "up", "deny", "Reuters", "2024", "U.S.", "Zyxquorb", "quickly", "officials", "before", "as"];

    [Test]
    public void Tags_read_in_any_order_equal_the_whole_sentence_tags()
    {
        var tagger = PartOfSpeechTagger.Default;
        Gen.Select(Gen.Int[0, Vocabulary.Length - 1].Array[0, 40], Gen.Int[0, 1000].Array[0, 8])
            .Sample((words, reads) =>
            {
                var sentence = string.Join(' ', words.Select(w => Vocabulary[w]));
                var tokens = Words.Tokenize(sentence);
                var whole = tagger.Tag(sentence, tokens).Select(t => t.Tag.Label).ToArray();
                using var tags = tagger.TagFromLeft(sentence, tokens);
                foreach (var read in reads.Where(_ => tokens.Length > 0).Select(r => r % tokens.Length))
                {
                    if (tags[read].Label != whole[read]) return false;
                }
                return Enumerable.Range(0, tags.Count).All(i => tags[i].Label == whole[i]);
            }, iter: 2000, threads: 1);
    }

    [Test]
    public void Words_read_on_demand_give_the_whole_sentence_tags_in_any_order()
    {
        var tagger = PartOfSpeechTagger.Default;
        Gen.Select(Gen.Int[0, Vocabulary.Length - 1].Array[0, 40], Gen.Int[0, 1000].Array[0, 8])
            .Sample((words, reads) =>
            {
                var sentence = string.Join(' ', words.Select(w => Vocabulary[w]));
                var tokens = Words.Tokenize(sentence);
                var whole = tagger.Tag(sentence, tokens).Select(t => t.Tag.Label).ToArray();
                var source = new ReadOnDemand(tagger, sentence, tokens);
                using var tags = tagger.TagFromLeft(source, tokens.Length);
                var furthest = -1;
                foreach (var read in reads.Where(_ => tokens.Length > 0).Select(r => r % tokens.Length))
                {
                    furthest = Math.Max(furthest, read);
                    // A question reads words only when its step's window (two past it) is not read yet, then eight
                    // more at most: never more than ten past the furthest question.
                    if (tags[read].Label != whole[read] || source.WordsRead > furthest + 10) return false;
                }
                return Enumerable.Range(0, tags.Count).All(i => tags[i].Label == whole[i]) && source.WordsRead == tokens.Length;
            }, iter: 2000, threads: 1);
    }

    [Test]
    public void Tags_handed_on_to_a_second_reader_give_it_the_whole_sentence_tags_and_are_not_tagged_again()
    {
        var tagger = PartOfSpeechTagger.Default;
        Gen.Select(Gen.Int[0, Vocabulary.Length - 1].Array[0, 40], Gen.Int[0, 1000].Array[0, 8], Gen.Int[0, 1000].Array[0, 8])
            .Sample((words, firstReads, secondReads) =>
            {
                var sentence = string.Join(' ', words.Select(w => Vocabulary[w]));
                var tokens = Words.Tokenize(sentence);
                var whole = tagger.Tag(sentence, tokens).Select(t => t.Tag.Label).ToArray();
                var known = new byte[tokens.Length];
                using (var first = tagger.TagFromLeft(new ReadOnDemand(tagger, sentence, tokens), tokens.Length))
                {
                    foreach (var read in firstReads.Where(_ => tokens.Length > 0).Select(r => r % tokens.Length))
                    {
                        _ = first[read];
                    }
                    if (!first.TaggedAny) return true;
                    first.CopyKnownTags(known);
                }
                using var second = tagger.TagFromLeft(new ReadOnDemand(tagger, sentence, tokens), tokens.Length, known);
                foreach (var read in secondReads.Where(_ => tokens.Length > 0).Select(r => r % tokens.Length))
                {
                    if (second[read].Label != whole[read]) return false;
                }
                var handedOn = known.Count(tag => tag != LeftTags.NoTag);
                return Enumerable.Range(0, second.Count).All(i => second[i].Label == whole[i]) && second.Stepped <= tokens.Length - handedOn;
            }, iter: 2000, threads: 1);
    }

    [Test]
    public void A_sentence_read_on_demand_is_released_once_when_its_tags_are_disposed()
    {
        const string sentence = "Officials said the quarry would reopen in the spring after a long and costly dispute with its owners";
        var tokens = Words.Tokenize(sentence);
        var source = new ReadOnDemand(PartOfSpeechTagger.Default, sentence, tokens);
        var tags = PartOfSpeechTagger.Default.TagFromLeft(source, tokens.Length);
        Assert.That(tags[1].Label, Is.EqualTo(PartOfSpeechTagger.Default.Tag(sentence, tokens)[1].Tag.Label));
        Assert.That(source.WordsRead, Is.LessThan(tokens.Length));
        tags.Dispose();
        tags.Dispose();
        Assert.That(source.Released, Is.EqualTo(1));
    }

    // A sentence's words read one by one as the tags ask for them, counting how far and how often it was released.
    private sealed class ReadOnDemand(PartOfSpeechTagger tagger, string text, ImmutableArray<Token> tokens) : TaggerWordReader
    {
        public int WordsRead { get; private set; }

        public int Released { get; private set; }

        protected internal override void Read(int from, Span<TaggerWord> into)
        {
            Assert.That(from, Is.EqualTo(WordsRead), "words are read in order, each once");
            for (var i = 0; i < into.Length; i++)
            {
                into[i] = tagger.ReadWord(text.AsSpan(tokens[from + i].Span.Start, tokens[from + i].Span.Length));
            }
            WordsRead = from + into.Length;
        }

        protected internal override void Release() => Released++;
    }

    [Test]
    public void A_token_after_two_dictionary_words_is_tagged_without_the_words_before_them()
    {
        const string sentence = "Zyxquorb officials quickly leaked a report and the flimsy grattlewort";
        var tokens = Words.Tokenize(sentence);
        using var tags = PartOfSpeechTagger.Default.TagFromLeft(sentence, tokens);
        var last = tokens.Length - 1;
        Assert.That(tags[last].Label, Is.EqualTo(PartOfSpeechTagger.Default.Tag(sentence, tokens)[last].Tag.Label));
        // "and the" fixes the context: only "flimsy" and "grattlewort" go through the perceptron.
        Assert.That(tags.Stepped, Is.EqualTo(2));
    }

    [Test]
    public void Readers_held_at_once_keep_their_own_tags_and_a_second_dispose_does_nothing()
    {
        var tagger = PartOfSpeechTagger.Default;
        const string first = "Officials said the quarry would reopen in the spring", second = "A spokesman denied that the plant leaked anything";
        var (firstTokens, secondTokens) = (Words.Tokenize(first), Words.Tokenize(second));
        var (firstTags, secondTags) = (Labels(tagger.Tag(first, firstTokens)), Labels(tagger.Tag(second, secondTokens)));
        var left = tagger.TagFromLeft(first, firstTokens);
        using (var right = tagger.TagFromLeft(second, secondTokens))
        {
            Assert.That(Labels(left), Is.EqualTo(firstTags));
            Assert.That(Labels(right), Is.EqualTo(secondTags));
        }
        left.Dispose();
        left.Dispose();
        // Kept once: the next two readers on this thread are two readers, each with its own sentence.
        using var again = tagger.TagFromLeft(second, secondTokens);
        using var another = tagger.TagFromLeft(first, firstTokens);
        Assert.That(again, Is.Not.SameAs(another));
        Assert.That(Labels(again), Is.EqualTo(secondTags));
        Assert.That(Labels(another), Is.EqualTo(firstTags));
    }

    private static string[] Labels(IEnumerable<TaggedToken> tokens) => tokens.Select(t => t.Tag.Label).ToArray();

    private static string[] Labels(LeftTags tags) => Enumerable.Range(0, tags.Count).Select(i => tags[i].Label).ToArray();

    [Test]
    public void A_word_of_ascii_characters_hashes_as_the_general_path_hashes_it()
    {
        Gen.Char['\0', '\x7F'].Array[0, 12].Select(c => new string(c))
            .Sample(word => WordHashes.OfAscii(word) == WordHashes.OfAny(word), iter: 5000);
        foreach (var word in new[] { "", "Reuters", "U.S.", "2,500", "1999", "x86-64", "McDonald's", "\"", "ALL-CAPS", "9am" })
        {
            Assert.That(WordHashes.OfAscii(word), Is.EqualTo(WordHashes.OfAny(word)), word);
        }
    }
}
