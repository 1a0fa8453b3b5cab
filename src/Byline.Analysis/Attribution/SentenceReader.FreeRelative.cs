namespace Byline.Analysis.Attribution;

/// <summary>"what she called a “reckless” toll": a free relative that names a thing in someone's words.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The attribution's subject follows a free-relative pronoun (<c>free_relatives</c>: "what she called …", "what they
    /// describe as …"). The clause is a noun phrase that names a thing in its speaker's words; inside what another
    /// attribution reports ("The mayor denounced what he called a “reckless” toll") it is part of that report, not a
    /// second one.
    /// </summary>
    private bool NamesInOwnWords(Attribution attribution)
    {
        if (attribution.Source is not { } source || attribution.Pattern != AttributionPatterns.SubjectCueContent)
        {
            return false;
        }
        var subject = IndexOfWordAt(source.Span.Start);
        return subject > 0 && _words[subject - 1].IsWord && _lexicon.FreeRelatives.Contains(_words[subject - 1].Lower);
    }
}
