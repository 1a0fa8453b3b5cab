using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>A question put to someone: "Asked whether …, the mayor said …", "… when asked about the pier".</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The past participle of a question verb (<c>question_verbs</c>) that opens a participle clause reports a
    /// question put to the party who answers: the main clause's subject after the clause ("Asked whether the pier
    /// would reopen, the mayor smiled"), or the sentence's earlier source when the clause comes last ("the mayor
    /// said, when asked about the pier"). News copy rarely names who asked (a reporter, the writer), so the party is
    /// the one asked; the question is what was put to them. Where the word stands says it is a participle (the
    /// greedy tagger often reads a past tense there): after a subject, "the mayor asked whether" is the mayor's own
    /// question, read as a reporting verb.
    /// </summary>
    private Attribution? QuestionPut(int i, CueVerb verb, ImmutableArray<Attribution>.Builder earlier)
    {
        // The clause's opening first: asked of every verb cue, it is a few flag tests, and most cues open none.
        if (!OpensParticipleClause(i) || !_lexicon.QuestionVerbs.Contains(verb.Lemma))
        {
            return null;
        }
        var clauseEnd = CommaAfter(i);
        Source? party;
        if (OnlyOpenersBefore(i))
        {
            party = clauseEnd >= 0 && (SubjectAfterOpener(i) ?? _phrases.Forward(PastClosingMarks(clauseEnd), allowAppositive: false)) is { } subject ? MakeSource(subject.First, subject.Last) : null;
        }
        else
        {
            party = earlier.Count > 0 ? earlier[^1].Source : SentenceSubject() is { } opening ? MakeSource(opening.First, opening.Last) : null;
        }
        if (party is null || party.Kind == SourceKind.Document)
        {
            return null; // a document is not asked
        }
        var contentEnd = clauseEnd >= 0 ? clauseEnd - 1 : _words.Count - 1;
        while (contentEnd > i && _words[contentEnd].Kind is WordKind.Punctuation or WordKind.Quote)
        {
            contentEnd--;
        }
        var content = contentEnd > i ? TextSpan.FromBounds(_words[i + 1].Span.Start, _words[contentEnd].Span.End) : new TextSpan(_words[i].Span.End, 0);
        return new Attribution(_words[i].Span, party, content, verb.Lemma, CueKind.Speech, LoadedCue: false) { Verb = _words[i].Span, Pattern = AttributionPatterns.QuestionPut };
    }

    /// <summary>A participle clause starts at the sentence's first word, after a subordinator ("when", "after"), a comma, or "being".</summary>
    private bool OpensParticipleClause(int i)
    {
        if (OnlyOpenersBefore(i))
        {
            return true;
        }
        var previous = _words[i - 1];
        // "after being asked": the participle of "be" is no subject either.
        return previous.IsPunctuation(',') || previous.IsWord && (previous.Has(WordClass.SubordinateMarker)
            || previous.Has(WordClass.BeForm) && previous.EndsInIng);
    }

    /// <summary>Only quotation marks, punctuation and at most one subordinator ("When asked …") stand before word <paramref name="i"/>.</summary>
    private bool OnlyOpenersBefore(int i)
    {
        var words = 0;
        for (var k = 0; k < i; k++)
        {
            if (_words[k].IsWord && (++words > 1 || !_words[k].Has(WordClass.SubordinateMarker)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The first word after the comma at <paramref name="comma"/> and the closing quotation marks written after it: a
    /// question that ends in a quotation ("Asked whether the pier is “safe enough,” the mayor …") closes with the comma
    /// inside the mark, and the answerer's name follows the mark. A mark after a comma outside any quotation opens one.
    /// </summary>
    private int PastClosingMarks(int comma)
    {
        var k = comma + 1;
        if (!InsideQuotation(_words[comma].Span.Start))
        {
            return k;
        }
        while (k < _words.Count && _words[k].Kind == WordKind.Quote)
        {
            k++;
        }
        return k;
    }

    /// <summary>The first comma after word <paramref name="i"/>, which ends a participle clause, or -1.</summary>
    private int CommaAfter(int i)
    {
        for (var k = i + 1; k < _words.Count; k++)
        {
            if (_words[k].IsPunctuation(','))
            {
                return k;
            }
        }
        return -1;
    }
}
