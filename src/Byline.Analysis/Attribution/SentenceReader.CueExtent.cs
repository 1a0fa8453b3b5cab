using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>Where a cue ends: the particle, preposition or colon it governs is part of it.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "pointed out that …", "talked about the levy", "called on the board", "said: “…”": the word right after a cue
    /// that the cue governs (<c>governed_words</c>) belongs to the cue, and what the cue reports starts after it. Only a
    /// cue that ends with its own word is extended (not "said in a statement").
    /// </summary>
    private void ExtendCuesOverGovernedWords(ImmutableArray<Attribution>.Builder found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (a.Cue.End != a.Verb.End)
            {
                continue;
            }
            // At most two words: a particle and then a preposition ("lashed out at").
            for (var taken = 0; taken < 2 && WordAfter(a.Cue.End) is { } next && Governs(a.CueLemma, _words[next]); taken++)
            {
                a = a with { Cue = TextSpan.FromBounds(a.Cue.Start, _words[next].Span.End), Content = ContentAfterCue(a.Content, a.Cue.Start, next) };
            }
            found[k] = a;
        }
    }

    /// <summary>
    /// One stretch of words is one cue: where two readings of a sentence claim overlapping cue words ("has sought" and
    /// "has sought to reassure", a stance adjective and its infinitive "is eager" and "is eager to attack", a colon's
    /// quotation and a verb inside its lead-in), only the reading that starts first is kept, and at the same start the
    /// shorter one, the verb group the other is read through (a party seeks; what it seeks is the content).
    /// </summary>
    private void DropCuesOverlappingAnother(ImmutableArray<Attribution>.Builder found)
    {
        if (found.Count < 2)
        {
            return;
        }
        // Sorted by start, then end, a cue overlaps one kept before it exactly when it starts before the furthest end
        // kept so far: one pass, so a long sentence of many cues stays linear after the sort.
        var byStart = _cuesByStart;
        byStart.Clear();
        for (var k = 0; k < found.Count; k++)
        {
            byStart.Add(found[k]);
        }
        byStart.Sort(ByCueStartThenEnd);
        var dropped = _overlappingCues;
        dropped.Clear();
        var keptEnd = -1;
        foreach (var a in byStart)
        {
            if (a.Cue.Start < keptEnd && a.Cue.Length > 0)
            {
                dropped.Add(a);
            }
            else
            {
                keptEnd = Math.Max(keptEnd, a.Cue.End);
            }
        }
        for (var k = found.Count - 1; k >= 0 && dropped.Count > 0; k--)
        {
            if (dropped.Remove(found[k]))
            {
                found.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// A participle that follows an earlier cue of its clause with no punctuation between them is part of that cue's
    /// report, not a second one by the same speaker: the content of what the verb put out ("issued a statement saying
    /// …", "wrote a letter asking …"), its means ("responded by saying …"), its ground ("criticized the board for
    /// refusing …") or its object's words ("quoted the mayor as saying …"). The two are one cue, and what the
    /// participle reports is its content. A participle clause set off by a comma ("…, saying …", "…, adding …") is a
    /// report of its own and stays.
    /// </summary>
    private void JoinParticiplesToTheirCue(ImmutableArray<Attribution>.Builder found)
    {
        for (var k = found.Count - 1; k >= 0 && found.Count > 1; k--)
        {
            if (found[k] is { Pattern: var pattern } participle && pattern == AttributionPatterns.Participle
                && WordBefore(participle) is var before && !_lexicon.ParticipleClauseOpeners.Contains(before)
                && CueBeforeInOneStretch(found, participle) is { } outer
                && (found[outer].Attributes || !participle.Attributes))
            {
                if (FollowsItsObject(participle) || _lexicon.ParticipleMeansWords.Contains(before))
                {
                    found[outer] = found[outer] with { Cue = TextSpan.FromBounds(found[outer].Cue.Start, participle.Cue.End), Content = participle.Content };
                }
                found.RemoveAt(k);
            }
        }
    }

    // Right after a noun or pronoun, the verb's object, the participle tells what that object says ("a statement saying"):
    // the two are one span. After a preposition or a verb ("for refusing", "as saying", "began calling") it is the outer
    // report's ground or content, and the outer cue keeps its own span.
    private bool FollowsItsObject(Attribution participle)
    {
        var first = FirstWordFrom(participle.Cue.Start);
        return first > 0 && TagOf(first - 1) is { } tag && (tag.IsNoun || tag.Upos == Language.UniversalPos.PRON);
    }

    // The word before the participle past any adverbs ("by publicly saying", "while also noting").
    private string WordBefore(Attribution participle)
    {
        var k = FirstWordFrom(participle.Cue.Start) - 1;
        while (k > 0 && _words[k].IsWord && TagOf(k) is { Upos: Language.UniversalPos.ADV })
        {
            k--;
        }
        return k >= 0 && _words[k].IsWord ? _words[k].Lower : "";
    }

    /// <summary>The index of the cue that ends last before <paramref name="participle"/>'s, when only words lie between them.</summary>
    private int? CueBeforeInOneStretch(ImmutableArray<Attribution>.Builder found, Attribution participle)
    {
        int? nearest = null;
        for (var o = 0; o < found.Count; o++)
        {
            if (found[o].Cue.End <= participle.Cue.Start && found[o].Cue.Length > 0 && (nearest is not { } n || found[o].Cue.End > found[n].Cue.End))
            {
                nearest = o;
            }
        }
        if (nearest is not { } before)
        {
            return null;
        }
        var last = FirstWordFrom(participle.Cue.Start);
        for (var w = FirstWordFrom(found[before].Cue.End); w < last; w++)
        {
            if (!_words[w].IsWord)
            {
                return null;
            }
        }
        return before;
    }

    private static int ByCueStartThenEnd(Attribution x, Attribution y) =>
        x.Cue.Start != y.Cue.Start ? x.Cue.Start.CompareTo(y.Cue.Start) : x.Cue.End.CompareTo(y.Cue.End);

    // Kept by the reader and cleared for each sentence, as the nested-stance set is.
    private readonly List<Attribution> _cuesByStart = [];
    private readonly HashSet<Attribution> _overlappingCues = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The cue of <paramref name="lemma"/> governs <paramref name="word"/>: a listed particle, preposition or colon, or
    /// the complement of a stance adjective ("wary of", "angry about"; not "that", which opens what is reported).
    /// </summary>
    private bool Governs(string lemma, Word word)
    {
        if (!(word.IsWord || word.IsPunctuation(':')) || InsideQuotation(word.Span.Start))
        {
            return false;
        }
        // The word's roles first: most words after a cue are no stance complement, and the lemma's list is then not asked.
        return _lexicon.GovernedWords.Governs(lemma, word.Lower)
            || word.Has(WordRole.StanceComplement) && !word.Has(WordRole.ContentClauseConjunction) && _lexicon.StanceAdjectives.Contains(lemma);
    }

    /// <summary>Content that began inside the extended cue now begins after it, past a "that" ("pointed out that …").</summary>
    private TextSpan ContentAfterCue(TextSpan content, int cueStart, int governed)
    {
        if (content.Start < cueStart || content.Start >= _words[governed].Span.End || content.End <= _words[governed].Span.End)
        {
            return content;
        }
        var first = SkipThat(governed + 1);
        var start = first < _words.Count ? Math.Min(_words[first].Span.Start, content.End) : _words[governed].Span.End;
        return TextSpan.FromBounds(Math.Max(start, content.Start), content.End);
    }

    /// <summary>The index of the first word that starts at or after <paramref name="end"/>, if it follows with only spaces between.</summary>
    private int? WordAfter(int end)
    {
        var i = FirstWordFrom(end);
        return i < _words.Count && _text.AsSpan(end, _words[i].Span.Start - end).IsWhiteSpace() ? i : null;
    }
}
