using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>A speech act told as the purpose of what the subject did: "The mayor went on the radio to defend the toll."</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A curated speech verb in an infinitive of purpose: "to" after a noun or name the subject's action took (a place, a
    /// medium, an occasion: "took to the radio to", "called a news conference on Friday to") reports what the sentence's
    /// subject said there. Not after an adjective or a verb ("hard to say", "refused to say", "has to tell": no report).
    /// </summary>
    private Attribution? PurposeInfinitive(int i, CueVerb verb, ImmutableArray<Attribution>.Builder earlier)
    {
        if (verb.FromLexicon || verb.PartyOnly || verb.Kind != CueKind.Speech || i < 3 || _words[i - 1].Lower != "to"
            || !_words[i - 2].IsWord || TagOf(i - 2) is not { IsNoun: true } || TagOf(i) is not { Xpos: "VB" })
        {
            return null;
        }
        if (ParticipleSpeaker(earlier) is not { } speaker || speaker.Span.End > _words[i - 2].Span.Start)
        {
            return null;
        }
        var cue = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(_words[i - 1].Span.Start, _words[i].Span.End);
        return new Attribution(cue, speaker, ContentFrom(SkipThat(i + 1)), verb.Lemma, verb.Kind, verb.Loaded) { Verb = _words[i].Span, Pattern = AttributionPatterns.PurposeInfinitive };
    }
}
