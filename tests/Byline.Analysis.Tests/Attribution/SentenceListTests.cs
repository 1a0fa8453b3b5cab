using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// <see cref="SentenceList"/> keeps sentences as made with how far they lag behind the text, and reads them moved:
/// whatever runs of lags a list was built from (added one by one, taken over in part from another list, cut back),
/// each sentence reads as the sentence made at its place, and linking after an edit takes the sentences after it
/// over as made instead of copying them.
/// </summary>
public class SentenceListTests
{
    private static SentenceSourcing Made(int start)
    {
        var source = new Source(new TextSpan(start + 20, 6), "Mayor", SourceKind.Named) { AnonymityReason = new TextSpan(start + 30, 4) };
        var pronoun = new Source(new TextSpan(start, 2), "He", SourceKind.Pronoun) { Antecedent = source };
        var said = new Analysis.Attribution.Attribution(new TextSpan(start + 3, 4), pronoun, new TextSpan(start + 8, 10), "say", CueKind.Speech, false)
        {
            Verb = new TextSpan(start + 3, 4),
            Recipient = new TextSpan(start + 12, 3),
            RelayedOutletSpan = new TextSpan(start + 13, 2),
        };
        return new SentenceSourcing(new TextSpan(start, 40), BlockKind.Paragraph, true, SourcingStatus.Carried)
        {
            Attributions = [said],
            VaguePhrases = [new VaguePhrase(new TextSpan(start + 5, 3), VagueKind.Hedge, "may")],
            Quotations = [new Quotation(new TextSpan(start + 9, 8), 2)],
            CarriedFrom = said with { Cue = new TextSpan(start + 1, 1) },
        };
    }

    private static string Describe(SentenceSourcing s) =>
        $"{s.Span} {s.CarriedFrom?.Cue} {s.CarriedFrom?.Source?.Antecedent?.Span} | "
        + string.Join(";", s.Attributions.Select(a => $"{a.Cue} {a.Verb} {a.Content} {a.Source?.Span} {a.Source?.AnonymityReason} {a.Source?.Antecedent?.Span} {a.Source?.Antecedent?.AnonymityReason} {a.Recipient} {a.RelayedOutletSpan}"))
        + " | " + string.Join(";", s.VaguePhrases.Select(v => v.Span)) + " | " + string.Join(";", s.Quotations.Select(q => q.Span));

    [Test]
    public void Sentences_added_with_lags_read_as_made_where_they_are_now()
    {
        var random = new Random(21);
        for (var run = 0; run < 100; run++)
        {
            var builder = new SentenceList.Builder(random.Next(0, 4));
            var places = new List<int>();
            var count = random.Next(1, 30);
            for (var i = 0; i < count; i++)
            {
                var at = i * 100 + random.Next(0, 50);
                var lag = random.Next(3) == 0 ? 0 : random.Next(-50, Math.Min(at, 60) + 1);
                builder.Add(Made(at - lag), lag);
                places.Add(at);
            }
            if (random.Next(2) == 0)
            {
                var kept = random.Next(0, count);
                builder.Count = kept;
                places.RemoveRange(kept, count - kept);
            }
            var list = builder.ToList();

            // Another list that takes over a prefix of this one and goes on with sentences of its own.
            var next = new SentenceList.Builder(0);
            var prefix = random.Next(0, list.Length + 1);
            next.Add(Made(0), 7 * (prefix % 2));
            next.AddRange(list, prefix);
            next.Add(Made(10_000), random.Next(-50, 50) * (prefix % 3));
            var taken = next.ToList();

            Assert.That(list.Length, Is.EqualTo(places.Count));
            for (var i = 0; i < list.Length; i++)
            {
                Assert.That(Describe(list[i]), Is.EqualTo(Describe(Made(places[i]))), $"run {run}, sentence {i}");
                Assert.That(list.SpanAt(i), Is.EqualTo(list[i].Span));
            }
            Assert.That(taken.Length, Is.EqualTo(prefix + 2));
            Assert.That(Describe(taken[0]), Is.EqualTo(Describe(Made(7 * (prefix % 2)))));
            for (var i = 0; i < prefix; i++)
            {
                Assert.That(Describe(taken[i + 1]), Is.EqualTo(Describe(Made(places[i]))), $"run {run}, taken sentence {i}");
            }
            Assert.That(taken.Select(Describe), Is.EqualTo(Enumerable.Range(0, taken.Length).Select(i => Describe(taken[i]))), "the enumerator reads what the indexer does");
        }
    }

    [Test]
    public void A_list_knows_its_first_and_last_headline_sentence_with_a_quotation_however_it_was_built()
    {
        var random = new Random(51);
        SentenceSourcing Any(int start) => random.Next(4) switch
        {
            0 => new SentenceSourcing(new TextSpan(start, 10), BlockKind.Headline, true, SourcingStatus.Carried) { Quotations = [new Quotation(new TextSpan(start + 1, 4), 1)] },
            1 => new SentenceSourcing(new TextSpan(start, 10), BlockKind.Headline, true, SourcingStatus.Carried),
            _ => Made(start),
        };
        static (int First, int Last) Walked(SentenceList list)
        {
            var quoting = Enumerable.Range(0, list.Length).Where(i => list.Unmoved(i).IsHeadline && !list.Unmoved(i).Quotations.IsEmpty).ToList();
            return quoting.Count == 0 ? (-1, -1) : (quoting[0], quoting[^1]);
        }
        for (var run = 0; run < 300; run++)
        {
            var builder = new SentenceList.Builder(0);
            for (var i = random.Next(0, 12); i > 0; i--) builder.Add(Any(i * 100), random.Next(-3, 4));
            if (random.Next(3) == 0) builder.Count = random.Next(0, builder.Count + 1);
            var list = random.Next(4) == 0 ? SentenceList.Create(Enumerable.Range(0, random.Next(0, 8)).Select(i => Any(i * 100)).ToArray()) : builder.ToList();

            // A list made as linking makes one after an edit: a prefix taken over, sentences of its own, a tail taken over.
            var next = new SentenceList.Builder(0);
            var prefix = random.Next(0, list.Length + 1);
            next.AddRange(list, prefix);
            for (var i = random.Next(0, 3); i > 0; i--) next.Add(Any(50_000 + i));
            if (random.Next(3) == 0) next.Count = random.Next(0, next.Count + 1);
            next.AddTail(list, random.Next(prefix, list.Length + 1), random.Next(-5, 6));
            var edited = next.ToList();

            Assert.That((list.FirstQuotingHeadline, list.LastQuotingHeadline), Is.EqualTo(Walked(list)), $"run {run}");
            Assert.That((edited.FirstQuotingHeadline, edited.LastQuotingHeadline), Is.EqualTo(Walked(edited)), $"run {run}, after the edit");
        }
    }

    [Test]
    public void Linking_after_an_edit_takes_the_sentences_after_it_over_as_made()
    {
        const string article = "Pier plan stalls\n\nThe mayor said the pier would open in May.\n\n"
            + "Critics say the cost has doubled. \"It is a folly,\" one councillor said.\n\nThe council will vote on Friday.\n";
        var before = ArticleSyntaxTree.Parse(ArticleText.From(article), ArticleFormat.PlainText);
        var table = BlockResultTable.For(before);
        var linked = SourcingLinker.Link(before, table).Sentences;
        var at = article.IndexOf("stalls", StringComparison.Ordinal);
        var edited = before.WithText(before.Text.WithChanges([new TextChange(new TextSpan(at, 6), "stalls again")]));
        var relinked = SourcingLinker.Link(edited, BlockResultTable.For(edited, table)).Sentences;
        var fresh = SourcingLinker.Link(ArticleSyntaxTree.Parse(edited.Text, ArticleFormat.PlainText)).Sentences;

        Assert.That(relinked.Select(Describe), Is.EqualTo(fresh.Select(Describe)));
        Assert.That(relinked.Length, Is.EqualTo(5));
        for (var i = 1; i < relinked.Length; i++)
        {
            Assert.That(relinked.Unmoved(i), Is.SameAs(linked.Unmoved(i)), $"sentence {i}, after the edit");
            Assert.That(relinked.LagAt(i), Is.EqualTo(" again".Length));
        }
    }

    [Test]
    public void Blocks_taken_over_after_one_edit_read_as_linked_afresh_after_the_next_ones()
    {
        const string article = "Pier plan stalls\n\nThe mayor said the pier would open in May.\n\n"
            + "He said the cost had doubled. \"It is a folly,\" one councillor said.\n\nThe council will vote on Friday.\n\n"
            + "Residents said they were tired of waiting:\n\nWe want the pier back.\n\nShe said the vote would be close.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(article), ArticleFormat.PlainText);
        var table = BlockResultTable.For(syntax);
        SourcingLinker.Link(syntax, table);
        // Each edit in a block the one before left lagging: before the speakers, between a pronoun and its antecedent, after both.
        foreach (var (word, replacement) in new[] { ("stalls", "stalls again"), ("folly", "great folly"), ("Pier", "Old pier"), ("Friday", "Monday"), ("close", "very close") })
        {
            var at = syntax.Text.ToString().IndexOf(word, StringComparison.Ordinal);
            syntax = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(at, word.Length), replacement)]));
            table = BlockResultTable.For(syntax, table);
            var relinked = SourcingLinker.Link(syntax, table).Sentences;
            var fresh = SourcingLinker.Link(ArticleSyntaxTree.Parse(syntax.Text, ArticleFormat.PlainText)).Sentences;

            Assert.That(relinked.Select(Describe), Is.EqualTo(fresh.Select(Describe)), $"after replacing {word}");
            if (word == "stalls")
            {
                Assert.That(table.LinkedBlocksReused, Is.EqualTo(syntax.Blocks.Length - 1), "every block but the headline");
            }
        }
    }
}
