using System.IO.Pipes;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer;

public static class Program
{
    private const string Usage = """
        Byline language server.
        Usage:
          Byline.LanguageServer --stdio          talk LSP over stdin/stdout
          Byline.LanguageServer --pipe=<name>    connect to the client's named pipe (or Unix socket path)
        Logs go to stderr.
        """;

    public static async Task<int> Main(string[] args)
    {
        Byline.Text.PhaseTimer.Mark("main");
        GcEventLog.StartIfAsked();
        Stream input, output;
        if (args.Contains("--stdio"))
        {
            input = Console.OpenStandardInput();
            // Written on the flushing thread: the console stream's asynchronous write is a thread-pool hop per buffer.
            output = new SynchronousWriteStream(Console.OpenStandardOutput());
            // stdout carries only protocol: anything that writes to Console.Out by mistake goes to stderr.
            Console.SetOut(Console.Error);
        }
        else if (args.FirstOrDefault(a => a.StartsWith("--pipe=", StringComparison.Ordinal)) is { } pipeArgument)
        {
            var pipe = new NamedPipeClientStream(".", pipeArgument["--pipe=".Length..], PipeDirection.InOut, PipeOptions.Asynchronous);
            await pipe.ConnectAsync(30_000);
            input = output = pipe;
        }
        else
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        using var trim = IdleMemoryTrim.Start();
        // The built-in data starts loading when initialize is answered (InitializeHandler), not here: its two threads
        // and the collections their allocations set off would share a small machine's two cores with the server's
        // start and its answer to initialize, which needs none of it.
        await using var server = new BylineLanguageServer(input, output, new BylineServerOptions { Log = Console.Error });
        return await server.Completion;
    }
}
