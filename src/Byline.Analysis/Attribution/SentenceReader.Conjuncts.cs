using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>A verb after "and" or "but" with no subject of its own: whose verb it continues.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How far back from the conjunction the verb it joins to is looked for.</summary>
    private const int MaxConjunctWords = 40;

    /// <summary>
    /// "The governor predicted that the harbour would recover and praised the crews", "The crowd cheered when the mayor
    /// spotted a banner and asked …", "Ana Ruiz, who saw the crash and described it …": a verb right after a coordinating
    /// conjunction, with no subject of its own, is the second conjunct of a verb of the same form before it (a past form
    /// joins a past form, "supports … and opposes" a present one, "have backed … and criticised" a participle), and its
    /// subject is that verb's subject — the nearest such verb, outside quotations, whatever clause it stands in, except
    /// that a verb inside a report's clause is the report's ("said the talks had collapsed and warned": the union warned).
    /// <paramref name="conjunction"/> is the word before the verb group. Null where no verb of the same form is found
    /// or it has no subject a speaker can be read from: the other readers decide then. An -ing form joins the -ing form
    /// before it (<see cref="CoordinatedParticipleSpeaker"/>).
    /// </summary>
    private Source? ConjunctSpeaker(int conjunction, int verb, ImmutableArray<Attribution>.Builder earlier)
    {
        if (conjunction < 1 || !_words[conjunction].IsWord || !_words[conjunction].Has(WordRole.CoordinatingConjunction)
            || FirstVerbForm(conjunction + 1, verb) is not { } form)
        {
            return null;
        }
        if (form.Xpos == "VBG")
        {
            return CoordinatedParticipleSpeaker(conjunction, earlier);
        }
        for (var k = conjunction - 1; k >= 0 && conjunction - k <= MaxConjunctWords; k--)
        {
            if (_words[k].IsPunctuation(';') || _words[k].IsPunctuation(':'))
            {
                return null; // another sentence's verbs
            }
            if (_words[k].IsWord && !_words[k].IsCapitalized && !InsideQuotation(_words[k].Span.Start) && TagOf(k) is { } tag && (SameVerbForm(tag.Xpos, form.Xpos) || PastParticipleAsPast(k, tag.Xpos, form.Xpos, earlier)))
            {
                return ConjoinedVerbSpeaker(k, earlier);
            }
        }
        return null;
    }

    /// <summary>
    /// "The mayor defended the budget, saying the port had lost money and calling …", "…, noting that the ferry was late
    /// but warning …": an -ing form right after "and"/"but" (<paramref name="conjunction"/>) is the second conjunct of the
    /// -ing form before it and shares its speaker, not the subject of a finite verb inside what the first one says. The
    /// first -ing form is the nearest one outside quotations, within the sentence part, that opens a comma-set participle
    /// clause (its speaker: the subject of the clause it hangs on) or on which a cue was read ("is noting", "with the
    /// leader telling": that cue's source). Null where there is none: the other readers decide then.
    /// </summary>
    private Source? CoordinatedParticipleSpeaker(int conjunction, ImmutableArray<Attribution>.Builder earlier)
    {
        for (var k = conjunction - 1; k >= 0 && conjunction - k <= MaxConjunctWords; k--)
        {
            if (_words[k].IsPunctuation(';') || _words[k].IsPunctuation(':'))
            {
                return null;
            }
            if (!_words[k].IsWord || !_words[k].EndsInIng || TagOf(k) is not { Xpos: "VBG" } || InsideQuotation(_words[k].Span.Start))
            {
                continue;
            }
            // A comma-set participle clause hangs on its main clause, whose subject is its speaker too (a cue read on it may
            // have taken an object for its subject); any other -ing form has the speaker its own cue was read with.
            var opensClause = k > 0 && _words[k - 1].IsPunctuation(',');
            var read = opensClause ? null : CueAt(_words[k].Span.Start, earlier);
            var source = opensClause ? MainClauseSpeaker(k, earlier) : read?.Source;
            if (opensClause || read is not null)
            {
                return source is { Kind: not SourceKind.Document } ? source : null;
            }
        }
        return null;
    }

    /// <summary>The tag of the verb group's first verb from <paramref name="first"/> to <paramref name="verb"/> ("has" in "has also said"), with its index.</summary>
    private (int At, string Xpos)? FirstVerbForm(int first, int verb)
    {
        for (var k = first; k <= verb; k++)
        {
            if (TagOf(k) is { } tag && (tag.IsVerb || tag.Xpos == "MD"))
            {
                return (k, tag.Xpos);
            }
        }
        return null;
    }

    /// <summary>Past joins past, a present form its own person, a modal a modal, a participle a participle; a bare or -ing form joins nothing here (an -ing form: <see cref="CoordinatedParticipleSpeaker"/>).</summary>
    private static bool SameVerbForm(string xpos, string form) =>
        xpos == form && form is not ("VB" or "VBG");

    /// <summary>The speaker of the conjoined verb at <paramref name="k"/>: the source of a cue read there, a relative pronoun, else the noun phrase before its verb group.</summary>
    private Source? ConjoinedVerbSpeaker(int k, ImmutableArray<Attribution>.Builder earlier)
    {
        var verbSpan = _words[k].Span;
        // A verb inside what a report says is the reported speaker's; the verb after "and" continues the report.
        var read = ReportAround(verbSpan.Start, earlier) ?? CueAt(verbSpan.Start, earlier);
        if (read is not null)
        {
            return read.Source is { Kind: not SourceKind.Document } s ? s : null;
        }
        var subjectEnd = SubjectEndBefore(k);
        if (subjectEnd < 0 || !_words[subjectEnd].IsWord)
        {
            return null;
        }
        if (_words[subjectEnd].Has(WordClass.RelativePronoun) && IsRelativePronounAt(subjectEnd))
        {
            return MakeSource(subjectEnd, subjectEnd); // "…, who saw the crash and described it": the relative clause's own subject
        }
        if (_phrases.Backward(subjectEnd) is not { } subject || subject.Last != subjectEnd)
        {
            return null;
        }
        var source = MakeSource(WithNounComplementHead(subject.First), subject.Last);
        return source.Kind is SourceKind.Document or SourceKind.Vague ? null : source;
    }

    /// <summary>
    /// A report whose clause after its verb opens before <paramref name="offset"/>: in "said the talks had collapsed and
    /// warned …" the verb after "and" continues the report, not the reported clause (a party's stance and a verb with an
    /// infinitive govern no reported clause).
    /// </summary>
    private static bool ReportsVerbAt(Attribution attribution, int offset) =>
        attribution.Pattern != AttributionPatterns.PartyStance && attribution.Pattern != AttributionPatterns.ControlledInfinitive
        && attribution.Cue.End <= attribution.Content.Start && attribution.Content.Start <= offset && attribution.Content.Length > 0;

    /// <summary>
    /// The tagger reads many a past form as a participle ("Lee, who backed the plan, repeated those views and stressed
    /// …"): a participle joins a past form where a cue with its subject before it was read on it. Any other participle
    /// describes a noun ("the people hurt in the storm") or follows an auxiliary, which is the verb group's form.
    /// </summary>
    private bool PastParticipleAsPast(int k, string xpos, string form, ImmutableArray<Attribution>.Builder earlier)
    {
        if (xpos != "VBN" || form != "VBD")
        {
            return false;
        }
        // By index: a builder's enumerator is an object.
        for (var e = 0; e < earlier.Count; e++)
        {
            var attribution = earlier[e];
            if (attribution.Verb == _words[k].Span && attribution.Source is { } source && source.Span.End <= attribution.Verb.Start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The nearest earlier report whose reported clause holds <paramref name="offset"/> (see <see cref="ReportsVerbAt"/>).</summary>
    private static Attribution? ReportAround(int offset, ImmutableArray<Attribution>.Builder earlier)
    {
        for (var e = earlier.Count - 1; e >= 0; e--)
        {
            if (!earlier[e].Cue.Contains(offset) && ReportsVerbAt(earlier[e], offset))
            {
                return earlier[e];
            }
        }
        return null;
    }

    private static Attribution? CueAt(int offset, ImmutableArray<Attribution>.Builder earlier)
    {
        for (var e = 0; e < earlier.Count; e++)
        {
            if (earlier[e].Cue.Contains(offset))
            {
                return earlier[e];
            }
        }
        return null;
    }

    /// <summary>
    /// The verb group after word <paramref name="subjectEnd"/> follows "and" or "but" and has no subject of its own
    /// ("… and said the pier would reopen"): what it reports follows it, and the words before the conjunction are the
    /// first conjunct's, not its content.
    /// </summary>
    private bool FollowsConjunction(int subjectEnd) =>
        subjectEnd > 0 && _words[subjectEnd].IsWord && _words[subjectEnd].Has(WordRole.CoordinatingConjunction);
}
