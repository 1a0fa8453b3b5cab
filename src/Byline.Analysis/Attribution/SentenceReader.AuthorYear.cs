using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// An author-year citation in brackets inside or at the end of the sentence ("… forests (Berg et al. 2015).", <see
/// cref="AuthorYearCitations"/>): the cited document is the sentence's source, as a reference mark's is.
/// </summary>
internal sealed partial class SentenceReader
{
    /// <summary>The citation of a sentence nothing else attributes, by an author-year bracket in it.</summary>
    private Attribution? AuthorYearCitation(ImmutableArray<Attribution>.Builder found)
    {
        var sentence = _text.AsSpan(_span.Start, _span.Length);
        if (sentence.IndexOf('(') < 0 || AnyAttributes(found))
        {
            return null; // most sentences hold no bracket: the scan is skipped
        }
        if (AuthorYearCitations.First(sentence, _lexicon.Citations) is not var (start, length))
        {
            return null;
        }
        var span = new TextSpan(_span.Start + start, length);
        var source = new Source(span, _text.Substring(span.Start, span.Length), SourceKind.Document);
        var content = start > 0 ? TextSpan.FromBounds(_span.Start, span.Start) : TextSpan.FromBounds(span.End, _span.End);
        return new Attribution(span, source, content, source.Text, CueKind.Evidence, LoadedCue: false) { Pattern = AttributionPatterns.AuthorYear };
    }

    private static bool AnyAttributes(ImmutableArray<Attribution>.Builder found)
    {
        foreach (var attribution in found)
        {
            if (attribution.Attributes)
            {
                return true;
            }
        }
        return false;
    }
}
