using Byline.Language;

namespace Byline.Analysis.Attribution;

/// <summary>A sentence's opening noun phrase, read by its tags, as a reporting verb's subject.</summary>
internal sealed partial class SentenceReader
{
    private const int MaxTaggedSubjectWords = 20;

    /// <summary>
    /// "Residents of both villages on the shore say …", "Dock workers everywhere believe …", "Some 40 percent of the
    /// farmers polled said …": a subject the word lists give up inside (a second prepositional phrase, a participle after the
    /// head, a place adverb). When the sentence opens (after "and" or "but") with a noun phrase that runs, by its
    /// tags, right up to the verb, that phrase is the subject. Not after a hedge ("reportedly wants" is vague) nor before
    /// a form of "be" ("are seen as" is a passive). Asked last, once every other reader found none.
    /// </summary>
    private (int First, int Last)? TaggedSubjectFromStart(CueVerb verb, int headEnd, int subjectEnd)
    {
        if (verb.PartyOnly || headEnd < 1 || !_words[headEnd].IsWord || PassiveBetween(subjectEnd))
        {
            return null;
        }
        var first = 0;
        if (_words[0].IsWord && _words[0].Has(WordRole.CoordinatingConjunction))
        {
            first = 1; // "But voters polled there said …"
        }
        if (headEnd - first < 1 || headEnd - first >= MaxTaggedSubjectWords || !OpensNounPhrase(first))
        {
            return null;
        }
        var last = first;
        for (var k = first + 1; k <= headEnd; k++)
        {
            if (_words[k].Kind == WordKind.Number || _words[k].Text == "%")
            {
                continue; // "Some 58 percent of …", "Nearly eight in 10 …": a figure inside the phrase, never its head here
            }
            if (!_words[k].IsWord || _words[k].Has(WordClass.Hedge) || TagOf(k) is not { } tag || !ContinuesNounPhrase(tag, k == headEnd))
            {
                return null;
            }
            if (IsNounHead(tag))
            {
                last = k;
            }
        }
        return (first, last);
    }

    /// <summary>
    /// "Residents of both villages on the shore say": the word lists read back only to "the shore", the object of a
    /// preposition, which is no subject; the phrase that opens the sentence and holds it is.
    /// </summary>
    private (int First, int Last) WholeSubjectAround((int First, int Last) found, CueVerb verb, int headEnd, int subjectEnd) =>
        found.First > 0 && _words[found.First - 1].IsWord && _words[found.First - 1].Has(WordClass.Preposition)
        && TaggedSubjectFromStart(verb, headEnd, subjectEnd) is { } whole && whole.First < found.First ? whole : found;

    /// <summary>
    /// The noun phrase that opens the sentence, read by its tags up to the clause's first verb ("The owners of the old
    /// boatyard gathered outside, warning …"); null when no verb or auxiliary ends it.
    /// </summary>
    private (int First, int Last)? OpeningSubjectByTags()
    {
        var first = _words.Count > 0 && _words[0].IsWord && _words[0].Has(WordRole.CoordinatingConjunction) ? 1 : 0;
        if (first >= _words.Count || _words[first].Has(WordClass.ClauseBoundary) || !OpensNounPhrase(first))
        {
            return null;
        }
        var last = first;
        for (var k = first + 1; k < _words.Count && k - first < MaxTaggedSubjectWords; k++)
        {
            if (!_words[k].IsWord || TagOf(k) is not { } tag)
            {
                return null;
            }
            if (tag.IsFiniteVerb || tag.Upos == UniversalPos.AUX || tag.Upos == UniversalPos.ADV && k + 1 < _words.Count && _words[k + 1].IsWord && TagOf(k + 1) is { IsFiniteVerb: true })
            {
                return IsNounHead(TagOf(last)!) || _words[last].Has(WordClass.Pronoun) ? (first, last) : null;
            }
            if (!ContinuesNounPhrase(tag, last: false) || tag.Xpos == "VBN")
            {
                return null;
            }
            last = IsNounHead(tag) ? k : last;
        }
        return null;
    }

    /// <summary>
    /// "quit the board before announcing", "refrained from endorsing", "began dismissing", "avoided openly criticizing":
    /// an -ing form the tagger reads as a verb, after a preposition or right after a verb (an -ly adverb between), has
    /// no subject of its own; the clause's subject speaks ("contributed reporting" is a noun after a verb).
    /// </summary>
    private bool GerundAfterPrepositionOrVerb(int i)
    {
        var k = i - 1;
        while (k > 0 && IsTaggedLyAdverb(k))
        {
            k--;
        }
        return _words[k].IsWord && !_words[k].Has(WordClass.BeForm | WordClass.Auxiliary) && TagOf(i) is { IsGerund: true } && TagOf(k) is { } tag
            && (tag.Upos is UniversalPos.ADP or UniversalPos.SCONJ || tag.IsVerb && !tag.IsGerund);
    }

    /// <summary>A determiner, an adjective, a noun, a name, a number or a possessive pronoun opens the phrase.</summary>
    private bool OpensNounPhrase(int k) =>
        _words[k].IsWord && TagOf(k) is { } tag
        && (tag.Upos is UniversalPos.DET or UniversalPos.ADJ or UniversalPos.NUM || IsNounHead(tag) || tag.Xpos == "PRP$");

    /// <summary>
    /// Inside the phrase: its own words, prepositions with their objects, "and", possessives, and a participle that
    /// describes the head ("voters polled"); an adverb only last ("there"). No finite verb, no clause.
    /// </summary>
    private static bool ContinuesNounPhrase(PosTag tag, bool last) =>
        tag.Upos is UniversalPos.DET or UniversalPos.ADJ or UniversalPos.NUM or UniversalPos.ADP or UniversalPos.CCONJ
        || IsNounHead(tag) || tag.Xpos is "PRP$" or "POS" or "VBN" || last && tag.Upos == UniversalPos.ADV;

    /// <summary>A form of "be" among the auxiliaries between the subject's end and the verb.</summary>
    private bool PassiveBetween(int subjectEnd)
    {
        for (var k = subjectEnd + 1; k < _words.Count && _words[k].IsWord && _words[k].Has(WordClass.Auxiliary); k++)
        {
            if (_words[k].Has(WordClass.BeForm))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNounHead(PosTag tag) => tag.IsNoun || tag.Upos == UniversalPos.NUM;
}
