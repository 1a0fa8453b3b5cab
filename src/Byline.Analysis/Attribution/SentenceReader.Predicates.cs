using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>Stance predicates on a copula: "are alarmed at", "has been supportive of", "remain opposed to".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "The crews are alarmed at the cuts", "she has long been supportive of the pier", "they’re wary of the plan": a party,
    /// a copula (a form of "be", or of a verb in <c>copular_verbs</c>: "remain opposed to"), at most two adverbs, a stance
    /// predicate (<c>stance_predicates</c>), and one of the prepositions that predicate takes, which names what the stance
    /// is about. Right after a copula the word is a predicate whatever the tagger calls it (it reads a rare adjective after
    /// "has long been" as a noun), so only the adverbs before it are asked of the tagger. A topic ("about", "on whether")
    /// is left to the topic pattern. The subject is found as for a reporting verb; the cue runs from the verb group to the
    /// preposition.
    /// </summary>
    private Attribution? StancePredicate(int i)
    {
        if (i < 1 || i + 2 >= _words.Count || !_lexicon.StancePredicates.TryGetValue(_words[i].Lower, out var prepositions)
            || !prepositions.Contains(_words[i + 1].Lower) || IsTopicPreposition(i + 1) || InsideQuotation(_words[i].Span.Start))
        {
            return null;
        }
        var copula = CopulaBefore(i);
        if (copula < 0)
        {
            return null;
        }
        var contracted = ContractedCopula(copula);
        if (!contracted && InfinitiveBefore(copula))
        {
            return null; // "to be supportive of": the infinitive's subject is some verb's before it, not the word before "to"
        }
        if ((contracted ? PartySubjectBefore(copula + 1) : PartySubjectBefore(copula)) is not { } source)
        {
            return null;
        }
        var cueFirst = contracted ? copula + 1 : SubjectEndBefore(copula) + 1;
        var cue = TextSpan.FromBounds(_words[cueFirst].Span.Start, _words[i + 1].Span.End);
        return new Attribution(cue, source, ContentFrom(i + 2), _words[i].Lower, CueKind.Cognition, LoadedCue: false)
        {
            Verb = _words[i].Span,
            Pattern = AttributionPatterns.StancePredicate,
        };
    }

    /// <summary>
    /// The copula before predicate <paramref name="i"/>, past at most two adverbs ("are not enamored", "has been deeply
    /// sceptical"), or -1: a form of "be", a form of a copular verb the tagger reads as a verb, or a pronoun with a
    /// contracted "be" ("they’re").
    /// </summary>
    private int CopulaBefore(int i)
    {
        var k = i - 1;
        while (k >= 0 && i - k <= 2 && _words[k].IsWord && !IsCopula(k)
            && (_words[k].Has(WordClass.Auxiliary) && !_words[k].Has(WordClass.BeForm) || TagOf(k) is { Upos: Language.UniversalPos.ADV }))
        {
            k--;
        }
        return k >= 0 && _words[k].IsWord && IsCopula(k) ? k : -1;
    }

    private bool IsCopula(int k) =>
        _words[k].Has(WordClass.BeForm) || ContractedCopula(k)
        || _words[k].Has(WordRole.CopularVerb) && TagOf(k) is { IsVerb: true };

    /// <summary>
    /// A subject pronoun and a contracted "be" in one word ("they’re", "she's"), the pronoun a party (not "it's",
    /// "that's"). The contraction is compared with the apostrophe of <c>be_forms</c>.
    /// </summary>
    private bool ContractedCopula(int k)
    {
        var lower = _words[k].Lower;
        var apostrophe = lower.AsSpan().LastIndexOfAny('\'', '’'); // no array per call
        return apostrophe > 0 && _words[k].Has(WordClass.Pronoun) && !_lexicon.NotParties.Contains(lower[..apostrophe])
            && _lexicon.BeForms.Contains(string.Concat("'", lower.AsSpan(apostrophe + 1)));
    }

    /// <summary>The verb group of copula <paramref name="k"/> opens with "to" (<c>infinitive_markers</c>): "to be", "to remain".</summary>
    private bool InfinitiveBefore(int k)
    {
        var subjectEnd = SubjectEndBefore(k);
        return subjectEnd >= 0 && _words[subjectEnd].IsWord && _words[subjectEnd].Has(WordRole.InfinitiveMarker);
    }
}
