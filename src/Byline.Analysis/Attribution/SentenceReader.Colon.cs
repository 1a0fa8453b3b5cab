namespace Byline.Analysis.Attribution;

/// <summary>A colon after a speaker ("Senator Mia Holt: …") and the speech after it.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Joe Scarborough: Donald Trump playing dumb about the KKK is 'disqualifying'": a named speaker, a
    /// colon, and what they said — the headline and social-media form of attribution.
    /// </summary>
    private Attribution? ColonAttribution()
    {
        var colon = -1;
        for (var k = 1; k < Math.Min(_words.Count, 16); k++)
        {
            if (_words[k].IsPunctuation(':'))
            {
                colon = k;
                break;
            }
        }
        if (colon < 0 || colon + 1 >= _words.Count || _phrases.Forward(0, allowAppositive: false) is not { } np)
        {
            return null;
        }
        if (np.Last != colon - 1 && !DescribedSpeaker(np.Last, colon))
        {
            return null;
        }
        var source = MakeSource(np.First, colon - 1);
        if (!NamesSpeaker(np.First, np.Last, colon, source.Kind))
        {
            return null;
        }
        var cue = _words[colon].Span;
        return new Attribution(cue, source, ContentFrom(colon + 1), ":", CueKind.Speech, LoadedCue: false) { Verb = cue, Pattern = AttributionPatterns.ColonOpener };
    }

    /// <summary>
    /// "Mayor Lee, head of the city council: “…”": a name, a comma and a description without a verb up to the colon,
    /// when a quotation follows it.
    /// </summary>
    private bool DescribedSpeaker(int nameLast, int colon)
    {
        if (!_words[nameLast + 1].IsPunctuation(',') || colon - nameLast > 12 || !SpeechFollows(colon, quotationOnly: true))
        {
            return false;
        }
        for (var k = nameLast + 2; k < colon; k++)
        {
            var w = _words[k];
            if (w.IsWord && !w.IsCapitalized && (w.Has(WordClass.Verb | WordClass.Pronoun | WordClass.Auxiliary)) || w.Kind == WordKind.Quote || w.IsPunctuation('.'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The words before the colon name a speaker: a name of two capitalised words or an outlet ("Senator Kim:",
    /// "Reuters:"), a single name that is no label ("Obama:", not "Update:"), or a transcript's speaker label in
    /// capitals ("KIM:"); not a phrase opened by an article ("The Latest:").
    /// </summary>
    private bool NamesSpeaker(int first, int last, int colon, SourceKind kind)
    {
        if (kind == SourceKind.Outlet)
        {
            return true;
        }
        if (kind != SourceKind.Named || _words[first].Has(WordClass.Determiner | WordClass.HeadlineLabel))
        {
            return false;
        }
        var capitalised = 0;
        for (var k = first; k <= last; k++)
        {
            capitalised += _words[k].IsCapitalized ? 1 : 0;
        }
        if (capitalised < 2 && !IsNameLike(first, last))
        {
            return false; // "Officials:", "Update:"
        }
        var allCaps = _words[first].Text.All(c => !char.IsLower(c));
        return allCaps ? last - first < 3 && colon == last + 1 : capitalised >= 2 || last == first;
    }

    /// <summary>
    /// After "Obama:" a single name could be a label ("Update:", "Result:"); what follows shows it is speech when it
    /// is a quotation or in the first person ("Obama: I'm Optimistic Americans Will Say No").
    /// </summary>
    private bool SpeechFollows(int colon, bool quotationOnly = false)
    {
        for (var k = colon + 1; k < _words.Count && k <= colon + 6; k++)
        {
            if (_words[k].Kind == WordKind.Quote || !quotationOnly && _words[k].IsWord && _words[k].Has(WordClass.FirstPerson))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Obama:" names someone; "Reports:", "Sources:" and "Update:" are labels or nameless sources.</summary>
    private bool IsNameLike(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var w = _words[k];
            if (w.IsWord && w.Has(WordClass.HeadlineLabel | WordClass.RoleNoun | WordClass.VagueSubject | WordClass.AnonymousHead))
            {
                return false;
            }
        }
        return true;
    }
}
