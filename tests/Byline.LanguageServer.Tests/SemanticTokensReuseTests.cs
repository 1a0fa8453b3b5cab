using System.Text.Json;
using Byline.LanguageServer.Handlers.SemanticTokens;
using Byline.Text;
using Byline.Workspace;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Semantic tokens made from the last ones (<see cref="EntitySemanticTokens.EncodeAll"/> given the previous result):
/// after every step of random edit scripts they equal the tokens of a fresh document of the edited text, in both
/// encodings, whether the entities were moved across the edit (the tokens then made from the last ones) or linked again
/// (the tokens of the mentions before and after the edit then taken over).
/// </summary>
public class SemanticTokensReuseTests
{
    private static readonly string[] Sentences =
    [
        "Nora Vell, the council's planner, said the bridge would open in June.",
        "Vell added that the budget had grown twice.",
        "The Regional Transit Office (RTO) checked the cables in Oslo.",
        "The RTO said the cables were sound, and Vell agreed.",
        "Sam Okafor, a spokesman for Northline, told Reuters the tolls would rise.",
        "Okafor said Northline would appeal.",
        "Residents in Bergen and Tromsø 😀 were not asked.",
        "the crews were paid late again this month",
    ];

    private static readonly string[] Insertions = ["x", "x", "ab", " ", "é", "", "\n", "\n\n", " the", "s", "Vell ", ". ", "😀"];

    private static readonly Gen<string> Articles =
        Gen.Int[0, Sentences.Length - 1].Array[1, 4].Select(picks => string.Join(' ', picks.Select(i => Sentences[i]))).Array[2, 6]
            .Select(paragraphs => "Bridge to open despite delays\n\n" + string.Join("\n\n", paragraphs) + "\n");

    /// <summary>An edit: a fraction choosing where, whether inside a lower-case word (edits that keep the entities), how much to delete, what to insert.</summary>
    private static readonly Gen<(double At, bool InWord, int Delete, string Insert)> Edits =
        Gen.Select(Gen.Double[0, 1], Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false))), Gen.Frequency((4, Gen.Const(0)), (2, Gen.Int[1, 3])),
            Gen.Int[0, Insertions.Length - 1].Select(i => Insertions[i]));

    [Test]
    public void Tokens_made_from_the_last_ones_equal_a_fresh_encoding()
    {
        int steps = 0, reused = 0, rewritten = 0, relinked = 0, relinkedTakingOver = 0;
        Gen.Select(Articles, Edits.Array[4, 30], Gen.Bool).Sample((article, edits, utf8) =>
        {
            var encoding = utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
            var document = ArticleDocument.Create("file:///articles/reuse.txt", 1, ArticleText.From(article), BylineConfig.Default);
            var tokens = EntitySemanticTokens.EncodeAll(document.Analysis!.Entities, document.Text, encoding);
            var script = "";
            foreach (var (at, inWord, delete, insert) in edits)
            {
                var text = document.Text.ToString();
                var start = Place(text, at, inWord);
                var length = Math.Min(delete, text.Length - start);
                if (start + length < text.Length && char.IsLowSurrogate(text[start + length]))
                {
                    length++;
                }
                script += $"[{start}+{length} -> {JsonSerializer.Serialize(insert)}]";
                document = document.WithText(document.Text.WithChanges([new TextChange(new TextSpan(start, length), insert)]), null);
                var previous = tokens;
                tokens = EntitySemanticTokens.EncodeAll(document.Analysis!.Entities, document.Text, encoding, previous);
                var fresh = ArticleDocument.Create("file:///articles/fresh.txt", 1, ArticleText.From(document.Text.ToString()), BylineConfig.Default);
                Assert.That(tokens.Data.ToArray(), Is.EqualTo(EntitySemanticTokens.Encode(fresh.Analysis!.Entities, fresh.Text, encoding)), $"after {script} in {JsonSerializer.Serialize(article)}");
                Assert.That(tokens.FirstTokenOf[^1] * 5, Is.EqualTo(tokens.Data.Length));
                Assert.That(JsonSerializer.Serialize(DocumentSemanticTokens.Edits(previous.Data, tokens.Data)),
                    Is.EqualTo(JsonSerializer.Serialize(DocumentSemanticTokens.Edits(previous.Data.ToArray(), tokens.Data.ToArray()))), "the delta from data sharing an array");
                rewritten += tokens.Data.RewrittenPlaces > 0 ? 1 : 0;
                steps++;
                reused += ReferenceEquals(tokens.FirstTokenOf, previous.FirstTokenOf) ? 1 : 0;
                if (!document.Analysis!.BlockResults.EntitiesReused) // (reading the entities moved would end their shift)
                {
                    relinked++;
                    relinkedTakingOver += tokens.TokensTakenOver > 0 ? 1 : 0;
                }
            }
        }, iter: 150, threads: 1);
        TestContext.Out.WriteLine($"Semantic tokens reuse: {steps} steps, {reused} made from the last tokens ({rewritten} with places written beside a shared array); {relinked} with entities linked again, {relinkedTakingOver} of them taking tokens over.");
        Assert.That(reused, Is.GreaterThan(steps / 4), "most steps keep the entities, and their tokens are made from the last ones");
        Assert.That(rewritten, Is.GreaterThan(reused / 4), "the moved tokens share the last array rather than copy it");
        Assert.That(relinkedTakingOver, Is.GreaterThan(relinked / 4), "after an edit that links the entities again, the tokens of the mentions outside it are taken over");
    }

    [Test]
    public void Tokens_of_other_mentions_or_another_encoding_are_encoded_afresh()
    {
        var document = ArticleDocument.Create("file:///articles/a.txt", 1, ArticleText.From("Bridge\n\nNora Vell said the bridge would open. Vell agreed.\n"), BylineConfig.Default);
        var utf16 = EntitySemanticTokens.EncodeAll(document.Analysis!.Entities, document.Text, PositionEncoding.Utf16);
        var again = EntitySemanticTokens.EncodeAll(document.Analysis!.Entities, document.Text, PositionEncoding.Utf8, utf16);
        Assert.That(again.FirstTokenOf, Is.Not.SameAs(utf16.FirstTokenOf), "another encoding");
        var other = ArticleDocument.Create("file:///articles/b.txt", 1, ArticleText.From("Bridge\n\nSam Okafor told Reuters the tolls would rise.\n"), BylineConfig.Default);
        var fromOther = EntitySemanticTokens.EncodeAll(other.Analysis!.Entities, other.Text, PositionEncoding.Utf16, utf16);
        Assert.That(fromOther.Data.ToArray(), Is.EqualTo(EntitySemanticTokens.Encode(other.Analysis!.Entities, other.Text, PositionEncoding.Utf16)));
        Assert.That(fromOther.FirstTokenOf, Is.Not.SameAs(utf16.FirstTokenOf), "another document's mentions");
    }

    [Test]
    public void Places_written_beside_an_array_read_as_a_copy_written_in_place()
    {
        var array = Enumerable.Range(0, 5 * 40).ToArray();
        var expected = (int[])array.Clone();
        var data = new TokenData(array);
        for (var step = 0; step < 3 * TokenData.MostPlaces; step++)
        {
            var token = step * 7 % 40;
            (expected[token * 5], expected[token * 5 + 1]) = (-step, step * 3);
            data = data.WithPlace(token, -step, step * 3);
            Assert.That(data.ToArray(), Is.EqualTo(expected), $"after {step + 1} places");
            Assert.That(Enumerable.Range(0, data.Length).Select(i => data[i]), Is.EqualTo(expected));
            Assert.That(data.RewrittenPlaces, Is.LessThanOrEqualTo(TokenData.MostPlaces));
            var from = Math.Max(0, token * 5 - 3);
            var part = new int[Math.Min(23, data.Length - from)];
            data.CopyTo(from, part, 0, part.Length);
            Assert.That(part, Is.EqualTo(expected.AsSpan(from, part.Length).ToArray()));
        }
        Assert.That(array, Is.EqualTo(Enumerable.Range(0, 5 * 40).ToArray()), "the shared array is never written");
    }

    /// <summary>An offset chosen by <paramref name="at"/>: inside a lower-case word when <paramref name="inWord"/> and there is one, anywhere otherwise.</summary>
    private static int Place(string text, double at, bool inWord)
    {
        var places = Enumerable.Range(0, text.Length + 1)
            .Where(o => o == text.Length || !char.IsLowSurrogate(text[o]))
            .Where(o => !inWord || (o > 0 && o < text.Length && char.IsLower(text[o - 1]) && char.IsLower(text[o])))
            .ToList();
        if (places.Count == 0)
        {
            places = [text.Length];
        }
        return places[(int)(at * (places.Count - 1))];
    }
}
