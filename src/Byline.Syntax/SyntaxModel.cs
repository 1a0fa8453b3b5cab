using System.Collections.Immutable;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax;

/// <summary>How the article file is written; picked from the file extension.</summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
}

/// <summary>The kinds of block an article is made of, in the newsroom's words.</summary>
public enum BlockKind
{
    FrontMatter,
    Headline,
    Standfirst,
    Byline,
    Dateline,
    Paragraph,
    Quote,
    Caption,
    Credit,
    Heading,
    ListItem,
    Boilerplate,
    Footnote,
    Separator,
}

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
    FootnoteMarker,
    Url,
}

public readonly record struct Token(TokenKind Kind, TextSpan Span);

/// <summary>A sentence with absolute spans.</summary>
public sealed class Sentence(TextSpan span, ImmutableArray<Token> tokens)
{
    public TextSpan Span { get; } = span;
    public ImmutableArray<Token> Tokens { get; } = tokens;
}

/// <summary>
/// The position-independent part of a block (Roslyn's "green" node): kind, text and sentences with spans
/// relative to the block start. An edit elsewhere in the document reuses this object unchanged, which is
/// what lets analysis cache block facts by reference or content hash.
/// </summary>
public sealed class BlockNode(BlockKind kind, string text, ImmutableArray<SentenceNode> sentences)
{
    public BlockKind Kind { get; } = kind;
    public string Text { get; } = text;
    public int Length => Text.Length;
    public ImmutableArray<SentenceNode> Sentences { get; } = sentences;

    /// <summary>Stable hash of kind and text, for caches keyed by content.</summary>
    public ulong ContentHash { get; } = ContentHashing.Hash(kind, text);

    // Facts that later layers derive from this block's text alone (attribution facts, entity candidates,
    // block-local rule findings), kept on the node itself. A green node is immutable and shared by every tree
    // that contains the block — an edit elsewhere reuses it — so its facts are shared with it, and they live
    // exactly as long as some tree holds the node. One slot per BlockFactKey; created on first use.
    private object?[]? _facts;

    /// <summary>The fact stored under <paramref name="key"/>, or null when none is stored yet.</summary>
    public T? GetFact<T>(BlockFactKey<T> key)
        where T : class => Volatile.Read(ref _facts) is { } facts ? facts[key.Index] as T : null;

    /// <summary>
    /// Stores a fact. Facts are pure functions of the node (and of what the key's owner checks, such as a
    /// knowledge base), so when two threads race, both computed the same fact and either may win.
    /// </summary>
    public void SetFact<T>(BlockFactKey<T> key, T value)
        where T : class
    {
        var facts = Volatile.Read(ref _facts) ?? Interlocked.CompareExchange(ref _facts, new object?[BlockFactKey.Capacity], null) ?? _facts!;
        Volatile.Write(ref facts[key.Index], value);
    }

    /// <summary>The fact under <paramref name="key"/>, computed by <paramref name="compute"/> on first use.</summary>
    public T GetOrComputeFact<T, TState>(BlockFactKey<T> key, TState state, Func<BlockNode, TState, T> compute)
        where T : class
    {
        if (GetFact(key) is { } known)
        {
            return known;
        }
        var value = compute(this, state);
        SetFact(key, value);
        return value;
    }

    public override string ToString() => $"{Kind} \"{(Text.Length > 40 ? Text[..40] + "…" : Text)}\"";
}

/// <summary>Names one kind of fact stored on block nodes (<see cref="BlockNode.GetFact{T}"/>); create one per kind, statically.</summary>
public abstract class BlockFactKey
{
    /// <summary>How many kinds of fact a node can hold; raise it when a new kind needs a slot.</summary>
    public const int Capacity = 8;

    private static int _registered;

    private protected BlockFactKey(string name)
    {
        Name = name;
        Index = Interlocked.Increment(ref _registered) - 1;
        if (Index >= Capacity)
        {
            throw new InvalidOperationException($"Too many kinds of block fact ({name}); raise BlockFactKey.Capacity.");
        }
    }

    public string Name { get; }

    internal int Index { get; }

    public override string ToString() => Name;
}

/// <inheritdoc cref="BlockFactKey"/>
public sealed class BlockFactKey<T>(string name) : BlockFactKey(name)
    where T : class;

/// <summary>A sentence inside a block; <see cref="Span"/> and token spans are relative to the block start.</summary>
public sealed class SentenceNode
{
    private readonly string? _blockText;
    private ImmutableArray<Token> _tokens;

    public SentenceNode(TextSpan span, ImmutableArray<Token> tokens)
    {
        Span = span;
        _tokens = tokens;
    }

    /// <summary>
    /// Tokens are scanned from the block text on first use: most sentences of a large document are never
    /// looked at token by token, and a token array per sentence would dominate the parse cost.
    /// </summary>
    internal SentenceNode(TextSpan span, string blockText)
    {
        Span = span;
        _blockText = blockText;
    }

    public TextSpan Span { get; }

    public ImmutableArray<Token> Tokens
    {
        get
        {
            if (_tokens.IsDefault)
            {
                var tokens = new List<Token>();
                Tokenizer.Tokenize(_blockText!, Span.Start, Span.End, tokens);
                ImmutableInterlocked.InterlockedInitialize(ref _tokens, [.. tokens]);
            }
            return _tokens;
        }
    }
}

/// <summary>A block placed in a document (Roslyn's "red" node): a <see cref="BlockNode"/> plus its start offset.</summary>
public sealed class Block(BlockNode node, int start)
{
    private ImmutableArray<Sentence> _sentences;

    public BlockNode Node { get; } = node;
    public int Start { get; } = start;
    public BlockKind Kind => Node.Kind;
    public TextSpan Span => new(Start, Node.Length);
    public string Text => Node.Text;

    /// <summary>Sentences with absolute spans, computed on first use.</summary>
    public ImmutableArray<Sentence> Sentences
    {
        get
        {
            if (_sentences.IsDefault)
            {
                var start = Start;
                var sentences = Node.Sentences.Select(s => new Sentence(
                    new TextSpan(s.Span.Start + start, s.Span.Length),
                    s.Tokens.Select(t => t with { Span = new TextSpan(t.Span.Start + start, t.Span.Length) }).ToImmutableArray()));
                ImmutableInterlocked.InterlockedInitialize(ref _sentences, sentences.ToImmutableArray());
            }
            return _sentences;
        }
    }

    public override string ToString() => $"{Span} {Node}";
}

/// <summary>A problem found while parsing (for example broken YAML front matter). Parsing itself never fails.</summary>
public sealed record SyntaxDiagnostic(string Code, TextSpan Span, string Message);

internal static class ContentHashing
{
    // XxHash3 over the UTF-16 code units, seeded with the kind: deterministic across processes (unlike
    // string.GetHashCode) and vectorised. It replaced a char-by-char FNV-1a, whose multiply chain cost ~1 ns
    // a character, a tenth of the whole parse.
    public static ulong Hash(BlockKind kind, string text) =>
        System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()), (long)kind);
}
