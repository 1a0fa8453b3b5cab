using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>Where the object of a phrase cue whose source follows it ("according to …") ends.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "…, according to a Harbour Institute/Tide Watch survey released on Friday", "according to people familiar with
    /// the talks": the object of "according to" is a whole noun phrase with what follows its head (a participle, a
    /// prepositional phrase, an adjective's complement), so it runs on over words from <paramref name="last"/>, the end of
    /// the phrase the reader found, to the mark that closes the phrase: a comma, colon, semicolon, bracket, dash, quotation
    /// mark or the sentence's end. A mark written between two words without a space ("Institute/Tide", "tidewatch.org")
    /// joins them. When the phrase opens the sentence, its object ends only at a comma: with none, the reader's end stands,
    /// since the words after it may be the clause it introduces.
    /// </summary>
    private int PhraseObjectEnd(int last, bool opensSentence)
    {
        var k = last;
        while (k + 1 < _words.Count && (_words[k + 1].Kind is WordKind.Word or WordKind.Number || JoinsTwoWords(k + 1)))
        {
            k++;
        }
        while (k > last && _words[k].Kind is not (WordKind.Word or WordKind.Number))
        {
            k--;
        }
        if (opensSentence && !(k + 1 < _words.Count && _words[k + 1].IsPunctuation(',')))
        {
            return last;
        }
        return k;
    }

    /// <summary>
    /// The object of "according to" where the noun-phrase reader finds none: a quoted title ("according to “The Harbour
    /// Years,” the pier …"), a pronoun with what follows it ("according to some on the council"), a possessive before a
    /// quoted name ("according to her “fair fares” plan"). The phrase always names its source after it, so the words up to
    /// the mark that closes the phrase (a comma, semicolon, full stop, bracket or dash outside quotation marks or a comma
    /// before the closing mark; a colon inside a quoted title stays) are that source. Null when no word follows or the run is longer than a phrase.
    /// </summary>
    private (int First, int Last)? UnreadPhraseObject(int first)
    {
        const int MaxWords = 12;
        var quoted = false;
        int firstWord = -1, lastWord = -1, k = first;
        for (; k < _words.Count && k - first < MaxWords; k++)
        {
            var w = _words[k];
            if (w.Kind == WordKind.Quote)
            {
                quoted = !quoted;
            }
            else if (w.Kind == WordKind.Punctuation && !JoinsTwoWords(k) && (!quoted || ClosesQuotedTitle(k)))
            {
                break;
            }
            else if (w.Kind is WordKind.Word or WordKind.Number)
            {
                firstWord = firstWord < 0 ? k : firstWord;
                lastWord = k;
            }
        }
        var closed = k == _words.Count || _words[k].Kind == WordKind.Punctuation;
        return firstWord >= 0 && closed ? (firstWord, lastWord) : null;
    }

    /// <summary>A comma written inside the closing quotation mark (“The Harbour Years,”): it closes the phrase.</summary>
    private bool ClosesQuotedTitle(int k) => _words[k].IsPunctuation(',') && k + 1 < _words.Count && _words[k + 1].Kind == WordKind.Quote;

    /// <summary>A mark other than a clause's (comma, colon, semicolon, bracket, dash) written with no space on either side.</summary>
    private bool JoinsTwoWords(int k) =>
        _words[k].Kind == WordKind.Punctuation && k + 1 < _words.Count && _words[k - 1].Span.End == _words[k].Span.Start
        && _words[k].Span.End == _words[k + 1].Span.Start && _words[k + 1].Kind is WordKind.Word or WordKind.Number
        && _words[k].Text is not ("," or ";" or ":" or "(" or ")" or "[" or "]" or "—" or "–" or "--");

    /// <summary>
    /// <paramref name="source"/> spanning to word <paramref name="last"/>: the
    /// words after its head describe it, and its kind stays the one its head gives ("people familiar with the talks" are
    /// still anonymous people).
    /// </summary>
    private Source WithExtent(Source source, int last)
    {
        if (_words[last].Span.End <= source.Span.End)
        {
            return source;
        }
        var span = TextSpan.FromBounds(source.Span.Start, _words[last].Span.End);
        return source with { Span = span, Text = _text[span.Start..span.End] };
    }
}
