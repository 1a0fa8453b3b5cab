using Byline.Analysis.Attribution;
using Byline.LanguageServer.Handlers.Sourcing;
using Byline.LanguageServer.Protocol;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.DocumentSymbols;

/// <summary>
/// The symbols of a prose block (standfirst, paragraph, quote), named and kinded by what each sentence is
/// in the attribution model:
/// <list type="table">
/// <item><term>Claim</term><description>Key — detail says its sourcing status and source</description></item>
/// <item><term>Quotation</term><description>Event — a sentence that is mostly inside quotation marks; detail names the speaker</description></item>
/// <item><term>Other sentence</term><description>String — not a claim (a question, a fragment)</description></item>
/// <item><term>Source</term><description>Interface — who a sentence is attributed to, a child of that sentence</description></item>
/// </list>
/// A one-sentence block is that sentence (named by its first words, with the block's range). A longer block is
/// named by its position ("Paragraph 4"), so Go to Symbol never lists a block and its first sentence under the
/// same name, and its sentences are its children. (An article too long for an outline of its prose lists no prose
/// block: <see cref="ArticleOutline.MaxSentences"/>.)
/// </summary>
public sealed class ProseSymbols(ArticleText text, PositionEncoding encoding, ArticleSourcing? sourcing)
{
    private readonly Dictionary<BlockKind, int> _ordinals = [];

    public static bool IsProse(BlockKind kind) => kind is BlockKind.Paragraph or BlockKind.Standfirst or BlockKind.Quote;

    /// <summary>The block's place among the blocks of its kind built so far (1 for the first), counted by this call.</summary>
    public int NextOrdinal(Block block) => _ordinals[block.Kind] = _ordinals.GetValueOrDefault(block.Kind) + 1;

    public DocumentSymbol Build(Block block) => Build(block, NextOrdinal(block));

    /// <summary>The block's symbol, <paramref name="ordinal"/> being its <see cref="NextOrdinal"/>.</summary>
    public DocumentSymbol Build(Block block, int ordinal)
    {
        var range = text.ToLspRange(block.Span, encoding);
        var sentences = block.Node.Sentences;
        if (sentences.Length == 0)
        {
            var name0 = ArticleOutline.Abbreviate(block.Text);
            return new DocumentSymbol(name0.Length > 0 ? name0 : Capitalized(block.Kind), Describe(block.Kind), ArticleOutline.KindOf(block.Kind), range, range, null);
        }
        if (sentences.Length == 1)
        {
            var only = Sentence(block, sentences[0].Span, range);
            return only with { Detail = $"{Describe(block.Kind)} · {only.Detail}" };
        }
        // The block's own sentence spans: Block.Sentences would tokenise every sentence, and a name needs only the first words.
        var children = new DocumentSymbol[sentences.Length];
        var claims = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            var span = new TextSpan(block.Start + sentences[i].Span.Start, sentences[i].Span.Length);
            children[i] = Sentence(block, sentences[i].Span, text.ToLspRange(span, encoding));
            claims += children[i].Kind == ClaimKind ? 1 : 0; // the sentence's facts already looked up once
        }
        var name = block.Kind == BlockKind.Standfirst && ordinal == 1 ? "Standfirst" : $"{Capitalized(block.Kind)} {ordinal}";
        var detail = $"{Describe(block.Kind)} · {sentences.Length} sentences, {claims} claim{(claims == 1 ? "" : "s")}";
        return new DocumentSymbol(name, detail, ArticleOutline.KindOf(block.Kind), range, range, children);
    }

    private static SymbolKind KindOf(SentenceSourcing facts) =>
        IsQuotation(facts) ? QuotationKind : facts.IsClaim ? ClaimKind : SentenceKind;

    public const SymbolKind ClaimKind = SymbolKind.Key;
    public const SymbolKind QuotationKind = SymbolKind.Event;
    public const SymbolKind SentenceKind = SymbolKind.String;
    public const SymbolKind SourceKind = SymbolKind.Interface;

    private DocumentSymbol Sentence(Block block, TextSpan local, Protocol.Range range)
    {
        var span = new TextSpan(block.Start + local.Start, local.Length);
        var name = ArticleOutline.Abbreviate(block.Text.AsSpan(local.Start, local.Length));
        if (name.Length == 0)
        {
            name = "Sentence"; // VS Code rejects symbols with empty names
        }
        if (sourcing is null || Find(sourcing, span) is not { } facts)
        {
            return new DocumentSymbol(name, "sentence", SentenceKind, range, range, null);
        }
        var kind = KindOf(facts);
        var detail = kind == QuotationKind ? QuotationDetail(facts) : kind == ClaimKind ? ClaimDetail(facts) : "sentence, not a claim";
        var sources = facts.Attributions
            .Where(a => a.Source is { } s && span.Contains(s.Span) && s.Span.Length > 0)
            .DistinctBy(a => a.Source!.Span)
            .OrderBy(a => a.Source!.Span.Start)
            .Select(SourceSymbol)
            .ToArray();
        return new DocumentSymbol(name, detail, kind, range, range, sources.Length > 0 ? sources : null);
    }

    /// <summary>A source, named with its cue ("Reuters · according to"): a source opening its sentence would otherwise repeat the sentence's name.</summary>
    private DocumentSymbol SourceSymbol(Attribution attribution)
    {
        var source = attribution.Source!;
        var range = text.ToLspRange(source.Span, encoding);
        var resolved = source.Antecedent is { } antecedent ? $" = {ArticleOutline.Abbreviate(antecedent.Text)}" : "";
        var name = $"{ArticleOutline.Abbreviate(source.Text, MaxSourceNameLength)} · {ArticleOutline.Abbreviate(text.ToString(attribution.Cue), MaxCueNameLength)}";
        return new DocumentSymbol(name, $"source · {SourcingWords.Kind(source.Kind)}{resolved}", SourceKind, range, range, null);
    }

    private const int MaxSourceNameLength = 26;
    private const int MaxCueNameLength = ArticleOutline.MaxNameLength - MaxSourceNameLength - 5; // room for " · " and two ellipses

    /// <summary>A sentence more than half of which lies inside quotation marks is a quotation, not the writer's claim.</summary>
    private static bool IsQuotation(SentenceSourcing facts)
    {
        var quoted = 0;
        foreach (var quotation in facts.Quotations)
        {
            quoted += quotation.Span.Intersection(facts.Span)?.Length ?? 0;
        }
        return quoted * 2 > facts.Span.Length;
    }

    private static string QuotationDetail(SentenceSourcing facts) =>
        SpeakerOf(facts) is { } speaker ? $"quotation · {ArticleOutline.Abbreviate(speaker.Resolved.Text)}" : "quotation · no speaker";

    private static string ClaimDetail(SentenceSourcing facts) => facts.Status switch
    {
        SourcingStatus.Attributed or SourcingStatus.Carried when SpeakerOf(facts) is { } source =>
            $"claim · {SourcingWords.Status(facts.Status)}: {ArticleOutline.Abbreviate(source.Resolved.Text)}",
        _ => $"claim · {SourcingWords.Status(facts.Status)}",
    };

    private static Source? SpeakerOf(SentenceSourcing facts) =>
        facts.Attributions.FirstOrDefault(a => a.Source is { IsSpecific: true })?.Source
        ?? facts.Attributions.FirstOrDefault(a => a.Source is not null)?.Source
        ?? facts.CarriedFrom?.Source;

    /// <summary>The model's sentence at <paramref name="span"/>: sentences are in document order, so a binary search.</summary>
    internal static SentenceSourcing? Find(ArticleSourcing sourcing, TextSpan span) =>
        IndexOf(sourcing.Sentences, span.Start) is var index and >= 0 ? sourcing.Sentences[index] : null;

    /// <summary>The index of the sentence that starts at <paramref name="start"/>, or -1; read in place, copying no sentence.</summary>
    internal static int IndexOf(SentenceList sentences, int start)
    {
        int low = 0, high = sentences.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var at = sentences.SpanAt(middle).Start;
            if (at == start)
            {
                return middle;
            }
            if (at < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return -1;
    }

    private static string Describe(BlockKind kind) => kind.ToString().ToLowerInvariant();

    private static string Capitalized(BlockKind kind) => kind.ToString();
}
