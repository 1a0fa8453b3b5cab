using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>Where a cue ends: the particle, preposition or colon it governs is part of it.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "pointed out that …", "talked about the levy", "called on the board", "said: “…”": the word right after a cue
    /// that the cue governs (<c>governed_words</c>) belongs to the cue, and what the cue reports starts after it. Only a
    /// cue that ends with its own word is extended (not "said in a statement").
    /// </summary>
    private void ExtendCuesOverGovernedWords(ImmutableArray<Attribution>.Builder found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (a.Cue.End != a.Verb.End)
            {
                continue;
            }
            // At most two words: a particle and then a preposition ("lashed out at").
            for (var taken = 0; taken < 2 && WordAfter(a.Cue.End) is { } next && Governs(a.CueLemma, _words[next]); taken++)
            {
                a = a with { Cue = TextSpan.FromBounds(a.Cue.Start, _words[next].Span.End), Content = ContentAfterCue(a.Content, a.Cue.Start, next) };
            }
            found[k] = a;
        }
    }

    /// <summary>
    /// The cue of <paramref name="lemma"/> governs <paramref name="word"/>: a listed particle, preposition or colon, or
    /// the complement of a stance adjective ("wary of", "angry about"; not "that", which opens what is reported).
    /// </summary>
    private bool Governs(string lemma, Word word)
    {
        if (!(word.IsWord || word.IsPunctuation(':')) || InsideQuotation(word.Span.Start))
        {
            return false;
        }
        // The word's roles first: most words after a cue are no stance complement, and the lemma's list is then not asked.
        return _lexicon.GovernedWords.Governs(lemma, word.Lower)
            || word.Has(WordRole.StanceComplement) && !word.Has(WordRole.ContentClauseConjunction) && _lexicon.StanceAdjectives.Contains(lemma);
    }

    /// <summary>Content that began inside the extended cue now begins after it, past a "that" ("pointed out that …").</summary>
    private TextSpan ContentAfterCue(TextSpan content, int cueStart, int governed)
    {
        if (content.Start < cueStart || content.Start >= _words[governed].Span.End || content.End <= _words[governed].Span.End)
        {
            return content;
        }
        var first = SkipThat(governed + 1);
        var start = first < _words.Count ? Math.Min(_words[first].Span.Start, content.End) : _words[governed].Span.End;
        return TextSpan.FromBounds(Math.Max(start, content.Start), content.End);
    }

    /// <summary>The index of the first word that starts at or after <paramref name="end"/>, if it follows with only spaces between.</summary>
    private int? WordAfter(int end)
    {
        var i = FirstWordFrom(end);
        return i < _words.Count && _text.AsSpan(end, _words[i].Span.Start - end).IsWhiteSpace() ? i : null;
    }
}
