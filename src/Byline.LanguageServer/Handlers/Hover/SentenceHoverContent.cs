using System.Collections.Immutable;
using System.Text;
using Byline.Analysis;
using Byline.Analysis.Attribution;
using Byline.LanguageServer.Handlers.DocumentSymbols;
using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Handlers.Sourcing;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;
using static Byline.LanguageServer.Handlers.Hover.EntityHoverContent;

namespace Byline.LanguageServer.Handlers.Hover;

/// <summary>
/// The Markdown of a sentence hover: its sourcing status and why — the cue and source that cover it (with the
/// entity the source names), the chain of sentences a carried-over source runs along, the vague phrase that
/// weakens it, what breaks the carry-over — then the findings on it with what would fix them. A sentence that
/// is no claim says why not, so a reader can see why something is not flagged as well as why it is.
/// </summary>
public static class SentenceHoverContent
{
    public static string Build(ArticleAnalysis analysis, int index, ArticleText text, ImmutableArray<Finding> findings)
    {
        var sentences = analysis.Sourcing.Sentences;
        var sentence = sentences[index];
        var md = new StringBuilder();
        if (!sentence.IsClaim)
        {
            md.Append("**Not a claim** · ").Append(NotClaimWhy(sentence)).Append("\n\n");
            AppendSources(md, sentence, analysis, text);
        }
        else
        {
            md.Append("**Claim · ").Append(SourcingWords.Status(sentence.Status)).Append("**\n\n");
            switch (sentence.Status)
            {
                case SourcingStatus.Attributed:
                    AppendSources(md, sentence, analysis, text);
                    break;
                case SourcingStatus.Carried:
                    AppendCarryOver(md, sentences, index, analysis, text);
                    break;
                case SourcingStatus.Vague:
                    AppendVague(md, sentence, text);
                    break;
                default:
                    AppendUnattributedWhy(md, sentences, index, analysis);
                    break;
            }
        }
        AppendFindings(md, sentence.Span, findings);
        return md.ToString().TrimEnd();
    }

    /// <summary>The index of the model's sentence whose span holds <paramref name="offset"/> (its end included), or -1.</summary>
    public static int IndexAt(ArticleSourcing sourcing, int offset)
    {
        var sentences = sourcing.Sentences;
        int low = 0, high = sentences.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var span = sentences.SpanAt(middle);
            if (offset < span.Start)
            {
                high = middle - 1;
            }
            else if (offset > span.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }
        return -1;
    }

    private static string NotClaimWhy(SentenceSourcing sentence) => sentence.NotClaimReason switch
    {
        NotClaimReason.NotProse => $"a {sentence.BlockKind.ToString().ToLowerInvariant()} line: captions, credits, bylines, datelines, headings, boilerplate and footnotes are not checked for sourcing.",
        NotClaimReason.Question => "a question asks; it asserts nothing checkable.",
        NotClaimReason.OtherScript => "written mostly in another script than the article.",
        NotClaimReason.TooShort => "too short to assert something checkable (fewer than 4 words, 3 in a headline).",
        NotClaimReason.Fragment => "a short run of words with no verb (a photo description or a label): it asserts nothing.",
        NotClaimReason.CallToAction => "a call to action addressed to the reader (follow, sign up, email us): the site's furniture, not a claim.",
        NotClaimReason.Heading => "a heading set inside the text: it names what follows, and the paragraphs under it source their own claims.",
        NotClaimReason.Furniture => "a caption, credit, date line or listing (address, telephone) on a line of its own: the page's furniture.",
        NotClaimReason.OwnWork => "the writer on their own text or study (\"This section describes …\", \"We recoded …\"): the authors' own account of their work.",
        _ => "not read as a claim.",
    };

    private static void AppendSources(StringBuilder md, SentenceSourcing sentence, ArticleAnalysis analysis, ArticleText text)
    {
        foreach (var attribution in sentence.Attributions)
        {
            md.Append("- ").Append(DescribeAttribution(attribution, analysis, text)).Append(" (pattern `").Append(attribution.Pattern.Name).Append("`)\n");
        }
        if (sentence.Attributions.Length > 0)
        {
            md.Append('\n');
        }
    }

    /// <summary>"*according to* (speech cue) → **Reuters**, news outlet — entity Reuters (Organization)".</summary>
    internal static string DescribeAttribution(Attribution attribution, ArticleAnalysis analysis, ArticleText text)
    {
        var cue = $"*{Escape(text.ToString(attribution.Cue))}* ({SourcingWords.Cue(attribution.CueKind)} cue{(attribution.LoadedCue ? ", loaded" : "")})";
        if (attribution.Pattern == AttributionPatterns.InterviewAnswer)
        {
            var question = $"the question *{Escape(ArticleOutline.Abbreviate(text.ToString(attribution.Cue), 60))}*";
            return attribution.Source is { } interviewee
                ? $"{question} → **{Escape(interviewee.Text)}** answers (the one asked, as the intro names them)."
                : $"{question} → the interviewee answers (the one asked; no speaker label names them).";
        }
        if (attribution.Source is not { } source)
        {
            return attribution.Pattern.LeavesSpeakerUnsaid
                ? $"{cue} → no source named: a passive report, which does not say who made it."
                : $"{cue} with no source: it passes the claim on without saying who makes it.";
        }
        var line = new StringBuilder(cue).Append(" → **").Append(Escape(source.Text)).Append("**, ").Append(SourcingWords.Kind(source.Kind));
        if (source.Antecedent is { } antecedent)
        {
            line.Append(" for **").Append(Escape(antecedent.Text)).Append("**, ").Append(SourcingWords.Kind(antecedent.Kind));
        }
        if (HeadEntityOf(analysis.Entities, source.Resolved.Span) is { } entity)
        {
            line.Append(" — entity ").Append(Escape(entity.Name)).Append(" (").Append(EntityNavigation.TypeName(entity.Type)).Append(')');
        }
        if (source.Resolved.Kind == SourceKind.Anonymous)
        {
            line.Append(source.Resolved.AnonymityReason is { } reason
                ? $"; the article says why it is anonymous: *{Escape(text.ToString(reason))}*"
                : "; the article does not say why it is anonymous");
        }
        if (!source.IsSpecific)
        {
            line.Append(source.Kind == SourceKind.Pronoun ? "; the pronoun stands for no earlier source" : "; it names nobody who can be held to the claim");
        }
        return line.ToString();
    }

    private static void AppendCarryOver(StringBuilder md, SentenceList sentences, int index, ArticleAnalysis analysis, ArticleText text)
    {
        var sentence = sentences[index];
        md.Append(sentence.CarryOver switch
        {
            CarryOver.Quotation => "Inside a quotation attributed in the same or an adjacent sentence:",
            CarryOver.Statement => "A statement its speaker introduced with a colon:",
            CarryOver.ContinuedQuotation => "A quotation continued from the paragraph before:",
            CarryOver.InterviewAnswer => "An answer in a question-and-answer interview, to the question before it:",
            CarryOver.TranscriptTurn => "A turn of a transcript, spoken by the speaker its label names:",
            _ => "The source named earlier in the paragraph goes on speaking:",
        }).Append("\n\n");
        if (sentence.CarriedFrom is not { } from)
        {
            return;
        }
        md.Append("- ").Append(DescribeAttribution(from, analysis, text)).Append("\n\n");
        var chain = CarryChain(sentences, index, from);
        md.Append("Carried over: ");
        md.Append(string.Join(" → ", chain.Select(i => $"line {Line(text, sentences[i].Span.Start)} “{Escape(ArticleOutline.Abbreviate(text.ToString(sentences[i].Span), 30))}”")));
        md.Append(" → this sentence.\n\n");
    }

    /// <summary>
    /// The sentences from the one that names the source up to (not including) <paramref name="index"/>: the sentences
    /// between carry the same attribution. Sentences outside the naming sentence's block are skipped over by a
    /// quotation's or a statement's carry-over, so the chain ends at the naming sentence then.
    /// </summary>
    private static List<int> CarryChain(SentenceList sentences, int index, Attribution from)
    {
        var chain = new List<int>();
        for (var i = index - 1; i >= 0; i--)
        {
            var earlier = sentences[i];
            if (earlier.Span.Contains(from.Cue.Start))
            {
                chain.Insert(0, i);
                break;
            }
            if (ReferenceEquals(earlier.CarriedFrom, from) || earlier.CarriedFrom?.Cue == from.Cue)
            {
                chain.Insert(0, i);
            }
        }
        return chain;
    }

    private static void AppendVague(StringBuilder md, SentenceSourcing sentence, ArticleText text)
    {
        foreach (var attribution in sentence.Attributions)
        {
            var source = attribution.Source is { } s ? $"**{Escape(s.Text)}** ({SourcingWords.Kind(s.Kind)}): names nobody who can be held to the claim"
                : attribution.Pattern.LeavesSpeakerUnsaid ? "no source named: a passive report, which does not say who made it"
                : "no source named: nobody can be held to the claim";
            md.Append("- *").Append(Escape(text.ToString(attribution.Cue))).Append("* → ").Append(source).Append('\n');
        }
        foreach (var phrase in sentence.VaguePhrases.Where(v => !v.InSubordinateClause))
        {
            md.Append("- *").Append(Escape(phrase.Text)).Append("* — ").Append(phrase.Kind switch
            {
                VagueKind.Hedge => "a hedge: passes the claim on without saying who makes it",
                VagueKind.AgentlessPassive => "a passive without an agent: says something was said or found, not by whom",
                VagueKind.VagueSubject => "a subject that names nobody",
                _ => "a reaction without anyone reacting",
            }).Append('\n');
        }
        md.Append("\nTo fix: name the source, or say why it cannot be named.\n\n");
    }

    private static void AppendUnattributedWhy(StringBuilder md, SentenceList sentences, int index, ArticleAnalysis analysis)
    {
        var sentence = sentences[index];
        md.Append("No attribution cue (said, told, according to …) in this sentence, and no source carries over to it: ");
        var previous = index > 0 ? sentences[index - 1] : null;
        if (sentence.StartsWithVoiceChange)
        {
            md.Append("its opening returns to the writer's own voice, which ends any carry-over.");
        }
        else if (sentence.StatesWritersFigure)
        {
            md.Append("it states a figure in the writer's own voice (unquoted, with no \"will\" or \"could\"), which ends any carry-over.");
        }
        else if (previous is null || sentence.IsHeadline || analysis.Syntax.FindBlock(previous.Span.Start) != analysis.Syntax.FindBlock(sentence.Span.Start))
        {
            md.Append("a source carries over only within its paragraph, and this sentence opens one.");
        }
        else
        {
            md.Append("no sentence before it in the paragraph has a specific source that speaks or thinks (said, believes).");
        }
        md.Append("\n\nTo fix: say who says so (\"…, the ministry said\", \"according to …\"), or cite a document or data.\n\n");
    }

    private static void AppendFindings(StringBuilder md, TextSpan span, ImmutableArray<Finding> findings)
    {
        var here = findings.Where(f => f.Span.OverlapsWith(span) || f.Span.Length == 0 && span.Contains(f.Span.Start)).ToList();
        if (here.Count == 0)
        {
            return;
        }
        md.Append("**Flagged**\n");
        foreach (var finding in here)
        {
            md.Append("\n- `").Append(finding.Rule.Id).Append("` ").Append(Escape(finding.Message));
        }
        md.Append("\n\n");
    }

    private static int Line(ArticleText text, int offset) => text.ToPosition(offset, PositionEncoding.Utf16).Line + 1;
}
