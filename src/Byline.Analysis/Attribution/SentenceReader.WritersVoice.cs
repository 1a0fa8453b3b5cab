using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>Where the writer speaks again, so that no source is carried over to the sentence or past it.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A figure the writer states ("The pier cost $2 million to build."): a number, outside any quotation, in no first
    /// person and with no modal verb (a source's forecast, "will cost", goes on in the source's voice). Reporters state
    /// the figures they have checked themselves; a source's figures come with its cue or inside its quotation.
    /// </summary>
    private bool StatesWritersFigure(ImmutableArray<Attribution> attributions)
    {
        // A quotation mark anywhere in the sentence (the reader's word pass found the first) puts it in a source's voice.
        if (!attributions.IsEmpty || (_classes & WordClass.FirstPerson) != 0 || _firstQuote < _words.Count || OverlapsQuotation())
        {
            return false;
        }
        var figure = false;
        foreach (var w in _words)
        {
            figure |= w.Kind == WordKind.Number && !IsYear(w.Text);
        }
        // The modal verbs are looked up only in the few sentences with a figure.
        return figure && !HasModalVerb();
    }

    private bool HasModalVerb()
    {
        foreach (var w in _words)
        {
            if (w.Kind == WordKind.Word && w.Has(WordRole.ModalVerb))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A year dates the sentence ("in 2009"); it states no quantity.</summary>
    private static bool IsYear(string number) =>
        number.Length == 4 && (number.StartsWith("1", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal))
        && !number.AsSpan().ContainsAnyExceptInRange('0', '9'); // not string.All: its enumerator is an object per number

    private bool OverlapsQuotation()
    {
        if (_quotations.IsDefaultOrEmpty)
        {
            return false;
        }
        foreach (var quotation in _quotations)
        {
            if (quotation.Span.OverlapsWith(_span))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"(The figures are the newspaper's own count.)": a sentence wholly in brackets is the writer's aside.</summary>
    private static bool IsParenthetical(ReadOnlySpan<char> sentence)
    {
        var inner = sentence.TrimEnd('.');
        return inner.Length > 2 && (inner[0] == '(' && inner[^1] == ')' || inner[0] == '[' && inner[^1] == ']');
    }

    private bool StartsWithVoiceChange()
    {
        if (_words.Count == 0 || !_words[0].Has(WordClass.VoiceChangeFirst))
        {
            return false;
        }
        foreach (var phrase in _lexicon.VoiceChanges)
        {
            if (phrase.Length > _words.Count)
            {
                continue;
            }
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++)
            {
                match = _words[k].Lower == phrase[k];
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }
}
