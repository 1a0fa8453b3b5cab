using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A reporting verb in the infinitive a party's verb or adjective takes: "The mayor declined to say whether the pier would close."</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A curated reporting verb <paramref name="i"/> after "to" (<c>infinitive_markers</c>), read by the tagger as a base
    /// form, where the word before "to" is a verb or an adjective ("refused to say", "wants to argue", "was quick to
    /// deny", "has yet to comment"): the infinitive's subject is that word's subject, so a party there is told to say,
    /// or to mean or refuse to say, what follows, a report about that party and no claim of the writer's. After a noun
    /// the infinitive is one of purpose (<see cref="PurposeInfinitive"/>). WordNet candidates and party verbs are left
    /// out: after "to" they are mostly plans ("sought to block"). A controller read as a cue already ("refused", "wanted")
    /// reports the act itself.
    /// </summary>
    private Attribution? ControlledInfinitive(int i, CueVerb verb, ImmutableArray<Attribution>.Builder found)
    {
        if (verb.FromLexicon || verb.PartyOnly || verb.Kind == CueKind.Evidence || i < 2 || !_words[i - 1].Has(WordRole.InfinitiveMarker)
            || !_words[i - 2].IsWord || !ReportsBeforeNextWord(i, verb) || TagOf(i) is not { Xpos: "VB" } || ControllerBefore(i - 1) is not { } controller)
        {
            return null;
        }
        if (CueCovers(found, controller) || PartySubjectBefore(VerbBeforeAdjective(controller)) is not { } source)
        {
            return null;
        }
        var cue = TextSpan.FromBounds(_words[controller].Span.Start, _words[i].Span.End);
        return new Attribution(cue, source, ContentFrom(SkipThat(i + 1)), verb.Lemma, verb.Kind, verb.Loaded) { Verb = _words[i].Span, Pattern = AttributionPatterns.ControlledInfinitive };
    }

    /// <summary>
    /// The verb or adjective whose infinitive opens at word <paramref name="to"/>: the word before it, or before an adverb
    /// there ("has yet to say"); null when a noun or anything else stands there, a semi-modal (<c>semi_modals</c>: "had
    /// to tell", "is going to say"), a tough adjective (<c>tough_adjectives</c>: "hard to say"), a verb of appearance (<c>evidential_verbs</c>:
    /// "appeared to know" raises its subject, the writer hedges; not a copula of sensory appearance, "looks to expand" an aim), a cue verb out of its reporting sense ("spoke to ask":
    /// "speak" reports only before its topic words), or a degree word before the adjective ("too close to call": a result, as after "so").
    /// </summary>
    private int? ControllerBefore(int to)
    {
        var k = to - 1;
        if (k > 0 && TagOf(k) is { Upos: Language.UniversalPos.ADV } && _words[k - 1].IsWord)
        {
            k--;
        }
        var controls = TagOf(k) is { Upos: Language.UniversalPos.VERB or Language.UniversalPos.ADJ or Language.UniversalPos.AUX }
            && !_lexicon.SemiModals.Contains(_words[k].Lower) && !_lexicon.ToughAdjectives.Contains(_words[k].Lower) && !(_words[k].Has(WordClass.EvidentialVerb) && !_lexicon.AppearanceCopulas.Contains(_words[k].Lower)) && !ResultDegreeBefore(k)
            && (_words[k].Lexeme.Verb is not { } cueVerb || ReportsBeforeNextWord(k, cueVerb));
        return controls ? k : null;
    }
}
