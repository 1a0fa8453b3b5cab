using Byline.Text;

namespace Byline.Syntax.Tests;

internal static class TestArticles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Articles", name));

    public static ArticleSyntaxTree Parse(string text, ArticleFormat format = ArticleFormat.PlainText) =>
        ArticleSyntaxTree.Parse(ArticleText.From(text), format);

    /// <summary>Kind and text of every block, for readable assertions.</summary>
    public static (BlockKind Kind, string Text)[] Outline(ArticleSyntaxTree tree) => tree.Blocks.Select(b => (b.Kind, b.Text)).ToArray();
}
