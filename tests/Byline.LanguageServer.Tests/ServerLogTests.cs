using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Tests;

public class ServerLogTests
{
    [Test]
    public void A_multi_line_record_is_indented_on_the_writer()
    {
        var writer = new StringWriter();
        new ServerLog(writer).Error("textDocument/hover failed: System.InvalidOperationException: boom\n   at Handler.Run()\r\n   at Queue.Next()");

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[0], Does.Match(@"^\[\d\d:\d\d:\d\d\.\d{3} Error\] textDocument/hover failed: "));
        Assert.That(lines[1], Is.EqualTo(ServerLog.ContinuationIndent + "   at Handler.Run()"));
        Assert.That(lines[2], Is.EqualTo(ServerLog.ContinuationIndent + "   at Queue.Next()"));
    }

    [Test]
    public void A_one_line_record_is_written_as_it_is()
    {
        var writer = new StringWriter();
        new ServerLog(writer).Info("Shutdown requested.");
        Assert.That(writer.ToString(), Does.Match(@"^\[\d\d:\d\d:\d\d\.\d{3} Info\] Shutdown requested\.\r?\n$"));
    }
}
