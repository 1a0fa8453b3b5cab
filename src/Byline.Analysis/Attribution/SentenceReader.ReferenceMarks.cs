using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// A citation mark that ends the sentence ("[5]", Wikipedia and academic style, <see cref="Syntax.ReferenceMarks"/>): the
/// cited document is the sentence's source, shown in the hover like a named document. A mark set after the full stop
/// and a space opens the next sentence as the splitter cuts it, and still cites this one.
/// </summary>
internal sealed partial class SentenceReader
{
    /// <summary>The citation of a sentence nothing else attributes, by the mark at its end or at the next sentence's start.</summary>
    private Attribution? ReferenceMarkCitation(ImmutableArray<Attribution>.Builder found)
    {
        if (AnyAttributes(found))
        {
            return null; // a reading that names its source already covers the sentence
        }
        var mark = OwnCitationMark() ?? NextSentenceCitationMark();
        if (mark is not { } span)
        {
            return null;
        }
        var source = new Source(span, _text.Substring(span.Start, span.Length), SourceKind.Document);
        var content = TextSpan.FromBounds(_span.Start, Math.Max(_span.Start, Math.Min(span.Start, _span.End)));
        return new Attribution(span, source, content, source.Text, CueKind.Evidence, LoadedCue: false) { Pattern = AttributionPatterns.ReferenceMark };
    }

    /// <summary>The run of citation marks that ends this sentence, before or after its closing punctuation.</summary>
    private TextSpan? OwnCitationMark()
    {
        var sentence = _text.AsSpan(_span.Start, _span.Length);
        var start = Syntax.ReferenceMarks.CitationAtEnd(sentence);
        if (start <= 0)
        {
            return null; // a sentence that is only a mark cites nothing of its own
        }
        var end = sentence.TrimEnd().Length;
        while (end > start && sentence[end - 1] != ']')
        {
            end--; // the closing punctuation after "[5]." is the sentence's, not the mark's
        }
        return new TextSpan(_span.Start + start, end - start);
    }

    /// <summary>The run of citation marks that opens the next sentence of the block: it belongs to this one.</summary>
    private TextSpan? NextSentenceCitationMark()
    {
        if (_sentence + 1 >= _node.Sentences.Length)
        {
            return null;
        }
        var next = _node.Sentences[_sentence + 1].Span;
        var length = Syntax.ReferenceMarks.CitationAtStart(_text.AsSpan(next.Start, next.Length));
        return length > 0 ? new TextSpan(next.Start, length) : null;
    }
}
