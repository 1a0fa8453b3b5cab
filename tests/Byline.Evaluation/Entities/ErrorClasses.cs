using System.Runtime.InteropServices;

namespace Byline.Evaluation.Entities;

/// <summary>
/// Counts a recogniser's errors by class rather than by sentence: a name missed outright (and where: a line in
/// capitals, the first word of a line), found with the wrong type (which confusion), found with the wrong
/// boundaries, or found where there is none. Printed with --error-classes, for error analysis of whole corpora.
/// </summary>
internal sealed class ErrorClasses(string corpus, bool overlap = false)
{
    private readonly bool _overlap = overlap;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _examples = new(StringComparer.Ordinal);

    public void Add(string text, IReadOnlyList<(int Start, int End, string Type)> gold, IReadOnlyList<(int Start, int End, string Type)> predicted)
    {
        if (_overlap)
        {
            AddOverlap(text, gold, predicted);
            return;
        }
        foreach (var g in gold)
        {
            if (predicted.Any(p => p.Start == g.Start && p.End == g.End && p.Type == g.Type)) continue;
            var same = predicted.FirstOrDefault(p => p.Start == g.Start && p.End == g.End);
            if (same.Type is not null)
            {
                Count($"type {g.Type} as {same.Type}", text, g.Start, g.End);
                continue;
            }
            var overlap = predicted.Where(p => p.Start < g.End && g.Start < p.End).ToList();
            if (overlap.Count > 0)
            {
                var shape = overlap.Count > 1 ? "split" : overlap[0].Start <= g.Start && overlap[0].End >= g.End ? "too long" : "too short";
                var found = string.Join(" | ", overlap.Select(p => $"{text[p.Start..p.End].Replace('\n', ' ')}/{p.Type}"));
                Count($"boundary {shape}{(overlap.Any(p => p.Type == g.Type) ? "" : ", type wrong too")}", text, g.Start, g.End, found);
                continue;
            }
            Count($"missed {g.Type} {Where(text, g.Start, g.End)}", text, g.Start, g.End);
        }
        foreach (var p in predicted)
        {
            if (gold.Any(g => g.Start < p.End && p.Start < g.End)) continue;
            Count($"spurious {p.Type} {Where(text, p.Start, p.End)}", text, p.Start, p.End);
        }
    }

    /// <summary>
    /// Scored by overlap (re3d): a gold name is found when a prediction of its type overlaps it; one overlapped only by
    /// predictions of another type is a type confusion; a prediction that overlaps no gold name is spurious.
    /// </summary>
    private void AddOverlap(string text, IReadOnlyList<(int Start, int End, string Type)> gold, IReadOnlyList<(int Start, int End, string Type)> predicted)
    {
        foreach (var g in gold)
        {
            var overlap = predicted.Where(p => p.Start < g.End && g.Start < p.End).ToList();
            if (overlap.Any(p => p.Type == g.Type)) continue;
            if (overlap.Count > 0) Count($"type {g.Type} as {overlap[0].Type}", text, g.Start, g.End);
            else Count($"missed {g.Type} {Where(text, g.Start, g.End)}", text, g.Start, g.End);
        }
        foreach (var p in predicted)
        {
            if (gold.Any(g => g.Start < p.End && p.Start < g.End)) continue;
            Count($"spurious {p.Type} {Where(text, p.Start, p.End)}", text, p.Start, p.End);
        }
    }

    /// <summary>Where in its line a span is: in a line mostly in capitals, first in its line, or inside.</summary>
    private static string Where(string text, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
        int letters = 0, upper = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        if (letters >= 8 && upper * 10 >= letters * 8) return "(caps line)";
        var words = text.AsSpan(start, end - start).Count(' ') + 1;
        var size = words == 1 ? "one word" : "several words";
        return start == lineStart || text.AsSpan(lineStart, start - lineStart).Trim().Length <= 1 ? $"(line start, {size})" : $"({size})";
    }

    /// <summary>
    /// Where each error is written with its line (--error-context FILE), to read a class's cases in context; a boundary
    /// error's last column gives the predictions that overlap the gold name, with their types.
    /// </summary>
    public static TextWriter? Context { get; set; }

    private void Count(string key, string text, int start, int end, string found = "")
    {
        if (Context is { } context)
        {
            var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
            var lineEnd = text.IndexOf('\n', end);
            var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
            context.WriteLine($"{corpus}\t{key}\t{text[start..end].Replace('\n', ' ')}\t{line[..(start - lineStart)]}[[{text[start..end].Replace('\n', ' ')}]]{line[(end - lineStart)..]}\t{found}");
        }
        CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _)++;
        var examples = _examples.TryGetValue(key, out var e) ? e : _examples[key] = new(StringComparer.Ordinal);
        CollectionsMarshal.GetValueRefOrAddDefault(examples, text[start..end].Replace('\n', ' '), out _)++;
    }

    /// <summary>Prints the classes, largest first; with <paramref name="examples"/> > 0, that many most frequent surfaces of each.</summary>
    public void Print(string title, int examples)
    {
        Console.WriteLine($"  error classes, {title}: {_counts.Values.Sum()} in all");
        foreach (var (key, count) in _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            var shown = examples == 0 ? "" : " e.g. " + string.Join(", ", _examples[key].OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(examples).Select(e => $"'{e.Key}'"));
            Console.WriteLine($"  {count,5}  {key}{shown}");
        }
    }
}
