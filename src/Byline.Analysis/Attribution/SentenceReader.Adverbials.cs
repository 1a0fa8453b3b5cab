namespace Byline.Analysis.Attribution;

/// <summary>Words between a subject and its verb that belong to neither: "have both urged", "on Friday said".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The end of the subject before the verb group when <paramref name="headEnd"/> ends a floating quantifier or a time
    /// phrase standing between the subject and its verb, else <paramref name="headEnd"/>. "The two mayors have both
    /// urged …", "the skippers all said …": a quantifier (<c>floating_quantifiers</c>) after an auxiliary or a noun floats
    /// off the subject before it. "The harbour master on Friday said …", "Police had last month charged …": a time phrase
    /// (a weekday or month, or <c>time_words</c> after <c>time_phrase_openers</c>) there is an adverbial, and the subject
    /// stands before it, a name or a role with it ("Tom Lee on Friday said"); it stays with a document that the phrase
    /// reader reads it with ("a poll last week found": the phrase dates the document). A place adverb after a noun
    /// (<see cref="IsPostnominalAdverb"/>) is left out of the subject's head the same way.
    /// </summary>
    private int SubjectEndPastAdverbials(int headEnd)
    {
        if (headEnd < 1 || !_words[headEnd].IsWord)
        {
            return headEnd;
        }
        if (_lexicon.FloatingQuantifiers.Contains(_words[headEnd].Lower) && _words[headEnd - 1].IsWord
            && EndsSubjectBeforeAdverbial(headEnd - 1) && !_words[headEnd - 1].IsPunctuation(','))
        {
            return SkipParentheticalAdverb(SubjectEndBefore(headEnd));
        }
        if (IsPostnominalAdverb(headEnd))
        {
            return headEnd - 1;
        }
        if (TimePhraseStart(headEnd) is { } start && start > 0 && EndsSubjectBeforeAdverbial(start - 1)
            && (!_words[start - 1].Has(WordClass.DocumentHead) || _phrases.Backward(headEnd) is not { } phrase || phrase.First >= start))
        {
            return SkipParentheticalAdverb(SubjectEndBefore(start));
        }
        return headEnd;
    }

    /// <summary>
    /// "Polls there show", "voters nationwide say", "58 percent of voters overall said": an adverb of place or extent
    /// (<c>postnominal_adverbs</c>) right after a noun restricts that noun, and the subject's head is the noun. The noun is
    /// what the tagger reads as one or a word the lists know as a subject's head (the tagger takes a sentence's first
    /// plural for a verb: "Polls/VBZ there"); after a verb or an auxiliary ("who live there", "is there") it is no subject's.
    /// </summary>
    private bool IsPostnominalAdverb(int k)
    {
        if (k < 1 || !_lexicon.PostnominalAdverbs.Contains(_words[k].Lower) || !_words[k - 1].IsWord || _words[k - 1].Has(WordClass.Auxiliary | WordClass.Pronoun))
        {
            return false;
        }
        var before = _words[k - 1];
        return before.Has(WordClass.RoleNoun | WordClass.DocumentHead | WordClass.AnonymousHead) || TagOf(k - 1) is { IsNoun: true };
    }

    /// <summary>The subject's last word, with the place adverb after its head when one stands there before the verb ("Polls there").</summary>
    private int WithPostnominalAdverb(int last, int subjectEnd) => last < subjectEnd && IsPostnominalAdverb(last + 1) ? last + 1 : last;

    /// <summary>
    /// The end of the subject before a prepositional phrase that stands between it and its verb, else
    /// <paramref name="headEnd"/>: after an auxiliary ("The two founders have in the past said") or a relative pronoun
    /// ("Ruiz, who in the past has voiced"), or set off by commas ("The union, on the other hand, argued"). The phrase
    /// says when, where or how; the subject stands before it. A noun's complement ("the head of the union said") is part
    /// of the subject, and after a noun the phrase may describe it ("voters in the valley say"): both are left as they are.
    /// </summary>
    private int SubjectEndPastPrepositionalPhrase(int headEnd)
    {
        var parenthetical = headEnd > 0 && _words[headEnd].IsPunctuation(',');
        var last = parenthetical ? headEnd - 1 : headEnd;
        // The words around the phrase are tested before the preposition, which may need the tagger: where they do not
        // move the subject's end, whether the phrase is adverbial changes nothing.
        if (last < 2 || !_words[last].IsWord || _phrases.Backward(last) is not { } phrase || phrase.Last != last || phrase.First < 2
            || !MovesSubjectEnd(phrase.First, parenthetical) || !OpensAdverbialPhrase(phrase.First - 1))
        {
            return headEnd;
        }
        var before = phrase.First - 2;
        // "Lee, at Harbour Watch, said": a name after the preposition says where the source works, part of the source.
        return parenthetical ? before - 1 : SubjectEndBefore(phrase.First - 1);
    }

    /// <summary>
    /// An adverbial phrase opening at <paramref name="phraseFirst"/> - 1 would end the subject before it: set off by a
    /// comma after a word, its noun phrase not a name; or after an auxiliary or a relative pronoun.
    /// </summary>
    private bool MovesSubjectEnd(int phraseFirst, bool parenthetical)
    {
        var before = phraseFirst - 2;
        return parenthetical
            ? _words[before].IsPunctuation(',') && before > 0 && !_words[phraseFirst].IsCapitalized
            : _words[before].IsWord && _words[before].Has(WordClass.Auxiliary | WordClass.RelativePronoun);
    }

    /// <summary>A preposition that opens an adverbial, not a noun's complement ("of") or an agent ("by").</summary>
    private bool OpensAdverbialPhrase(int k) =>
        _words[k].IsWord && !_words[k].Has(WordClass.AgentMarker | WordClass.SubordinateMarker) && !_words[k].Has(WordRole.NounComplementPreposition)
        && (_words[k].Has(WordClass.Preposition) || TagOf(k) is { Upos: Language.UniversalPos.ADP });

    /// <summary>
    /// Word <paramref name="k"/> can end the subject before an adverbial: a comma closing a description, an auxiliary, or a
    /// word the tagger reads as a noun or pronoun (not a participle: "a survey released on Monday" is one phrase).
    /// </summary>
    private bool EndsSubjectBeforeAdverbial(int k) =>
        _words[k].IsPunctuation(',') || _words[k].IsWord && (_words[k].Has(WordClass.Auxiliary) || TagOf(k) is { IsNoun: true } or { Upos: Language.UniversalPos.PRON });

    /// <summary>The first word of a time phrase ending at <paramref name="k"/>: "on Friday", "last week", "Friday"; or null.</summary>
    private int? TimePhraseStart(int k)
    {
        if (!_words[k].Has(WordClass.TimeWord))
        {
            return null;
        }
        if (k > 0 && _words[k - 1].IsWord && _words[k - 1].Has(WordClass.TimePhraseOpener))
        {
            return k - 1;
        }
        return _words[k].IsCapitalized ? k : null;
    }
}
