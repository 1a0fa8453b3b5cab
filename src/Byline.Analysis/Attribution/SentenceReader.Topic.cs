using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A stance named by the word before its topic: "argued about the toll", "uneasy about the pier", "questions about the lease".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// Word <paramref name="i"/> is a topic preposition (<c>topic_prepositions</c>: "about") that the tagger reads as a
    /// preposition, before a word that is no number ("about 20 boats" counts, "brought about" is a particle). "About" in
    /// that sense follows words of speaking, thinking and feeling, so the verb, adjective or noun right before it
    /// reports a stance on what follows. After a phrasal verb it takes as its particle (<c>topic_particle_verbs</c>:
    /// "brought about", "came about") it names no topic. A form of "be" before it ("the film is about the pier") says what a thing
    /// treats, no stance. A verb's or adjective's subject holds the stance when it is a party; a noun's holder is a
    /// party after a source preposition, or a light verb's subject ("made angry comments about"); else none is named.
    /// </summary>
    private Attribution? TopicStance(int i, ImmutableArray<Attribution>.Builder found)
    {
        var head = i - 1;
        // The flag test first: "about" is on the clause-boundary list, most words are on none.
        if (!_words[i].Has(WordClass.ClauseBoundary) || head < 0 || i + 1 >= _words.Count || !IsTopicPreposition(i) || !_words[head].IsWord || !_words[i + 1].IsWord
            || _words[head].Has(WordClass.BeForm) || _lexicon.TopicParticleVerbs.Contains(_words[head].Lower) || InsideQuotation(_words[i].Span.Start)
            || InsideLink(_words[i].Span.Start) || CueCovers(found, head))
        {
            return null;
        }
        if (TagOf(i) is not { Xpos: "IN" } || QuantityAt(i + 1)
            || TagOf(head) is not { Upos: Language.UniversalPos.VERB or Language.UniversalPos.ADJ or Language.UniversalPos.NOUN } tag)
        {
            return null;
        }
        if (tag.Upos == Language.UniversalPos.NOUN && !NounTakesTopic(head))
        {
            return null;
        }
        var source = tag.Upos == Language.UniversalPos.NOUN ? NominalStanceHolder(i + 1) ?? LightVerbHolder(head, found) : PartySubjectBefore(VerbBeforeAdjective(head));
        var cue = TextSpan.FromBounds(_words[head].Span.Start, _words[i].Span.End);
        return new Attribution(cue, source, ContentFrom(i + 1), _words[head].Lower, CueKind.Cognition, LoadedCue: false) { Verb = _words[head].Span, Pattern = AttributionPatterns.Topic };
    }

    /// <summary>
    /// Word <paramref name="i"/> names a topic: "about" (<c>topic_prepositions</c>), or "on"/"over" before an indirect
    /// question (<c>question_topic_prepositions</c>: "split on whether", "sparred over how"), where they mean "about".
    /// </summary>
    private bool IsTopicPreposition(int i) =>
        _words[i].Has(WordRole.TopicPreposition)
        || _words[i].Has(WordRole.QuestionTopicPreposition) && i + 1 < _words.Count && _words[i + 1].Has(WordRole.QuestionWord);

    /// <summary>
    /// Word <paramref name="i"/> opens a clause (<c>clause_complements</c>: "that", "whether", read by the tagger as a
    /// conjunction) right after a verb or adjective: only verbs and adjectives of saying, thinking and knowing take a
    /// clause as their object ("warned that", "is confident that", "asked whether"), so with a party as its subject the
    /// word before reports that party's stance. Not after a form of "be" ("the danger is that": the writer's), nor after
    /// "so"/"such" ("so crowded that": a result), nor without a party ("it is likely that").
    /// </summary>
    private Attribution? ClauseStance(int i, ImmutableArray<Attribution>.Builder found)
    {
        var head = i - 1;
        // The flag test first: "that" and "whether" are on the clause-boundary list, most words are on none.
        if (!_words[i].Has(WordClass.ClauseBoundary) || head < 1 || i + 1 >= _words.Count || !_words[i].Has(WordRole.ClauseComplement) || !_words[head].IsWord
            || _words[head].Has(WordClass.BeForm) || ResultDegreeBefore(head) || InsideQuotation(_words[i].Span.Start) || CueCovers(found, head))
        {
            return null;
        }
        if (TagOf(i) is not { Xpos: "IN" } || TagOf(head) is not { Upos: Language.UniversalPos.VERB or Language.UniversalPos.ADJ } || PartySubjectBefore(VerbBeforeAdjective(head)) is not { } source)
        {
            return null;
        }
        return new Attribution(_words[head].Span, source, ContentFrom(i + 1), _words[head].Lower, CueKind.Cognition, LoadedCue: false) { Verb = _words[head].Span, Pattern = AttributionPatterns.PartyStance };
    }

    /// <summary>
    /// Word <paramref name="k"/> opens a quantity, so "about" before it means "roughly": a number ("about 40"), or, after
    /// an optional article, a number or a word of quantity (<c>quantity_words</c>), alone or ending a hyphenated word
    /// ("about two-thirds", "about a hundred", "about half").
    /// </summary>
    private bool QuantityAt(int k)
    {
        if (k + 1 < _words.Count && _words[k].Has(WordClass.Article) && _words[k + 1].IsWord)
        {
            k++;
        }
        if (TagOf(k) is { Upos: Language.UniversalPos.NUM })
        {
            return true;
        }
        var word = _words[k].Lower;
        var hyphen = word.LastIndexOf('-');
        return _lexicon.QuantityWords.Contains(hyphen >= 0 ? word[(hyphen + 1)..] : word);
    }

    /// <summary>"so" or "such" within the two words before <paramref name="head"/> ("so crowded that", "such a mess that").</summary>
    private bool ResultDegreeBefore(int head)
    {
        for (var k = head - 1; k >= 0 && k >= head - 2; k--)
        {
            if (_lexicon.ResultDegreeWords.Contains(_words[k].Lower))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The topic after noun <paramref name="head"/> is the noun's own: not after a possessor (the possessive pattern decides,
    /// and "His claims about the vote were false" is the writer's claim about them), and after a verb only for a noun of
    /// saying or thinking (<c>stance_nouns</c>: "raised questions about"), since after a verb's object "about" is the
    /// verb's ("tell the board about the cracks", "ask any captain about the crossings").
    /// </summary>
    private bool NounTakesTopic(int head)
    {
        var k = head - 1;
        while (k >= 0 && head - k <= 4 && _words[k].IsWord && !_words[k].Has(WordClass.Possessor)
            && TagOf(k) is { Upos: Language.UniversalPos.DET or Language.UniversalPos.ADJ or Language.UniversalPos.NOUN or Language.UniversalPos.NUM })
        {
            k--;
        }
        if (k < 0 || !_words[k].IsWord)
        {
            return true;
        }
        return !_words[k].Has(WordClass.Possessor)
            && (TagOf(k) is not { Upos: Language.UniversalPos.VERB or Language.UniversalPos.AUX } || _words[head].Has(WordRole.StanceNoun));
    }

    /// <summary>An attribution found already has its cue on word <paramref name="k"/> ("talked about": the verb was read).</summary>
    private bool CueCovers(ImmutableArray<Attribution>.Builder found, int k)
    {
        // Asked for many words of a sentence while its attributions are still being found (appended, never changed):
        // the farthest cue end so far, kept up as attributions are added, answers most words without a scan, so a
        // long sentence with many cues is not read in quadratic time.
        if (!ReferenceEquals(found, _cuesSeenIn) || found.Count < _cuesSeen)
        {
            (_cuesSeenIn, _cuesSeen, _farthestCueEnd) = (found, 0, -1);
        }
        for (; _cuesSeen < found.Count; _cuesSeen++)
        {
            _scanSteps++;
            _farthestCueEnd = Math.Max(_farthestCueEnd, found[_cuesSeen].Cue.End);
        }
        var word = _words[k].Span;
        if (_farthestCueEnd < word.Start)
        {
            return false;
        }
        for (var a = found.Count - 1; a >= 0; a--)
        {
            _scanSteps++;
            if (found[a].Cue.IntersectsWith(word))
            {
                return true;
            }
        }
        return false;
    }

    private ImmutableArray<Attribution>.Builder? _cuesSeenIn;
    private int _cuesSeen;
    private int _farthestCueEnd = -1;

    /// <summary>
    /// Where the verb group of word <paramref name="head"/> ends: the head itself, or for an adjective the linking verb
    /// before it and its adverbs ("was unrepentant", "became more candid": the tagger may read "more" as an adjective).
    /// </summary>
    private int VerbBeforeAdjective(int head)
    {
        if (TagOf(head) is not { Upos: Language.UniversalPos.ADJ })
        {
            return head;
        }
        var k = head - 1;
        while (k > 0 && head - k <= 2 && _words[k].IsWord && !_words[k].Has(WordClass.BeForm) && TagOf(k) is { Upos: Language.UniversalPos.ADV } or { Xpos: "JJR" })
        {
            k--;
        }
        return k >= 0 && _words[k].IsWord && (_words[k].Has(WordClass.BeForm) || TagOf(k) is { Upos: Language.UniversalPos.VERB or Language.UniversalPos.AUX }) ? k : -1;
    }

    /// <summary>A source that can take a position: a name, a role or a pronoun, and not a word that names no one (<c>not_parties</c>).</summary>
    private bool IsParty(Source source) =>
        source.Kind is SourceKind.Named or SourceKind.Described or SourceKind.Pronoun && !_lexicon.IsNotParty(source.Text);

    /// <summary>The subject before the verb group ending at word <paramref name="head"/>, when it names a party (a name, a role, a pronoun), or null.</summary>
    private Source? PartySubjectBefore(int head)
    {
        if (head < 0)
        {
            return null;
        }
        var subjectEnd = SubjectEndBefore(head);
        if (!IsSubjectEnd(subjectEnd) || _phrases.Backward(subjectEnd) is not { } subject)
        {
            return null;
        }
        var source = MakeSource(subject.First, subject.Last);
        return IsParty(source) ? source : null;
    }
}
