using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>What the part-of-speech tagger says about a word, asked lazily: a window around the word, or a short sentence whole.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The last test of a verb cue, asked only once the cheaper ones have passed and a source was found (most
    /// sentences never get here, so most are never tagged): a WordNet candidate must be read as a reporting verb
    /// ("she states", not "the states"), a spelling that is usually a noun as a verb of any kind.
    /// </summary>
    private bool VerbReadingHolds(int i, CueVerb verb, bool nounReading) =>
        verb.FromLexicon ? TaggedAsReportingVerb(i) : !nounReading || TagOf(i) is { IsVerb: true };

    /// <summary>
    /// The tagger reads word <paramref name="i"/> as a verb, and not as a passive participle after "be" ("was
    /// praised": the passive pattern reads those). Callers ask last, once the cheaper checks have passed.
    /// </summary>
    private bool TaggedAsReportingVerb(int i)
    {
        if (TagOf(i) is not { } tag || !tag.IsVerb)
        {
            return false;
        }
        // "was praised" is passive (the passive pattern reads it); "has praised" is not.
        return !(tag.Xpos == "VBN" && i > 0 && _words[i - 1] is { IsWord: true } previous
            && previous.Has(WordClass.BeForm | WordClass.Auxiliary) && !_lexicon.PerfectAuxiliaries.Contains(previous.Lower));
    }

    /// <summary>
    /// The tag of word <paramref name="i"/>, from tagging a window of a few tokens around it rather than the whole
    /// sentence: the greedy tagger's features reach two words either side, and a window of eight tokens costs a
    /// fraction of a whole sentence. Null when no token starts where the word starts.
    /// </summary>
    private Language.PosTag? TagOf(int i)
    {
        var tokens = _node.Sentences[_sentence].Tokens;
        var at = Find(tokens, _words[i].Span.Start);
        if (at < 0)
        {
            return null;
        }
        var first = Math.Max(0, at - WindowBefore);
        var window = tokens.AsSpan(first, Math.Min(tokens.Length, at + WindowAfter + 1) - first);
        var tags = _windowTags ??= new Language.PosTag[WindowBefore + WindowAfter + 1];
        Language.PartOfSpeechTagger.Default.Tag(_text, window, tags);
        return tags[at - first];
    }

    private const int WindowBefore = 4;
    private const int WindowAfter = 3;

    [ThreadStatic]
    private static Language.PosTag[]? _windowTags;

    private static int Find(ImmutableArray<Syntax.Token> tokens, int start)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = tokens[mid].Span.Start;
            if (at == start)
            {
                return mid;
            }
            (lo, hi) = at < start ? (mid + 1, hi) : (lo, mid - 1);
        }
        return -1;
    }

    /// <summary>
    /// A short run of words with no verb ("pilgrims at the mosque in 2008.", a photo description split off a
    /// caption) asserts nothing. Only short sentences that open in lower case and hold no verb of the word lists
    /// are tagged to find out: most sentences are never asked.
    /// </summary>
    private bool IsFragment(int wordCount)
    {
        var first = _words.FindIndex(w => w.IsWord);
        if (first < 0 || wordCount > 12 || !char.IsLower(_words[first].Text[0]) || (_classes & (WordClass.Verb | WordClass.BeForm | WordClass.Auxiliary)) != 0)
        {
            return false;
        }
        var tokens = _node.Sentences[_sentence].Tokens;
        if (tokens.Length > 24)
        {
            return false;
        }
        var tags = new Language.PosTag[tokens.Length];
        Language.PartOfSpeechTagger.Default.Tag(_text, tokens.AsSpan(), tags);
        foreach (var tag in tags)
        {
            if (tag.UposLabel.Contains("VERB", StringComparison.Ordinal) || tag.UposLabel.Contains("AUX", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
