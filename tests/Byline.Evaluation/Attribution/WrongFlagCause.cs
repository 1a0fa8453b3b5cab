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

/// <summary>
/// For a wrong flag whose gold cue is in the sentence itself, where that cue's gold source is: in the same sentence (a
/// subject, "according to", a noun's possessor: a cue with its speaker the reader missed); only in another sentence (a
/// pronoun's antecedent, a speaker named before); or nowhere (PolNeAR's attributions with no source: "seems", "is
/// widely seen as", "it is unclear whether", a stance noun nobody holds). The split tells the work with a speaker to
/// find from the writer's impressions, which only a reading of vague sourcing can take (BYL0002, not BYL0001).
/// </summary>
public enum WrongFlagSource
{
    InSentence,
    Elsewhere,
    None,
    NotOwnCue,
}

public static class WrongFlagSources
{
    /// <summary>The first that fits, in the enum's order, over the gold attributions whose cue overlaps <paramref name="sentence"/>.</summary>
    public static WrongFlagSource Of(IReadOnlyList<GoldAttribution> gold, (int Start, int End) sentence)
    {
        var own = gold.Where(a => a.Cue.Any(c => Overlaps(c, sentence))).ToList();
        return own.Count == 0 ? WrongFlagSource.NotOwnCue
            : own.Any(a => a.Source.Any(s => Overlaps(s, sentence))) ? WrongFlagSource.InSentence
            : own.Any(a => a.Source.Count > 0) ? WrongFlagSource.Elsewhere
            : WrongFlagSource.None;
    }

    /// <summary>The counts as one line of the evaluation's output, in the enum's order.</summary>
    public static string Describe(IReadOnlyDictionary<WrongFlagSource, int> counts) =>
        string.Join(", ", Enum.GetValues<WrongFlagSource>().Select(c => $"{Label(c)} {counts.GetValueOrDefault(c)}"));

    private static string Label(WrongFlagSource source) => source switch
    {
        WrongFlagSource.InSentence => "in the sentence",
        WrongFlagSource.Elsewhere => "in another sentence",
        WrongFlagSource.None => "none (the writer's impression)",
        _ => "no own cue",
    };

    private static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;
}
