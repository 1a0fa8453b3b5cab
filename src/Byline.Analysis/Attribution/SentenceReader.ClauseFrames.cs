namespace Byline.Analysis.Attribution;

/// <summary>
/// The frames of a clause that reports a stance, read the same way by the readers of stance nouns and stance adjectives:
/// where a content clause opens after a noun of saying or thinking, and where the copula before a stance adjective is.
/// </summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "that" at word <paramref name="k"/>, right after a noun of saying or thinking, opens the noun's content clause when
    /// the tagger reads it as a conjunction ("fears that the levy will rise"), or when a plural noun or a pronoun follows it
    /// ("fears that skippers would leave", "the claim that his crew lied"), whatever the tagger read: a demonstrative
    /// "that" agrees with a singular noun and never comes before a pronoun, and after a noun of saying or thinking a
    /// relative "that" mostly comes before its verb ("a claim that surfaced"), not before a subject. An object relative
    /// ("the views that dock workers hold") is the case this misreads.
    /// </summary>
    private bool OpensNounContentClause(int k)
    {
        if (TagOf(k) is { Upos: Language.UniversalPos.SCONJ })
        {
            return true;
        }
        return TagOf(k) is { Upos: Language.UniversalPos.DET } or { IsWhWord: true } && k + 1 < _words.Count && _words[k + 1].IsWord
            && TagOf(k + 1) is { } next && (next.Upos == Language.UniversalPos.PRON || next.IsNoun && next.Xpos.EndsWith('S'));
    }

    /// <summary>
    /// The form of "be" (or a pronoun with a contracted "be") before stance adjective <paramref name="i"/>, past one word
    /// ("was deeply sceptical", "is not sure") or two when the farther is an adverb ("are now more convinced", "were not
    /// entirely sure"), or -1. Adverbs of degree, time and negation pile up before a predicate adjective in news prose.
    /// </summary>
    private int BeBeforeStanceAdjective(int i)
    {
        for (var k = i - 1; k >= 0 && i - k <= 3 && _words[k].IsWord; k--)
        {
            if (IsBeOrContracted(k))
            {
                return k;
            }
            // Past an adverb only to a "be" right before it: that word is tested before the tagger is asked about the adverb.
            if (i - k == 2 && (k == 0 || !_words[k - 1].IsWord || !IsBeOrContracted(k - 1) || TagOf(k) is not { Upos: Language.UniversalPos.ADV or Language.UniversalPos.PART }))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Word <paramref name="wordIndex"/> lies in a clause a subordinator opened (<c>subordinate_markers</c>: "who", "which",
    /// "because", "including" …; one opening the sentence only when <paramref name="fromStart"/>): the last such marker
    /// before it has no comma between them. A comma closes a fronted or parenthetical clause and the main clause goes on
    /// after it ("Though the pier is old, the ferry appears safe", "The ferry, which sails at dawn, appears late").
    /// </summary>
    private bool InOpenSubordinateClause(int wordIndex, bool fromStart)
    {
        for (var k = wordIndex - 1; k >= (fromStart ? 0 : 1); k--)
        {
            var w = _words[k];
            if (w.Kind == WordKind.Punctuation && _text[w.Span.Start] == ',')
            {
                return false;
            }
            if (w.IsWord && w.Has(WordClass.SubordinateMarker))
            {
                return true;
            }
        }
        return false;
    }
}
