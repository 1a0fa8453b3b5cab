using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Byline.Language;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Benchmarks;

/// <summary>
/// The part-of-speech tagger's cost per token on varied news text (no paragraph repeats), so that a caller can
/// weigh tagging every sentence against tagging only those a decision needs. The text is
/// <c>python3 ../shared/bench/make_varied_corpus.py DIR</c>'s 1m.txt, found through <c>BYLINE_VARIED_CORPUS</c>
/// (the file) or at <c>../shared/bench/varied/1m.txt</c>. Each invocation tags exactly <see cref="Tokens"/>
/// tokens (whole sentences in document order, the last one cut), so the reported time is per token.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    public const int Tokens = 100_000;

    private readonly List<(string Text, ImmutableArray<Token> Tokens)> _sentences = [];
    private PosTag[] _tags = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("BYLINE_VARIED_CORPUS") ?? Path.Combine(Inputs.RepositoryRoot, "..", "shared", "bench", "varied", "1m.txt");
        if (!File.Exists(path)) throw new FileNotFoundException($"Varied corpus not found at {path}: run python3 ../shared/bench/make_varied_corpus.py DIR and set BYLINE_VARIED_CORPUS=DIR/1m.txt.");
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(File.ReadAllText(path)), ArticleFormat.PlainText);
        var left = Tokens;
        foreach (var block in tree.Blocks)
        {
            foreach (var sentence in block.Node.Sentences)
            {
                if (left == 0) break;
                ImmutableArray<Token> tokens = [.. sentence.Tokens.Take(left)];
                _sentences.Add((block.Node.Text, tokens));
                left -= tokens.Length;
            }
        }
        if (left > 0) throw new InvalidOperationException($"The corpus has fewer than {Tokens} tokens.");
        _tags = new PosTag[_sentences.Max(s => s.Tokens.Length)];
        _ = PartOfSpeechTagger.Default; // loading the weights is measured by LoadWeights, not here
    }

    [Benchmark(OperationsPerInvoke = Tokens, Description = "Tag (per token)")]
    public int Tag()
    {
        var tagger = PartOfSpeechTagger.Default;
        var verbs = 0;
        foreach (var (text, tokens) in _sentences)
        {
            tagger.Tag(text, tokens.AsSpan(), _tags);
            if (_tags[0].IsVerb) verbs++;
        }
        return verbs;
    }

    [Benchmark(OperationsPerInvoke = Tokens, Description = "Tag + lemmatise (per token)")]
    public int TagAndLemmatise()
    {
        var tagger = PartOfSpeechTagger.Default;
        var length = 0;
        foreach (var (text, tokens) in _sentences)
        {
            length += tagger.Tag(text, tokens)[0].Lemma.Length;
        }
        return length;
    }

    [Benchmark(Description = "Load the embedded weights")]
    public int LoadWeights() => PartOfSpeechTagger.LoadEmbedded().Tags.Count;
}
