using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>A speech act told as the purpose of what the subject did: "The mayor went on the radio to defend the toll."</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A curated speech verb in an infinitive of purpose: "to" after a noun or name the subject's action took (a place, a
    /// medium, an occasion: "took to the radio to", "called a news conference on Friday to") reports what the sentence's
    /// subject said there. Not after an adjective or a verb ("hard to say", "refused to say", "has to tell": no report), and
    /// only before the words the verb reports before, as a finite verb ("to put pressure on" and "to speak at" report nothing).
    /// </summary>
    private Attribution? PurposeInfinitive(int i, CueVerb verb, ImmutableArray<Attribution>.Builder earlier)
    {
        if (verb.FromLexicon || verb.PartyOnly || verb.Kind != CueKind.Speech || i < 3 || _words[i - 1].Lower != "to"
            || !_words[i - 2].IsWord || !ReportsBeforeNextWord(i, verb) || TagOf(i - 2) is not { IsNoun: true } || TagOf(i) is not { Xpos: "VB" })
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

    /// <summary>
    /// The word after word <paramref name="i"/> lets the verb report: one of its only_before words, or the rest of a phrase
    /// cue the verb opens ("made it clear"), and none of its not_before; nor is the word before it one of its not_after.
    /// </summary>
    private bool ReportsBeforeNextWord(int i, CueVerb verb) =>
        (verb.OnlyBefore.Count == 0 || OnlyBeforeWordFollows(i, verb) || OpensPhraseCueWithSourceBefore(i))
        && !(i + 1 < _words.Count && verb.NotBefore.Contains(_words[i + 1].Lower))
        && !(i > 0 && verb.NotAfter.Contains(_words[i - 1].Lower));

    /// <summary>
    /// One of the verb's only_before words follows word <paramref name="i"/>; for a verb read only before an infinitive
    /// (<see cref="CueVerb.OnlyBeforeInfinitive"/>), an infinitive marker counts only with a base-form verb after it.
    /// </summary>
    private bool OnlyBeforeWordFollows(int i, CueVerb verb) =>
        IndexOfFollowing(i, verb.OnlyBefore) is { } k
        && (!verb.OnlyBeforeInfinitive || !_words[k].Has(WordRole.InfinitiveMarker) || k + 1 < _words.Count && TagOf(k + 1) is { Xpos: "VB" })
        || TopicFollowsAddressee(i, verb) || EstimateFollows(i, verb);

    // The longest object read between an estimating verb and its marker ("put the total number of emails in her account at …").
    private const int MaxEstimateObjectWords = 16;

    // The words that may stand between an estimate's marker and its figure ("at about 55,000", "at a solid 50 percent").
    private const int MaxWordsBeforeFigure = 2;

    /// <summary>
    /// After verb <paramref name="i"/>, an object and then one of <see cref="CueVerb.EstimateMarkers"/> with a figure after it
    /// ("put his net worth at $45 billion"): the clause gives the subject's estimate. The object holds no punctuation, so
    /// the marker is the verb's, not a later clause's ("put the plan on hold, at 9 a.m. …" estimates nothing).
    /// </summary>
    private bool EstimateFollows(int i, CueVerb verb)
    {
        if (verb.EstimateMarkers.Count == 0)
        {
            return false;
        }
        for (var k = i + 2; k < _words.Count && k <= i + 1 + MaxEstimateObjectWords; k++)
        {
            if (!_words[k - 1].IsWord && _words[k - 1].Kind != WordKind.Number)
            {
                return false;
            }
            if (verb.EstimateMarkers.Contains(_words[k].Lower))
            {
                return FigureFollows(k);
            }
        }
        return false;
    }

    /// <summary>A number after word <paramref name="marker"/>, past at most two words or a currency sign ("at about 55,000", "at $45 billion").</summary>
    private bool FigureFollows(int marker)
    {
        for (var k = marker + 1; k < _words.Count && k <= marker + 1 + MaxWordsBeforeFigure; k++)
        {
            if (_words[k].Kind == WordKind.Number)
            {
                return true;
            }
            if (!_words[k].IsWord && !IsCurrencySign(k))
            {
                return false;
            }
        }
        return false;
    }

    private bool IsCurrencySign(int k) =>
        _words[k].Text.Length == 1 && char.GetUnicodeCategory(_words[k].Text[0]) == System.Globalization.UnicodeCategory.CurrencySymbol;

    /// <summary>The longest addressee read between a verb and its topic word: a name or a short description with its place or time ("to CNN on Monday").</summary>
    private const int MaxAddresseeWords = 10;

    /// <summary>
    /// After word <paramref name="i"/>, an addressee (<see cref="CueVerb.AddresseeOpeners"/>: "spoke to reporters", "spoke with
    /// the station's host on Friday") and then a topic word (<see cref="CueVerb.AfterAddressee"/>): the words between hold no
    /// punctuation and no verb, so the topic word is the speaking verb's, not a clause's of its own ("spoke to voters who
    /// cared about …" reports nothing).
    /// </summary>
    private bool TopicFollowsAddressee(int i, CueVerb verb)
    {
        if (verb.AddresseeOpeners.Count == 0 || IndexOfFollowing(i, verb.AddresseeOpeners) is not { } opener)
        {
            return false;
        }
        for (var k = opener + 1; k < _words.Count && k <= opener + MaxAddresseeWords; k++)
        {
            if (verb.AfterAddressee.Contains(_words[k].Lower))
            {
                return k > opener + 1;
            }
            if (_words[k].Kind is not (WordKind.Word or WordKind.Number) || TagOf(k) is { IsVerb: true })
            {
                return false;
            }
        }
        return false;
    }

    private bool OpensPhraseCueWithSourceBefore(int i) => _words[i].Has(WordClass.PhraseCueFirst) && MatchPhraseCue(i) is { SourceAfter: false };
}
