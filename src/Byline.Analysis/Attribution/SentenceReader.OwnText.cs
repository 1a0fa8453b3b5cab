using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>
/// The words that name the writer's own text or work (<c>Data/attribution.yaml</c>, <c>own_*</c>): the openers of its
/// noun phrase ("our", "the present"; "this" for the text itself only), the nouns of the text ("paper", "section") and of
/// the work it reports ("study", "aim").
/// </summary>
public sealed record OwnTextWords(ImmutableArray<ImmutableArray<string>> WorkOpeners, ImmutableArray<ImmutableArray<string>> TextOpeners,
    FrozenSet<string> TextNouns, FrozenSet<string> WorkNouns, FrozenSet<string> WriterSubjects, FrozenSet<string> MethodVerbs,
    FrozenSet<string> MethodConditions, FrozenSet<string> NotBeforeMethodParticle)
{
    internal static OwnTextWords Of(Func<string, IEnumerable<string>> strings) => new(
        PhrasesOf(strings("own_work_openers")), PhrasesOf(strings("own_text_openers")),
        strings("own_text_nouns").ToFrozenSet(StringComparer.Ordinal), strings("own_work_nouns").ToFrozenSet(StringComparer.Ordinal),
        strings("own_work_subjects").ToFrozenSet(StringComparer.Ordinal), strings("own_method_verbs").ToFrozenSet(StringComparer.Ordinal),
        strings("own_method_conditions").ToFrozenSet(StringComparer.Ordinal), strings("own_method_not_before").ToFrozenSet(StringComparer.Ordinal));

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
        return comma >= 0 && OwnTextPhraseEnd(comma + 1, words) >= 0 || OpensWithOwnWorkPhrase(first, words)
            || (_classes & WordClass.FirstPerson) != 0 && ReportsOwnMethod(first, words);
    }

    // Words that, before the writer's "we", make it no longer the sentence's first subject: a verb or a subordinate
    // clause's opener ("The ramp closed because we …", "the queue is longer than the one we found").
    private const WordClass BeforeWriterSubject = WordClass.Verb | WordClass.BeForm | WordClass.Auxiliary | WordClass.SubordinateMarker;

    // Between "we" and its verb of method: a verb or a pronoun makes the verb another's ("we would have measured").
    private const WordClass NotBetweenWriterAndMethod = WordClass.Verb | WordClass.BeForm | WordClass.Auxiliary | WordClass.Pronoun;

    /// <summary>
    /// The writer, as "we", says what they did for their own work ("Therefore we collected …", "In this study we used …",
    /// "However, we also measured …"): the sentence's first subject is "we", after at most an opening phrase with no verb
    /// or condition of its own (<c>own_method_conditions</c>), and its verb is a past one of method (<c>own_method_verbs</c>)
    /// with no particle after it ("we used to …"). Outside quotation marks that is the authors, or the newsroom ("We asked
    /// the ministry …"), telling their own steps, which no outside source could back. A "we" before any other verb stays a
    /// claim ("We need …" is the writer's opinion).
    /// </summary>
    private bool ReportsOwnMethod(int first, OwnTextWords words)
    {
        for (var k = first; k < _words.Count; k++)
        {
            var word = _words[k];
            if (word.IsWord && words.WriterSubjects.Contains(word.Lower))
            {
                return IsMethodVerbAt(k + 1, words) || IsMethodVerbAt(k + 2, words) && IsPlainWord(_words[k + 1]);
            }
            if (word.Kind == WordKind.Quote || word.Has(BeforeWriterSubject) || word.IsWord && words.MethodConditions.Contains(word.Lower))
            {
                return false;
            }
        }
        return false;
    }

    private bool IsMethodVerbAt(int k, OwnTextWords words) =>
        k < _words.Count && _words[k].IsWord && words.MethodVerbs.Contains(_words[k].Lower)
        && !(k + 1 < _words.Count && _words[k + 1].IsWord && words.NotBeforeMethodParticle.Contains(_words[k + 1].Lower));

    // "we then collected", "we also measured": one lower-case word between "we" and its verb, no verb or pronoun.
    private static bool IsPlainWord(Word word) => word.IsWord && !word.IsCapitalized && !word.Has(NotBetweenWriterAndMethod);

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
