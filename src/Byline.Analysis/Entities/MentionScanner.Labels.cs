namespace Byline.Analysis.Entities;

/// <summary>
/// Labels at the start of a line, set off by " - ": wire slugs and section names ("RTRS - Tennis - ...", "PRESS
/// DIGEST - ..."), a dateline's place ("NEW YORK - ..."), a side before its scorers ("Westford - Tom Reed (12th)"),
/// a position before a squad list ("Defenders - ..."). A label is a unit of its own: the dash does not join it to the
/// name after it, as it joins the parts of one name ("Combined Joint Task Force - Operation Inherent Resolve").
/// </summary>
internal static partial class MentionScanner
{
    private ref partial struct SentenceScan
    {
        /// <summary>The last word of the labels that open the sentence so far; -1 before any.</summary>
        private int _labelEnd = -1;

        /// <summary>The first word after a transcript's speaker label ("MS. RUIZ: …"), 0 when the sentence opens with none.</summary>
        public int TurnStart { get; init; }

        /// <summary>The first word of the sentence (after a speaker's label), or the first word after a label's dash.</summary>
        private readonly bool AtLabelPosition(int k) => k == TurnStart || k == _labelEnd + 1 && k > 0 && IsLabelDash(text, words, k - 1);

        /// <summary>
        /// The run <paramref name="k"/>..<paramref name="last"/> cut at its first " - " when it stands where a label
        /// stands and the words before the dash have no head word of a name (with one, the dash is inside a name), or
        /// a given name follows the dash (a club's scorer: "Westford Rovers - Tom Reed (12th)").
        /// </summary>
        private int CutAtLabel(int k, int last)
        {
            if (!AtLabelPosition(k)) return last;
            for (var j = k; j < last; j++)
            {
                if (!IsLabelDash(text, words, j)) continue;
                if (HeadType(text, words, k, j) is not null && !Has(text, words, j + 1, WordClass.GivenName)) return last;
                _labelEnd = j;
                return j;
            }
            if (last + 1 < words.Count && IsLabelDash(text, words, last)) _labelEnd = last; // "Tennis - looms": the label alone
            return last;
        }
    }

    private ref partial struct SentenceScan
    {
        /// <summary>
        /// A label of two words or more in capitals that no list knows and no head word types ("PRESS DIGEST -",
        /// "RESEARCH ALERT -"), or of one such word too long for most acronyms ("WEATHER -", "MARKETS -"): a wire slug
        /// or a section label, not a name.
        /// </summary>
        private readonly bool IsSlug(int k, int last, Alias? known)
        {
            if (known is not null || _labelEnd != last || last == k && words[k].NameEnd - words[k].Start < 5) return false;
            for (var j = k; j <= last; j++)
            {
                if (!IsCapitalsWord(text, words[j])) return false;
            }
            return HeadType(text, words, k, last) is null;
        }
    }

    /// <summary>" - " or " – " after word <paramref name="j"/> (and an initialism's period).</summary>
    private static bool IsLabelDash(string text, List<Word> words, int j)
    {
        if (j + 1 >= words.Count) return false;
        var gapStart = words[j].End;
        if (gapStart < text.Length && text[gapStart] == '.') gapStart++;
        return text.AsSpan(gapStart, words[j + 1].Start - gapStart) is " - " or " – ";
    }
}
