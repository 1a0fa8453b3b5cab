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
    /// stands before it; it stays with a noun that the phrase reader reads it with ("a poll last week found").
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
        if (TimePhraseStart(headEnd) is { } start && start > 0 && EndsSubjectBeforeAdverbial(start - 1) && (_phrases.Backward(headEnd) is not { } phrase || phrase.First >= start))
        {
            return SkipParentheticalAdverb(SubjectEndBefore(start));
        }
        return headEnd;
    }

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
