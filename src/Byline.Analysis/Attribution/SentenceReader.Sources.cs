using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>How a source is classified: named, described, outlet, document, pronoun, anonymous or vague.</summary>
internal sealed partial class SentenceReader
{
    private Source MakeSource(int first, int last)
    {
        var span = TextSpan.FromBounds(_words[first].Span.Start, _words[last].Span.End);
        var text = _text.Substring(span.Start, span.Length);
        return new Source(span, text, Classify(first, last, text));
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
        var hasProperName = false;
        var hasAnonymousHead = false;
        var hasSpokesperson = false;
        var hasDocument = false;
        for (var k = first; k <= last; k++)
        {
            var w = _words[k];
            if (!w.IsWord)
            {
                continue;
            }
            var lower = w.Lower;
            hasAnonymousHead |= w.Has(WordClass.AnonymousHead);
            hasSpokesperson |= w.Has(WordClass.Spokesperson);
            hasDocument |= w.Has(WordClass.DocumentHead);
            if (w.IsCapitalized && !(k == 0 && w.Has(WordClass.Determiner | WordClass.VagueSubject | WordClass.RoleNoun | WordClass.AnonymousHead)) && !IsNationalityAdjective(k, last))
            {
                hasProperName = true;
            }
        }
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
