using Byline.Syntax;

namespace Byline.Analysis.Attribution;

/// <summary>
/// Reads a title line that announces the story as a question-and-answer interview (<c>interview_title_phrases</c>): a
/// phrase opening the headline or a part of it after a colon or a dash, after an article at most, with the one asked
/// after it ("Interview with Ana Ruiz", "In conversation with Ana Ruiz") or, when the phrase is the whole part, before
/// the colon ("Ana Ruiz: an interview", "Ana Ruiz: An interview with the harbour master") or after it ("Q&amp;A: Ana Ruiz
/// on the pier"). A phrase inside a part ("The mayor's interview with Fox sparks row") announces nothing.
/// </summary>
internal static class InterviewHeadlines
{
    public static InterviewIntro Read(BlockNode node, BlockWords words)
    {
        for (var s = 0; s < node.Sentences.Length; s++)
        {
            var tokens = words.Sentence(s);
            var previous = 0..0;
            var start = 0;
            for (var i = 0; i <= tokens.Length; i++)
            {
                if (i < tokens.Length && !IsPartMark(node.Text, tokens[i]))
                {
                    continue;
                }
                if (Announced(node.Text, tokens, previous, start..i) is { Says: true } title)
                {
                    return title;
                }
                (previous, start) = (start..i, i + 1);
            }
        }
        return default;
    }

    /// <summary>The announcement a part of the headline (<paramref name="part"/>) opens with, after the part before it.</summary>
    private static InterviewIntro Announced(string text, ReadOnlySpan<BlockWord> tokens, Range previous, Range part)
    {
        var (start, end) = (part.Start.Value, part.End.Value);
        var at = start < end && tokens[start].Lexeme is { } first && (first.Classes & WordClass.Article) != 0 ? start + 1 : start;
        var phrase = LongestPhraseAt(text, tokens[..end], at);
        if (phrase == 0)
        {
            return default;
        }
        var after = at + phrase;
        // "Interview tips for graduates": a phrase goes on into its part only through its preposition ("interview with").
        if (after < end && !InterviewIntros.IsPreposition(tokens[after - 1]))
        {
            return default;
        }
        var named = WholeName(text, tokens, previous)
            ?? (after < end ? InterviewIntros.NameAfter(text, tokens, after, end)
                : end < tokens.Length ? InterviewIntros.NameAfter(text, tokens, end + 1, NextPartEnd(text, tokens, end))
                : null);
        return new InterviewIntro(true, named) { Announces = true };
    }

    /// <summary>The length in tokens of the longest title phrase at <paramref name="at"/>, or 0.</summary>
    private static int LongestPhraseAt(string text, ReadOnlySpan<BlockWord> tokens, int at)
    {
        var longest = 0;
        foreach (var phrase in AttributionLexicon.Instance.Interview.TitlePhrases)
        {
            if (phrase.Length > longest && InterviewTurns.MatchesAt(text, tokens, at, phrase))
            {
                longest = phrase.Length;
            }
        }
        return longest;
    }

    /// <summary>The part before the announcement when it is a name and nothing else ("Ana Ruiz: an interview").</summary>
    private static Source? WholeName(string text, ReadOnlySpan<BlockWord> tokens, Range part)
    {
        var (offset, length) = part.GetOffsetAndLength(tokens.Length);
        for (var k = offset; k < offset + length; k++)
        {
            if (!InterviewIntros.IsNameWord(tokens[k]))
            {
                return null;
            }
        }
        return length == 0 ? null : InterviewIntros.NameOf(text, tokens, part);
    }

    private static int NextPartEnd(string text, ReadOnlySpan<BlockWord> tokens, int end)
    {
        var next = end + 1;
        while (next < tokens.Length && !IsPartMark(text, tokens[next]))
        {
            next++;
        }
        return next;
    }

    /// <summary>A colon, a dash or a bar that parts a headline ("Ana Ruiz: an interview", "Q&amp;A — Ana Ruiz").</summary>
    private static bool IsPartMark(string text, BlockWord token) => token.End - token.Start == 1 && text[token.Start] is ':' or '—' or '–' or '|';
}
