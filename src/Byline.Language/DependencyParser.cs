using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Language;

/// <summary>
/// A greedy arc-hybrid dependency parser with an averaged perceptron (<see cref="ParseState"/>,
/// <see cref="ParserFeatures"/>), over the Syntax tokenizer's tokens and the part-of-speech tagger's tags,
/// trained on Universal Dependencies EWT and GUM (docs/language.md). Immutable: any number of threads may use it.
/// </summary>
public sealed class DependencyParser
{
    private const string ResourceName = "Byline.Language.Data.parser.bin.decompressed";
    private static readonly Lazy<DependencyParser> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FeatureTable _weights;
    private readonly string[] _labels;
    private readonly int _transitions;
    private readonly int _rootLabel;

    internal DependencyParser(ParserModel model)
    {
        _labels = model.Labels;
        _transitions = model.TransitionCount;
        _rootLabel = Array.IndexOf(_labels, "root");
        if (_rootLabel < 0) throw new InvalidDataException("The parser model has no 'root' label.");
        // Transitions stand in for the tagger's tags: a feature with many weights (a tag pair, say) keeps a dense row.
        _weights = new FeatureTable(model.FeatureKeys, model.FeatureStarts, model.EntryTransitions, model.EntryWeights, _transitions);
    }

    private static long _parsedSentences, _parsedTokens;

    /// <summary>How many sentences and tokens this process has parsed: for benchmarks to say how often the analysis parses.</summary>
    internal static (long Sentences, long Tokens) Parsed => (Interlocked.Read(ref _parsedSentences), Interlocked.Read(ref _parsedTokens));

    /// <summary>The parser with the embedded weights, loaded on first use.</summary>
    public static DependencyParser Default => Embedded.Value;

    /// <summary>Reads a parser from weights written by the training command (Brotli-compressed).</summary>
    public static DependencyParser Load(Stream stream) => new(ParserModel.Read(stream));

    /// <summary>The dependency labels the parser gives.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Parses one sentence's <paramref name="tokens"/> (spans into <paramref name="text"/>), tagged by <paramref name="tags"/>.</summary>
    public DependencyTree Parse(string text, ImmutableArray<Token> tokens, ReadOnlySpan<PosTag> tags)
    {
        if (tags.Length < tokens.Length) throw new ArgumentException("One tag per token is needed.", nameof(tags));
        Interlocked.Increment(ref _parsedSentences);
        Interlocked.Add(ref _parsedTokens, tokens.Length);
        var words = new WordHashes[tokens.Length];
        var tagIds = new byte[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = WordHashes.Of(text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length));
            tagIds[i] = tags[i].Id;
        }
        var state = Parse(words, tagIds);
        return new DependencyTree(state.Heads.ToArray(), [.. state.Labels.ToArray().Select(l => _labels[l])]);
    }

    /// <summary>Tags and parses one sentence.</summary>
    public DependencyTree Parse(string text, ImmutableArray<Token> tokens, PartOfSpeechTagger tagger)
    {
        var tags = new PosTag[tokens.Length];
        tagger.Tag(text, tokens.AsSpan(), tags);
        return Parse(text, tokens, tags);
    }

    internal ParseState Parse(ReadOnlySpan<WordHashes> words, ReadOnlySpan<byte> tags)
    {
        var state = new ParseState(words.Length, _rootLabel);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<int> scores = stackalloc int[_weights.Width];
        while (!state.IsTerminal)
        {
            ParserFeatures.Extract(state, words, tags, features);
            scores.Clear();
            _weights.AddWeights(features, scores); // all the step's lookups asked from memory together
            state.Apply(BestAllowed(state, scores[.._transitions]));
        }
        return state;
    }

    private static DependencyParser LoadEmbedded()
    {
        // The build embeds parser.bin decompressed, as it does the tagger's weights.
        using var phase = Byline.Text.PhaseTimer.Once("load the parser's weights");
        using var stream = typeof(DependencyParser).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The parser's weights ({ResourceName}) are not embedded in this build.");
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new DependencyParser(ParserModel.ReadDecompressed(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)));
    }

    private int BestAllowed(ParseState state, ReadOnlySpan<int> scores)
    {
        var best = -1;
        for (var t = 0; t < scores.Length; t++)
        {
            if ((best < 0 || scores[t] > scores[best]) && state.IsAllowed(t)) best = t;
        }
        return best;
    }
}

/// <summary>
/// The dependency tree of one sentence, indexed by token: each token's head (-1 for the root's child) and the
/// label of the arc into it.
/// </summary>
public sealed class DependencyTree
{
    private readonly int[] _heads;
    private readonly string[] _labels;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;

    internal DependencyTree(int[] heads, string[] labels)
    {
        _heads = heads;
        _labels = labels;
        // Each token's first child and each child's next sibling, left to right (-1: none).
        _firstChild = new int[heads.Length];
        _nextSibling = new int[heads.Length];
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        for (var t = heads.Length - 1; t >= 0; t--)
        {
            if (heads[t] < 0) continue;
            _nextSibling[t] = _firstChild[heads[t]];
            _firstChild[heads[t]] = t;
        }
    }

    public int Count => _heads.Length;

    /// <summary>The head of token <paramref name="token"/>, or -1 when it is the sentence's root.</summary>
    public int Head(int token) => _heads[token];

    /// <summary>The label of the arc into <paramref name="token"/> ("nsubj", "ccomp", "root", …).</summary>
    public string Label(int token) => _labels[token];

    /// <summary>The tokens whose head is <paramref name="token"/>, left to right.</summary>
    public IEnumerable<int> Children(int token)
    {
        for (var child = _firstChild[token]; child >= 0; child = _nextSibling[child])
        {
            yield return child;
        }
    }

    /// <summary>The first child of <paramref name="token"/> with label <paramref name="label"/>, or -1.</summary>
    public int Child(int token, string label) => Children(token).FirstOrDefault(c => _labels[c] == label, -1);

    /// <summary>
    /// The first and last token of the subtree under <paramref name="token"/>, leaving out the children (and their
    /// subtrees) for which <paramref name="cut"/> holds, and the punctuation at either end. The span runs from the
    /// leftmost to the rightmost kept token, so a cut child between two kept ones stays inside it. Walks the tree
    /// with its own stack: a long chain of heads cannot overflow the thread's.
    /// </summary>
    public (int First, int Last) Subtree(int token, Func<int, bool> cut)
    {
        var (first, last) = (token, token);
        var pending = new Stack<int>();
        pending.Push(token);
        while (pending.Count > 0)
        {
            var at = pending.Pop();
            first = Math.Min(first, at);
            last = Math.Max(last, at);
            for (var child = _firstChild[at]; child >= 0; child = _nextSibling[child])
            {
                if (!cut(child)) pending.Push(child);
            }
        }
        while (first < token && _labels[first] == "punct") first++;
        while (last > token && _labels[last] == "punct") last--;
        return (first, last);
    }
}
