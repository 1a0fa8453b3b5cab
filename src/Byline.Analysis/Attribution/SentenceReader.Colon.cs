using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A colon after a speaker ("Senator Mia Holt: …") and the speech after it.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Ana Ruiz: the mayor's silence on the budget is 'a disgrace'": a named speaker, a
    /// colon, and what they said — the headline and social-media form of attribution.
    /// </summary>
    private Attribution? ColonAttribution()
    {
        if (_firstColon >= _words.Count)
        {
            return null; // no colon in the sentence: the common case, known from the reader's word pass
        }
        var start = 0;
        while (start < _words.Count && (_words[start].Kind == WordKind.Quote || _words[start].Text is "(" or "["))
        {
            start++; // a transcript's speaker label inside a quotation: "“KIM: We will …"
        }
        // A speaker's colon comes early; one after a headline-style label set off by a dash may come later.
        var colon = -1;
        for (var k = start + 1; k < Math.Min(_words.Count, start + 30); k++)
        {
            if (_words[k].IsPunctuation(':'))
            {
                colon = k;
                break;
            }
        }
        if (colon < 0 || colon + 1 >= _words.Count || IsAnswerLabel(start, colon))
        {
            return null;
        }
        // A label in capitals opening the sentence is a transcript's, set apart from prose: what follows is the turn,
        // however short ("KIM: Not at all."), where a headline's "Ruiz: 1,204." is a tally. A headline in capitals before
        // a title-cased one ("PIER WOES: Harbour Board Blames Storms") is no turn, and speaks only as any colon opener does.
        // An interviewer's "Q:" is read as the interview's layout reads it, not as a turn.
        var turn = IsCapitalsLabel(start, colon) && !IsTitleCased(colon) && !_lexicon.Interview.InterviewerLabels.Contains(_words[start].Lower);
        var role = turn ? RoleLabel(start, colon) : null;
        var source = role ?? (colon - start < 16 ? ColonSpeaker(start, colon) : null)
            ?? (SpeechFollows(colon, quotationOnly: true) ? QuotedSpeaker(start, colon) : null)
            ?? (turn ? TitledLabel(start, colon) : null);
        turn &= source?.Span.Start == _words[start].Span.Start;
        if (source is null || source.Kind != SourceKind.Document && !turn && !SaysSomething(colon))
        {
            return null;
        }
        var cue = _words[colon].Span;
        var pattern = role is not null || source.Kind == SourceKind.Named && IsBareName(start, colon) ? AttributionPatterns.SpeakerLabel : AttributionPatterns.ColonOpener;
        return new Attribution(cue, source, ContentFrom(colon + 1), ":", CueKind.Speech, LoadedCue: false) { Verb = cue, Pattern = pattern };
    }

    /// <summary>
    /// The only word before the colon is an answer's label ("A:", "**Answer:**"): a question-and-answer layout marks the
    /// interviewee's turn with it, and that layout, not the label, names who answers.
    /// </summary>
    private bool IsAnswerLabel(int start, int colon)
    {
        var word = -1;
        for (var k = start; k < colon; k++)
        {
            if (_words[k].IsWord)
            {
                if (word >= 0) return false;
                word = k;
            }
        }
        return word >= 0 && _lexicon.Interview.IntervieweeLabels.Contains(_words[word].Lower);
    }

    /// <summary>The words from <paramref name="start"/> to the colon, at most four, have no lower-case letter ("KIM:", "MR. LEE:").</summary>
    private bool IsCapitalsLabel(int start, int colon)
    {
        if (colon - start > 8)
        {
            return false;
        }
        var words = 0;
        for (var k = start; k < colon; k++)
        {
            if (_words[k].IsWord && (++words > 4 || !IsInCapitals(_words[k].Text)))
            {
                return false;
            }
        }
        return words > 0;
    }

    /// <summary>Three words or more after the colon, nearly all capitalised: a headline's title case, not a turn's sentence.</summary>
    private bool IsTitleCased(int colon)
    {
        int words = 0, lower = 0;
        for (var k = colon + 1; k < _words.Count; k++)
        {
            if (_words[k].IsWord)
            {
                words++;
                lower += _words[k].IsCapitalized ? 0 : 1;
            }
        }
        return words >= 3 && lower * 4 <= words;
    }

    private static bool IsInCapitals(string word)
    {
        var upper = false;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            upper |= char.IsUpper(c);
        }
        return upper;
    }

    /// <summary>
    /// A transcript's label in capitals that the phrase reader does not take for a name, a title before it ("MR. RUIZ:",
    /// "SEN. ANA OKAFOR:"): a named speaker, unless a word of it is a headline's label, a determiner or a preposition.
    /// </summary>
    private Source? TitledLabel(int start, int colon)
    {
        for (var k = start; k < colon; k++)
        {
            if (_words[k].IsWord && _words[k].Has(WordClass.Determiner | WordClass.HeadlineLabel | WordClass.Preposition | WordClass.Pronoun))
            {
                return null;
            }
        }
        var span = TextSpan.FromBounds(_words[start].Span.Start, _words[colon - 1].Span.End);
        return new Source(span, _text[span.Start..span.End], SourceKind.Named);
    }

    /// <summary>
    /// A transcript's label naming a role, in capitals and perhaps after "the" ("THE COURT:", "JUDGE:";
    /// <c>transcript_speaker_roles</c>): the one in that role speaks.
    /// </summary>
    private Source? RoleLabel(int start, int colon)
    {
        var first = start < colon && _words[start].Has(WordClass.Article) ? start + 1 : start;
        if (first + 1 != colon || !_lexicon.TranscriptSpeakerRoles.Contains(_words[first].Lower))
        {
            return null;
        }
        var span = TextSpan.FromBounds(_words[start].Span.Start, _words[colon - 1].Span.End);
        return new Source(span, _text[span.Start..span.End], SourceKind.Described);
    }

    /// <summary>Every word from <paramref name="start"/> to the colon is capitalised: a speaker's label ("KIM:", "Ana Ruiz:").</summary>
    private bool IsBareName(int start, int colon)
    {
        for (var k = start; k < colon; k++)
        {
            if (_words[k].IsWord && !_words[k].IsCapitalized)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "The mayor did not mince words: “The pier is finished.”": a quotation a colon introduces is spoken by the subject of
    /// the clause before the colon (the part of it after the last comma), a party: named, described or a pronoun, not a
    /// document or a vague one. Null when a speech cue of the sentence already speaks, or when the verb is a cue read.
    /// </summary>
    private Attribution? ColonQuotation(ImmutableArray<Attribution>.Builder found)
    {
        var colon = ColonBeforeQuotation();
        if (colon < 1 || HasSpokenSource(found))
        {
            return null;
        }
        var start = ClausePartStart(colon - 1);
        if (OpensDescriptionPart(start) || FirstFiniteVerb(start, colon - 1) is not { } verb
            || HasCueAt(found, _words[verb].Span.Start) || SpeakerOfFiniteVerb(verb, found) is not { } source
            || source.Kind is not (SourceKind.Named or SourceKind.Described or SourceKind.Pronoun) || source.Span.End > _words[verb].Span.Start)
        {
            return null;
        }
        var cue = TextSpan.FromBounds(_words[verb].Span.Start, _words[colon].Span.End);
        return new Attribution(cue, source, ContentFrom(colon + 1), ":", CueKind.Speech, LoadedCue: false) { Verb = _words[verb].Span, Pattern = AttributionPatterns.ColonQuotation };
    }

    // Loops rather than LINQ: this runs for every sentence, and a lambda capturing `verb` made a closure per call (and
    // `Any` an enumerator of the builder per call), whether or not the sentence had a colon.
    private static bool HasSpokenSource(ImmutableArray<Attribution>.Builder found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Source is not null && found[i].CueKind == CueKind.Speech) return true;
        }
        return false;
    }

    private static bool HasCueAt(ImmutableArray<Attribution>.Builder found, int position)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Cue.Contains(position)) return true;
        }
        return false;
    }

    /// <summary>The first colon right before an opening quotation mark, or -1.</summary>
    private int ColonBeforeQuotation()
    {
        // The colon is followed by a quotation mark: a sentence with no colon, or no mark after its first colon, has none.
        for (var k = Math.Max(1, _firstColon); k + 1 < _words.Count && _firstQuote < _words.Count; k++)
        {
            if (_words[k].IsPunctuation(':') && _words[k + 1].Kind == WordKind.Quote)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// The speaker the words from <paramref name="first"/> to the colon name, or null: a named speaker, perhaps with a
    /// description ("Senator Kim, head of the committee:"), an outlet, or a document a headline cites by its head
    /// noun alone ("Poll: …", "Survey: …"; <c>colon_document_labels</c>).
    /// </summary>
    private Source? ColonSpeaker(int first, int colon)
    {
        if (first < 0 || first >= colon || _phrases.Forward(first, allowAppositive: false) is not { } np)
        {
            return null;
        }
        var last = np.Last;
        if (last != colon - 1 && CoordinatedName(last, colon))
        {
            last = colon - 1; // "Ana Ruiz and Tom Lee: “…”": both speak
        }
        else if (last != colon - 1 && !DescribedSpeaker(last, colon))
        {
            return null;
        }
        var source = MakeSource(np.First, colon - 1);
        var citedDocument = np.First == last && colon == last + 1 && _lexicon.ColonDocumentLabels.Contains(_words[np.First].Lower);
        return citedDocument || NamesSpeaker(np.First, last, colon, source.Kind) ? source : null;
    }

    /// <summary>
    /// Before a colon and a quotation, the speaker may follow a label set off by a dash ("TURNOUT ROSE - Ana Ruiz:")
    /// or a word of origin ("From the audit: “…”", "More from Ruiz: “…”"; <c>colon_citation_openers</c>).
    /// </summary>
    private Source? QuotedSpeaker(int start, int colon)
    {
        var afterDash = AfterLastDash(start, colon);
        return ColonSpeaker(afterDash, colon) ?? CitedAfterOpener(start, colon) ?? CitedAfterOpener(afterDash, colon);
    }

    /// <summary>Two names joined by a conjunction up to the colon, before a quotation.</summary>
    private bool CoordinatedName(int nameLast, int colon) =>
        nameLast + 2 < colon && _words[nameLast + 1].IsWord && _words[nameLast + 1].Has(WordRole.CoordinatingConjunction)
        && _words[nameLast + 2].IsCapitalized && _phrases.Forward(nameLast + 2, allowAppositive: false) is { } second
        && second.Last == colon - 1 && SpeechFollows(colon, quotationOnly: true);

    /// <summary>The source after a citation opener of one or two words ("from", "more from") up to the colon, or null.</summary>
    private Source? CitedAfterOpener(int first, int colon)
    {
        if (first < 0 || first + 1 >= colon || !_words[first].IsWord)
        {
            return null;
        }
        var openers = _lexicon.ColonCitationOpeners;
        var from = openers.Contains(_words[first].Lower) ? first + 1
            : _words[first + 1].IsWord && openers.Contains(_words[first].Lower + " " + _words[first + 1].Lower) ? first + 2 : -1;
        if (from < 0 || from >= colon || _phrases.Forward(from, allowAppositive: false) is not { } np || np.Last != colon - 1)
        {
            return null;
        }
        var source = MakeSource(np.First, np.Last);
        return source.Kind is SourceKind.Named or SourceKind.Outlet or SourceKind.Document or SourceKind.Described ? source : null;
    }

    /// <summary>
    /// The word after the last dash that sets a label off before the colon ("TURNOUT ROSE - Ana Ruiz: “…”"), or -1.
    /// </summary>
    private int AfterLastDash(int start, int colon)
    {
        for (var k = colon - 2; k > start; k--)
        {
            if (_words[k].Text is "-" or "–" or "—")
            {
                return k + 1;
            }
        }
        return -1;
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
    /// capitals ("KIM:"); not a phrase opened by an article or a preposition ("The Latest:", "In Brief:").
    /// </summary>
    private bool NamesSpeaker(int first, int last, int colon, SourceKind kind)
    {
        if (kind == SourceKind.Outlet)
        {
            return true;
        }
        if (kind != SourceKind.Named || _words[first].Has(WordClass.Determiner | WordClass.HeadlineLabel | WordClass.Preposition)
            || IsOwnedLabel(first, last))
        {
            return false; // "The Latest:", "Update:", "From Monday:", "Editor's Note:"
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
    /// A label word owned by a possessive before the colon ("Editor's Note:", "Monday's Morning Email:") is a thing, not
    /// a speaker; a label word ending a name is the name's ("Harbour Watch:"), and a document's is cited.
    /// </summary>
    private bool IsOwnedLabel(int first, int last)
    {
        if (last == first || !_words[last].Has(WordClass.HeadlineLabel) || _lexicon.ColonDocumentLabels.Contains(_words[last].Lower))
        {
            return false;
        }
        for (var k = first; k < last; k++)
        {
            if (_words[k].Lower is { Length: > 2 } lower && lower[^1] == 's' && lower[^2] is '\'' or '’')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Speech after a speaker's colon says something: a quotation, the first person, or a verb the tagger reads
    /// ("Ruiz: Pier will reopen"). A figure or a list of names alone is a tally or a roster ("Ruiz: 1,204.",
    /// "Contributing: Ana Ruiz."), not speech. Tagged only once a speaker was read before a colon.
    /// </summary>
    private bool SaysSomething(int colon)
    {
        if (SpeechFollows(colon))
        {
            return true;
        }
        for (var k = colon + 1; k < _words.Count; k++)
        {
            if (_words[k].IsWord && TagOf(k) is { } tag && (tag.HasPart(Language.UniversalPos.VERB) || tag.HasPart(Language.UniversalPos.AUX)))
            {
                return true;
            }
        }
        return false;
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
