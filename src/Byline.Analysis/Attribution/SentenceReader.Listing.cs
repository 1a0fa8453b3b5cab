namespace Byline.Analysis.Attribution;

/// <summary>Whether the sentence is an entry of a listing: a place's address and telephone number with no verb.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A sentence with a telephone number and no verb ("Harbour Café, 12 Quay Street, tel: 555-1234.", "Quay Taxi 3 Pier
    /// Road, 1 201 555-0100."): a travel guide's or a directory's listing of where to find a place, which states nothing a
    /// source could back. A sentence with a verb ("The café, tel 555-1234, opened in 1990.") stays a claim. Only
    /// sentences with a number of a telephone's shape are tagged.
    /// </summary>
    private bool IsListingEntry()
    {
        var sentence = _text.AsSpan(_span.Start, _span.Length);
        // Most sentences hold no digit: one vectorised search skips them before any scan or tagging.
        return (_classes & (WordClass.Verb | WordClass.BeForm | WordClass.Auxiliary)) == 0 && sentence.IndexOfAnyInRange('0', '9') >= 0
            && HoldsTelephoneNumber(sentence) && TagsHoldNoVerb();
    }

    /// <summary>
    /// A telephone number's end: a group of three digits, a space, hyphen or dot, and a group of four digits that ends the
    /// number ("944-3737", "555 1234", "201.555.0100"). A year range ("1998-2002") has four digits before its hyphen; a
    /// figure with commas ("2,470,000") has groups of three.
    /// </summary>
    internal static bool HoldsTelephoneNumber(ReadOnlySpan<char> text)
    {
        for (var i = 3; i + 5 <= text.Length; i++)
        {
            if (text[i] is '-' or ' ' or '.' && DigitsAt(text, i - 3, 3) && (i < 4 || !char.IsAsciiDigit(text[i - 4]))
                && DigitsAt(text, i + 1, 4) && (i + 5 == text.Length || !char.IsAsciiDigit(text[i + 5])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool DigitsAt(ReadOnlySpan<char> text, int start, int count) =>
        start >= 0 && start + count <= text.Length && !text.Slice(start, count).ContainsAnyExceptInRange('0', '9');
}
