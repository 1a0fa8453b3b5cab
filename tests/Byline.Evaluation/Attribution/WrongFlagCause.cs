namespace Byline.Evaluation.Attribution;

/// <summary>
/// Where the gold cue of a wrong BYL0001 flag lies (the flagged sentence is gold-attributed): in the sentence itself, a
/// cue the reader missed; or in another sentence whose attribution's content reaches into this one, content carried over
/// from a neighbour, before or after it, in its paragraph or another. Counted for every split, so that the share a
/// carry-over rule could reach at best is read off the evaluation's output, not worked out again.
/// </summary>
public enum WrongFlagCause
{
    OwnCue,
    EarlierInParagraph,
    EarlierParagraph,
    LaterInParagraph,
    LaterParagraph,
    NoCue,
}

public static class WrongFlagCauses
{
    /// <summary>
    /// The cause for a gold-attributed sentence. A cue that overlaps the sentence wins; otherwise the nearest cue of an
    /// attribution whose content overlaps it; <paramref name="paragraphOf"/> maps an offset to its paragraph.
    /// </summary>
    public static WrongFlagCause Of(IReadOnlyList<GoldAttribution> gold, (int Start, int End) sentence, Func<int, int> paragraphOf)
    {
        if (gold.Any(a => a.Cue.Any(c => Overlaps(c, sentence))))
        {
            return WrongFlagCause.OwnCue;
        }
        var cues = gold.Where(a => a.Cue.Count > 0 && a.Content.Any(c => Overlaps(c, sentence)))
            .Select(a => a.Cue.Min(c => c.Start)).ToList();
        if (cues.Count == 0)
        {
            return WrongFlagCause.NoCue;
        }
        var cue = cues.MinBy(c => Math.Abs(c - sentence.Start));
        var sameParagraph = paragraphOf(cue) == paragraphOf(sentence.Start);
        return cue < sentence.Start
            ? sameParagraph ? WrongFlagCause.EarlierInParagraph : WrongFlagCause.EarlierParagraph
            : sameParagraph ? WrongFlagCause.LaterInParagraph : WrongFlagCause.LaterParagraph;
    }

    /// <summary>The counts as one line of the evaluation's output, in the enum's order.</summary>
    public static string Describe(IReadOnlyDictionary<WrongFlagCause, int> counts) =>
        string.Join(", ", Enum.GetValues<WrongFlagCause>().Select(c => $"{Label(c)} {counts.GetValueOrDefault(c)}"));

    private static string Label(WrongFlagCause cause) => cause switch
    {
        WrongFlagCause.OwnCue => "own sentence",
        WrongFlagCause.EarlierInParagraph => "earlier sentence of the paragraph",
        WrongFlagCause.EarlierParagraph => "earlier paragraph",
        WrongFlagCause.LaterInParagraph => "later sentence of the paragraph",
        WrongFlagCause.LaterParagraph => "later paragraph",
        _ => "no cue",
    };

    private static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;
}
