using System.Collections.Immutable;

namespace Byline.Analysis.Entities;

/// <summary>
/// A transcript's speaker label in capitals opening a sentence, before its colon ("MS. RUIZ:", "SEN. ANA OKAFOR:",
/// "KIM:"). Capitals say nothing there, as in a line in capitals: the label's words name someone only as the article
/// writes them elsewhere (<see cref="CasedNames"/>), and they are never acronyms. A title before them (the title list,
/// read in title case: "SEN." as "Sen.") says the words after it are a person's name.
/// </summary>
internal static partial class MentionScanner
{
    /// <summary>A label of more words than this is a headline's or a heading's phrase, not a speaker's name.</summary>
    private const int MostSpeakerLabelWords = 4;

    /// <summary>
    /// Adds the candidates of a speaker label opening the sentence; the index of the first word after its colon, or 0
    /// when the sentence opens with none.
    /// </summary>
    private static int ScanSpeakerLabel(string text, int sentenceEnd, List<Word> words, KnowledgeBase kb, ImmutableArray<MentionCandidate>.Builder candidates, bool wrapped)
    {
        var last = SpeakerLabelEnd(text, words);
        if (last < 0) return 0;
        var first = 0;
        while (first <= last && IsTitleInCapitals(text, words[first])) first++;
        if (first == 0)
        {
            ScanCapitals(text, sentenceEnd, words, kb, candidates, wrapped, last + 1); // "KIM:": read as a line in capitals is
        }
        else if (first <= last)
        {
            candidates.Add(new MentionCandidate
            {
                Start = words[first].Start, End = words[last].NameEnd, Surface = SurfaceOf(text, words[first].Start, words[last].NameEnd),
                Type = EntityType.Person, Evidence = TypeEvidence.Context, WordCount = last - first + 1, IsCapitalsOnly = true,
            });
        }
        return last + 1; // a title alone ("SENATOR:") is a role: it names no one
    }

    /// <summary>Its first two characters are a capital and a capital or an apostrophe ("MS.", "O'BRIEN"): told apart from most sentences' first words cheaply.</summary>
    private static bool MayOpenSpeakerLabel(string text, Word first) =>
        first.End - first.Start >= 2 && char.IsAsciiLetterUpper(text[first.Start]) && (char.IsAsciiLetterUpper(text[first.Start + 1]) || text[first.Start + 1] is '\'' or '’');

    /// <summary>
    /// The last word of a label of words in capitals, at most <see cref="MostSpeakerLabelWords"/>, opening the sentence
    /// and closed by a colon that more words follow; -1 when the sentence opens otherwise.
    /// </summary>
    private static int SpeakerLabelEnd(string text, List<Word> words)
    {
        for (var j = 0; j < words.Count - 1 && j < MostSpeakerLabelWords; j++)
        {
            var w = words[j];
            if (w.IsPossessive || !IsLabelWord(text.AsSpan(w.Start, w.End - w.Start))) return -1;
            var after = w.End < text.Length && text[w.End] == '.' ? w.End + 1 : w.End; // "MS.": a title's period
            if (after < text.Length && text[after] == ':') return j;
            if (!IsSingleSpace(text, after, words[j + 1].Start)) return -1;
        }
        return -1;
    }

    /// <summary>Capitals, perhaps with an apostrophe or a hyphen inside ("RUIZ", "O'BRIEN", "SMITH-JONES"), at least two of them first.</summary>
    private static bool IsLabelWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsAsciiLetterUpper(word[0]) || !char.IsAsciiLetterUpper(word[1]) && word[1] is not ('\'' or '’')) return false;
        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c is not ('\'' or '’' or '-')) return false;
        }
        return true;
    }

    /// <summary>A word in capitals that the title list holds in title case, with its period when one follows ("SEN.", "SENATOR").</summary>
    private static bool IsTitleInCapitals(string text, Word w)
    {
        var length = w.NameEnd - w.Start;
        if (length > 16 || !IsCapitalsWord(text, w)) return false;
        Span<char> buffer = stackalloc char[16];
        var classes = SpellingClasses(CasedNames.InTitleCase(text.AsSpan(w.Start, length), buffer[..length]));
        return (classes & WordClass.Title) != 0 || w.End < text.Length && text[w.End] == '.' && (classes & WordClass.TitleWithDot) != 0;
    }
}
