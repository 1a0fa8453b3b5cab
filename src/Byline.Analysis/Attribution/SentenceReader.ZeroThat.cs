namespace Byline.Analysis.Attribution;

/// <summary>A content clause with no "that" after a verb of finding ("the researchers found most marshes hold carbon").</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// Word <paramref name="k"/> opens the content clause of a verb of finding or showing: "that", or a finite clause
    /// with "that" left out — a short noun phrase (one determiner at most, at its start, then adjectives, nouns or
    /// numbers) or a single pronoun, and right after it a finite verb by the tagger ("found most marshes hold carbon",
    /// "found it was unsafe"; a past form only as an auxiliary, "found the pier had rotted"). An object with no verb
    /// after it ("found the keys", "found him guilty", "found the pier closed") or a relative clause inside it ("found
    /// the car she wanted": a second subject before the verb) is none.
    /// With "that" left out the finder must be a party (a name, a pronoun, a role, an anonymous source): a thing as the
    /// subject of "shows" or "suggests" is a sign the writer reads, not a source.
    /// </summary>
    private bool OpensFindingClause(int k, Source source)
    {
        if (k >= _words.Count || !_words[k].IsWord)
        {
            return false;
        }
        if (_words[k].Lower == "that")
        {
            return true;
        }
        if (!IsActingParty(source) && source.Kind != SourceKind.Anonymous || !IsWholeSubject(source, k - 1))
        {
            return false; // "the level of priority shows the campaign is worried": a sign, not a finding of anyone's
        }
        if (TagOf(k) is { Xpos: "PRP" })
        {
            return k + 1 < _words.Count && _words[k + 1].IsWord && TagOf(k + 1) is { IsFiniteVerb: true };
        }
        var first = TagOf(k) is { Upos: Language.UniversalPos.DET } or { Xpos: "PRP$" or "RBS" } ? k + 1 : k; // "the", "its", "most"
        for (var j = first; j < _words.Count && j - first <= 5; j++)
        {
            if (!(_words[j].IsWord || _words[j].Kind == WordKind.Number))
            {
                return false;
            }
            var tag = TagOf(j);
            if (tag is { IsFiniteVerb: true })
            {
                // A past form of a full verb is as often a participle describing the object ("found the hut closed");
                // a past auxiliary ("was", "had") is finite.
                return j > first && (tag.Xpos != "VBD" || tag.Upos == Language.UniversalPos.AUX);
            }
            if (tag is not { Upos: Language.UniversalPos.NOUN or Language.UniversalPos.PROPN or Language.UniversalPos.ADJ or Language.UniversalPos.NUM })
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// The party read before the verb at <paramref name="verb"/> is its whole subject, not the tail of a longer one: no
    /// preposition or gerund right before it ("the priority placed on motivating voters shows …") and no plural before
    /// a verb in -s ("one co-sponsor and no senators shows …").
    /// </summary>
    private bool IsWholeSubject(Source source, int verb)
    {
        var first = FirstWordFrom(source.Span.Start);
        if (first > 0 && _words[first - 1].IsWord && TagOf(first - 1) is { Upos: Language.UniversalPos.ADP } or { IsGerund: true }
            || TagOf(first) is { IsGerund: true })
        {
            return false;
        }
        var last = first;
        while (last + 1 < _words.Count && _words[last + 1].Span.End <= source.Span.End)
        {
            last++;
        }
        return !(TagOf(verb) is { Xpos: "VBZ" } && TagOf(last) is { Xpos: "NNS" or "NNPS" });
    }
}
