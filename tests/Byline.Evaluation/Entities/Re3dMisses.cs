namespace Byline.Evaluation.Entities;

/// <summary>
/// Why the strict re3d row (names and descriptions, the whole file) misses a gold mention, by a kind of the data rather
/// than of the text, for counts only (docs/evaluation.md, session 40): a pronoun, which that row does not count; a
/// mention nested in, or holding, a gold mention of its type that was found, which a flat recogniser gives one span
/// ("the Coalition" around "Coalition", said apart; a title around a person's name); one nested with a found gold mention
/// of another type ("Iraq" inside "the government of Iraq"); a state's name re3d types ORG that a prediction finds as the
/// place (CoNLL's convention; <see cref="Re3dConventions"/> item 3); a name or a description that a prediction of another
/// type overlaps; and one that nothing overlaps.
/// </summary>
internal static class Re3dMisses
{
    public static string KindOf(string text, (int Start, int End, string Type) miss, IReadOnlyList<(int Start, int End, string Type)> gold,
        IReadOnlyList<(int Start, int End, string Type)> missed, IReadOnlyList<(int Start, int End, string Type)> predicted)
    {
        var surface = text.AsSpan(miss.Start, miss.End - miss.Start);
        bool Nested((int Start, int End, string Type) other) => other != miss && !missed.Contains(other)
            && (other.Start <= miss.Start && miss.End <= other.End || miss.Start <= other.Start && other.End <= miss.End);
        bool Overlaps((int Start, int End, string Type) p) => p.Start < miss.End && miss.Start < p.End;
        if (EntityEvaluation.IsPronoun(surface)) return "pronoun";
        if (gold.Where(o => o.Type == miss.Type && Nested(o)).Select(o => ((int, int, string)?)o).FirstOrDefault() is { } same)
        {
            return DifferByThe(text, miss, same) ? "nested, same type, \"the\" only" : "nested, same type";
        }
        if (miss.Type == "ORG" && Re3dConventions.IsStateName(surface) && predicted.Any(p => p.Type == "LOC" && Overlaps(p))) return "state typed ORG, found LOC";
        if (gold.Any(o => o.Type != miss.Type && Nested(o))) return "nested, other type";
        var named = EntityEvaluation.IsNamedMention(surface);
        if (predicted.Any(Overlaps)) return named ? "name, type wrong" : "description, type wrong";
        return named ? "name, nothing overlaps" : "description, nothing overlaps";
    }

    /// <summary>One span is the other with "the" before it ("the Coalition" and "Coalition").</summary>
    private static bool DifferByThe(string text, (int Start, int End, string Type) a, (int Start, int End, string Type) b)
    {
        var (outer, inner) = a.End - a.Start > b.End - b.Start ? (a, b) : (b, a);
        var around = string.Concat(text.AsSpan(outer.Start, inner.Start - outer.Start), text.AsSpan(inner.End, outer.End - inner.End));
        return around.Trim().Equals("the", StringComparison.OrdinalIgnoreCase);
    }
}
