using System.Globalization;
using Byline.Analysis;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Evaluation.Judged;

/// <summary>
/// BYL0001 against an editor's judgements of sentences on text nobody tuned on (<c>Judged/gum-devtest.tsv</c>: GUM dev
/// and test documents, session 48). Re-extracts each document at the file's pinned GUM commit, analyses it, and prints
/// how the judged flags and the judged unflagged sentences stand now, and the new flags that still want a judgement.
/// </summary>
public static class JudgedEvaluation
{
    public const string Usage = "--gum <GUM git repo> [--judged FILE] [--list FILE] [--documents A,B,...] [--commit SHA] [--unjudged N]"
        + " (--judged: default Judged/gum-devtest.tsv beside the build; --list: write every sentence with its flag as unjudged rows, to draw a new sample)";

    private const string DefaultFile = "Judged/gum-devtest.tsv";

    public static int Run(string[] args)
    {
        if (Option(args, "--gum") is not { } repo)
        {
            Console.Error.WriteLine("usage: judged " + Usage);
            return 2;
        }
        var path = Option(args, "--judged") ?? Path.Combine(AppContext.BaseDirectory, DefaultFile);
        var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        var judged = JudgedSentence.Read(lines);
        var commit = Option(args, "--commit") ?? CommitOf(lines) ?? throw new ArgumentException($"no '# gum-commit' line in {path}; give --commit");
        var documents = Option(args, "--documents")?.Split(',') ?? judged.Select(j => j.Document).Distinct().ToArray();
        var current = documents.SelectMany(d => Read(repo, commit, d)).ToList();
        if (Option(args, "--list") is { } list)
        {
            File.WriteAllLines(list, [$"# gum-commit {commit}", JudgedSentence.Header, .. current.Select(c => new JudgedSentence(c.Document, c.Paragraph, c.State, "-", "", c.Text).Line())]);
        }
        var shown = int.TryParse(Option(args, "--unjudged"), out var n) ? n : int.MaxValue;
        JudgedPrinter.Print(new JudgedReport(judged, current), path, commit, documents.Length, current.Count, shown);
        return 0;
    }

    /// <summary>Every sentence of one GUM document with its BYL0001 flag now.</summary>
    internal static IEnumerable<CurrentSentence> Read(string repo, string commit, string document)
    {
        var text = GumParagraphs.Text(GumParagraphs.Read(repo, commit, document));
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var findings = ArticleAnalyzer.Analyze(syntax).Findings.Where(f => f.Rule.Id == "BYL0001").ToList();
        var warned = findings.Where(f => !f.Demoted).Select(f => f.Span).ToHashSet();
        var flagged = findings.Select(f => f.Span).ToHashSet();
        foreach (var sentence in syntax.Blocks.SelectMany(b => b.Sentences))
        {
            var span = sentence.Span;
            var state = warned.Contains(span) ? FlagState.Warning : flagged.Contains(span) ? FlagState.Hint : FlagState.None;
            yield return new CurrentSentence(document, GumParagraphs.ParagraphAt(text, span.Start), state, Clean(text.Substring(span.Start, span.Length)));
        }
    }

    /// <summary>A sentence's text on one line of the file: tabs and line breaks as spaces.</summary>
    internal static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Trim();

    private static string? CommitOf(IEnumerable<string> lines) =>
        lines.FirstOrDefault(l => l.StartsWith("# gum-commit ", StringComparison.Ordinal))?["# gum-commit ".Length..].Trim();

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
