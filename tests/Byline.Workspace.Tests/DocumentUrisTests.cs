namespace Byline.Workspace.Tests;

/// <summary>
/// <see cref="DocumentUris.FromFilePath"/> joins a plain full path to the scheme without parsing it: the URI must be
/// the one <see cref="Uri"/> makes of the full path, for plain paths and for every other shape.
/// </summary>
public class DocumentUrisTests
{
    private static string ByUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    [TestCase("/tmp/bench/articles-2000/a-001.txt")]
    [TestCase("/home/user/news/2024_05/story.v2.md")]
    [TestCase("/tmp/with space/story.txt")]
    [TestCase("/tmp/caf\u00e9/story.txt")]
    [TestCase("/tmp/100%/story.txt")]
    [TestCase("/tmp/a#b?c/story.txt")]
    [TestCase("/tmp/./a/../story.txt")]
    [TestCase("/tmp//story.txt")]
    [TestCase("/tmp/folder/")]
    [TestCase("/tmp/folder/.")]
    [TestCase("/tmp/folder/..")]
    [TestCase("/tmp/...")]
    [TestCase("/tmp/~user/story.txt")]
    [TestCase("relative/story.txt")]
    [TestCase("/")]
    public void The_uri_is_the_one_Uri_makes(string path) =>
        Assert.That(DocumentUris.FromFilePath(path), Is.EqualTo(ByUri(path)));

    [Test]
    public void Generated_paths_get_the_uri_Uri_makes()
    {
        const string alphabet = "/////....--__aZz09 %#?~:\\\u00e9@+";
        var random = new Random(43);
        var differing = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(1, 24)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }
            var path = (random.Next(4) == 0 ? "" : "/") + new string(chars);
            string expected;
            try
            {
                expected = ByUri(path);
            }
            catch (UriFormatException)
            {
                continue;
            }
            if (DocumentUris.FromFilePath(path) != expected)
            {
                differing.Add(path);
            }
        }
        Assert.That(differing, Is.Empty);
    }
}
