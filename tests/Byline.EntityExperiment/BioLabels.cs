namespace Byline.EntityExperiment;

/// <summary>
/// The labels of a BIO entity tagger ("O", "B-PER", "I-PER", …): which entity type each label belongs to, and
/// which label may follow which (an "I-" label only continues a name of its own type).
/// </summary>
public sealed class BioLabels
{
    private readonly string?[] _types;
    private readonly bool[] _inside;

    public BioLabels(IReadOnlyList<string> labels)
    {
        Names = [.. labels];
        _types = [.. labels.Select(l => l.Length > 2 && l[1] == '-' ? l[2..] : null)];
        _inside = [.. labels.Select(l => l.StartsWith("I-", StringComparison.Ordinal))];
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>The entity type of <paramref name="label"/> ("PER"), or null for "O".</summary>
    public string? Type(int label) => _types[label];

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (a label number, or a start value outside the labels).</summary>
    public bool Allowed(int previous, int label) =>
        !_inside[label] || (previous < _types.Length && _types[previous] is { } type && type == _types[label]);

    /// <summary>The names the labels of one sentence spell: token ranges [First, End) with their type.</summary>
    public List<(int First, int End, string Type)> Spans(ReadOnlySpan<byte> labels)
    {
        var spans = new List<(int, int, string)>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (_types[labels[i]] is not { } type) continue;
            var end = i + 1;
            while (end < labels.Length && _inside[labels[end]] && _types[labels[end]] == type) end++;
            spans.Add((i, end, type));
            i = end - 1;
        }
        return spans;
    }
}
