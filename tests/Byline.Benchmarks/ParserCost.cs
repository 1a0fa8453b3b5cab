using System.Collections.Immutable;
using Byline.Language;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Byline.Benchmarks -- parser FILE|FOLDER [--passes N] [--sentences N] [--model FILE] [--write-heads PATH]`:
/// the dependency parser's processor time per token, one thread, on the first N sentences (default all) of the given
/// articles, tagged beforehand (the tagging is not timed). `--write-heads` writes each token's head and label, to
/// compare two builds' parses. `--model` reads other weights than the embedded ones.
/// </summary>
public static class ParserCost
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !(File.Exists(args[0]) || Directory.Exists(args[0])))
        {
            Console.Error.WriteLine("usage: parser FILE|FOLDER [--passes N] [--sentences N] [--model FILE] [--write-heads PATH]");
            return 2;
        }
        var passes = Option(args, "--passes", 3);
        var tagger = PartOfSpeechTagger.Default;
        var sentences = TaggerCost.SentencesOf(args[0]).Take(Option(args, "--sentences", int.MaxValue))
            .Select(s => (s.Text, s.Tokens, Tags: TagsOf(tagger, s.Text, s.Tokens))).ToList();
        var tokens = sentences.Sum(s => (long)s.Tokens.Length);
        var modelAt = Array.IndexOf(args, "--model");
        using var model = modelAt >= 0 && modelAt + 1 < args.Length ? File.OpenRead(args[modelAt + 1]) : null;
        var heldBefore = GC.GetTotalMemory(forceFullCollection: true);
        var parser = model is null ? DependencyParser.Default : DependencyParser.Load(model);
        Console.WriteLine($"the loaded parser holds {(GC.GetTotalMemory(forceFullCollection: true) - heldBefore) / 1e6:F1} MB of managed memory");
        var writeAt = Array.IndexOf(args, "--write-heads");
        if (writeAt >= 0 && writeAt + 1 < args.Length)
        {
            WriteHeads(parser, sentences, args[writeAt + 1]);
        }
        Console.WriteLine($"{sentences.Count} sentences, {tokens} tokens; {parser.Labels.Count} labels");
        for (var pass = 1; pass <= passes; pass++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = PhaseTimer.ThreadCpuNanoseconds();
            var roots = 0;
            foreach (var (text, sentenceTokens, tags) in sentences)
            {
                roots += parser.Parse(text, sentenceTokens, tags).Head(0) < 0 ? 1 : 0;
            }
            var ns = PhaseTimer.ThreadCpuNanoseconds() - started;
            Console.WriteLine($"pass {pass}: {ns / 1e6:F0} ms processor, {(double)ns / tokens:F0} ns per token, " +
                $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)sentences.Count:F0} bytes allocated per sentence ({roots} first tokens are roots)");
        }
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : fallback;
    }

    private static PosTag[] TagsOf(PartOfSpeechTagger tagger, string text, ImmutableArray<Token> tokens)
    {
        var tags = new PosTag[tokens.Length];
        tagger.Tag(text, tokens.AsSpan(), tags);
        return tags;
    }

    // Each token's head and label, one line per sentence: two runs' files are equal when the parser gave the same trees.
    private static void WriteHeads(DependencyParser parser, List<(string Text, ImmutableArray<Token> Tokens, PosTag[] Tags)> sentences, string path)
    {
        using var output = new StreamWriter(path);
        foreach (var (text, tokens, tags) in sentences)
        {
            var tree = parser.Parse(text, tokens, tags);
            output.WriteLine(string.Join(' ', Enumerable.Range(0, tree.Count).Select(t => $"{tree.Head(t)}:{tree.Label(t)}")));
        }
    }
}
