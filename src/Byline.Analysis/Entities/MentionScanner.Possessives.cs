namespace Byline.Analysis.Entities;

/// <summary>
/// Names with a possessive inside: a body's, place's or event's name whose first words are an ordinary noun's
/// possessive ("Workers' Party", "People's Army", "Sailors' Hospital"), where a name's possessive ("Westford's
/// Grand Hotel") ends the name.
/// </summary>
internal static partial class MentionScanner
{
    private ref partial struct SentenceScan
    {
        /// <summary>
        /// The last word of a body's, place's or event's name that runs on through a possessive after the word at
        /// <paramref name="last"/> ("Workers' Party", "People's Army", "Queen's Park", "Sailors 's Hospital"): the possessor is an
        /// ordinary English word, no head word of its own and no name a list knows, and the capitalised words after it end in
        /// a head word. A name before a possessive ("Westford's Grand Hotel", "Japan's Agriculture Ministry") owns what follows
        /// and stays a name of its own. -1 when there is none.
        /// </summary>
        private readonly int PossessiveInNameEnd(int last)
        {
            var owner = words[last];
            var ownerText = text.AsSpan(owner.Start, owner.NameEnd - owner.Start);
            var next = last + 1;
            while (next < words.Count && next <= last + 2 && !IsCapitalised(text, words[next])) next++; // tokenised copy may make a word of "'s" or "s"
            if (next >= words.Count || !IsCapitalised(text, words[next])) return -1;
            var gap = text.AsSpan(owner.End, words[next].Start - owner.End);
            if (gap.Length > 4 || gap is not [.., ' '] || gap.ContainsAnyExcept(" '’s")) return -1;
            if (ownerText is [.., 's', '\'' or '’']) ownerText = ownerText[..^1]; // "Workers'" read as one word
            else if (!owner.IsPossessive && gap.Trim(' ') is not ("'s" or "’s") && !(ownerText is [.., 's'] && gap.Trim(' ') is "'" or "’")) return -1;
            const WordClass heads = WordClass.OrganisationHead | WordClass.PlaceHead | WordClass.MiscHead;
            if (Has(text, words, last, heads | WordClass.NotName | WordClass.GivenName) || !CommonWords.Default.Contains(ownerText)
                || ListedType(text, words, last) is not null || MatchName(kb, text, words, last, sentenceEnd, wrapped) is not null) return -1; // "Japan's", "China's": names spelled as common words
            var end = RunEnd(text, words, next);
            return Has(text, words, end, heads) ? end : -1;
        }
    }

    /// <summary>A possessive written apart from its word, as tokenised copy does ("People 's Army"): no connector of a name.</summary>
    private static bool IsPossessiveMark(string text, Word w) => text.AsSpan(w.Start, w.End - w.Start) is "'s" or "’s" or "s";
}
