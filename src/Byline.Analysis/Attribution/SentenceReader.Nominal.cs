using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A party's stance named by a noun: "his support for the plan", "the mayor's criticism of the toll".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// Word <paramref name="i"/> is a possessor ("his", "Lee's") and the next word a stance noun of the lexicon that the
    /// tagger reads as a noun: the possessor is the party, what follows the noun is the content. A name before the
    /// possessive joins it ("Mayor Ann Lee's"); "its" and a common noun's possessive ("the bill's") name no party. A
    /// phrase that opens the sentence is its subject ("His claims were false"): the sentence is then the writer's.
    /// </summary>
    private Attribution? PossessiveNominal(int i)
    {
        var noun = i + 1;
        if (noun >= _words.Count || !_words[noun].IsWord || !_lexicon.StanceNouns.TryGetValue(_words[noun].Lower, out var lemma)
            || InsideQuotation(_words[i].Span.Start) || InsideLink(_words[i].Span.Start))
        {
            return null;
        }
        var w = _words[i];
        var first = i;
        var kind = SourceKind.Pronoun;
        var namePossessive = w.Lower.Length > 2 && w.Lower[^2] is '\'' or '’';
        if (namePossessive ? !w.IsCapitalized : !_lexicon.ListedClasses.GetValueOrDefault(w.Lower).HasFlag(WordClass.Possessor))
        {
            return null; // "the bill's support": a common noun's possessive; "its support"
        }
        if (namePossessive)
        {
            while (first > 0 && _words[first - 1].IsWord && _words[first - 1].IsCapitalized)
            {
                first--;
            }
            kind = SourceKind.Named;
        }
        if (first == 0)
        {
            return null; // "His claims were false": the phrase is the subject, and what is said of it is the writer's claim
        }
        if (TagOf(noun) is not { IsNoun: true })
        {
            return null;
        }
        var span = TextSpan.FromBounds(_words[first].Span.Start, w.Span.End);
        var source = new Source(span, _text.Substring(span.Start, span.Length), kind);
        var cue = _words[noun].Span;
        return new Attribution(cue, source, ContentFrom(noun + 1), lemma, CueKind.Cognition, LoadedCue: false) { Verb = cue, Pattern = AttributionPatterns.PossessiveNominal };
    }
}
