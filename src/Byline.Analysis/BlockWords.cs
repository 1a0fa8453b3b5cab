using System.Runtime.InteropServices;
using Byline.Analysis.Attribution;
using Byline.Syntax;

namespace Byline.Analysis;

/// <summary>
/// One reading of a block's words, shared by the attribution reader and the entity scanner: each sentence's tokens,
/// delimited once by the one tokenizer, and each token's <see cref="Lexeme"/> (its word lists for both readers),
/// looked up once per occurrence in one per-thread table of spellings. Each reader used to tokenise the sentence
/// again and look its words up in a table of its own. A per-block fact like the others, kept in the analysis'
/// <see cref="BlockResultTable"/> only until both readers have read the block (see <see cref="BlockResults"/>).
/// </summary>
internal sealed class BlockWords
{
    private readonly BlockWord[] _words;
    private readonly int[] _sentenceStarts;

    private BlockWords(BlockWord[] words, int[] sentenceStarts) => (_words, _sentenceStarts) = (words, sentenceStarts);

    /// <summary>The tokens of sentence <paramref name="index"/> of the block.</summary>
    public ReadOnlySpan<BlockWord> Sentence(int index) =>
        _words.AsSpan(_sentenceStarts[index], _sentenceStarts[index + 1] - _sentenceStarts[index]);

    // The tags the attribution reader found of each token (NotFixed where it found none), for the claim heads, which
    // tag the same sentences from the left after it; made with the first sentence the reader tags. Two threads that
    // read the block at once share one array (the first made wins) and write the same tags, so a token either has its
    // tag or none; a known tag is the one tagging from the left finds, wherever it stands.
    private byte[]? _tags;

    /// <summary>Keeps the tags <paramref name="tags"/> found of sentence <paramref name="index"/>, when it tagged any.</summary>
    public void KeepTags(int index, Language.LeftTags tags)
    {
        if (!tags.TaggedAny)
        {
            return;
        }
        var kept = _tags ?? Interlocked.CompareExchange(ref _tags, NoTags(_sentenceStarts[^1] - _sentenceStarts[0]), null) ?? _tags;
        tags.CopyKnownTags(kept.AsSpan(_sentenceStarts[index] - _sentenceStarts[0], _sentenceStarts[index + 1] - _sentenceStarts[index]));
    }

    private static byte[] NoTags(int count)
    {
        var tags = new byte[count];
        tags.AsSpan().Fill(Language.LeftTags.NoTag);
        return tags;
    }

    /// <summary>The tags kept of sentence <paramref name="index"/> (<see cref="KeepTags"/>), or empty when none are.</summary>
    public ReadOnlySpan<byte> KnownTags(int index) =>
        _tags is { } kept ? kept.AsSpan(_sentenceStarts[index] - _sentenceStarts[0], _sentenceStarts[index + 1] - _sentenceStarts[index]) : default;

    [ThreadStatic]
    private static List<Token>? _tokens;

    public static BlockWords Read(BlockNode node)
    {
        var text = node.Text;
        var sentences = node.Sentences;
        var tokens = _tokens ??= [];
        tokens.Clear();
        var starts = new int[sentences.Length + 1];
        for (var i = 0; i < sentences.Length; i++)
        {
            starts[i] = tokens.Count;
            Tokenizer.Tokenize(text, sentences[i].Span.Start, sentences[i].Span.End, tokens);
        }
        starts[^1] = tokens.Count;
        var (words, offset) = BlockWordBuffer.Take(tokens.Count);
        SentenceWords.LookUp(text, CollectionsMarshal.AsSpan(tokens), words.AsSpan(offset, tokens.Count));
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] += offset;
        }
        return new BlockWords(words, starts);
    }
}

/// <summary>
/// Where the block readings (<see cref="BlockWords"/>) of an analysis that no other analysis takes over are written:
/// one buffer per thread, reused by the thread's next such analysis, instead of a new array per block (a tenth of the
/// bytes an analysis allocates). Open only around an analysis whose block results nothing reads once it is done (a
/// command-line check): a server's next analysis of a document takes over the previous one's block results, and may
/// read a block's words while the first is still releasing them, so it gets arrays of its own. Readings made on
/// another thread, or with no buffer open, are new arrays.
/// </summary>
public readonly struct BlockWordBuffer : IDisposable
{
    private const int InitialLength = 1 << 14;

    // The buffer kept between analyses; while one is open, where its readings go and how much of it they fill.
    [ThreadStatic]
    private static BlockWord[]? _kept;

    [ThreadStatic]
    private static BlockWord[]? _open;

    [ThreadStatic]
    private static int _used;

    private readonly bool _opened;

    private BlockWordBuffer(bool opened) => _opened = opened;

    /// <summary>Opens this thread's buffer, or nothing when it is open already (the outer analysis closes it).</summary>
    public static BlockWordBuffer Open()
    {
        if (_open is not null)
        {
            return default;
        }
        _open = _kept ??= new BlockWord[InitialLength];
        _used = 0;
        return new BlockWordBuffer(opened: true);
    }

    /// <summary>Closes the buffer: the next analysis that opens it writes over its readings.</summary>
    public void Dispose()
    {
        if (_opened)
        {
            _open = null;
        }
    }

    /// <summary>Room for <paramref name="count"/> words: the array and where in it they start.</summary>
    internal static (BlockWord[] Array, int Offset) Take(int count)
    {
        var open = _open;
        if (open is null)
        {
            return (new BlockWord[count], 0);
        }
        if (_used + count > open.Length)
        {
            // The full buffer stays with the readings already in it; the larger one is kept for the next analysis.
            open = _open = _kept = new BlockWord[Math.Max(count, open.Length * 2)];
            _used = 0;
        }
        var offset = _used;
        _used += count;
        return (open, offset);
    }
}
