using System.Text;
using Byline.Workspace.Files;

namespace Byline.Workspace.Tests;

/// <summary>The one bounded reader of whole files and streams: text as .NET reads it, and each refusal naming the file and why.</summary>
public class BoundedFileTests : TempFolderTest
{
    private static readonly ReadLimit Small = new("a test file", 16);

    [Test]
    public void Text_with_a_UTF8_or_UTF16_byte_order_mark_reads_as_the_text()
    {
        var utf8 = Path.Combine(Root, "utf8.yaml");
        var utf16 = Path.Combine(Root, "utf16.yaml");
        File.WriteAllText(utf8, "a: 1\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.WriteAllText(utf16, "a: 1\n", Encoding.Unicode);

        Assert.That(BoundedFile.ReadText(utf8, ReadLimit.Settings), Is.EqualTo("a: 1\n"));
        Assert.That(BoundedFile.ReadText(utf16, ReadLimit.Settings), Is.EqualTo("a: 1\n"));
    }

    [Test]
    public void A_file_at_the_limit_is_read_and_one_byte_more_is_refused_with_the_limit_named()
    {
        var at = Write("at.txt", new string('a', 16));
        var over = Write("over.txt", new string('a', 17));

        Assert.That(BoundedFile.ReadBytes(at, Small), Has.Length.EqualTo(16));
        var refused = Assert.Throws<FileReadException>(() => BoundedFile.ReadBytes(over, Small));
        Assert.That(refused!.Message, Is.EqualTo($"{over} is larger than 16 bytes, the most Byline reads of a test file; it is not read."));
    }

    [Test]
    public void Text_with_a_NUL_byte_is_binary()
    {
        var path = Path.Combine(Root, "b.yaml");
        File.WriteAllBytes(path, [(byte)'a', 0, (byte)'b']);

        Assert.That(() => BoundedFile.ReadText(path, ReadLimit.Settings), Throws.TypeOf<FileReadException>().With.Message.Contains("holds a NUL byte"));
    }

    [Test]
    public void A_stream_stops_past_its_limit_and_a_path_list_past_its_line_limit()
    {
        using var endless = BoundedFile.Text(new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 40))), "standard input", Small);
        using var longLine = BoundedFile.Text(new MemoryStream(new byte[(64 << 10) + 1]), "standard input", ReadLimit.PathList);
        using var lines = BoundedFile.Text(new MemoryStream(Encoding.UTF8.GetBytes("a\0b\nc\n")), "standard input", ReadLimit.PathList);

        Assert.That(() => endless.ReadToEnd(), Throws.TypeOf<FileReadException>().With.Message.Contains("larger than 16 bytes"));
        Assert.That(() => longLine.ReadLine(), Throws.TypeOf<FileReadException>().With.Message.Contains("a line longer than 64 KiB"));
        Assert.That(lines.ReadToEnd(), Is.EqualTo("a\0b\nc\n"), "a list judges its lines itself");
    }

    [Test]
    public void A_folder_is_refused_and_a_missing_file_is_not_found()
    {
        Assert.That(() => BoundedFile.ReadBytes(Root, ReadLimit.Settings), Throws.TypeOf<FileReadException>().With.Message.EqualTo($"{Root} is a folder, not a file."));
        Assert.That(() => BoundedFile.ReadBytes(Path.Combine(Root, "none"), ReadLimit.Settings), Throws.TypeOf<FileNotFoundException>());
    }
}
