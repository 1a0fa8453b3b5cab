using System.CommandLine;
using Byline.Analysis;

namespace Byline.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (searched recursively with the workspace's include globs).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var severity = new Option<string>("--severity") { Description = "Lowest severity that is reported and fails the check: error, warning, information or hint.", DefaultValueFactory = _ => "warning" };
        severity.AcceptOnlyFromAmong("error", "warning", "information", "hint");

        var check = new Command("check", "Report unsourced claims, quotation problems and leftovers in articles.") { paths, format, severity };
        check.SetAction(result => WithBufferedOutput(output => CheckCommand.Run(
            result.GetValue(paths)!, result.GetValue(format)!, ParseSeverity(result.GetValue(severity)!), output, Console.Error)));

        var analyzePaths = new Argument<string[]>("paths") { Description = "Article files or folders.", Arity = ArgumentArity.OneOrMore };
        var analyzeFormat = new Option<string>("--format") { Description = "Output format (json, schema byline-analysis/1).", DefaultValueFactory = _ => "json" };
        analyzeFormat.AcceptOnlyFromAmong("json");
        var analyze = new Command("analyze", "Write the full analysis of articles as JSON (schema byline-analysis/1).") { analyzePaths, analyzeFormat };
        analyze.SetAction(result => WithBufferedOutput(output => AnalyzeCommand.Run(result.GetValue(analyzePaths)!, output, Console.Error)));

        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over standard input and output (the default)." };
        var serve = new Command("serve", "Start the Byline language server (the same server the VS Code extension runs).") { stdio };
        serve.SetAction(_ => LanguageServer.Program.Main(["--stdio"]).GetAwaiter().GetResult());

        var root = new RootCommand("Byline: checks who said what in news articles.") { check, analyze, serve };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"byline: {error.Message}");
            }
            Console.Error.WriteLine("Run 'byline --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }
        return parsed.Invoke();
    }

    /// <summary>
    /// Runs a command that writes to a buffered UTF-8 writer on standard output: <c>Console.Out</c> flushes on every
    /// line, and a check of a 5 MB article writes 19,289 lines, one write system call each. Flushed when the command
    /// ends, also on an exception.
    /// </summary>
    private static int WithBufferedOutput(Func<TextWriter, int> command)
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        try
        {
            return command(output);
        }
        finally
        {
            output.Flush();
        }
    }

    private static Severity ParseSeverity(string value) => value switch
    {
        "error" => Severity.Error,
        "information" => Severity.Information,
        "hint" => Severity.Hint,
        _ => Severity.Warning,
    };
}

public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrIoError = 2;
}
