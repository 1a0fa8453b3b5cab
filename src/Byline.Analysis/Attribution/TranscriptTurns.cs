using Byline.Syntax;

namespace Byline.Analysis.Attribution;

/// <summary>
/// What linking carries of a transcript from block to block: the turn running (the speaker label that opened it, in
/// article offsets) and how many labelled turns have shown the layout (two are enough). A transcript gives each turn a
/// speaker's label ("KIM: …", "THE COURT: …"); every sentence of the turn is that speaker's, over the paragraphs that
/// follow it unlabelled, up to the next label, a question label, a heading or a headline. One label alone does not show
/// a transcript (a story quoting one exchange goes back to the writer's account after it), so a turn runs past its own
/// paragraph only once a second labelled turn in capitals, the transcript's own typography, has shown the layout.
/// </summary>
internal readonly record struct TranscriptState(Attribution? Turn, byte Labels)
{
    /// <summary>Labelled turns that show a transcript's layout.</summary>
    private const byte Enough = 2;

    /// <summary>The state a block's sentences are linked in: its own label's turn, or the turn before it run on.</summary>
    public TranscriptState Entering(Block block, BlockSourcing facts)
    {
        if (block.Kind != BlockKind.Paragraph || facts.Turn == InterviewTurn.LabelledQuestion || facts.Sentences.IsEmpty)
        {
            return this with { Turn = null }; // a heading, a headline or an interviewer's labelled question ends the turn
        }
        if (LabelOf(facts.Sentences[0]) is { } label)
        {
            // A name in running case before a colon ("Ana Ruiz: Student loans …") also heads a story's section, which
            // the writer's account follows: only labels in capitals show a transcript's layout.
            var labels = IsInCapitals(label.Source!.Text) ? (byte)Math.Min(Labels + 1, Enough) : (byte)0;
            return new TranscriptState(SentenceList.Moved(label, block.Start), labels);
        }
        return Labels >= Enough ? this : this with { Turn = null };
    }

    private static bool IsInCapitals(string label)
    {
        foreach (var c in label)
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }

    /// <summary>A block that is no prose: a heading, a headline or a separator ends the turn; furniture between turns does not.</summary>
    public TranscriptState Passing(Block block) =>
        block.Kind is BlockKind.Heading or BlockKind.Headline or BlockKind.Separator ? this with { Turn = null } : this;

    /// <summary>
    /// The speaker label that opens the sentence, when it names someone ("KIM:", "THE COURT:"), or null. A paragraph
    /// opens a turn only with its first sentence's label.
    /// </summary>
    private static Attribution? LabelOf(SentenceFacts first)
    {
        foreach (var attribution in first.Attributions)
        {
            if (attribution.Pattern == AttributionPatterns.SpeakerLabel && attribution.Source is { IsSpecific: true } source
                && source.Span.Start - first.Span.Start <= 2)
            {
                return attribution;
            }
        }
        return null;
    }
}
