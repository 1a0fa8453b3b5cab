using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A named speaker described between commas before the verb ("Ana Ruiz, head of the harbour board, said").</summary>
internal sealed partial class SentenceReader
{
    /// <summary>The most words a speaker's name and its description may span before the verb.</summary>
    private const int MaxDescribedSpeaker = 40;

    /// <summary>The most words of a name before its description.</summary>
    private const int MaxNameWords = 6;

    /// <summary>
    /// News style names a speaker and then says who they are, set off by commas, before the verb: "Ana Ruiz, head of
    /// the harbour board, said", "Tom Lee, a lawyer who once sat on the board, said". A description that is itself
    /// a noun phrase with a relative clause or a second apposition defeats the noun-phrase reader; here the subject
    /// runs from the name that opens the clause to the comma before the verb. The words between hold no quotation
    /// mark, colon or semicolon (a quotation or a second clause would end the subject).
    /// </summary>
    private (int First, int Last)? NamedSpeakerWithDescription(int comma)
    {
        if (comma < 3 || !_words[comma].IsPunctuation(','))
        {
            return null;
        }
        var first = ClauseStart(comma);
        if (first < 0 || !_words[first].IsCapitalized || _words[first].Has(WordClass.ClauseBoundary | WordClass.Preposition | WordClass.Pronoun))
        {
            return NameBeforeDescription(comma);
        }
        var nameEnd = first;
        while (nameEnd + 1 < comma && (_words[nameEnd + 1].IsCapitalized || _words[nameEnd + 1].Text is "." or "-") && nameEnd - first < MaxNameWords)
        {
            nameEnd++;
        }
        if (nameEnd + 1 >= comma || !_words[nameEnd + 1].IsPunctuation(',') || nameEnd + 2 >= comma)
        {
            return null;
        }
        for (var k = nameEnd + 2; k < comma; k++)
        {
            if (_words[k].Kind == WordKind.Quote || _words[k].Text is ":" or ";" or "(")
            {
                return null;
            }
        }
        return (first, comma - 1);
    }

    /// <summary>
    /// "In a speech to the crew on the quay at dawn, Ana Ruiz, the harbour master, said": where the clause's start is not
    /// found, the name is the run of capitalised words right before the comma that opens the description, standing where
    /// a subject starts (<see cref="OpensSubjectPosition"/>). The description holds no quotation mark, colon, semicolon,
    /// bracket or comma of its own, and no finite verb outside a relative clause ("Ana Ruiz, the plan will fail, said").
    /// </summary>
    private (int First, int Last)? NameBeforeDescription(int comma)
    {
        var opening = comma - 1;
        while (opening > 0 && comma - opening <= MaxDescribedSpeaker && !_words[opening].IsPunctuation(','))
        {
            var w = _words[opening];
            if (w.Kind == WordKind.Quote || w.Text is ":" or ";" or "(" or ")" || w.IsWord && w.Has(WordClass.RelativePronoun))
            {
                return null;
            }
            opening--;
        }
        if (opening < 1 || opening + 1 >= comma || !_words[opening].IsPunctuation(',') || HasFiniteVerbTag(opening + 1, comma - 1))
        {
            return null;
        }
        var first = opening - 1;
        while (first > 0 && opening - first < MaxNameWords && (_words[first - 1].IsCapitalized || _words[first - 1].Text is "." or "-"))
        {
            first--;
        }
        var opener = _words[first];
        return opener.IsWord && opener.IsCapitalized && _words[opening - 1].IsCapitalized && !opener.Has(WordClass.ClauseBoundary | WordClass.Preposition | WordClass.Pronoun)
            && OpensSubjectPosition(first, comma) ? (first, comma - 1) : null;
    }

    /// <summary>A word the tagger reads as a finite verb between <paramref name="first"/> and <paramref name="last"/>.</summary>
    private bool HasFiniteVerbTag(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (_words[k].IsWord && TagOf(k) is { IsFiniteVerb: true })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The first word of the clause that ends at <paramref name="end"/>: the sentence's first word after quotation
    /// marks and a conjunction ("But Tom Lee, …") or a subordinator that is no preposition ("When the harbour master,
    /// Ana Ruiz, said …": the subordinate clause's subject follows it), or the word after an introductory phrase ("On
    /// Tuesday, Tom Lee, …"). A quotation closed with a comma before it is what the clause reports ("“The pier stays
    /// shut,” Ana Ruiz, the harbour master, told reporters"), so the clause starts after it.
    /// -1 when the clause is longer than a described speaker can be.
    /// </summary>
    private int ClauseStart(int end)
    {
        var start = AfterClosingQuotation(end);
        while (start < end && _words[start].Kind is WordKind.Quote or WordKind.Punctuation)
        {
            start++;
        }
        if (start < end && _words[start].IsWord && _words[start].Has(WordRole.CoordinatingConjunction))
        {
            start++;
        }
        if (start < end && _words[start].IsWord && _words[start].Has(WordClass.SubordinateMarker)
            && !_words[start].Has(WordClass.Preposition | WordClass.RelativePronoun | WordClass.Determiner))
        {
            start++;
        }
        var introComma = -1;
        for (var k = start; k < end && k - start < 8; k++)
        {
            if (_words[k].IsPunctuation(','))
            {
                introComma = k;
                break;
            }
        }
        var opener = _words[start];
        if (introComma > 0 && introComma + 1 < end && opener.IsWord
            && (opener.Has(WordClass.Preposition) || _lexicon.IntroductoryOpeners.Contains(opener.Lower) || opener.Lower.EndsWith("ly", StringComparison.Ordinal)))
        {
            start = introComma + 1; // "On Tuesday, Tom Lee, …"
        }
        return end - start <= MaxDescribedSpeaker ? start : -1;
    }

    /// <summary>
    /// The word after a quotation that opens the sentence and closes with a comma (",”" or "”,") before
    /// <paramref name="end"/>, else 0: the clause that follows reports it. A quoted title inside a description ("Lee, the
    /// author of “Tides,” said") does not open the sentence.
    /// </summary>
    private int AfterClosingQuotation(int end)
    {
        if (_words.Count == 0 || _words[0].Kind != WordKind.Quote)
        {
            return 0;
        }
        var opened = 1;
        while (opened < end && _words[opened].Kind == WordKind.Quote)
        {
            opened++; // a mark written as two ("''")
        }
        for (var k = opened; k < end; k++)
        {
            if (_words[k].Kind == WordKind.Quote)
            {
                return _words[k - 1].IsPunctuation(',') ? k + 1 : _words[k + 1].IsPunctuation(',') ? k + 2 : 0;
            }
        }
        return 0;
    }
}

/// <summary>A document described after its head noun before an evidence verb ("a poll of voters conducted by the paper showed").</summary>
internal sealed partial class SentenceReader
{
    /// <summary>The most words between a document's head noun and the verb.</summary>
    private const int MaxDocumentModifiers = 12;

    /// <summary>
    /// "FEC records compiled by the center show", "A poll of the state released on Tuesday showed", "a new survey from
    /// the university found": a document's head noun followed by what describes it — prepositional phrases and past
    /// participles, no clause of its own — is the subject of a verb of evidence. The noun-phrase reader stops at the
    /// participle or the preposition's object; here the subject runs from the document's determiner to the verb.
    /// </summary>
    private (int First, int Last)? DescribedDocument(CueVerb verb, int subjectEnd)
    {
        if (verb.Kind != CueKind.Evidence || subjectEnd < 1 || !_words[subjectEnd].IsWord && _words[subjectEnd].Kind != WordKind.Number)
        {
            return null;
        }
        for (var k = subjectEnd - 1; k >= 0 && subjectEnd - k <= MaxDocumentModifiers; k--)
        {
            var w = _words[k];
            if (w.IsWord && w.Has(WordClass.DocumentHead) && (!w.IsCapitalized || k == 0))
            {
                return _words[k + 1].IsWord && _words[k + 1].Has(WordClass.Preposition | WordClass.AgentMarker) || IsParticiple(_words[k + 1])
                    ? (_phrases.Backward(k)?.First ?? k, subjectEnd)
                    : null;
            }
            if (!DescribesDocument(w))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>A word that may stand in a document's description: no clause boundary other than a preposition, no finite verb.</summary>
    private static bool DescribesDocument(Word w)
    {
        if (w.Kind == WordKind.Number || w.Text is "-" or "/" or "." or "'s" or "’s")
        {
            return true;
        }
        if (!w.IsWord || w.Has(WordClass.BeForm | WordClass.Auxiliary | WordClass.RelativePronoun | WordClass.SubordinateMarker))
        {
            return false;
        }
        if (w.Has(WordClass.ClauseBoundary) && !w.Has(WordClass.Preposition | WordClass.AgentMarker))
        {
            return false;
        }
        return !w.Has(WordClass.Verb) || IsParticiple(w);
    }

    private static bool IsParticiple(Word w) => w.IsWord && !w.IsCapitalized && w.Lower.EndsWith("ed", StringComparison.Ordinal);
}

/// <summary>A subject described between commas that the noun-phrase reader gives up on.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "Tom Lee of Maine, an ally of the board, said …", "Another former mayor, Ana Ruiz (D), also said …", "The
    /// board's chair, Ana Ruiz, who ran the harbour for a decade, said …": from the clause's start to the comma before
    /// the verb, a subject described between commas (inner prepositions, parentheses, quoted names, a relative clause)
    /// that the noun-phrase reader gives up on. It opens with a capital, a determiner or a number and holds a comma and
    /// no finite verb outside a relative clause, so a clause before the verb ("The plan will fail, said the mayor")
    /// stays content of an inverted report.
    /// </summary>
    private (int First, int Last)? DescribedSubjectFromStart(int comma)
    {
        if (comma < 3 || !_words[comma].IsPunctuation(',') || ClauseStart(comma) is not (>= 0 and var first) || comma - first < 3)
        {
            return null;
        }
        var opener = _words[first];
        if (!(opener.IsWord && (opener.IsCapitalized || opener.Has(WordClass.Determiner)) || opener.Kind == WordKind.Number)
            || opener.Has(WordClass.Pronoun | WordClass.ClauseBoundary))
        {
            return null;
        }
        var innerComma = false;
        for (var k = first; k < comma; k++)
        {
            var w = _words[k];
            if (w.IsWord && w.Has(WordClass.RelativePronoun))
            {
                break; // a relative clause describes the subject; its verbs are its own
            }
            if (w.Kind == WordKind.Punctuation && w.Text is ";" or ":" || w.IsWord && TagOf(k) is { IsFiniteVerb: true })
            {
                return null;
            }
            innerComma |= w.IsPunctuation(',');
        }
        return innerComma ? (first, comma - 1) : null;
    }
}

/// <summary>A speaker named after the verb, described to the sentence's end ("…,” said Ana Ruiz, a pilot who has sailed the harbour for years.").</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "“…,” said Ana Ruiz, a pilot at the harbour who has sailed it for a decade.": PolNeAR's guidelines keep the words
    /// that say who a source is (appositions, their prepositional phrases and relative clauses) in the source. The phrase
    /// reader stops at the first preposition or clause; a speaker after the verb runs on to the sentence's end, and
    /// stops before what is no description of it (<see cref="EndsSpeakerDescription"/>).
    /// </summary>
    private (int First, int Last) InvertedSpeakerExtent((int First, int Last) speaker)
    {
        if (speaker.First == speaker.Last && _words[speaker.First].Has(WordClass.Pronoun))
        {
            return speaker;
        }
        var last = speaker.Last;
        for (var k = speaker.Last + 1; k < _words.Count; k++)
        {
            if (EndsSpeakerDescription(k))
            {
                break;
            }
            if (_words[k].IsWord || _words[k].Kind == WordKind.Number || _words[k].Text == ")")
            {
                last = k;
            }
        }
        return (speaker.First, last);
    }

    /// <summary>
    /// A quotation mark, a dash, a semicolon or a colon; a subordinate clause ("when asked"); a participle or a
    /// conjunction after a comma (", adding …", ", but …"); a reporting verb ("… he added"); and a relative clause that
    /// reports speech of its own (", who also said …": a second attribution, not a description).
    /// </summary>
    private bool EndsSpeakerDescription(int k)
    {
        var w = _words[k];
        if (w.Kind == WordKind.Quote || w.Text is ";" or ":" || IsDashAt(k))
        {
            return true;
        }
        if (!w.IsWord)
        {
            return false;
        }
        if (w.Has(WordClass.RelativePronoun))
        {
            return ReportsSpeechAfter(k + 1);
        }
        if (w.Has(WordClass.SubordinateMarker) && !w.Has(WordClass.Preposition))
        {
            return true;
        }
        var afterComma = _words[k - 1].IsPunctuation(',');
        return afterComma && (w.EndsInIng || w.Has(WordRole.CoordinatingConjunction)) || w.Lexeme.Verb is not null && TagOf(k) is { IsVerb: true };
    }

    /// <summary>A reporting verb, read as a verb, between word <paramref name="from"/> and the sentence's end.</summary>
    private bool ReportsSpeechAfter(int from)
    {
        for (var k = from; k < _words.Count; k++)
        {
            if (_words[k].IsWord && _words[k].Lexeme.Verb is not null && TagOf(k) is { IsVerb: true })
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>A subject with an aside set off by dashes before its verb ("The skippers — all of them from Bath — said").</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "The skippers — all of them from Bath — said", "Ana Ruiz – at sea for a week – told", "The union -- or most of it --
    /// voted": a dash right before the verb closes an aside the subject opened, so the subject is the noun phrase before
    /// the opening dash (not a speaker after the verb, which a dash does not invert). Both dashes are written alike (see
    /// <see cref="DashStart"/>); the aside holds no quotation mark, colon or semicolon, and the phrase stands where a
    /// subject starts. Null when the word at <paramref name="subjectEnd"/> is no dash closing such a pair.
    /// </summary>
    private (int First, int Last)? SubjectBeforeDashPair(int subjectEnd)
    {
        var closing = subjectEnd < 3 ? -1 : DashStart(subjectEnd);
        if (closing < 0)
        {
            return null;
        }
        var opening = closing - 1;
        while (opening > 0 && subjectEnd - opening <= MaxDescribedSpeaker && !SameDash(opening, closing, subjectEnd))
        {
            if (_words[opening].Kind == WordKind.Quote || _words[opening].Text is ":" or ";")
            {
                return null;
            }
            opening--;
        }
        opening = opening > 0 && SameDash(opening, closing, subjectEnd) ? DashStart(opening) : -1;
        if (opening < 1 || _phrases.Backward(opening - 1) is not { } phrase || phrase.Last != opening - 1 || HasVerbTag(phrase.First, phrase.Last))
        {
            return null;
        }
        var first = WithNounComplementHead(phrase.First);
        return OpensSubjectPosition(first, opening - 1) ? (first, opening - 1) : null;
    }

    /// <summary>
    /// The first word of the dash that ends at word <paramref name="k"/>, or -1: an em or en dash or a horizontal bar, a
    /// hyphen with a space on each side (typewriter copy's dash, "the union - or most of it - voted"), or two hyphens
    /// written together ("--"), which the word reader splits. A hyphen inside a compound is no dash.
    /// </summary>
    private int DashStart(int k)
    {
        var w = _words[k];
        if (w.Kind != WordKind.Punctuation)
        {
            return -1;
        }
        if (w.Text is "—" or "–" or "―")
        {
            return k;
        }
        if (w.Text != "-")
        {
            return -1;
        }
        if (k > 0 && _words[k - 1].Text == "-" && _words[k - 1].Span.End == w.Span.Start)
        {
            return k - 1;
        }
        var start = w.Span.Start;
        var end = w.Span.End;
        return start > 0 && char.IsWhiteSpace(_text[start - 1]) && end < _text.Length && char.IsWhiteSpace(_text[end]) ? k : -1;
    }

    /// <summary>Word <paramref name="k"/> is a dash or a hyphen of one written as two (see <see cref="DashStart"/>).</summary>
    private bool IsDashAt(int k) => DashStart(k) >= 0 || k + 1 < _words.Count && DashStart(k + 1) == k;

    /// <summary>Word <paramref name="k"/> ends a dash written as the one from <paramref name="first"/> to <paramref name="last"/> is.</summary>
    private bool SameDash(int k, int first, int last)
    {
        var start = DashStart(k);
        return start >= 0 && k - start == last - first && _words[k].Text == _words[last].Text;
    }

    /// <summary>The source with its span run on over the mark at <paramref name="mark"/> that closes its aside; its text stays as it is.</summary>
    private Source WithClosingMark(Source source, int mark) =>
        source with { Span = TextSpan.FromBounds(source.Span.Start, _words[mark].Span.End) };
}
