using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A possessor's noun of saying or thinking whose content a copula or a colon states: "Lee's response was that …".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Ana Ruiz's response was that the pier is safe", "His message has long been that …", "Their argument: the ferry
    /// must stay free": possessor <paramref name="i"/> (a name's possessive or a personal possessive), at most two
    /// modifiers, a noun of a message or a thought (<c>content_nouns</c>) the tagger reads as a noun, then
    /// a form of "be" (past auxiliaries and adverbs) before "that", "whether" or a colon — a specificational copula whose
    /// clause is what the possessor said or thinks — or, with the possessor opening the sentence, a colon right after the
    /// noun (the label form of news copy). "His claims were false" states no content: the sentence stays the writer's.
    /// </summary>
    private Attribution? PossessiveContentNoun(int i)
    {
        var noun = ContentNounAfterPossessor(i);
        if (noun < 0 || InsideQuotation(_words[i].Span.Start) || InsideLink(_words[i].Span.Start))
        {
            return null;
        }
        var opener = StatedContentAfter(noun, opensSentence: OpensSentence(i));
        if (opener < 0 || TagOf(noun) is not { IsNoun: true } || !ModifiersBetween(i, noun) || PossessorSource(i) is not { } source)
        {
            return null;
        }
        var cue = TextSpan.FromBounds(_words[noun].Span.Start, _words[opener - 1].Span.End);
        var content = ContentFrom(_words[opener].IsPunctuation(':') ? opener + 1 : opener);
        var lemma = _lexicon.StanceNouns.GetValueOrDefault(_words[noun].Lower) ?? _words[noun].Lower;
        return new Attribution(cue, source, content, lemma, CueKind.Cognition, LoadedCue: false) { Verb = _words[noun].Span, Pattern = AttributionPatterns.PossessiveNominal };
    }

    /// <summary>The index of a noun of a message or a thought within three words after possessor <paramref name="i"/>, or -1.</summary>
    private int ContentNounAfterPossessor(int i)
    {
        for (var noun = i + 1; noun <= i + 3 && noun < _words.Count && _words[noun].IsWord; noun++)
        {
            if (_lexicon.ContentNouns.Contains(_words[noun].Lower))
            {
                return noun;
            }
        }
        return -1;
    }

    /// <summary>
    /// The word that opens the content stated after <paramref name="noun"/>, or -1: "that", "whether" or a colon after a form
    /// of "be" (at most two auxiliaries or adverbs around it: "has long been", "was simply"), or a colon right after the noun
    /// when its phrase opens the sentence.
    /// </summary>
    private int StatedContentAfter(int noun, bool opensSentence)
    {
        var next = noun + 1;
        if (next + 1 < _words.Count && _words[next].IsPunctuation(':'))
        {
            return opensSentence ? next : -1;
        }
        var be = -1;
        for (var k = next; k < _words.Count && k <= noun + 3 && _words[k].IsWord; k++)
        {
            if (_words[k].Has(WordClass.BeForm))
            {
                be = k;
                break;
            }
            if (!_words[k].Has(WordRole.PerfectAuxiliary) && TagOf(k) is not { Upos: Language.UniversalPos.ADV })
            {
                return -1;
            }
        }
        var opener = be + 1;
        return be > 0 && opener + 1 < _words.Count
            && (_words[opener].IsPunctuation(':') || _words[opener].IsWord && _lexicon.ClauseComplements.Contains(_words[opener].Lower)
                && TagOf(opener) is { Upos: Language.UniversalPos.SCONJ }) ? opener : -1;
    }

    /// <summary>Only quotation marks or an opening conjunction come before word <paramref name="i"/> in the sentence.</summary>
    private bool OpensSentence(int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (_words[k].Kind != WordKind.Quote && !(_words[k].IsWord && _words[k].Has(WordRole.CoordinatingConjunction)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The party possessor <paramref name="i"/> names: a capitalised name's possessive with the name before it ("Mayor Ann
    /// Lee's") or a personal possessive ("his", "their"); null for "its" or a common noun's possessive ("the bill's").
    /// </summary>
    private Source? PossessorSource(int i)
    {
        var w = _words[i];
        var namePossessive = w.Lower.Length > 2 && w.Lower[^2] is '\'' or '’';
        if (namePossessive ? !w.IsCapitalized : !_lexicon.ListedClasses.GetValueOrDefault(w.Lower).HasFlag(WordClass.Possessor))
        {
            return null;
        }
        var first = namePossessive ? NameStartBefore(i) : i;
        var span = TextSpan.FromBounds(_words[first].Span.Start, w.Span.End);
        return new Source(span, _text.Substring(span.Start, span.Length), namePossessive ? SourceKind.Named : SourceKind.Pronoun);
    }
}
