using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// How the linker reads an invented sentence set as the one paragraph under a headline: the attributions it finds
/// (pattern, cue text, source text) and the sentence's own sourcing. Shared by the stance tests.
/// </summary>
internal static class SourcingOfText
{
    public static ArticleSourcing Link(string article) =>
        SourcingLinker.Link(ArticleSyntaxTree.Parse(ArticleText.From(article), ArticleFormat.PlainText));

    public static List<(string Pattern, string Cue, string? Source)> Attributions(string sentence)
    {
        var text = Article(sentence);
        return [.. Link(text).Attributions.Select(a => (a.Pattern.Name, text.Substring(a.Cue.Start, a.Cue.Length), a.Source?.Text))];
    }

    /// <summary>Asserts that the sentence is read with cue <paramref name="cue"/> held by <paramref name="source"/>; the message lists every reading.</summary>
    public static void AssertReadsCue(string sentence, string cue, string? source)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => (a.Cue, a.Source)), Does.Contain((cue, source)), string.Join("; ", found));
    }

    /// <summary>Asserts that no cue the sentence is read with holds <paramref name="word"/>; the message lists every reading.</summary>
    public static void AssertNoCueContaining(string sentence, string word)
    {
        var found = Attributions(sentence);
        Assert.That(found.Any(a => a.Cue.Contains(word, StringComparison.Ordinal)), Is.False, string.Join("; ", found));
    }

    public static SentenceSourcing Sentence(string sentence) => Link(Article(sentence)).Sentences[^1];

    private static string Article(string sentence) => "Headline\n\n" + sentence + "\n";
}
