using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>How a source is classified: named, described, outlet, document, pronoun, anonymous or vague.</summary>
internal sealed partial class SentenceReader
{
    private Source MakeSource(int first, int last)
    {
        if (ContactClauseSubject(first, last) is { } pronoun)
        {
            first = pronoun;
        }
        first = CompoundSubjectStart(first, last);
        first = PastOpenersBeforeSubject(first, last);
        var wordsEnd = _words[last].Span.End - ContractedAuxiliaryLength(last);
        var text = _text[_words[first].Span.Start..wordsEnd];
        var end = ClosesParentheticalPair(first, last) ? _words[last + 1].Span.End : wordsEnd;
        return new Source(TextSpan.FromBounds(_words[first].Span.Start, end), text, Classify(first, last, text));
    }

    /// <summary>
    /// "Then she said", "Even his allies concede", "Does the mayor think": the adverbs and auxiliaries that open a clause
    /// before its subject (<c>openers_before_subject</c>) are no part of it, and the source starts after them; not an
    /// adverb a preposition governs ("By now it …") or one that opens a preposition ("Instead of …").
    /// </summary>
    private int PastOpenersBeforeSubject(int first, int last)
    {
        // The opener test first: a source made for every candidate cue rarely opens with one, and the word before it is
        // asked of the tagger only when there is an opener to step past.
        if (!IsOpenerBeforeSubject(first, last)
            || first > 0 && _words[first - 1].IsWord && (_words[first - 1].Has(WordClass.Preposition | WordClass.AgentMarker) || TagOf(first - 1) is { Upos: Language.UniversalPos.ADP }))
        {
            return first;
        }
        while (IsOpenerBeforeSubject(first, last))
        {
            first++;
        }
        return first;
    }

    private bool IsOpenerBeforeSubject(int first, int last) =>
        first < last && _words[first].IsWord && _words[first].Has(WordRole.OpenerBeforeSubject) && _words[first + 1].IsWord && !_words[first + 1].Has(WordClass.Preposition);

    /// <summary>
    /// "he’s said", "they've argued": a subject pronoun kept in one word with a contracted auxiliary; the auxiliary belongs
    /// to the verb group, not to the source, whose span ends before it. 0 for any other word.
    /// </summary>
    private int ContractedAuxiliaryLength(int k) =>
        _words[k].IsWord && _words[k].Has(WordClass.Pronoun) ? _lexicon.ContractionLength(_words[k].Lower) : 0;

    /// <summary>
    /// "Ana Ruiz, who has sailed the harbour for a decade, said": the comma after a source that holds one closes the
    /// parenthetical the source opened, and PolNeAR's guidelines count it in the source's span (the words, the source's
    /// text, stay without it). A source with no comma of its own ("Ana Ruiz, a pilot") keeps the comma out.
    /// </summary>
    private bool ClosesParentheticalPair(int first, int last)
    {
        if (last + 1 >= _words.Count || !_words[last + 1].IsPunctuation(','))
        {
            return false;
        }
        for (var k = first + 1; k < last; k++)
        {
            if (_words[k].IsPunctuation(','))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "the plan she says will fail", "the only regret he voiced": a subject pronoun right after a noun opens a relative
    /// clause without "that"; the pronoun is the verb's subject, the noun before it what the clause describes.
    /// </summary>
    private int? ContactClauseSubject(int first, int last) =>
        last > first && _words[last].IsWord && _words[last].Has(WordRole.SubjectOnlyPronoun)
        && _words[last - 1].IsWord && TagOf(last - 1) is { IsNoun: true } ? last : null;

    /// <summary>
    /// "Ana Ruiz and Tom Lee said", "The ferry union and the harbour board agree": PolNeAR's guidelines mark a compound
    /// source whole, with its conjunction. A subject read back from its verb stops at "and"; when the phrase before "and"
    /// stands where a subject starts (<see cref="OpensSubjectPosition"/>), the two phrases are one subject. A comma before
    /// "and" joins two clauses ("…, and the board said") unless it closes a description of the first conjunct ("Ana Ruiz,
    /// the harbour master, and Tom Lee said"); a relative pronoun after "and" is its own clause's subject. A phrase before
    /// "and" that holds a verb ("The crowd booed the mayor and Lee said") is a clause of its own, and the source stays.
    /// </summary>
    private int CompoundSubjectStart(int first, int last)
    {
        var conjunction = first - 1;
        if (conjunction < 1 || !_words[conjunction].IsWord || !_lexicon.CompoundSourceConjunctions.Contains(_words[conjunction].Lower)
            || _words[last].Has(WordClass.RelativePronoun) || _phrases.Backward(conjunction - 1) is not { } left
            || _words[conjunction - 1].IsPunctuation(',') && !ClosesParentheticalPair(left.First, conjunction - 2))
        {
            return first;
        }
        return OpensSubjectPosition(left.First, conjunction - 1) && !HasVerbTag(left.First, left.Last) ? ListStart(left.First, last) : first;
    }

    /// <summary>A word the tagger reads as a verb between <paramref name="first"/> and <paramref name="last"/>: a clause, no noun phrase.</summary>
    private bool HasVerbTag(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (_words[k].IsWord && TagOf(k) is { IsVerb: true })
            {
                return true;
            }
        }
        return false;
    }

    private SourceKind Classify(int first, int last, string text)
    {
        if (OutletName(text) is not null)
        {
            return SourceKind.Outlet;
        }
        var head = _words[last];
        if (first == last && head.Has(WordClass.Pronoun | WordClass.RelativePronoun))
        {
            return SourceKind.Pronoun;
        }
        var (hasProperName, hasAnonymousHead, hasSpokesperson, hasDocument) = SourceWords(first, last);
        if (hasSpokesperson)
        {
            return SourceKind.Described; // a spokesperson speaks on the record for an institution
        }
        if (!hasProperName && head.Has(WordClass.VagueSubject) && !head.Has(WordClass.AnonymousHead) && (first == last || _words[first].Has(WordClass.VagueQuantifier)))
        {
            return SourceKind.Vague;
        }
        if (!hasProperName && first == last && head.Has(WordClass.VagueQuantifier))
        {
            return SourceKind.Vague; // "many say"
        }
        if (hasAnonymousHead && (!hasProperName || HasAnonymousPattern(first, last)))
        {
            return _words[first].Has(WordClass.VagueQuantifier) && !hasProperName ? SourceKind.Vague : SourceKind.Anonymous;
        }
        if (hasDocument && !hasProperName)
        {
            return SourceKind.Document;
        }
        if (hasProperName)
        {
            return SourceKind.Named;
        }
        return SourceKind.Described; // a role ("the spokesperson") or an ordinary noun phrase ("the voters")
    }

    /// <summary>
    /// What the words of a source say of it: a capital that is a name's (not the sentence's, nor a nationality's before a
    /// noun), an anonymous source's head, a spokesperson, a document.
    /// </summary>
    private (bool ProperName, bool AnonymousHead, bool Spokesperson, bool Document) SourceWords(int first, int last)
    {
        bool properName = false, anonymousHead = false, spokesperson = false, document = false;
        for (var k = first; k <= last; k++)
        {
            var w = _words[k];
            if (!w.IsWord)
            {
                continue;
            }
            anonymousHead |= w.Has(WordClass.AnonymousHead);
            spokesperson |= w.Has(WordClass.Spokesperson);
            document |= w.Has(WordClass.DocumentHead);
            properName |= w.IsCapitalized && !(k == 0 && w.Has(WordClass.Determiner | WordClass.VagueSubject | WordClass.RoleNoun | WordClass.AnonymousHead))
                && !IsNationalityAdjective(k, last);
        }
        return (properName, anonymousHead, spokesperson, document);
    }

    /// <summary>"a senior State Department official": a named institution does not name the official.</summary>
    private bool HasAnonymousPattern(int first, int last) => _words[last].Has(WordClass.AnonymousHead) && _words[first].IsWord && _lexicon.IndefiniteOpeners.Contains(_words[first].Lower);

    /// <summary>"Iraqi" in "An Iraqi security source": a nationality describing the next word, not a name.</summary>
    private bool IsNationalityAdjective(int k, int last)
    {
        if (k >= last || !_words[k + 1].IsWord)
        {
            return false;
        }
        var t = _words[k].Text;
        return _lexicon.CountryAbbreviations.Contains(t) || t.EndsWith("an", StringComparison.Ordinal) || t.EndsWith("ese", StringComparison.Ordinal) || t.EndsWith("ish", StringComparison.Ordinal) || t.EndsWith('i') || t.EndsWith("ch", StringComparison.Ordinal);
    }
}
