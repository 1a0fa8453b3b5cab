using System.Collections.Immutable;
using Byline.Language;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Byline.Benchmarks -- tagger FILE|FOLDER [--passes N] [--write-tags PATH [--on-demand]]`: the part-of-speech
/// tagger's processor time per token, one thread, on every sentence of the given articles tagged whole from the
/// left (<see cref="LeftTags"/>, as the analysis tags), with the share of tokens the tag dictionary answers alone.
/// `--write-tags` writes each token's tag id, one byte each, to compare two builds' tags. Quicker than BenchmarkDotNet's <see cref="TaggerBenchmarks"/> and measured in thread processor time, so that a
/// loaded machine disturbs it less.
/// </summary>
public static class TaggerCost
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !(File.Exists(args[0]) || Directory.Exists(args[0])))
        {
            Console.Error.WriteLine("usage: tagger FILE|FOLDER [--passes N] [--write-tags PATH]");
            return 2;
        }
        var passesAt = Array.IndexOf(args, "--passes");
        var passes = passesAt >= 0 && passesAt + 1 < args.Length ? int.Parse(args[passesAt + 1]) : 5;
        var sentences = SentencesOf(args[0]);
        var tokens = sentences.Sum(s => (long)s.Tokens.Length);
        var tagger = PartOfSpeechTagger.Default;
        var writeAt = Array.IndexOf(args, "--write-tags");
        if (writeAt >= 0 && writeAt + 1 < args.Length)
        {
            WriteTags(tagger, sentences, args[writeAt + 1], onDemand: args.Contains("--on-demand"), perSpelling: args.Contains("--per-spelling"));
        }
        Console.WriteLine($"{sentences.Count} sentences, {tokens} tokens; {tagger.Tags.Count} tags");
        // --per-spelling: each spelling read for the tagger once (as the analysis' lexemes keep it), not at each occurrence.
        var perSpelling = args.Contains("--per-spelling");
        var read = new Dictionary<string, TaggerWord>(StringComparer.Ordinal);
        for (var pass = 1; pass <= passes; pass++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = PhaseTimer.ThreadCpuNanoseconds();
            var verbs = perSpelling ? TagAllPerSpelling(tagger, sentences, read) : TagAll(tagger, sentences);
            var ns = PhaseTimer.ThreadCpuNanoseconds() - started;
            Console.WriteLine($"pass {pass}: {ns / 1e6:F0} ms processor, {(double)ns / tokens:F0} ns per token, " +
                $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)sentences.Count:F0} bytes allocated per sentence ({verbs} verbs)");
        }
        return 0;
    }

    private static int TagAll(PartOfSpeechTagger tagger, List<(string Text, ImmutableArray<Token> Tokens)> sentences)
    {
        var verbs = 0;
        foreach (var (text, tokens) in sentences)
        {
            using var tags = tagger.TagFromLeft(text, tokens);
            for (var i = 0; i < tags.Count; i++)
            {
                verbs += tags[i].IsVerb ? 1 : 0;
            }
        }
        return verbs;
    }

    private static int TagAllPerSpelling(PartOfSpeechTagger tagger, List<(string Text, ImmutableArray<Token> Tokens)> sentences,
        Dictionary<string, TaggerWord> read)
    {
        var verbs = 0;
        var words = new List<TaggerWord>();
        foreach (var (text, tokens) in sentences)
        {
            words.Clear();
            foreach (var token in tokens)
            {
                var spelling = text.Substring(token.Span.Start, token.Span.Length);
                if (!read.TryGetValue(spelling, out var word))
                {
                    read[spelling] = word = tagger.ReadWord(spelling);
                }
                words.Add(word);
            }
            using var tags = tagger.TagFromLeft(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words));
            for (var i = 0; i < tags.Count; i++)
            {
                verbs += tags[i].IsVerb ? 1 : 0;
            }
        }
        return verbs;
    }

    // One byte per token, each sentence's tag ids in order: two runs' files are equal when the tagger gave the same tags.
    // --on-demand: each sentence's words read only as its tags need them (the analysis' way), its tokens asked first in
    // a scattered order (every seventh, from the middle) before they are written in order. --per-spelling: each spelling
    // read once for the whole run (as the analysis' lexemes keep it), so the words' summed rows are reached.
    private static void WriteTags(PartOfSpeechTagger tagger, List<(string Text, ImmutableArray<Token> Tokens)> sentences, string path, bool onDemand,
        bool perSpelling)
    {
        using var output = File.Create(path);
        var read = new Dictionary<string, TaggerWord>(StringComparer.Ordinal);
        foreach (var (text, tokens) in sentences)
        {
            using var tags = onDemand ? tagger.TagFromLeft(new WordsOnDemand(tagger, text, tokens), tokens.Length)
                : perSpelling ? tagger.TagFromLeft([.. tokens.Select(t => SpellingWord(tagger, read, text.Substring(t.Span.Start, t.Span.Length)))])
                : tagger.TagFromLeft(text, tokens);
            for (var k = 0; onDemand && k < tags.Count; k++)
            {
                _ = tags[(tags.Count / 2 + 7 * k) % tags.Count];
            }
            for (var i = 0; i < tags.Count; i++)
            {
                output.WriteByte(tags[i].Id);
            }
        }
    }

    private static TaggerWord SpellingWord(PartOfSpeechTagger tagger, Dictionary<string, TaggerWord> read, string spelling) =>
        read.TryGetValue(spelling, out var word) ? word : read[spelling] = tagger.ReadWord(spelling);

    private sealed class WordsOnDemand(PartOfSpeechTagger tagger, string text, ImmutableArray<Token> tokens) : TaggerWordReader
    {
        protected internal override void Read(int from, Span<TaggerWord> into)
        {
            for (var i = 0; i < into.Length; i++)
            {
                into[i] = tagger.ReadWord(text.AsSpan(tokens[from + i].Span.Start, tokens[from + i].Span.Length));
            }
        }
    }

    private static List<(string Text, ImmutableArray<Token> Tokens)> SentencesOf(string path)
    {
        var files = File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var sentences = new List<(string, ImmutableArray<Token>)>();
        foreach (var file in files)
        {
            var format = file.EndsWith(".md", StringComparison.Ordinal) ? ArticleFormat.Markdown : ArticleFormat.PlainText;
            var tree = ArticleSyntaxTree.Parse(ArticleText.From(File.ReadAllText(file)), format);
            foreach (var block in tree.Blocks)
            {
                foreach (var sentence in block.Node.Sentences)
                {
                    if (sentence.Tokens.Length > 0)
                    {
                        sentences.Add((block.Node.Text, sentence.Tokens));
                    }
                }
            }
        }
        return sentences;
    }
}
