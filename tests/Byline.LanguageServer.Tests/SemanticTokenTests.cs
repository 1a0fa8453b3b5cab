using System.Collections.Immutable;
using Byline.Analysis.Entities;
using Byline.LanguageServer.Handlers.SemanticTokens;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using Byline.Workspace;
using TextSpan = Microsoft.CodeAnalysis.Text.TextSpan;
using Range = Byline.LanguageServer.Protocol.Range;

namespace Byline.LanguageServer.Tests;

public class SemanticTokenTests
{
    private sealed record Token(TextSpan Span, string Type, bool Declaration);

    /// <summary>Decodes LSP's relative five-integer tokens back to text spans.</summary>
    private static List<Token> Decode(int[] data, ArticleText text, PositionEncoding encoding)
    {
        Assert.That(data.Length % 5, Is.EqualTo(0));
        var tokens = new List<Token>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            var start = text.ToOffset(new LinePosition(line, character), encoding);
            var end = text.ToOffset(new LinePosition(line, character + data[i + 2]), encoding);
            Assert.That(text.ToPosition(end, encoding).Line, Is.EqualTo(line), "a token never spans lines");
            tokens.Add(new Token(TextSpan.FromBounds(start, end), EntitySemanticTokens.TokenTypes[data[i + 3]], data[i + 4] == 1));
        }
        return tokens;
    }

    private static ArticleEntities SeedEntities() =>
        ArticleDocument.Create(LspTestClient.SeedUri, 1, ArticleText.From(LspTestClient.Seed), BylineConfig.Default).Analysis!.Entities;

    private static string TypeOf(ArticleEntities entities, Mention m) => EntitySemanticTokens.TokenTypes[EntitySemanticTokens.TypeIndex(entities.Find(m.EntityId)!.Type)];

    [TestCase(false)]
    [TestCase(true)]
    public async Task Full_tokens_decode_back_to_the_seed_mentions(bool utf8)
    {
        await using var client = await LspTestClient.OpenedAsync(LspTestClient.SeedUri, LspTestClient.Seed, utf8: utf8);
        var result = await client.RequestAsync<SemanticTokens?>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(LspTestClient.SeedUri)));
        var text = ArticleText.From(LspTestClient.Seed);
        var tokens = Decode(result!.Data, text, utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16);
        var entities = SeedEntities();
        Assert.That(tokens.Select(t => t.Span), Is.EqualTo(entities.Mentions.Select(m => m.Span)));
        Assert.That(tokens.Select(t => t.Type), Is.EqualTo(entities.Mentions.Select(m => TypeOf(entities, m))));
        var soleimani = tokens.Where(t => text.ToString(t.Span) is "Qasem Soleimani" or "Soleimani").ToList();
        Assert.That(soleimani.Select(t => (t.Type, t.Declaration)), Is.EqualTo(new[] { ("variable", true), ("variable", false), ("variable", false), ("variable", false) }));
        var pmf = tokens.Single(t => text.ToString(t.Span) == "PMF");
        Assert.That((pmf.Type, pmf.Declaration), Is.EqualTo(("class", true)), "the bracketed acronym defines it");
        Assert.That(tokens.First(t => text.ToString(t.Span) == "Deir-ez-Zor").Type, Is.EqualTo("namespace"));
        Assert.That(tokens.First(t => text.ToString(t.Span) == "Shiite").Type, Is.EqualTo("enumMember"));
    }

    [Test]
    public async Task Range_tokens_cover_the_mentions_of_the_visible_lines()
    {
        await using var client = await LspTestClient.OpenedAsync(LspTestClient.SeedUri, LspTestClient.Seed);
        var text = ArticleText.From(LspTestClient.Seed);
        var line = text.ToPosition(LspTestClient.Seed.IndexOf("Qasem Soleimani", StringComparison.Ordinal)).Line;
        var result = await client.RequestAsync<SemanticTokens?>("textDocument/semanticTokens/range",
            new SemanticTokensRangeParams(new TextDocumentIdentifier(LspTestClient.SeedUri), new Range(new Position(line, 0), new Position(line + 1, 0))));
        var tokens = Decode(result!.Data, text, PositionEncoding.Utf16);
        Assert.That(tokens.Select(t => text.ToString(t.Span)), Is.EqualTo(new[]
        {
            "US", "Iranian", "Qasem Soleimani", "Iran", "Iraq", "Syria", "Daesh", "US", "Baghdad International Airport", "Iraq",
            "Abu Mahdi al-Muhandis", "Kata'ib Hezbollah", "Iraq", "Popular Mobilization Forces", "PMF",
        }));
        Assert.That(tokens.All(t => text.ToPosition(t.Span.Start).Line == line));
        var outOfRange = await client.RequestAsync<SemanticTokens?>("textDocument/semanticTokens/range",
            new SemanticTokensRangeParams(new TextDocumentIdentifier(LspTestClient.SeedUri), new Range(new Position(9000, 0), new Position(9999, 5))));
        Assert.That(outOfRange!.Data, Is.Empty, "clamped to the end, where no mention is");
    }

    [Test]
    public void A_mention_broken_over_lines_gives_one_token_per_line()
    {
        var text = ArticleText.From("Maj. Gen. Qasem\r\nSoleimani spoke.");
        var span = TextSpan.FromBounds(10, 26);
        Assert.That(text.ToString(span), Is.EqualTo("Qasem\r\nSoleimani"));
        var mention = new Mention(span, "x", "Qasem\r\nSoleimani", MentionKind.Name);
        var entities = new ArticleEntities([new Entity("x", "Qasem Soleimani", EntityType.Person, [mention])], []);
        var data = EntitySemanticTokens.Encode(entities, text, PositionEncoding.Utf16);
        Assert.That(data, Is.EqualTo(new[] { 0, 10, 5, 0, 1, 1, 0, 9, 0, 1 }));
    }

    [Test]
    public void Overlapping_mentions_keep_the_first()
    {
        var text = ArticleText.From("Deir ez-Zor Governorate");
        Mention m1 = new(TextSpan.FromBounds(0, 23), "gov", "Deir ez-Zor Governorate", MentionKind.Name), m2 = new(TextSpan.FromBounds(0, 11), "city", "Deir ez-Zor", MentionKind.Name);
        var entities = new ArticleEntities(
            [new Entity("gov", "Deir ez-Zor Governorate", EntityType.Location, [m1]), new Entity("city", "Deir ez-Zor", EntityType.Location, [m2])], []);
        var tokens = EntitySemanticTokens.Encode(entities, text, PositionEncoding.Utf16);
        Assert.That(tokens.Length, Is.EqualTo(5));
    }
}
