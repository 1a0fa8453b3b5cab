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

    public static SentenceSourcing Sentence(string sentence) => Link(Article(sentence)).Sentences[^1];

    private static string Article(string sentence) => "Headline\n\n" + sentence + "\n";
}
