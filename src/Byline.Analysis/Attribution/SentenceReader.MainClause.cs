using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>The main clause a participle clause hangs on: "The mayor, who chairs the board, rejected the plan, saying …".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The speaker of the participle at word <paramref name="i"/>: the main clause's subject, where the sentence's
    /// earlier source or subject says a speaker is there at all (which participles report is decided there).
    /// </summary>
    private Source? ParticipleSpeakerIn(int i, ImmutableArray<Attribution>.Builder earlier) =>
        ParticipleSpeaker(earlier) is { } fallback ? NotTheParticiple(i, MainClauseSpeaker(i, earlier) ?? fallback) : null;

    /// <summary>
    /// "Citing the storm as “a wake-up call,” the mayor urged …": a participle clause that opens the sentence has no
    /// subject of its own, so a phrase read from the sentence's start that opens with the participle is none; the speaker is
    /// the subject of the main clause after it, the first noun phrase after a comma that a finite verb follows. The
    /// phrase stays when no such subject is found.
    /// </summary>
    private Source NotTheParticiple(int i, Source speaker)
    {
        if (speaker.Span.Start != _words[i].Span.Start)
        {
            return speaker;
        }
        for (var k = i + 1; k + 2 < _words.Count; k++)
        {
            var start = k + 1;
            while (start < _words.Count && _words[start].Kind == WordKind.Quote)
            {
                start++;
            }
            if (_words[k].IsPunctuation(',') && start < _words.Count && !InsideQuotation(_words[start].Span.Start) && _phrases.Forward(start) is { } subject
                && subject.Last + 1 < _words.Count && TagOf(subject.Last + 1) is { IsFiniteVerb: true })
            {
                return MakeSource(subject.First, subject.Last);
            }
        }
        return speaker;
    }

    /// <summary>
    /// A verb right after a coordinating conjunction ("the harbour master praised the crews and added …") has no subject
    /// of its own: it shares the subject of its clause's first finite verb. <paramref name="found"/>, the source the other
    /// readers found, stays when there is none (or when they found none: whether the verb reports is decided there).
    /// </summary>
    private Source? SharedSubjectSpeaker(int subjectEnd, Source? found, ImmutableArray<Attribution>.Builder earlier) =>
        found is not null && subjectEnd > 0 && _words[subjectEnd].IsWord && _words[subjectEnd].Has(WordRole.CoordinatingConjunction)
            ? MainClauseSpeaker(subjectEnd, earlier) ?? found
            : found;

    /// <summary>
    /// A participle clause after a comma ("…, saying …") takes its subject from the clause it is attached to: the
    /// subject of that clause's first finite verb. The clause is read back comma by comma from the participle; a part
    /// that opens with a relative pronoun or a description ("who chairs the board") describes a noun and is no main
    /// clause, nor is a part with no finite verb ("in an interview on Sunday"), nor words inside quotation marks ("She
    /// said, “I won,” adding …": the quoted clause is what was said, not the clause the participle hangs on). When that
    /// verb is itself a cue already read, its source is the speaker. Null when no such verb or subject is found.
    /// </summary>
    private Source? MainClauseSpeaker(int i, ImmutableArray<Attribution>.Builder earlier)
    {
        var end = i - 1;
        for (var parts = 0; end >= 0 && parts < 6; parts++)
        {
            while (end >= 0 && EndsClausePart(end))
            {
                end--;
            }
            var start = ClausePartStart(end);
            if (!OpensDescriptionPart(start) && !InsideQuotation(_words[start].Span.Start) && FirstFiniteVerb(start, end) is { } verb)
            {
                return SpeakerOfFiniteVerb(verb, earlier);
            }
            end = start - 1;
        }
        return null;
    }

    /// <summary>The first word of the comma-set part that ends at word <paramref name="end"/>: after a comma, a dash, a colon or a quotation mark.</summary>
    private int ClausePartStart(int end)
    {
        var k = end;
        while (k >= 0 && !EndsClausePart(k))
        {
            k--;
        }
        return k + 1;
    }

    private bool EndsClausePart(int k) =>
        _words[k] is var w && (w.Kind == WordKind.Quote || w.IsPunctuation(',') || w.IsPunctuation(';') || w.IsPunctuation(':') || IsDashAt(k));

    private bool OpensDescriptionPart(int start) =>
        start < _words.Count && _words[start].IsWord && _words[start].Has(WordClass.DescriptionOpener | WordClass.RelativePronoun);

    /// <summary>The first word from <paramref name="start"/> to <paramref name="end"/> the tagger reads as a finite verb or a modal.</summary>
    private int? FirstFiniteVerb(int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (_words[k].IsWord && !_words[k].IsCapitalized && TagOf(k) is { IsFiniteVerb: true })
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>The subject of the finite verb at <paramref name="verb"/>: the source of a cue read there, else the noun phrase before it.</summary>
    private Source? SpeakerOfFiniteVerb(int verb, ImmutableArray<Attribution>.Builder earlier)
    {
        var verbSpan = _words[verb].Span;
        for (var e = 0; e < earlier.Count; e++)
        {
            if (earlier[e].Verb == verbSpan || earlier[e].Cue.Contains(verbSpan.Start))
            {
                return earlier[e].Source;
            }
        }
        var headEnd = SkipParentheticalAdverb(SubjectEndBefore(verb));
        if (headEnd < 0 || _phrases.Backward(headEnd) is not { } subject)
        {
            return null;
        }
        var source = MakeSource(WithNounComplementHead(subject.First), subject.Last);
        return source.Kind is SourceKind.Document or SourceKind.Vague ? null : source;
    }

    /// <summary>
    /// The first word of a subject that starts at <paramref name="first"/>, widened to the noun whose complement it is:
    /// a noun phrase can end in a prepositional complement ("the owners of the old boatyard"), and a reader going back
    /// from the verb meets the complement's own noun first. The tagger must read the word before the preposition as a noun.
    /// </summary>
    private int WithNounComplementHead(int first)
    {
        while (first >= 2 && _words[first - 1].IsWord && _words[first - 1].Has(WordRole.NounComplementPreposition)
            && _words[first - 2].IsWord && TagOf(first - 2) is { IsNoun: true } && _phrases.Backward(first - 2, nounHead: true) is { } head && head.Last == first - 2)
        {
            first = head.First;
        }
        return first;
    }
}
