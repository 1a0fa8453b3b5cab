using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// A frame the server cannot read (no Content-Length, an unreadable one, a body of the wrong length, bytes that never
/// reach a blank line) is reported once and skipped to the next Content-Length header: the messages after it are served.
/// </summary>
public class FramingTests
{
    [TestCase("X-Custom: 1\r\n\r\n{}", TestName = "A header without Content-Length is skipped")]
    [TestCase("Content-Length: -5\r\n\r\n{}", TestName = "A negative Content-Length is skipped")]
    [TestCase("Content-Length: many\r\n\r\n{}", TestName = "A Content-Length that is not a number is skipped")]
    [TestCase("{\"jsonrpc\":\"2.0\"}", TestName = "A body with no header before it is skipped")]
    public async Task A_frame_that_cannot_be_read_is_reported_and_the_next_message_is_served(string frame)
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.SendUnframedAsync(frame);
        await connection.AssertServingAsync(2);
        await connection.AssertServingAsync(3);
        var log = connection.ServerLog.ToString();
        Assert.That(log, Does.Contain("framing is broken"));
        Assert.That(log.Split("framing is broken").Length - 1, Is.EqualTo(1), "one report per stretch of lost framing");
    }

    [Test]
    public async Task A_body_shorter_than_its_Content_Length_costs_only_that_message()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        // Declares 4 bytes of a longer body: the 4 bytes get a parse error, the rest runs into the next header.
        await connection.SendUnframedAsync("Content-Length: 4\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        var error = await connection.ReadResponseAsync(null);
        Assert.That((int)error["error"]!["code"]!, Is.EqualTo(-32700));
        await connection.AssertServingAsync(2);
    }

    [Test]
    public async Task Bytes_that_never_reach_a_blank_line_are_skipped_and_the_next_message_is_served()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.SendUnframedAsync(new string('x', 200_000));
        await connection.AssertServingAsync(2);
        Assert.That(connection.ServerLog.ToString(), Does.Contain("no end of the message header"));
    }
}
