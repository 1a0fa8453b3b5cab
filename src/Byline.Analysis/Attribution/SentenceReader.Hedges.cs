using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>Hedges read as cues with no source: "appears to", "seemed", "reportedly".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// <paramref name="attributions"/> and, after them, each hedge of <paramref name="vague"/> that is a verb of appearance or
    /// an adverb of <c>hedge_cues</c> ("the pier appears to be safe", "the toll reportedly rose"), not a copula of sensory
    /// appearance (<c>appearance_copulas</c>: "looks like"), as a cue with no source: the sentence
    /// passes on someone's impression or report without naming whose (pattern <c>hedge</c>). A hedge inside a quotation,
    /// on another cue, or inside what a named source reports ("she said the pier seemed safe") belongs to that report
    /// and is no cue of its own.
    /// </summary>
    private ImmutableArray<Attribution> WithHedgeCues(ImmutableArray<Attribution> attributions, ImmutableArray<VaguePhrase> vague)
    {
        var builder = (ImmutableArray<Attribution>.Builder?)null;
        foreach (var phrase in vague)
        {
            var first = IndexOfWordAt(phrase.Span.Start);
            if (phrase.Kind != VagueKind.Hedge || first < 0 || !_words[first].Has(WordClass.EvidentialVerb) && !_lexicon.HedgeCues.Contains(_words[first].Lower)
                || _lexicon.AppearanceCopulas.Contains(_words[first].Lower) || InsideQuotation(phrase.Span.Start) || Reports(attributions, phrase.Span))
            {
                continue;
            }
            var last = first;
            while (last + 1 < _words.Count && _words[last + 1].Span.End <= phrase.Span.End)
            {
                last++;
            }
            // The cue is the verb group ("might seem", "doesn't appear") or the adverb, without the complement the hedge reads.
            var cueFirst = _words[first].Has(WordClass.EvidentialVerb) ? SubjectEndBefore(first) + 1 : first;
            builder ??= attributions.ToBuilder();
            builder.Add(new Attribution(TextSpan.FromBounds(_words[cueFirst].Span.Start, _words[first].Span.End), null, ContentFrom(last + 1), _words[first].Lower, CueKind.Evidence, LoadedCue: false)
            {
                Verb = _words[first].Span,
                Pattern = AttributionPatterns.Hedge,
            });
        }
        return builder?.ToImmutable() ?? attributions;
    }

    /// <summary>Whether <paramref name="span"/> overlaps a cue of <paramref name="attributions"/> or lies in what a named source or an agentless report reports.</summary>
    private static bool Reports(ImmutableArray<Attribution> attributions, TextSpan span)
    {
        foreach (var a in attributions)
        {
            if (a.Cue.OverlapsWith(span) || a.Attributes && a.Content.Contains(span.Start))
            {
                return true;
            }
        }
        return false;
    }
}
