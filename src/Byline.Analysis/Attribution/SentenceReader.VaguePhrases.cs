using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>The vague phrases of a sentence (BYL0002): hedges, agentless passives and reactions.</summary>
internal sealed partial class SentenceReader
{
    private ImmutableArray<VaguePhrase> FindVaguePhrases(ImmutableArray<Attribution> attributions)
    {
        var found = _vagueBuffer ??= ImmutableArray.CreateBuilder<VaguePhrase>();
        found.Clear();
        // Found only when a vague phrase needs it: most sentences have none.
        var firstMarker = -2;
        // Each pattern is read only where all of its words can be in the sentence: a form of "be" is in most sentences, but
        // an agentless passive also needs one of the agentless participles after it, and a reaction verb a reaction noun.
        var passives = (_classes & (WordClass.BeForm | WordClass.AgentlessParticiple)) == (WordClass.BeForm | WordClass.AgentlessParticiple);
        var reactions = (_classes & (WordClass.ReactionVerb | WordClass.ReactionNoun)) == (WordClass.ReactionVerb | WordClass.ReactionNoun);
        var wordsToRead = (_classes & (WordClass.Hedge | WordClass.EvidentialVerb)) != 0 || passives || reactions ? _words.Count : 0;
        for (var i = 0; i < wordsToRead; i++)
        {
            var w = _words[i];
            if (!w.IsWord)
            {
                continue;
            }
            if (w.Has(WordClass.Hedge))
            {
                var end = i + 1 < _words.Count && _words[i + 1].IsWord ? _words[i + 1].Span.End : w.Span.End;
                found.Add(Vague(TextSpan.FromBounds(w.Span.Start, end), VagueKind.Hedge, i, ref firstMarker));
                continue;
            }
            if (w.Has(WordClass.EvidentialVerb) && EvidentialHedgeEnd(i) is >= 0 and var last)
            {
                found.Add(Vague(TextSpan.FromBounds(w.Span.Start, _words[last].Span.End), VagueKind.Hedge, i, ref firstMarker));
                continue;
            }
            if (passives && w.Has(WordClass.BeForm) && AgentlessPassive(i) is { } passive)
            {
                found.Add(Vague(passive, VagueKind.AgentlessPassive, i, ref firstMarker));
                continue;
            }
            if (reactions && w.Has(WordClass.ReactionVerb) && AgentlessReaction(i) is { } reaction)
            {
                found.Add(Vague(reaction, VagueKind.AgentlessReaction, i, ref firstMarker));
            }
        }
        foreach (var attribution in attributions)
        {
            if (attribution.Source is { Kind: SourceKind.Vague } source)
            {
                var index = IndexOfWordAt(source.Span.Start);
                found.Add(Vague(TextSpan.FromBounds(Math.Min(source.Span.Start, attribution.Cue.Start), Math.Max(source.Span.End, attribution.Cue.End)), VagueKind.VagueSubject, index, ref firstMarker));
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found.ToImmutable();
    }

    /// <summary>
    /// The last word of a hedge that verb of appearance <paramref name="verb"/> opens, or -1: "appears to", "seemed
    /// that", "seems like", "appeared pleased" (an adjective or a past participle, perhaps after an adverb: "appeared
    /// more likely", "appeared poised"), "seems stable" (a copula of appearance hedges before anything), "it appears,
    /// though, that" (after an impersonal subject).
    /// </summary>
    private int EvidentialHedgeEnd(int verb)
    {
        var next = verb + 1;
        var copula = _lexicon.AppearanceCopulas.Contains(_words[verb].Lower);
        if (next < _words.Count && _words[next].IsWord && _words[next].Has(WordClass.EvidentialComplement)
            && (!copula || !_lexicon.ContentClauseOpeners.Contains(_words[next].Lower) && !_words[next].Has(WordRole.InfinitiveMarker)))
        {
            return next;
        }
        if (AsClauseAfter(next) is >= 0 and var asClause)
        {
            return asClause;
        }
        if (!copula && _lexicon.EvidentialCopulas.Contains(_words[verb].Lower)
            || verb > 0 && _words[verb - 1].IsWord && _lexicon.EvidentialSubjects.Contains(_words[verb - 1].Lower))
        {
            return next < _words.Count && _words[next].IsWord ? next : verb;
        }
        if (next >= _words.Count || !_words[next].IsWord)
        {
            return -1;
        }
        if (TagOf(next) is { Upos: Language.UniversalPos.ADV } && next + 1 < _words.Count && _words[next + 1].IsWord)
        {
            next++; // "appeared more likely", "appears very weak"
        }
        // A verb of appearance takes no object and is no auxiliary, so a past participle after it is its predicative
        // complement as an adjective is ("appeared poised", "seems resigned", "appears headed for a loss").
        return TagOf(next) is { Upos: Language.UniversalPos.ADJ } or { Xpos: "VBN" } ? next : -1;
    }

    /// <summary>The second word of a two-word opener of a clause of manner at <paramref name="at"/> ("as if", "as though"), else -1.</summary>
    private int AsClauseAfter(int at) =>
        at + 1 < _words.Count && _words[at].IsWord && _words[at + 1].IsWord
        && _lexicon.EvidentialClauseOpeners.Contains(_words[at].Lower + " " + _words[at + 1].Lower) ? at + 1 : -1;

    private VaguePhrase Vague(TextSpan span, VagueKind kind, int wordIndex, ref int firstMarker)
    {
        if (firstMarker == -2)
        {
            firstMarker = FirstSubordinateMarker();
        }
        return new(span, kind, _text.Substring(span.Start, span.Length)) { InSubordinateClause = firstMarker >= 0 && wordIndex > firstMarker && InOpenSubordinateClause(wordIndex, fromStart: false) };
    }

    /// <summary>"has been widely protested", "is believed", "was said to" — with no "by …" agent after it.</summary>
    private TextSpan? AgentlessPassive(int be)
    {
        var k = be + 1;
        while (k < _words.Count && _words[k].IsWord && _words[k].Has(WordClass.Intensifier))
        {
            k++;
        }
        if (k >= _words.Count || !_words[k].IsWord || !_words[k].Has(WordClass.AgentlessParticiple))
        {
            return null;
        }
        var participle = k;
        var next = participle + 1 < _words.Count ? _words[participle + 1].Lower : "";
        if (_lexicon.AgentPrepositions.Contains(next) || _lexicon.NamingPassives.Contains((_words[participle].Lower, next)))
        {
            return null; // "was condemned by the UN", "is known as"
        }
        var start = be;
        if (start > 0 && _words[start - 1].Has(WordRole.PerfectAuxiliary))
        {
            start--;
        }
        var end = _words[participle].Span.End;
        if (next == "to")
        {
            end = _words[participle + 1].Span.End; // "was said to"
        }
        return TextSpan.FromBounds(_words[start].Span.Start, end);
    }

    /// <summary>"drew condemnation across the region", "sparked outrage" — a reaction nobody is named for.</summary>
    private TextSpan? AgentlessReaction(int verb)
    {
        var k = verb + 1;
        if (k < _words.Count && _words[k].Lower == "with")
        {
            k++; // "met with criticism"
        }
        var skipped = 0;
        while (k < _words.Count && _words[k].IsWord && !_words[k].Has(WordClass.ReactionNoun) && skipped < 2 && !_words[k].Has(WordClass.ClauseBoundary))
        {
            k++;
            skipped++;
        }
        if (k >= _words.Count || !_words[k].Has(WordClass.ReactionNoun))
        {
            return null;
        }
        var noun = k;
        var end = _words[noun].Span.End;
        if (noun + 1 < _words.Count)
        {
            var next = _words[noun + 1].Lower;
            if (_lexicon.ReactionAgentPrepositions.Contains(next))
            {
                return null; // "drew condemnation from the UN" names who reacted
            }
            if (_lexicon.ReactionSpread.Contains(next))
            {
                var last = noun + 1;
                while (last + 1 < _words.Count && _words[last + 1].IsWord && !_words[last + 1].Has(WordClass.ClauseBoundary) && last - noun < 4)
                {
                    last++;
                }
                end = _words[last].Span.End;
            }
        }
        return TextSpan.FromBounds(_words[verb].Span.Start, end);
    }

    private int FirstSubordinateMarker()
    {
        for (var i = 1; i < _words.Count; i++)
        {
            if (_words[i].IsWord && _words[i].Has(WordClass.SubordinateMarker))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The first word that starts at <paramref name="offset"/>, or 0 when none does. Found by binary search (words are in
    /// text order): it is asked once per attribution and vague phrase, so a scan made a long sentence quadratic.
    /// </summary>
    private int IndexOfWordAt(int offset)
    {
        var i = FirstWordFrom(offset);
        return i < _words.Count && _words[i].Span.Start == offset ? i : 0;
    }

    /// <summary>The first word that starts at or after <paramref name="offset"/> (the word count when none does).</summary>
    private int FirstWordFrom(int offset)
    {
        int lo = 0, hi = _words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = _words[mid].Span.Start < offset ? (mid + 1, hi) : (lo, mid);
            _scanSteps++;
        }
        return lo;
    }
}
