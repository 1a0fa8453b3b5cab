using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>A party's view told by a verb and an "as" predicative: "The union cast the levy as a tax on the poor."</summary>
internal sealed partial class SentenceReader
{
    // The object between the verb and "as" is a noun phrase: a few words ("the new harbour levy").
    private const int MaxCharacterizedObjectWords = 6;

    /// <summary>
    /// Word <paramref name="i"/> is "as" (<c>predicative_markers</c>), read by the tagger as a preposition, after a
    /// characterizing verb and its object (<c>characterizing_verbs</c>: "cast the levy as", "dismissed the plan as",
    /// "views the pier as"). The predicative says how the subject sees the object, so with a party as subject the verb
    /// reports that party's view. Not "as" before a comparison or a conjunction ("as well as", "as soon as",
    /// <c>not_predicative_after_as</c>) or before a subject pronoun ("saw the pier as they sailed": a clause of time).
    /// </summary>
    private Attribution? CharacterizationStance(int i, ImmutableArray<Attribution>.Builder found)
    {
        if (!_words[i].Has(WordClass.ClauseBoundary) || i < 3 || i + 1 >= _words.Count || !_words[i].Has(WordRole.PredicativeMarker) || !_words[i + 1].IsWord
            || _lexicon.NotPredicativeAfterAs.Contains(_words[i + 1].Lower) || _words[i + 1].Has(WordRole.SubjectOnlyPronoun) || InsideQuotation(_words[i].Span.Start))
        {
            return null;
        }
        if (CharacterizingVerbBefore(i) is not { } verb || CueCovers(found, verb) || TagOf(i) is not { Xpos: "IN" } || PartySubjectBefore(verb) is not { } source)
        {
            return null;
        }
        return new Attribution(_words[verb].Span, source, ContentFrom(verb + 1), _words[verb].Lower, CueKind.Cognition, LoadedCue: false) { Verb = _words[verb].Span, Pattern = AttributionPatterns.PartyStance };
    }

    /// <summary>
    /// The characterizing verb before the object that ends right before word <paramref name="i"/>, as the tagger reads it
    /// (an active verb: not after a form of "be", "was seen as" has no object), or null. The object is at least one word
    /// of a noun phrase (determiners, adjectives, nouns, pronouns, numbers, prepositions); punctuation, an adverb ("as well
    /// as"), another verb or an agent's "by" end the search.
    /// </summary>
    private int? CharacterizingVerbBefore(int i)
    {
        if (!NamingVerbFormBefore(i))
        {
            return null;
        }
        for (var k = i - 1; k >= 0 && i - 1 - k <= MaxCharacterizedObjectWords; k--)
        {
            var w = _words[k];
            if (!w.IsWord || w.Has(WordClass.AgentMarker) || TagOf(k) is not { } tag)
            {
                return null;
            }
            if (tag.Upos is Language.UniversalPos.VERB or Language.UniversalPos.AUX)
            {
                var isActiveCharacterizing = k < i - 1 && w.Has(WordRole.CharacterizingVerb) && !(k > 0 && _words[k - 1].Has(WordClass.BeForm));
                return isActiveCharacterizing ? k : null;
            }
            if (tag.Upos is not (Language.UniversalPos.DET or Language.UniversalPos.ADJ or Language.UniversalPos.NOUN or Language.UniversalPos.PROPN
                or Language.UniversalPos.PRON or Language.UniversalPos.NUM or Language.UniversalPos.ADP or Language.UniversalPos.PART))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// A form of a naming or characterizing verb (<see cref="WordRole.NamingVerbForm"/>, read once per spelling) among the
    /// words the search of <see cref="CharacterizingVerbBefore"/> can reach: without one it finds nothing, so the tagger is
    /// not asked.
    /// </summary>
    private bool NamingVerbFormBefore(int i)
    {
        for (var k = i - 2; k >= 0 && i - 1 - k <= MaxCharacterizedObjectWords && _words[k].IsWord && !_words[k].Has(WordClass.AgentMarker); k--)
        {
            if (_words[k].Has(WordRole.NamingVerbForm))
            {
                return true;
            }
        }
        return false;
    }
}
