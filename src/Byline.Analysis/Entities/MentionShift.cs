using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// Where mentions stored in the coordinates of the linking that made them lie now: the edits since (each a
/// <see cref="SpanMap"/> from the text before it to the text after), applied in turn. A mention linked after the first
/// <c>k</c> edits (<see cref="Mention.Epoch"/>) is moved across the rest only. Immutable: one more edit is a new shift,
/// so an older analysis keeps its own and reads its own positions while sharing the very mention objects.
/// </summary>
/// <remarks>
/// The mentions a shift places never lie inside an edit (the reuse checks and the splice rule that out), so each edit
/// keeps a mention where it was when its start lies before the edit's old range, and moves it by the edit's change in
/// length when its start lies at or after the range's end. For the mentions linked before every edit (nearly all)
/// that is one threshold per edit in their own coordinates (<see cref="_thresholds"/>), found once, so reading one
/// is a binary search over at most <see cref="ArticleEntities.MaxPendingMaps"/> breakpoints.
/// </remarks>
internal sealed class MentionShift
{
    private readonly int[] _thresholds; // sorted: at or after each, a mention of epoch 0 moves by the delta beside it
    private readonly int[] _shifts;     // the total delta from the threshold of the same index on (running sums)

    public static MentionShift None { get; } = new([]);

    private MentionShift(ImmutableArray<SpanMap> maps)
    {
        Maps = maps;
        var points = new (int At, int Delta)[maps.Length];
        for (var i = 0; i < maps.Length; i++)
        {
            points[i] = (Threshold(maps, i), maps[i].Delta);
        }
        Array.Sort(points, (x, y) => x.At.CompareTo(y.At));
        (_thresholds, _shifts) = (new int[points.Length], new int[points.Length]);
        var total = 0;
        for (var i = 0; i < points.Length; i++)
        {
            _thresholds[i] = points[i].At;
            _shifts[i] = total += points[i].Delta;
        }
    }

    /// <summary>The edits since the mentions' linking, in order.</summary>
    public ImmutableArray<SpanMap> Maps { get; }

    public int Count => Maps.Length;

    public bool IsEmpty => Maps.IsEmpty;

    /// <summary>This shift and one edit more.</summary>
    public MentionShift Then(SpanMap map) => new(Maps.Add(map));

    /// <summary>This shift and more edits, in order.</summary>
    public MentionShift Then(ImmutableArray<SpanMap> maps) => new(Maps.AddRange(maps));

    /// <summary>Where <paramref name="mention"/> lies after every edit of this shift.</summary>
    public TextSpan SpanOf(Mention mention)
    {
        var span = mention.Span;
        if (mention.Epoch == 0)
        {
            return _thresholds.Length == 0 ? span : new TextSpan(span.Start + ShiftAt(span.Start), span.Length);
        }
        for (var i = mention.Epoch; i < Maps.Length; i++)
        {
            span = Maps[i].IsBefore(span) ? span : new TextSpan(span.Start + Maps[i].Delta, span.Length);
        }
        return span;
    }

    /// <summary>
    /// Where <paramref name="mention"/> lies after every edit, checked edit by edit: null when an edit's range touches
    /// it (the move then fails and the article is linked again).
    /// </summary>
    public TextSpan? TryMove(Mention mention)
    {
        var span = mention.Span;
        for (var i = mention.Epoch; i < Maps.Length; i++)
        {
            if (!Maps[i].TryMap(span, out span)) return null;
        }
        return span;
    }

    /// <summary>Whether <paramref name="mention"/> lies before every edit, so kept its place across all of them.</summary>
    public bool LiesBeforeEvery(Mention mention)
    {
        for (var i = mention.Epoch; i < Maps.Length; i++)
        {
            if (!Maps[i].IsBefore(mention.Span)) return false;
        }
        return true;
    }

    private int ShiftAt(int start)
    {
        int lo = 0, hi = _thresholds.Length; // the number of thresholds at or before start
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_thresholds[mid] <= start) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? 0 : _shifts[lo - 1];
    }

    /// <summary>
    /// The lowest start, in the coordinates before every edit, of a mention that lies at or after edit
    /// <paramref name="index"/>'s old range: its range's end taken back through the edits before it, each time to the
    /// lowest place that comes out at or after it (text an edit inserted has no place before it: the end of the range
    /// it replaced is the lowest that comes out after).
    /// </summary>
    private static int Threshold(ImmutableArray<SpanMap> maps, int index)
    {
        var at = maps[index].OldEnd;
        for (var k = index - 1; k >= 0; k--)
        {
            var (start, end, delta) = (maps[k].OldStart, maps[k].OldEnd, maps[k].Delta);
            var newEnd = end + delta;
            at = at < start ? at : at >= newEnd ? at - delta : end;
        }
        return at;
    }
}
