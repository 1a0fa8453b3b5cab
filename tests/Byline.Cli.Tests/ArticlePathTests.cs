namespace Byline.Cli.Tests;

/// <summary>An article's path relative to the folder it was found below, as the display path is made of it.</summary>
public class ArticlePathTests
{
    [TestCase("/news", "/news/story.txt")]
    [TestCase("/news", "/news/desk/late/story.md")]
    [TestCase("/news/", "/news/desk/story.txt")]
    [TestCase("/", "/story.txt")]
    [TestCase("/news", "/newsroom/story.txt")]
    [TestCase("/news", "/other/story.txt")]
    [TestCase("/news", "/news")]
    [TestCase("/news", "/news/a//b.txt")]
    [TestCase("/a b/ç", "/a b/ç/d e.txt")]
    public void The_relative_path_below_a_folder_is_the_one_the_runtime_works_out(string folder, string file) =>
        Assert.That(ArticleInputs.RelativeBelow(folder, file), Is.EqualTo(Path.GetRelativePath(folder, file)));
}
