namespace Byline.Analysis.Entities;

/// <summary>
/// The business pages' conventions: company legal forms (<c>legal-forms</c> in entity-words.yaml: "Norvell Holdings
/// Ltd", "Barclays plc", "Acme, Inc.") and currency signs with a country's letters (<c>currency-prefixes</c>: "C$", "US$").
/// </summary>
internal static partial class MentionScanner
{
    /// <summary>
    /// The last word of a name run ending at <paramref name="last"/> once a legal form written after it joins it:
    /// a lower-case one ("Barclays plc") that a run of capitals leaves out, one after "&" ("Brandvik & Co"), or one
    /// after a comma ("Acme, Inc.") spelled with three letters or more (", SA" may be a country's abbreviation).
    /// -1 when none follows.
    /// </summary>
    private static int LegalFormAfter(string text, List<Word> words, int last)
    {
        if (last + 1 >= words.Count || words[last].IsPossessive) return -1;
        var next = words[last + 1];
        var gapStart = words[last].End;
        var form = text.AsSpan(next.Start, next.NameEnd - next.Start);
        if (!IsLegalForm(text, next)) return -1;
        if (IsSingleSpace(text, gapStart, next.Start)) return last + 1;
        var gap = text.AsSpan(gapStart, next.Start - gapStart);
        return gap is ", " && form.Length >= 3 || gap is " & " ? last + 1 : -1; // "Brandvik & Co": "&" is no word of its own
    }

    /// <summary>A word on the legal-forms list, as written or with the period after it ("Corp.", "S.A.").</summary>
    private static bool IsLegalForm(string text, Word w)
    {
        return IsOn(w, NeighbourWords.LegalFormName)
            || !w.IsPossessive && w.End < text.Length && text[w.End] == '.' && IsOn(w, NeighbourWords.LegalFormWithDot);
    }

    /// <summary>
    /// Where a name ending with the word <paramref name="w"/> ends: after the period of a legal form whose list
    /// spelling has one ("Norvell Corp.", "Cofinec S.A.") or of an initialism ("N.J."), which is part of the name even
    /// where it also ends the sentence.
    /// </summary>
    private static int NameEndWithForm(string text, Word w)
    {
        if (w.IsPossessive || w.End >= text.Length || text[w.End] != '.') return w.NameEnd;
        var word = text.AsSpan(w.Start, w.End + 1 - w.Start);
        // "N.J.", "H.K.": an initialism's last period is part of it, as its inner ones are.
        return IsOn(w, NeighbourWords.LegalFormWithDot) || word[..^1].Contains('.') && IsAcronymShape(word) ? w.End + 1 : w.NameEnd;
    }

    /// <summary>A known name followed by nothing but a legal form ("Microsoft Corp."): the known firm, named in full.</summary>
    private static bool OnlyLegalFormAfter(string text, List<Word> words, int k, int last, Alias known)
    {
        var end = words[k].Start + known.Surface.Length;
        return last > k && words[last - 1].NameEnd == end && IsLegalForm(text, words[last]) && known.Entity.Type == EntityType.Organization;
    }

    /// <summary>"US" in "US$ 20", "HK" in "HK$3": the letters of a currency sign on the currency-prefixes list.</summary>
    private static bool IsCurrencyPrefix(string text, Word w) =>
        w.End < text.Length && text[w.End] == '$' && w.End - w.Start <= 3
        && EntityWords.Default.CurrencyPrefixes.Contains(text.AsSpan(w.Start, w.End + 1 - w.Start));

    /// <summary>
    /// "350 SEK", "EUR 20", "10 - 20 BAM": an ISO 4217 code right before or after a number is the currency of an amount, not
    /// a body's acronym.
    /// </summary>
    private static bool IsCurrencyCodeBesideAmount(string text, List<Word> words, int k) =>
        Is(words, k, SpellingFlags.CurrencyCode)
        && (k > 0 && IsNumber(text, words[k - 1]) && IsSingleSpace(text, words[k - 1].End, words[k].Start)
            || k + 1 < words.Count && IsNumber(text, words[k + 1]) && IsSingleSpace(text, words[k].End, words[k + 1].Start));

    /// <summary>
    /// "C$ 45 million": a currency sign names the currency, never the country its letters stand for; a sign the
    /// knowledge base knows is that currency, any other names nothing.
    /// </summary>
    private static MentionCandidate? CurrencySign(string text, Word w, KnowledgeBase kb)
    {
        var end = w.End + 1;
        if (kb.Match(text, w.Start, end, text.AsSpan(w.Start, w.End - w.Start)) is not { } known || known.Surface.Length != end - w.Start)
        {
            return null;
        }
        return new MentionCandidate { Start = w.Start, End = end, Surface = known.Surface, Known = known, Type = known.Entity.Type, Evidence = TypeEvidence.Known, WordCount = 1 };
    }

    /// <summary>
    /// Two capitalised names joined by "&" ("Douglas & Lomason", "Marks & Spencer"): a firm's name. News copy joins
    /// two people, or two places, with "and".
    /// </summary>
    private static bool HasAmpersand(string text, List<Word> words, int k, int last)
    {
        for (var j = k; j < last; j++)
        {
            if (text.AsSpan(words[j].End, words[j + 1].Start - words[j].End) is " & ") return true;
        }
        return false;
    }

    /// <summary>
    /// "a Fiat Panda", "his Volvo Amazon": a maker of cars or motorcycles (<c>vehicle-makers</c>) followed by capitalised
    /// words that hold no head word, no other maker and no unit of the firm (<c>vehicle-maker-units</c>: "Ford Motor")
    /// names a model, a product. A place after the maker names the firm's business there ("Volvo Sweden").
    /// </summary>
    private static bool IsMakeAndModel(string text, List<Word> words, int k, int last, EntityType? headType, KnowledgeBase kb)
    {
        if (last == k || headType is not null || words[k].IsPossessive || !IsOn(words, k, NeighbourWords.VehicleMaker)) return false;
        for (var j = k + 1; j <= last; j++)
        {
            var word = Span(text, words[j]);
            if (EntityWords.Default.VehicleMakers.Contains(word) || EntityWords.Default.VehicleMakerUnits.Contains(word) || IsLegalForm(text, words[j])
                || kb.Match(text, words[j].Start, words[j].NameEnd, text.AsSpan(words[j].Start, words[j].NameEnd - words[j].Start))?.Entity.Type == EntityType.Location)
            {
                return false;
            }
        }
        return true;
    }
}
