using System.Collections.Immutable;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// What a block says of an interview the publication or the writer held: whether it says one was held ("Wikinews
/// interviewed Ana Ruiz", "Ana Ruiz, the harbour master, spoke to the BBC", "We asked Ana Ruiz …") and whom they asked,
/// when a name stands there (block-relative; null for "interviewed him").
/// </summary>
public readonly record struct InterviewIntro(bool Says, Source? Interviewee)
{
    /// <summary>
    /// It says the publication or the writer held the interview itself ("Wikinews interviews Ana Ruiz", a title line
    /// "Interview with Ana Ruiz"): the story is the interview, and its layout is open at once.
    /// </summary>
    public bool Announces { get; init; }
}

/// <summary>
/// Reads an intro's signal of an interview (<see cref="InterviewIntro"/>): a phrase of <c>interview_intro_signals</c>
/// with the publication (an outlet) or the writer ("we", "us") on one side of it; the one asked is the other side. A
/// phrase with neither ("The mayor spoke to reporters") says nothing: the interview is someone else's.
/// </summary>
internal static class InterviewIntros
{
    public static InterviewIntro Read(BlockNode node, BlockWords words)
    {
        var lexicon = AttributionLexicon.Instance.Interview;
        if (node.Kind == BlockKind.Headline && InterviewHeadlines.Read(node, words) is { Says: true } title)
        {
            return title;
        }
        // Most paragraphs hold no signal's first word: one vectorised search over the text skips their words.
        if (node.Kind is not (BlockKind.Paragraph or BlockKind.Headline or BlockKind.Standfirst))
        {
            return default;
        }
        var first = node.Text.AsSpan().IndexOfAny(lexicon.IntroSignalStarts);
        if (first < 0)
        {
            return default;
        }
        for (var s = 0; s < node.Sentences.Length; s++)
        {
            var tokens = words.Sentence(s);
            // A signal lies in one sentence and holds its longest word: a sentence of the paragraph without any is
            // skipped as the paragraph was (the words "told" or "asked" let through are mostly in one of its sentences).
            // A sentence that ends before the paragraph's first such word holds none, and is not searched again.
            if (tokens.IsEmpty || tokens[^1].End <= first || node.Text.AsSpan(tokens[0].Start, tokens[^1].End - tokens[0].Start).IndexOfAny(lexicon.IntroSignalStarts) < 0)
            {
                continue;
            }
            if (SignalIn(node.Text, tokens) is { Says: true } intro)
            {
                return intro;
            }
        }
        return default;
    }

    /// <summary>The first signal of the sentence's tokens with the publication or the writer on one side of it, or none.</summary>
    private static InterviewIntro SignalIn(string text, ReadOnlySpan<BlockWord> tokens)
    {
        var lexicon = AttributionLexicon.Instance.Interview;
        var byLength = lexicon.IntroSignalsByLength;
        for (var i = 0; i < tokens.Length; i++)
        {
            // Only the signals whose first word is as long as the token: most lengths have one or two.
            var length = tokens[i].End - tokens[i].Start;
            if (length >= byLength.Length || byLength[length] is not { } signals)
            {
                continue;
            }
            foreach (var signal in signals)
            {
                if (InterviewTurns.MatchesAt(text, tokens, i, signal) && Sides(text, tokens, i, i + signal.Length) is { Says: true } intro)
                {
                    return intro with { Announces = AsksSomeone(tokens, i + signal.Length, intro) && lexicon.AnnouncingSignals.Contains(string.Join(' ', signal)) };
                }
            }
        }
        return default;
    }

    /// <summary>
    /// The signal has the one asked: named, or a noun phrase after it ("Wikinews interviews the owners of a bar"). In "the
    /// skippers I interviewed said …" a verb follows: the writer interviewed people for a story, which is no interview's
    /// layout.
    /// </summary>
    private static bool AsksSomeone(ReadOnlySpan<BlockWord> tokens, int after, InterviewIntro intro) =>
        intro.Interviewee is not null
        || after < tokens.Length && tokens[after].IsWordToken && tokens[after].Lexeme is { Verb: null } lexeme
           && (lexeme.Classes & (WordClass.Auxiliary | WordClass.BeForm | WordClass.Preposition | WordClass.ClauseBoundary)) == 0;

    /// <summary>The parties before and after a signal at tokens [<paramref name="start"/>, <paramref name="end"/>): one must be the interviewer.</summary>
    private static InterviewIntro Sides(string text, ReadOnlySpan<BlockWord> tokens, int start, int end)
    {
        var before = PartyBefore(text, tokens, start);
        var after = PartyAfter(text, tokens, end);
        if (IsInterviewer(text, tokens, before))
        {
            return new InterviewIntro(true, NameOf(text, tokens, after) ?? NameAfter(text, tokens, end, tokens.Length));
        }
        return IsInterviewer(text, tokens, after) ? new InterviewIntro(true, NameOf(text, tokens, before)) : default;
    }

    /// <summary>
    /// The words right before the signal: its subject, past an appositive set off by commas ("Ana Ruiz, the harbour
    /// master, spoke to …"): a pronoun, or the capitalised words of a name. Empty when neither stands there.
    /// </summary>
    private static Range PartyBefore(string text, ReadOnlySpan<BlockWord> tokens, int start)
    {
        var end = start;
        if (end > 0 && IsMark(text, tokens[end - 1], ','))
        {
            var open = end - 2;
            while (open >= 0 && end - open <= MaxAppositive && !IsMark(text, tokens[open], ','))
            {
                open--;
            }
            end = open >= 0 && end - open <= MaxAppositive ? open : end;
        }
        var first = end;
        while (first > 0 && IsNameWord(tokens[first - 1]))
        {
            first--;
        }
        return first == end && end > 0 && IsPronoun(text, tokens[end - 1]) ? (end - 1)..end : first..end;
    }

    /// <summary>The words right after the signal: its object, past "the" ("spoke to the BBC"): a pronoun or a name's capitalised words.</summary>
    private static Range PartyAfter(string text, ReadOnlySpan<BlockWord> tokens, int end)
    {
        if (end < tokens.Length && IsPronoun(text, tokens[end]))
        {
            return end..(end + 1);
        }
        var first = end < tokens.Length && tokens[end].Lexeme is { } article && (article.Classes & WordClass.Article) != 0 ? end + 1 : end;
        var last = first;
        while (last < tokens.Length && IsNameWord(tokens[last]))
        {
            last++;
        }
        return first..last;
    }

    /// <summary>The writer ("we", "us") or an outlet ("the BBC", "Wikinews").</summary>
    private static bool IsInterviewer(string text, ReadOnlySpan<BlockWord> tokens, Range party)
    {
        var (offset, length) = party.GetOffsetAndLength(tokens.Length);
        if (length == 0)
        {
            return false;
        }
        if (length == 1 && InterviewTurns.IsAsWritten(text, tokens[offset], AttributionLexicon.Instance.Interview.InterviewerPronouns))
        {
            return true;
        }
        // The outlet may end a longer run of capitals ("On Saturday Wikinews interviewed …").
        for (var k = offset; k < offset + length; k++)
        {
            if (AttributionLexicon.Instance.OutletIn(text[tokens[k].Start..tokens[offset + length - 1].End]) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The one asked, when a name stands there (not a pronoun, not an outlet).</summary>
    internal static Source? NameOf(string text, ReadOnlySpan<BlockWord> tokens, Range party)
    {
        var (offset, length) = party.GetOffsetAndLength(tokens.Length);
        if (length == 0 || !IsNameWord(tokens[offset]))
        {
            return null;
        }
        var span = TextSpan.FromBounds(tokens[offset].Start, tokens[offset + length - 1].End);
        return new Source(span, text.Substring(span.Start, span.Length), SourceKind.Named);
    }

    /// <summary>
    /// The one asked named after words that describe them ("academic Ana Ruiz about …", "US harbour master Ana Ruiz"): the
    /// first run of two or more capitalised words between <paramref name="from"/> and <paramref name="end"/> that ends the
    /// phrase (at its end, a mark, a preposition or a time word: "Ana Ruiz Sunday, May 3"), past capitalised words that
    /// describe ("US political activist"). A preposition after words that are no such name ends the search: "the owners of
    /// a bar", "President of the Harbour Board" name nobody.
    /// </summary>
    internal static Source? NameAfter(string text, ReadOnlySpan<BlockWord> tokens, int from, int end)
    {
        var i = from;
        while (i < end)
        {
            var last = i;
            while (last < end && IsNameWord(tokens[last]) && !IsTimeWord(tokens[last]))
            {
                last++;
            }
            var endsPhrase = last == end || !tokens[last].IsWordToken || IsTimeWord(tokens[last]) || IsPreposition(tokens[last]);
            if (last - i >= 2 && endsPhrase)
            {
                return NameOf(text, tokens, i..last);
            }
            if (endsPhrase && last < end && IsPreposition(tokens[last]))
            {
                return null;
            }
            i = Math.Max(last, i + 1);
        }
        return null;
    }

    private static bool IsTimeWord(BlockWord token) => token.Lexeme is { } lexeme && (lexeme.Classes & WordClass.TimeWord) != 0;

    /// <summary>A preposition, or one that opens what is spoken of ("about"): the interview's topic after the one asked.</summary>
    internal static bool IsPreposition(BlockWord token) =>
        token.Lexeme is { } lexeme && ((lexeme.Classes & WordClass.Preposition) != 0 || (lexeme.Roles & WordRole.TopicPreposition) != 0);

    /// <summary>Words an appositive between commas may hold ("a former member of the national team").</summary>
    private const int MaxAppositive = 12;

    internal static bool IsNameWord(BlockWord token) => token.IsWordToken && token.Lexeme is { IsUpper: true } lexeme && !IsPronounWord(lexeme);

    private static bool IsPronoun(string text, BlockWord token) =>
        token.Lexeme is { } lexeme && (IsPronounWord(lexeme) || InterviewTurns.IsAsWritten(text, token, AttributionLexicon.Instance.Interview.InterviewerPronouns));

    private static bool IsPronounWord(Lexeme lexeme) => (lexeme.Classes & WordClass.Pronoun) != 0 || (lexeme.Roles & WordRole.ObjectPronoun) != 0;

    private static bool IsMark(string text, BlockWord token, char mark) => token.End - token.Start == 1 && text[token.Start] == mark;
}
