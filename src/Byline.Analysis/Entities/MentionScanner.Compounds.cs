using System.Collections.Immutable;

namespace Byline.Analysis.Entities;

/// <summary>
/// Names written as the first part of a hyphenated adjective: "Paris-based", "U.S.-led", "New York-born",
/// "Russian-backed". The name before the hyphen is the entity (a place, a people); the participle or noun after
/// it is not part of the name, and a name after the adjective is a name of its own ("the Toronto-based
/// Halvorsen Shipping").
/// </summary>
internal static partial class MentionScanner
{
    /// <summary>
    /// Where the name part of word <paramref name="j"/> ends as a hyphenated adjective: at the last hyphen when
    /// only lower-case letters follow it ("Paris-based"), or at the hyphen after an initialism's period ("U.S.-led",
    /// where "led" is a word of its own). -1 when the word is none.
    /// </summary>
    private static int CompoundHyphen(string text, List<Word> words, int j)
    {
        var w = words[j];
        var word = text.AsSpan(w.Start, w.NameEnd - w.Start);
        var hyphen = word.LastIndexOfAny('-', '‐');
        if (hyphen > 0)
        {
            var tail = word[(hyphen + 1)..];
            return tail.Length >= 2 && !tail.ContainsAnyExceptInRange('a', 'z') && char.IsLetter(word[hyphen - 1]) ? w.Start + hyphen : -1;
        }
        return w.End + 1 < text.Length && text[w.End] == '.' && text[w.End + 1] is '-' or '‐' && j + 1 < words.Count
            && words[j + 1].Start == w.End + 2 && char.IsLower(text[words[j + 1].Start]) ? w.End + 1 : -1;
    }

    private ref partial struct SentenceScan
    {
        /// <summary>
        /// The last word of a hyphenated adjective that a run of capitalised words starting at <paramref name="k"/>
        /// reaches ("Los Angeles-based"), or -1: the run ends there, whatever follows.
        /// </summary>
        private readonly int CompoundAt(int k, out int hyphen)
        {
            for (var j = k; j < words.Count && j <= k + 3; j++)
            {
                if (j > k && (!IsSingleSpace(text, words[j - 1].End, words[j].Start) || !IsCapitalised(text, words[j]) || Has(text, words, j, WordClass.NotName)))
                {
                    break;
                }
                if (words[j].IsPossessive) break;
                hyphen = CompoundHyphen(text, words, j);
                if (hyphen > 0) return j;
            }
            hyphen = -1;
            return -1;
        }

        /// <summary>
        /// Adds the name before the hyphen of an adjective ending at word <paramref name="j"/>, typed by the knowledge
        /// base or the name list. False when neither knows the name part: the word may be no adjective of a name
        /// ("Pre-war", the surname "Silpa-archa"), and is read as any other.
        /// </summary>
        private bool AddCompoundName(int k, int j, int hyphen)
        {
            var start = words[k].Start;
            var firstEnd = Math.Min(words[k].NameEnd, hyphen);
            var known = kb.Match(text, start, hyphen, text.AsSpan(start, firstEnd - start), wrapped: wrapped);
            if (known is not null && start + known.Surface.Length == hyphen)
            {
                Add(Make(text, words, k, j, hyphen, OneLine(known.Surface), known, known.Entity.Type, TypeEvidence.Known, sentenceInitial: false), j);
                return true;
            }
            var name = text.AsSpan(start, hyphen - start);
            if (name.IndexOfAny('-', '‐') > 0)
            {
                var before = candidates.Count;
                AddHyphenParts(text, new Word(start, hyphen, hyphen), kb, candidates); // "Iran-Iraq-led": names inside the name part
                return candidates.Count > before;
            }
            if (NameGazetteer.Default.TypeOf(name) is not { } listed) return false;
            Add(Make(text, words, k, j, hyphen, SurfaceOf(text, start, hyphen), null, listed, TypeEvidence.Listed, sentenceInitial: false), j);
            return true;
        }
    }
}
