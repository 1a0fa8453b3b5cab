namespace Byline.Analysis.Attribution;

/// <summary>A subject with a restrictive relative clause: "Officials who spoke to the board said …".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How far back from the verb a restrictive relative clause's pronoun is looked for.</summary>
    private const int MaxRelativeClauseWords = 15;

    /// <summary>
    /// "A harbour official who spoke to the crews about the new timetable said …", "Skippers who lost boats in the
    /// storm say …": a relative clause with no commas (a restrictive one) is part of its noun's phrase, so the subject of
    /// the verb after it is that noun with the clause, not the clause's last noun ("the new timetable"). Read back from
    /// <paramref name="headEnd"/>, the word before the verb group, over words only: the relative pronoun ("who",
    /// "which", or a "that" the tagger reads as one) must stand right after a noun phrase, and the clause must hold a
    /// finite verb of its own ("the plan that the mayor said" holds none: there "said" is the clause's verb), and end in a
    /// noun phrase right before the verb group. Null when that shape is not there. The tagger is asked only once a relative pronoun's spelling is found.
    /// </summary>
    private (int First, int Last)? RestrictiveRelativeSubject(int headEnd)
    {
        for (var k = headEnd; k > 0 && headEnd - k < MaxRelativeClauseWords && _words[k].IsWord; k--)
        {
            if (_words[k].Has(WordClass.RelativePronoun) || _words[k].Has(WordRole.TaggedRelativePronoun))
            {
                return IsRelativePronounAt(k) && IsTaggedNominal(headEnd) && HasFiniteVerb(k + 1, headEnd) && _phrases.Backward(k - 1) is { } antecedent
                    ? (WithNounComplementHead(antecedent.First), headEnd)
                    : null;
            }
        }
        return null;
    }

    private bool IsRelativePronounAt(int k) =>
        _words[k].Has(WordClass.RelativePronoun) && TagOf(k) is { Xpos: "WP" or "WDT" } || IsRelativeThat(k);

    /// <summary>The tagger reads word <paramref name="k"/> as a noun, a pronoun or a number: a noun phrase can end there.</summary>
    private bool IsTaggedNominal(int k) => TagOf(k) is { IsNoun: true } or { Upos: Language.UniversalPos.PRON or Language.UniversalPos.NUM };

    private bool HasFiniteVerb(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (TagOf(k) is { IsFiniteVerb: true } or { Upos: Language.UniversalPos.AUX })
            {
                return true;
            }
        }
        return false;
    }
}
