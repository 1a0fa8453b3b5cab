using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>
/// The words that name the writer's own text or work (<c>Data/attribution.yaml</c>, <c>own_*</c>): the openers of its
/// noun phrase ("our", "the present"; "this" for the text itself only), the nouns of the text ("paper", "section") and of
/// the work it reports ("study", "aim").
/// </summary>
public sealed record OwnTextWords(ImmutableArray<ImmutableArray<string>> WorkOpeners, ImmutableArray<ImmutableArray<string>> TextOpeners,
    FrozenSet<string> TextNouns, FrozenSet<string> WorkNouns, FrozenSet<string> WriterSubjects)
{
    internal static OwnTextWords Of(Func<string, IEnumerable<string>> strings) => new(
        PhrasesOf(strings("own_work_openers")), PhrasesOf(strings("own_text_openers")),
        strings("own_text_nouns").ToFrozenSet(StringComparer.Ordinal), strings("own_work_nouns").ToFrozenSet(StringComparer.Ordinal),
        strings("own_work_subjects").ToFrozenSet(StringComparer.Ordinal));

    private static ImmutableArray<ImmutableArray<string>> PhrasesOf(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => p.Split(' ').ToImmutableArray())];
}

/// <summary>Whether the sentence's subject is the writer's own text or work.</summary>
internal sealed partial class SentenceReader
{
    // "Finally, our study…", "Thus, our aim…": a short opener and its comma may come before the subject.
    private const int MostOpenerWords = 3;

    // "our overall aim", "the present experimental study": the modifiers between the opener and its noun.
    private const int MostModifiers = 2;

    /// <summary>
    /// The subject names the writer's own text or work ("Our study complements…", "The present paper is organised…",
    /// "Finally, this section lists…"): the sentence describes the text itself, which no outside source could back. A
    /// sentence with a quotation mark is left alone, as "our" there is the speaker's. (A sentence in which the writer
    /// speaks as "we", "In this paper, we propose…", is the writer's own voice already and is not flagged.)
    /// </summary>
    private bool SpeaksOfOwnText()
    {
        if (_firstQuote < _words.Count || OverlapsQuotation())
        {
            return false;
        }
        var words = AttributionLexicon.Instance.OwnText;
        var first = _words.FindIndex(w => w.Kind != WordKind.Punctuation);
        if (first < 0)
        {
            return false;
        }
        if (OwnTextPhraseEnd(first, words) >= 0)
        {
            return true;
        }
        var comma = OpenerComma(first);
        return comma >= 0 && OwnTextPhraseEnd(comma + 1, words) >= 0 || OpensWithOwnWorkPhrase(first, words);
    }

    /// <summary>
    /// The sentence opens with a preposition and a phrase of the writer's own text or work, then a comma or the writer's
    /// "we" ("For the present analysis, the answers were recoded …", "In our experimental setup, …", "In this paper we
    /// compare …"): what follows is done in, or for, the writer's own work. "In this study, …" stays a claim, as "this
    /// study" in news is mostly one just cited; a bare "we" is no sign either (in news it is a speaker's or a columnist's).
    /// </summary>
    private bool OpensWithOwnWorkPhrase(int first, OwnTextWords words)
    {
        if (!_words[first].Has(WordClass.Preposition) || OwnTextPhraseEnd(first + 1, words) is not (>= 0 and var noun) || noun + 1 >= _words.Count)
        {
            return false;
        }
        var next = _words[noun + 1];
        return next.IsPunctuation(',') || next.IsWord && words.WriterSubjects.Contains(next.Lower);
    }

    /// <summary>The comma that ends a short opener at the sentence's start ("Finally,"), or -1.</summary>
    private int OpenerComma(int first)
    {
        for (var k = first; k < _words.Count && k - first <= MostOpenerWords; k++)
        {
            if (_words[k].IsPunctuation(','))
            {
                return k > first ? k : -1;
            }
            if (_words[k].Kind == WordKind.Punctuation)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where a noun phrase of the writer's own text or work that starts at word <paramref name="at"/> ends (its noun's
    /// index), or -1: a work opener before a noun of the text or the work, or a text opener before a noun of the text.
    /// </summary>
    private int OwnTextPhraseEnd(int at, OwnTextWords words)
    {
        var end = OpenerEnd(at, words.WorkOpeners);
        if (end >= 0)
        {
            return NounAfter(end, w => words.WorkNouns.Contains(w) || words.TextNouns.Contains(w));
        }
        end = OpenerEnd(at, words.TextOpeners);
        return end >= 0 ? NounAfter(end, words.TextNouns.Contains) : -1;
    }

    /// <summary>The index after the opener phrase that starts at word <paramref name="at"/>, or -1.</summary>
    private int OpenerEnd(int at, ImmutableArray<ImmutableArray<string>> openers)
    {
        foreach (var opener in openers)
        {
            var k = 0;
            while (k < opener.Length && at + k < _words.Count && _words[at + k].IsWord && _words[at + k].Is(opener[k]))
            {
                k++;
            }
            if (k == opener.Length)
            {
                return at + k;
            }
        }
        return -1;
    }

    /// <summary>The index of a listed noun at word <paramref name="from"/> or after a few lower-case modifiers, or -1.</summary>
    private int NounAfter(int from, Func<string, bool> isNoun)
    {
        for (var k = from; k < _words.Count && k - from <= MostModifiers && _words[k].IsWord; k++)
        {
            if (isNoun(_words[k].Lower))
            {
                return k;
            }
            if (_words[k].IsCapitalized || _words[k].Has(WordClass.Verb | WordClass.BeForm | WordClass.Auxiliary))
            {
                return -1;
            }
        }
        return -1;
    }
}
