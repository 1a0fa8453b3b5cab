namespace Byline.Analysis.Entities;

/// <summary>
/// A sentence's first word is capitalised because the sentence starts there, not because it is a name: before a
/// country the knowledge base knows, a word it does not know and that no name list holds is the sentence's own word
/// (an adjective, a participle, a description: "Defiant Freedonia", "Stranded Ruritania"). Not before a city or
/// region: clubs and firms are named after their home ("Dynamo Westford").
/// </summary>
internal static partial class MentionScanner
{
    private ref partial struct SentenceScan
    {
        /// <summary>
        /// The first word of a sentence, on no list of name words and unknown to the knowledge base and to the name list,
        /// before a known country that ends the run of capitals: the first word is no part of the name.
        /// </summary>
        private readonly bool IsOpenerBeforeKnownName(int k)
        {
            if (k + 1 >= words.Count || !IsSingleSpace(text, words[k].End, words[k + 1].Start) || !IsCapitalised(text, words[k + 1])
                || words[k].IsPossessive || IsAcronymShape(Span(text, words[k])))
            {
                return false;
            }
            const WordClass nameWords = WordClass.GivenName | WordClass.Title | WordClass.PlaceStart | WordClass.OrganisationStart | WordClass.MiscStart
                | WordClass.PlaceHead | WordClass.OrganisationHead | WordClass.MiscHead | WordClass.SurnameParticle;
            if ((ClassesOf(text, words, k) & nameWords) != 0 || IsDirection(words, k) || ListedTypeAsWritten(text, words, k) is not null)
            {
                return false;
            }
            var next = words[k + 1];
            if (MatchName(kb, text, words, k + 1, sentenceEnd, wrapped) is not { Entity.Kind: "country" } known) return false;
            var last = RunEnd(text, words, k);
            return words[last].NameEnd == next.Start + known.Surface.Length;
        }

        /// <summary>
        /// A direction the knowledge base knows as a people's word ("Western": of the West) right before a capitalised
        /// word: it opens that name, as any direction does ("Western Ruritania", "Western Rovers").
        /// </summary>
        private readonly bool IsDirectionOpeningName(int k, Alias known) =>
            known.Entity.Kind == "nationality" && known.Surface.Length == words[k].NameEnd - words[k].Start && !words[k].IsPossessive
            && IsDirection(words, k) && k + 1 < words.Count && IsSingleSpace(text, words[k].End, words[k + 1].Start)
            && IsCapitalised(text, words[k + 1]) && !Has(text, words, k + 1, WordClass.NotName);
    }
}
