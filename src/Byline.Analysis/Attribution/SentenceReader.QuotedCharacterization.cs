using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>A party's words naming a thing, quoted after a verb and its object: "The union branded the offer “an insult.”"</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// Word <paramref name="i"/> is an active verb that takes an object and a complement naming or characterising it
    /// (<c>naming_verbs</c>: "called", "dubbed", "is labeling"; <c>characterizing_verbs</c>), with a party as subject, and
    /// after its object a quotation opens ("branded the offer “an insult”", "cast the levy as “a tax on the poor”"). The
    /// quoted complement is the subject's words for the object, so the verb reports them. Not a passive ("was called
    /// “the pier”": a name given, no party's words) nor a verb inside a quotation.
    /// </summary>
    private Attribution? QuotedCharacterization(int i, ImmutableArray<Attribution>.Builder found)
    {
        var w = _words[i];
        // The word's role first: asking for a tag makes the tagger read the sentence up to the word, which most words never need.
        if (_quotations.IsDefaultOrEmpty || !w.Has(WordRole.NamingVerbForm) || InsideQuotation(w.Span.Start) || CueCovers(found, i) || TagOf(i) is not { Upos: Language.UniversalPos.VERB })
        {
            return null;
        }
        if (i > 0 && _words[i - 1].Has(WordClass.BeForm) && !w.EndsInIng || !QuotationAfterObject(i) || PartySubjectBefore(i) is not { } source)
        {
            return null;
        }
        return new Attribution(w.Span, source, ContentFrom(i + 1), w.Lower, CueKind.Cognition, LoadedCue: false) { Verb = w.Span, Pattern = AttributionPatterns.PartyStance };
    }

    /// <summary>
    /// After verb <paramref name="verb"/> an object of at least one word of a noun phrase (determiners, adjectives, nouns,
    /// pronouns, numbers, a possessive), then optionally "as" (<c>predicative_markers</c>), then the opening mark of a quotation.
    /// </summary>
    private bool QuotationAfterObject(int verb)
    {
        for (var k = verb + 1; k < _words.Count && k - verb - 1 <= MaxCharacterizedObjectWords; k++)
        {
            var w = _words[k];
            if (w.Kind == WordKind.Quote || k > verb + 1 && w.IsWord && _lexicon.PredicativeMarkers.Contains(w.Lower) && k + 1 < _words.Count && _words[k + 1].Kind == WordKind.Quote)
            {
                var mark = w.Kind == WordKind.Quote ? w : _words[k + 1];
                return k > verb + 1 && OpensQuotation(mark.Span.Start);
            }
            if (!w.IsWord || TagOf(k) is not { Upos: Language.UniversalPos.DET or Language.UniversalPos.ADJ or Language.UniversalPos.NOUN or Language.UniversalPos.PROPN
                or Language.UniversalPos.PRON or Language.UniversalPos.NUM or Language.UniversalPos.PART })
            {
                return false;
            }
        }
        return false;
    }

    private bool OpensQuotation(int offset)
    {
        foreach (var quotation in _quotations)
        {
            if (quotation.Span.Start == offset)
            {
                return true;
            }
        }
        return false;
    }
}
