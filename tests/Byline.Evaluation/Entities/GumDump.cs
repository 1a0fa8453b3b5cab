namespace Byline.Evaluation.Entities;

/// <summary>
/// Writes each GUM error of the names row with what GUM says of its span (--gum-dump FILE, a tab-separated table for
/// error analysis): a gold name missed, mistyped or bounded otherwise, with GUM's own type and how it is written; and a
/// name found where GUM has no named person, body or place, with the GUM mention of another type or a description at
/// the same span or around it ("event", "object", "abstract": a title, a product, an event GUM does not count as a name).
/// Gold names found as they are are written too (kind "right"), so a nested name can be told from a wrong outer one.
/// Columns: document, kind, surface, gold type, found type(s), GUM's note, the line with the span in [[ ]].
/// </summary>
internal static class GumDump
{
    public static TextWriter? Writer { get; set; }

    public static void Write(string document, string text, List<GumMention> names, List<GumMention> unnamed, List<GumMention> others,
        IReadOnlyList<(int Start, int End, string Type)> predicted)
    {
        if (Writer is not { } writer) return;
        foreach (var g in names)
        {
            var overlap = predicted.Where(p => p.Start < g.End && g.Start < p.End).ToList();
            var kind = Gold(g, overlap);
            var found = string.Join(" | ", overlap.Select(p => $"{Surface(text, p.Start, p.End)}/{p.Type}"));
            var note = $"{(g.Proper ? "proper" : "wikified, not proper")}{(g.ProperHead == true ? ", NNP head" : ", other head")}";
            Row(writer, document, kind, text, g.Start, g.End, g.Type, found, note);
        }
        foreach (var p in predicted)
        {
            // MISC is not scored on GUM (no such type): only a person, body or place found counts false.
            if (p.Type == "MISC" || names.Any(g => g.Start < p.End && p.Start < g.End)) continue;
            Row(writer, document, "spurious", text, p.Start, p.End, "", p.Type, Around(text, p, unnamed, others));
        }
    }

    /// <summary>The kind of a gold name's error, or "right" when it was found as it is.</summary>
    private static string Gold(GumMention g, List<(int Start, int End, string Type)> overlap)
    {
        if (overlap.Any(p => p.Start == g.Start && p.End == g.End && p.Type == g.Type)) return "right";
        if (overlap.FirstOrDefault(p => p.Start == g.Start && p.End == g.End) is { Type: not null } same) return $"type {g.Type} as {same.Type}";
        if (overlap.Count == 0) return "missed";
        var shape = overlap.Count > 1 ? "split" : overlap[0].Start <= g.Start && overlap[0].End >= g.End ? "too long" : "too short";
        return $"boundary {shape}{(overlap.Any(p => p.Type == g.Type) ? "" : ", type wrong too")}";
    }

    /// <summary>What GUM marks at a spurious name's span: a mention there, else the smallest around it, else none.</summary>
    private static string Around(string text, (int Start, int End, string Type) p, List<GumMention> unnamed, List<GumMention> others)
    {
        var all = unnamed.Select(m => (m, What: $"description {m.Type}")).Concat(others.Select(m => (m, What: m.Type))).ToList();
        if (all.FirstOrDefault(x => x.m.Start == p.Start && x.m.End == p.End) is { What: not null } same) return $"same span: {same.What}";
        var around = all.Where(x => x.m.Start <= p.Start && x.m.End >= p.End).OrderBy(x => x.m.End - x.m.Start).FirstOrDefault();
        return around.What is null ? "no mention" : $"inside: {around.What} '{Surface(text, around.m.Start, around.m.End)}'";
    }

    private static string Surface(string text, int start, int end) => text[start..end].Replace('\n', ' ');

    private static void Row(TextWriter writer, string document, string kind, string text, int start, int end, string gold, string found, string note)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
        writer.WriteLine($"{document}\t{kind}\t{Surface(text, start, end)}\t{gold}\t{found}\t{note}\t{line[..(start - lineStart)]}[[{Surface(text, start, end)}]]{line[(end - lineStart)..]}");
    }
}
