using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// A viewpoint adverbial: "in the mayor's view", "in the words of the mayor", "by her own account". The phrase names whose
/// view its clause gives; the words are data (<c>viewpoint_nouns</c>, <c>viewpoint_holders</c>).
/// </summary>
internal sealed partial class SentenceReader
{
    /// <summary>The first viewpoint adverbial of the sentence outside quotations, or null.</summary>
    private Attribution? ViewpointAttribution()
    {
        if ((OpeningViewpoint() ?? OpeningBasis()) is { } opening)
        {
            return opening;
        }
        if ((_roles & WordRole.ViewpointNoun) == 0)
        {
            return null; // the common case: no viewpoint noun anywhere in the sentence
        }
        for (var k = 2; k < _words.Count; k++)
        {
            if (_words[k].IsWord && _words[k].Has(WordRole.ViewpointNoun) && !InsideQuotation(_words[k].Span.Start)
                && (PossessedViewpoint(k) ?? HeldViewpoint(k)) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>
    /// "in the mayor's view", "in her words", "by his own account": a preposition the noun at <paramref name="noun"/> reads
    /// after, a possessor and at most one adjective. The possessor is the source.
    /// </summary>
    private Attribution? PossessedViewpoint(int noun)
    {
        var possessor = noun - 1;
        if (possessor > 1 && TagOf(possessor) is { Upos: Language.UniversalPos.ADJ })
        {
            possessor--; // "by his own account"
        }
        var w = _words[possessor];
        var namePossessive = w.IsWord && w.Lower.Length > 2 && w.Lower[^2] is '\'' or '’';
        if (!w.IsWord || !namePossessive && !_lexicon.ListedClasses.GetValueOrDefault(w.Lower).HasFlag(WordClass.Possessor))
        {
            return null;
        }
        var first = !namePossessive ? possessor : w.IsCapitalized ? NameStartBefore(possessor) : ArticleBefore(possessor);
        var preposition = first - 1;
        if (first < 0 || !IsViewpointPreposition(preposition, noun) || !IsSetOff(preposition, noun))
        {
            return null;
        }
        var span = TextSpan.FromBounds(_words[first].Span.Start, w.Span.End);
        var kind = !namePossessive ? SourceKind.Pronoun : w.IsCapitalized ? SourceKind.Named : SourceKind.Described;
        var source = new Source(span, _text.Substring(span.Start, span.Length), kind);
        return ViewpointOf(preposition, noun, noun, source);
    }

    /// <summary>"in the words of the mayor": the preposition, an article, the noun, a holder word and the party it names.</summary>
    private Attribution? HeldViewpoint(int noun)
    {
        if (!_words[noun - 1].Has(WordClass.Article) || !IsViewpointPreposition(noun - 2, noun) || noun + 2 >= _words.Count
            || !_lexicon.ViewpointHolders.Contains(_words[noun + 1].Lower) || _phrases.Forward(noun + 2, allowAppositive: false) is not { } holder)
        {
            return null;
        }
        var source = MakeSource(holder.First, holder.Last);
        return IsParty(source) && IsSetOff(noun - 2, holder.Last) ? ViewpointOf(noun - 2, noun + 1, holder.Last, source) : null;
    }

    /// <summary>
    /// "To the harbour master, the toll is theft", "But to many, the pier is a relic": a preposition of
    /// <c>viewpoint_prepositions</c> opening the sentence (after at most a coordinating conjunction), a party and a comma.
    /// The party is a name, a pronoun, a vague group or a noun of a person's role; "To date," "To this end," name none.
    /// </summary>
    private Attribution? OpeningViewpoint()
    {
        var first = _words.Count > 0 && _words[0].IsWord && _words[0].Has(WordRole.CoordinatingConjunction) ? 1 : 0;
        if (first + 3 >= _words.Count || !_words[first].IsWord || !_words[first].Has(WordRole.ViewpointPreposition)
            || InsideQuotation(_words[first].Span.Start) || !_words[first + 1].IsWord)
        {
            return null;
        }
        // One word before the comma ("to them,", "to many,") is the holder whatever the phrase reader makes of it.
        var holder = _words[first + 2].IsPunctuation(',') ? (First: first + 1, Last: first + 1) : _phrases.Forward(first + 1, allowAppositive: false);
        if (holder is not { } found || found.Last + 2 >= _words.Count || !_words[found.Last + 1].IsPunctuation(','))
        {
            return null;
        }
        var source = MakeSource(found.First, found.Last);
        var head = _words[found.Last];
        if (found.First == found.Last && head.Has(WordRole.ObjectPronoun))
        {
            source = source with { Kind = SourceKind.Pronoun }; // "to them," "to her,"
        }
        var party = source.Kind switch
        {
            SourceKind.Named or SourceKind.Vague or SourceKind.Anonymous => true,
            SourceKind.Pronoun => IsParty(source), // not "To that,"
            SourceKind.Described => head.Has(WordClass.RoleNoun | WordClass.VagueSubject), // not "To this end,"
            _ => false,
        };
        return party ? ViewpointOf(first, first, found.Last, source) : null;
    }

    /// <summary>The article that opens a common noun's possessive ("the harbour master's") within three words before it, or -1.</summary>
    private int ArticleBefore(int possessive)
    {
        for (var k = possessive - 1; k >= 0 && possessive - k <= 3 && _words[k].IsWord; k--)
        {
            if (_words[k].Has(WordClass.Article))
            {
                return k;
            }
        }
        return -1;
    }

    private bool IsViewpointPreposition(int k, int noun) =>
        k >= 0 && _words[k].IsWord && _lexicon.ViewpointNouns.TryGetValue(_words[noun].Lower, out var prepositions) && prepositions.Contains(_words[k].Lower);

    /// <summary>The phrase from <paramref name="first"/> to <paramref name="last"/> opens the sentence, or punctuation stands right before or after it.</summary>
    private bool IsSetOff(int first, int last) =>
        first == 0 || !_words[first - 1].IsWord || last + 1 >= _words.Count || _words[last + 1].Kind == WordKind.Punctuation;

    /// <summary>
    /// The attribution of a viewpoint phrase from <paramref name="first"/> to <paramref name="cueLast"/> (the cue) whose
    /// words end at <paramref name="last"/>: what the sentence says outside the phrase is the content.
    /// </summary>
    private Attribution ViewpointOf(int first, int cueLast, int last, Source source)
    {
        var cue = TextSpan.FromBounds(_words[first].Span.Start, _words[cueLast].Span.End);
        var after = last + 1;
        while (after < _words.Count && _words[after].IsPunctuation(','))
        {
            after++;
        }
        var content = first == 0 ? ContentFrom(after) : after >= _words.Count ? ContentBefore(first)
            : TextSpan.FromBounds(ContentBefore(first).Start, ContentFrom(after).End);
        return new Attribution(cue, source, content, _words[cueLast].Lower, CueKind.Cognition, LoadedCue: false)
            { Verb = cue, Pattern = AttributionPatterns.Viewpoint };
    }
}
