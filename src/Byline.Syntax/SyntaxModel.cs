using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
public enum BlockKind : byte
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

/// <summary>
/// A token: its kind and its span. Stored in 8 bytes rather than 12 (a large article keeps millions of tokens): a
/// string holds fewer than 2^30 characters, so a start and a length each leave two high bits free, which hold the kind.
/// </summary>
public readonly record struct Token
{
    private const int Mask = (1 << 30) - 1;
    private readonly int _start; // bits 0–29: the start; bits 30–31: the kind's low two bits
    private readonly int _length; // bits 0–29: the length; bit 30: the kind's third bit

    public Token(TokenKind kind, TextSpan span)
    {
        _start = span.Start | ((int)kind & 3) << 30;
        _length = span.Length | ((int)kind >> 2) << 30;
    }

    /// <summary>A token from its bounds, with no <see cref="TextSpan"/> in between: the tokenizer makes one per word.</summary>
    public Token(TokenKind kind, int start, int end)
    {
        _start = start | ((int)kind & 3) << 30;
        _length = (end - start) | ((int)kind >> 2) << 30;
    }

    /// <summary>Where <see cref="Span"/> starts, read without making the span.</summary>
    public int Start => _start & Mask;

    /// <summary>The length of <see cref="Span"/>, read without making the span.</summary>
    public int Length => _length & Mask;

    /// <summary>Where <see cref="Span"/> ends, read without making the span.</summary>
    public int End => (_start & Mask) + (_length & Mask);

    public TokenKind Kind
    {
        get => (TokenKind)((int)((uint)_start >> 30) | (_length >> 30) << 2);
        init
        {
            _start = (_start & Mask) | ((int)value & 3) << 30;
            _length = (_length & Mask) | ((int)value >> 2) << 30;
        }
    }

    public TextSpan Span
    {
        get => new(_start & Mask, _length & Mask);
        init
        {
            _start = value.Start | (_start & ~Mask);
            _length = value.Length | (_length & ~Mask);
        }
    }

    public void Deconstruct(out TokenKind kind, out TextSpan span)
    {
        kind = Kind;
        span = Span;
    }
}

/// <summary>A sentence with absolute spans.</summary>
public sealed class Sentence(TextSpan span, ImmutableArray<Token> tokens)
{
    public TextSpan Span { get; } = span;
    public ImmutableArray<Token> Tokens { get; } = tokens;
}

/// <summary>
/// The position-independent part of a block (Roslyn's "green" node): kind, text and sentences with spans
/// relative to the block start. An edit elsewhere in the document reuses this object unchanged, which is
/// what lets analysis keep block results in its own side table keyed by the node. Nodes carry no analysis data.
/// </summary>
public sealed class BlockNode(BlockKind kind, string text, ImmutableArray<SentenceNode> sentences)
{
    public BlockKind Kind { get; } = kind;
    public string Text { get; } = text;
    public int Length => Text.Length;
    public ImmutableArray<SentenceNode> Sentences { get; } = sentences;

    /// <summary>Stable hash of kind and text, for caches keyed by content.</summary>
    public ulong ContentHash { get; } = ContentHashing.Hash(kind, text);

    public override string ToString() => $"{Kind} \"{(Text.Length > 40 ? Text[..40] + "…" : Text)}\"";
}

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
                // Scanned into a list kept per thread and copied out once, at its length: a list per sentence
                // grew by copying, which a `check` profile showed as a tenth of its samples.
                var tokens = _scratch ??= [];
                tokens.Clear();
                Tokenizer.Tokenize(_blockText!, Span.Start, Span.End, tokens);
                ImmutableInterlocked.InterlockedInitialize(ref _tokens, ImmutableArray.Create(CollectionsMarshal.AsSpan(tokens)));
            }
            return _tokens;
        }
    }

    [ThreadStatic]
    private static List<Token>? _scratch;
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
