using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A document the sentence opens by naming as its basis: "Based on the results of the survey, most riders …".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>The longest phrase read between the preposition and the comma: a document's name with its "of" phrase.</summary>
    private const int MaxBasisWords = 12;

    /// <summary>
    /// A <c>basis_openers</c> participle and its preposition open the sentence (after at most a coordinating
    /// conjunction), then a phrase of words and numbers holding a document's head, then a comma: the document is the
    /// source of the clause after the comma. Mid-sentence ("a film based on a novel") the phrase tells what a thing was
    /// made from, and without a document ("Based on a true story, …") it cites nothing.
    /// </summary>
    private Attribution? OpeningBasis()
    {
        var first = _words.Count > 0 && _words[0].IsWord && _words[0].Has(WordRole.CoordinatingConjunction) ? 1 : 0;
        if (first + 3 >= _words.Count || !_words[first].IsWord || !_words[first + 1].IsWord
            || !_lexicon.BasisOpeners.TryGetValue(_words[first].Lower, out var prepositions) || !prepositions.Contains(_words[first + 1].Lower))
        {
            return null;
        }
        var comma = BasisComma(first + 2);
        if (comma < 0 || comma + 1 >= _words.Count || InsideQuotation(_words[first].Span.Start))
        {
            return null;
        }
        var span = TextSpan.FromBounds(_words[first + 2].Span.Start, _words[comma - 1].Span.End);
        if (!NamesDocument(span))
        {
            return null;
        }
        var source = new Source(span, _text.Substring(span.Start, span.Length), SourceKind.Document);
        var cue = TextSpan.FromBounds(_words[first].Span.Start, _words[first + 1].Span.End);
        return new Attribution(cue, source, ContentFrom(comma + 1), _words[first].Lower, CueKind.Evidence, LoadedCue: false)
            { Verb = cue, Pattern = AttributionPatterns.AccordingTo };
    }

    /// <summary>The comma that ends the phrase starting at <paramref name="start"/>, if only words, numbers and hyphens come before it; else -1.</summary>
    private int BasisComma(int start)
    {
        for (var k = start; k < _words.Count && k - start <= MaxBasisWords; k++)
        {
            var w = _words[k];
            if (w.IsPunctuation(','))
            {
                return k > start ? k : -1;
            }
            if (!(w.Kind is WordKind.Word or WordKind.Number || w.Text is "-" or "–" or "'" or "’"))
            {
                return -1;
            }
        }
        return -1;
    }
}
