using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Byline.Cli;

/// <summary>An "Examples:" section at the end of <c>--help</c>, for the root command and each command.</summary>
public static class HelpExamples
{
    private static readonly Dictionary<string, string[]> ByCommand = new(StringComparer.Ordinal)
    {
        ["byline"] =
        [
            "byline check articles/                       # compiler-style findings; exit 1 on warnings",
            "byline check articles/ --format sarif > byline.sarif",
            "byline report articles/ -o report.html       # self-contained HTML sourcing report",
            "byline rules                                 # every rule with its docs page",
            "byline init                                  # write a commented .byline.yaml here",
        ],
        ["check"] =
        [
            "byline check articles/ seeds/story.md",
            "byline check \"news/**/*.md\" --severity error",
            "git diff --name-only | byline check -",
            "byline check articles/ --format sarif --baseline main.sarif > byline.sarif",
            "byline check archive/ --shard 1/4 --format jsonl > shard-1.jsonl",
        ],
        ["report"] = ["byline report seeds/ -o report.html"],
        ["merge"] = ["byline merge shard-*.jsonl --format sarif > byline.sarif", "byline merge shard-*.jsonl --format html -o report.html"],
        ["analyze"] = ["byline analyze seeds/story.txt > story.analysis.json"],
        ["rules"] = ["byline rules --format json"],
        ["init"] = ["byline init newsroom/"],
    };

    public static void AddTo(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new WithExamples(standard);
        }
    }

    /// <summary>The standard help, then the examples of the command it describes.</summary>
    private sealed class WithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard.Invoke(parseResult);
            var command = parseResult.CommandResult.Command;
            var name = command is RootCommand ? "byline" : command.Name;
            if (ByCommand.TryGetValue(name, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }
                output.WriteLine();
            }
            return exit;
        }
    }
}
