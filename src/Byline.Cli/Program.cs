using System.CommandLine;
using System.CommandLine.Help;
using Byline.Analysis;
using Byline.Workspace.Files;

namespace Byline.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Byline.Text.PhaseTimer.Mark("main");
        var root = new RootCommand("Byline: checks who said what in news articles.")
        {
            CheckCommandLine(), AnalyzeCommandLine(), ReportCommandLine(), MergeCommandLine(), RulesCommandLine(), InitCommandLine(), ServeCommandLine(),
        };
        HelpExamples.AddTo(root);
        var parsed = root.Parse(args);
        // "--help" answers even when the rest of the line would not parse ("byline merge --help" names no file).
        if (parsed.Errors.Count > 0 && AskedForHelp(root, parsed) is { } help)
        {
            return help.Invoke(parsed);
        }
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

    private static System.CommandLine.Invocation.SynchronousCommandLineAction? AskedForHelp(RootCommand root, ParseResult parsed) =>
        root.Options.OfType<HelpOption>().FirstOrDefault() is { } option && parsed.GetResult(option) is not null
            ? option.Action as System.CommandLine.Invocation.SynchronousCommandLineAction
            : null;

    private static Argument<string[]> Paths(string description) => MustNamePaths(new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.ZeroOrMore });

    /// <summary>
    /// An empty or blank name, or one with a NUL character, names no file on any system: it is a usage error
    /// (exit 2) said as such, not an exception thrown later by the first file API it reaches.
    /// </summary>
    private static T MustNamePaths<T>(T symbol) where T : Symbol
    {
        void Check(System.CommandLine.Parsing.SymbolResult result, IEnumerable<string> values)
        {
            foreach (var value in values.Where(v => !PathArguments.IsPathName(v)))
            {
                result.AddError($"'{value.Replace("\0", "\\0")}' is not a file or folder name.");
            }
        }
        switch (symbol)
        {
            case Argument<string[]> many:
                many.Validators.Add(result => Check(result, result.GetValueOrDefault<string[]>() ?? []));
                break;
            case Argument<string> one:
                one.Validators.Add(result => Check(result, [result.GetValueOrDefault<string>() ?? "."]));
                break;
            case Option<string?> option:
                option.Validators.Add(result => Check(result, result.GetValueOrDefault<string?>() is { } v ? [v] : []));
                break;
        }
        return symbol;
    }

    private static Option<string> FormatOption(string description, string defaultValue, params string[] formats)
    {
        var option = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Option<string?> BaselineOption() =>
        MustNamePaths(new Option<string?>("--baseline") { Description = "A SARIF file of an earlier run: only findings not in it are reported (text, json) and fail the check." });

    private static Command CheckCommandLine()
    {
        var paths = Paths("Article files, folders (searched with the workspace's include globs) or quoted globs; '-' reads paths from standard input.");
        var format = FormatOption("Output format: text (compiler-style), json, sarif (SARIF 2.1.0) or jsonl (one line per article as it finishes).", "text", CheckCommand.Formats);
        var severity = new Option<string>("--severity") { Description = "Lowest severity that is reported and fails the check: error, warning, information or hint.", DefaultValueFactory = _ => "warning" };
        severity.AcceptOnlyFromAmong("error", "warning", "information", "hint");
        var filesFrom = MustNamePaths(new Option<string?>("--files-from") { Description = "Read article paths, one a line, from this file ('-' for standard input)." });
        var baseline = BaselineOption();
        var shard = new Option<string?>("--shard") { Description = "Check only part i of n of the articles (e.g. 2/8), for one worker of a sharded run; merge the JSONL with 'byline merge'." };
        shard.Validators.Add(result =>
        {
            if (Shard.Parse(result.GetValueOrDefault<string?>()) is null)
            {
                result.AddError("--shard must be i/n with 1 <= i <= n, e.g. 2/8.");
            }
        });
        var check = new Command("check", "Report unsourced claims, quotation problems and leftovers in articles.") { paths, format, severity, filesFrom, baseline, shard };
        check.SetAction(result =>
        {
            var options = new CheckOptions(result.GetValue(paths) ?? [], result.GetValue(filesFrom), result.GetValue(format)!,
                CheckCommand.ParseSeverity(result.GetValue(severity)) ?? Severity.Warning, result.GetValue(baseline))
            {
                Shard = Shard.Parse(result.GetValue(shard)),
            };
            if (options.Paths.Count == 0 && options.FilesFrom is null)
            {
                return NoPaths("check");
            }
            return WithBufferedOutput(output => CheckCommand.Run(options, output, Console.Error, StandardInput));
        });
        return check;
    }

    private static Command AnalyzeCommandLine()
    {
        var paths = Paths("Article files, folders or quoted globs; '-' reads paths from standard input.");
        var format = FormatOption("Output format (json, schema byline-analysis/1).", "json", "json");
        var analyze = new Command("analyze", "Write the full analysis of articles as JSON (schema byline-analysis/1).") { paths, format };
        analyze.SetAction(result =>
        {
            var given = result.GetValue(paths) ?? [];
            if (given.Length == 0)
            {
                return NoPaths("analyze");
            }
            var (resolved, errors) = PathArguments.Resolve(given, filesFrom: null, StandardInput);
            errors.ForEach(Console.Error.WriteLine);
            return Math.Max(errors.Count > 0 ? ExitCodes.UsageOrIoError : ExitCodes.Clean,
                WithBufferedOutput(output => AnalyzeCommand.Run([.. resolved], output, Console.Error)));
        });
        return analyze;
    }

    private static Command ReportCommandLine()
    {
        var paths = Paths("Article files, folders or quoted globs; '-' reads paths from standard input.");
        var output = MustNamePaths(new Option<string?>("--output", "-o") { Description = "The HTML file to write (default: standard output)." });
        var title = TitleOption();
        var filesFrom = MustNamePaths(new Option<string?>("--files-from") { Description = "Read article paths, one a line, from this file ('-' for standard input)." });
        var report = new Command("report", "Write a self-contained HTML sourcing report: figures, charts and findings per article and for the folder.") { paths, output, title, filesFrom };
        report.SetAction(result =>
        {
            var given = result.GetValue(paths) ?? [];
            if (given.Length == 0 && result.GetValue(filesFrom) is null)
            {
                return NoPaths("report");
            }
            return WithBufferedOutput(stdout => ReportCommand.Run(given, result.GetValue(filesFrom), result.GetValue(output), result.GetValue(title)!, stdout, Console.Error, StandardInput));
        });
        return report;
    }

    /// <summary>One default title for <c>report</c> and <c>merge --format html</c>, so both write the same report.</summary>
    private static Option<string> TitleOption() =>
        new("--title") { Description = "The report's title.", DefaultValueFactory = _ => "Byline sourcing report" };

    private static Command MergeCommandLine()
    {
        var files = MustNamePaths(new Argument<string[]>("jsonl") { Description = "Output files of 'byline check --format jsonl' ('-' for standard input).", Arity = ArgumentArity.OneOrMore });
        var format = FormatOption("Output format: text, json, sarif or jsonl, as for check, or html (the sourcing report of 'byline report').", "sarif", MergeCommand.Formats);
        var baseline = BaselineOption();
        var output = MustNamePaths(new Option<string?>("--output", "-o") { Description = "The HTML file to write with --format html (default: standard output)." });
        var title = TitleOption();
        var merge = new Command("merge", "Combine the JSONL of sharded 'check --format jsonl' runs into one output, as one run would write it.") { files, format, baseline, output, title };
        merge.SetAction(result => WithBufferedOutput(stdout => MergeCommand.Run(
            new MergeOptions(result.GetValue(files)!, result.GetValue(format)!, result.GetValue(baseline), result.GetValue(output), result.GetValue(title)!),
            stdout, Console.Error, StandardInputResults)));
        return merge;
    }

    private static Command RulesCommandLine()
    {
        var format = FormatOption("Output format: text or json.", "text", "text", "json");
        var rules = new Command("rules", "List every rule: id, default severity, name, title and docs page.") { format };
        rules.SetAction(result => WithBufferedOutput(output => RulesCommand.Run(result.GetValue(format)!, output)));
        return rules;
    }

    private static Command InitCommandLine()
    {
        var folder = MustNamePaths(new Argument<string>("folder") { Description = "The workspace folder (default: the current folder).", DefaultValueFactory = _ => "." });
        var init = new Command("init", "Write a commented .byline.yaml fitted to the folder's articles (never overwrites one).") { folder };
        init.SetAction(result => InitCommand.Run(result.GetValue(folder)!, Console.Error));
        return init;
    }

    private static Command ServeCommandLine()
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over standard input and output (the default)." };
        var serve = new Command("serve", "Start the Byline language server (the same server the VS Code extension runs).") { stdio };
        serve.SetAction(_ => LanguageServer.Program.Main(["--stdio"]).GetAwaiter().GetResult());
        return serve;
    }

    /// <summary>Standard input as paths one a line, bounded as any file argument is (<see cref="BoundedFile"/>): <c>&lt; /dev/zero</c> is an error, not a full memory.</summary>
    private static TextReader StandardInput => BoundedFile.Text(Console.OpenStandardInput(), "standard input", ReadLimit.PathList);

    /// <summary>Standard input as <c>merge</c> reads it: results, one JSON line each.</summary>
    private static TextReader StandardInputResults => BoundedFile.Text(Console.OpenStandardInput(), "standard input", ReadLimit.Data);

    private static int NoPaths(string command)
    {
        Console.Error.WriteLine($"byline: {command} needs at least one path (or '-' to read paths from standard input).");
        Console.Error.WriteLine("Run 'byline --help' for usage.");
        return ExitCodes.UsageOrIoError;
    }

    /// <summary>
    /// Runs a command that writes to a buffered UTF-8 writer on standard output: <c>Console.Out</c> flushes on every
    /// line, and a check of a 5 MB article writes 19,289 lines, one write system call each. Flushed when the command
    /// ends, also on an exception.
    /// </summary>
    private static int WithBufferedOutput(Func<StreamWriter, int> command)
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
}

public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrIoError = 2;
}
