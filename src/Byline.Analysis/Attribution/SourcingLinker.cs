using System.Collections.Immutable;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// Document linking for attribution: one pass over the blocks' cached facts that resolves pronouns to
/// earlier sources, carries a source over to the following sentences of its paragraph, finds the
/// publisher, and decides each sentence's status. It never reads text the block facts did not keep.
/// </summary>
public static class SourcingLinker
{
    public static ArticleSourcing Link(ArticleSyntaxTree syntax)
    {
        // Whether the article is written in Latin script matters only for a sentence that is not (the seed's
        // closing Cyrillic heading under an English article): decided then, so most articles never count letters.
        bool? articleIsLatin = null;
        var publisher = FindPublisher(syntax);
        var sentences = ImmutableArray.CreateBuilder<SentenceSourcing>();
        Source? lastSource = null;
        Attribution? nextQuoteSpeaker = null;
        Attribution? previousLastSpeaker = null;
        Attribution? statementSpeaker = null;
        foreach (var block in syntax.Blocks)
        {
            var analysed = block.Kind is BlockKind.Headline or BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem or BlockKind.Standfirst;
            if (!analysed)
            {
                foreach (var sentence in block.Node.Sentences)
                {
                    // The node's spans, shifted: Block.Sentences would tokenise every sentence just for its span.
                    sentences.Add(new SentenceSourcing(Shift(sentence.Span, block.Start), block.Kind, IsClaim: false, SourcingStatus.None) { NotClaimReason = NotClaimReason.NotProse });
                }
                continue;
            }
            var quoteCarried = nextQuoteSpeaker;
            nextQuoteSpeaker = null;
            var facts = BlockSourcing.Of(block.Node);
            // "Cruz continued:" ending one paragraph, and the next opening with a quotation: that is Cruz speaking.
            if (quoteCarried is null && previousLastSpeaker is not null && facts.Quotations.Length > 0 && facts.Quotations[0].Span.Start == 0)
            {
                quoteCarried = previousLastSpeaker;
            }
            previousLastSpeaker = null;
            var offset = block.Start;
            // Most blocks have no quotations, attributions or vague phrases: skip the copies then (linking runs on every keystroke).
            var quotations = facts.Quotations.IsEmpty ? facts.Quotations : facts.Quotations.Select(q => q with { Span = Shift(q.Span, offset) }).ToImmutableArray();
            Attribution? carried = null;
            var spoken = SpokenQuotations(facts, quotations, offset);
            for (var index = 0; index < facts.Sentences.Length; index++)
            {
                var fact = facts.Sentences[index];
                var span = Shift(fact.Span, offset);
                var attributions = ImmutableArray<Attribution>.Empty;
                if (!fact.Attributions.IsEmpty)
                {
                    var resolved = ImmutableArray.CreateBuilder<Attribution>(fact.Attributions.Length);
                    foreach (var attribution in fact.Attributions)
                    {
                        resolved.Add(Resolve(Shift(attribution, offset), ref lastSource));
                    }
                    attributions = resolved.MoveToImmutable();
                }
                var vague = fact.VaguePhrases.IsEmpty ? fact.VaguePhrases : fact.VaguePhrases.Select(v => v with { Span = Shift(v.Span, offset) }).ToImmutableArray();
                var ownQuotes = quotations.IsEmpty ? quotations : Overlapping(quotations, span);
                var isForeignScript = fact.IsMostlyNonLatin && (articleIsLatin ??= IsLatinArticle(syntax));
                var notClaim = fact.IsQuestion ? NotClaimReason.Question
                    : isForeignScript ? NotClaimReason.OtherScript
                    : fact.WordCount < (block.Kind == BlockKind.Headline ? 3 : 4) ? NotClaimReason.TooShort
                    : NotClaimReason.None;
                var isClaim = notClaim == NotClaimReason.None;

                var specific = attributions.FirstOrDefault(a => a.Source is { IsSpecific: true });
                SourcingStatus status;
                Attribution? carriedFrom = null;
                var carryOver = CarryOver.None;
                // The status is worked out for every sentence, claim or not, because carry-over and the contract's
                // "attributed" do not depend on it ("Really?" inside a quotation is still the speaker's); only
                // claims report it.
                if (specific is not null)
                {
                    status = SourcingStatus.Attributed;
                }
                else if (attributions.Length > 0)
                {
                    status = SourcingStatus.Vague;
                }
                else if (carried is not null && !fact.StartsWithVoiceChange && block.Kind != BlockKind.Headline)
                {
                    status = SourcingStatus.Carried;
                    carriedFrom = carried;
                    carryOver = CarryOver.Paragraph;
                }
                else if (SpeakerOfQuotationAt(spoken, span) is { } speaker)
                {
                    // A sentence inside a quotation speaks with the voice of whoever the quotation is attributed to.
                    status = SourcingStatus.Carried;
                    carriedFrom = speaker;
                    carryOver = CarryOver.Quotation;
                }
                else if (statementSpeaker is not null && fact.IsFirstPerson)
                {
                    // "The Foreign Secretary said:" and then the statement, unquoted, in the first person (GOV.UK style).
                    status = SourcingStatus.Carried;
                    carriedFrom = statementSpeaker;
                    carryOver = CarryOver.Statement;
                }
                else if (quoteCarried is not null && quotations.Length > 0 && quotations[0].Span.Start == offset && quotations[0].Span.OverlapsWith(span))
                {
                    status = SourcingStatus.Carried;
                    carriedFrom = quoteCarried;
                    carryOver = CarryOver.ContinuedQuotation;
                }
                else if (vague.Any(v => !v.InSubordinateClause))
                {
                    status = SourcingStatus.Vague;
                }
                else
                {
                    status = SourcingStatus.Unattributed;
                }

                // AP practice: a source covers the following sentences of its paragraph until a new
                // source speaks or the writer's voice returns ("However, …").
                if (specific is not null && specific.CueKind is CueKind.Speech or CueKind.Cognition)
                {
                    carried = specific;
                }
                else if (attributions.Length > 0 || fact.StartsWithVoiceChange)
                {
                    carried = null;
                }
                else if (status == SourcingStatus.Carried && carried is null)
                {
                    carried = carriedFrom; // a statement or quotation speaker goes on speaking in this paragraph
                }

                if (index == facts.Sentences.Length - 1)
                {
                    previousLastSpeaker = attributions.LastOrDefault(a => a.Source is not null && a.CueKind == CueKind.Speech);
                    if (fact.EndsWithColon && previousLastSpeaker is not null)
                    {
                        statementSpeaker = previousLastSpeaker;
                    }
                    else if (attributions.Length > 0 || !fact.IsFirstPerson && status != SourcingStatus.Carried)
                    {
                        statementSpeaker = null; // a new source, or the writer's own voice, ends the statement
                    }
                }
                if (index == facts.Sentences.Length - 1 && ownQuotes.Any(q => q.Unclosed))
                {
                    nextQuoteSpeaker = specific ?? carriedFrom ?? spoken.FirstOrDefault(q => q.Quotation.Unclosed).Speaker ?? quoteCarried;
                }

                sentences.Add(new SentenceSourcing(span, block.Kind, isClaim, isClaim ? status : SourcingStatus.None)
                {
                    Covered = status is SourcingStatus.Attributed or SourcingStatus.Carried,
                    Attributions = attributions,
                    VaguePhrases = vague,
                    Quotations = ownQuotes,
                    CarriedFrom = carriedFrom,
                    CarryOver = carryOver,
                    NotClaimReason = notClaim,
                    StartsWithVoiceChange = fact.StartsWithVoiceChange,
                    GivesAnonymityReason = fact.GivesAnonymityReason || index + 1 < facts.Sentences.Length && facts.Sentences[index + 1].GivesAnonymityReason,
                });
            }
        }
        return new ArticleSourcing(sentences.ToImmutable(), publisher);
    }

    /// <summary>
    /// Each quotation of a block with the speech attribution that speaks it: one in a sentence the quotation
    /// overlaps, else in the sentence right before or after it (AP: attribute a quote in the same or an
    /// adjacent sentence).
    /// </summary>
    private static List<(Quotation Quotation, Attribution? Speaker)> SpokenQuotations(BlockSourcing facts, ImmutableArray<Quotation> quotations, int offset)
    {
        if (quotations.IsEmpty)
        {
            return NoQuotations; // most blocks: nothing allocated
        }
        var result = new List<(Quotation, Attribution?)>(quotations.Length);
        var sentences = facts.Sentences;
        // The paragraph's first speaker, the last resort of every quotation: found once, not once per quotation.
        var paragraphSpeaker = FirstSpeaker(sentences, 0, sentences.Length - 1);
        foreach (var quotation in quotations)
        {
            Attribution? speaker = null;
            var (first, last) = SortedSpans.Overlapping(sentences, s => Shift(s.Span, offset), quotation.Span);
            if (first <= last)
            {
                // Nearest first: the sentences the quotation spans and their neighbours, then the rest of the paragraph.
                speaker = FirstSpeaker(sentences, Math.Max(0, first - 1), Math.Min(sentences.Length - 1, last + 1)) ?? paragraphSpeaker;
            }
            result.Add((quotation, speaker is null ? null : Shift(speaker, offset)));
        }
        return result;
    }

    private static Attribution? FirstSpeaker(ImmutableArray<SentenceFacts> sentences, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (sentences[k].Attributions.FirstOrDefault(a => a.Source is not null && a.CueKind == CueKind.Speech) is { } speaker)
            {
                return speaker;
            }
        }
        return null;
    }

    private static readonly List<(Quotation Quotation, Attribution? Speaker)> NoQuotations = [];

    /// <summary>The speaker of the first quotation that overlaps <paramref name="span"/>, if it has one.</summary>
    private static Attribution? SpeakerOfQuotationAt(List<(Quotation Quotation, Attribution? Speaker)> spoken, TextSpan span)
    {
        var (first, last) = SortedSpans.Overlapping(spoken, static q => q.Quotation.Span, span);
        return first <= last ? spoken[first].Speaker : null;
    }

    private static ImmutableArray<Quotation> Overlapping(ImmutableArray<Quotation> quotations, TextSpan span)
    {
        var (first, last) = SortedSpans.Overlapping(quotations, static q => q.Span, span);
        return first > last ? [] : quotations.Slice(first, last - first + 1);
    }

    private static Attribution Resolve(Attribution attribution, ref Source? lastSource)
    {
        if (attribution.Source is not { } source)
        {
            return attribution;
        }
        if (source.Kind == SourceKind.Pronoun)
        {
            if (lastSource is not null)
            {
                source = source with { Antecedent = lastSource };
            }
            return attribution with { Source = source };
        }
        if (source.Kind is SourceKind.Named or SourceKind.Described or SourceKind.Anonymous)
        {
            lastSource = source;
        }
        return attribution;
    }

    private static Attribution Shift(Attribution a, int offset) => a with
    {
        Cue = Shift(a.Cue, offset),
        Verb = Shift(a.Verb, offset),
        Content = Shift(a.Content, offset),
        Source = a.Source is null ? null : a.Source with { Span = Shift(a.Source.Span, offset) },
        Recipient = a.Recipient is { } r ? Shift(r, offset) : null,
        RelayedOutletSpan = a.RelayedOutletSpan is { } o ? Shift(o, offset) : null,
    };

    private static TextSpan Shift(TextSpan span, int offset) => new(span.Start + offset, span.Length);

    /// <summary>
    /// The publisher is a first-hand source: front matter <c>publisher:</c>, or a credit such as
    /// "- Sputnik International, 1920, 04.01.2022" at the end of a caption or credit line.
    /// </summary>
    internal static string? FindPublisher(ArticleSyntaxTree syntax)
    {
        if (syntax.FrontMatter.TryGetValue("publisher", out var value) && value is string named && named.Length > 0)
        {
            return named;
        }
        foreach (var block in syntax.Blocks)
        {
            if (block.Kind is not (BlockKind.Caption or BlockKind.Credit))
            {
                continue;
            }
            var text = block.Text;
            var dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
            if (dash < 0)
            {
                continue;
            }
            var credit = text[(dash + 3)..];
            var comma = credit.IndexOf(',');
            var name = (comma < 0 ? credit : credit[..comma]).Trim();
            if (name.Length > 0 && char.IsUpper(name[0]) && name.Split(' ').Length <= 4)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>Asked only once a sentence is mostly in another script: most articles never count their letters.</summary>
    private static bool IsLatinArticle(ArticleSyntaxTree syntax)
    {
        int latin = 0, other = 0;
        foreach (var block in syntax.Blocks)
        {
            foreach (var c in block.Text)
            {
                if (!char.IsLetter(c))
                {
                    continue;
                }
                if (c < 0x250) latin++;
                else other++;
            }
            if (latin + other > 4000)
            {
                break;
            }
        }
        return latin >= other;
    }
}
