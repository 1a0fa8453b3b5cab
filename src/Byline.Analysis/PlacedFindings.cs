using System.Collections.Immutable;

namespace Byline.Analysis;

/// <summary>
/// How far each finding of a list lies from where it was made, as runs of equal lag (no run: none moved). An edit
/// moves the findings after it by its length: they stay the previous analysis' objects, and the list keeps one run for
/// them all, so moving them costs nothing per finding (as the entities' mentions and the line table's records are read
/// through their shift).
/// </summary>
public sealed class FindingLags
{
    public static readonly FindingLags None = new([]);

    private readonly int[] _runs; // pairs: the index a run starts at, its lag; the starts ascending

    private FindingLags(int[] runs) => _runs = runs;

    /// <summary>Whether every finding lies where it was made.</summary>
    public bool IsNone => _runs.Length == 0;

    /// <summary>The lag of finding <paramref name="index"/>.</summary>
    public int At(int index)
    {
        int lo = 0, hi = _runs.Length / 2;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_runs[2 * mid] <= index) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? 0 : _runs[2 * lo - 1];
    }

    /// <summary>Builds the runs of a list made finding by finding, each with its lag.</summary>
    internal struct Builder()
    {
        private List<int>? _runs;
        private int _count;
        private int _last;

        /// <summary>How many findings have a lag.</summary>
        public readonly int Count => _count;

        /// <summary>The next finding's lag.</summary>
        public void Add(int lag)
        {
            if (lag != _last)
            {
                (_runs ??= []).Add(_count);
                _runs.Add(lag);
                _last = lag;
            }
            _count++;
        }

        /// <summary>Findings <paramref name="from"/> to <paramref name="to"/> of a list with <paramref name="lags"/>, moved by <paramref name="plus"/>.</summary>
        public void AddRange(FindingLags lags, int from, int to, int plus)
        {
            for (var k = from; k < to; k++)
            {
                Add(lags.At(k) + plus);
            }
        }

        public readonly FindingLags Build() => _runs is null ? None : new FindingLags([.. _runs]);
    }

    /// <summary>The runs of per-finding lags.</summary>
    internal static FindingLags Of(ReadOnlySpan<int> lags)
    {
        var builder = new Builder();
        foreach (var lag in lags)
        {
            builder.Add(lag);
        }
        return builder.Build();
    }
}

/// <summary>
/// Findings in report order as the analysis keeps them: the objects as made (<see cref="Made"/>), each moved by its
/// lag (<see cref="Lags"/>). A keystroke's report reads them through the lags; <see cref="Findings"/> places them,
/// once, for every other reader.
/// </summary>
public sealed class PlacedFindings
{
    private ImmutableArray<Finding> _placed;

    public PlacedFindings(ImmutableArray<Finding> made, FindingLags lags)
    {
        Made = made;
        Lags = lags;
        if (lags.IsNone)
        {
            _placed = made;
        }
    }

    /// <summary>Findings that lie where they were made.</summary>
    public static PlacedFindings Of(ImmutableArray<Finding> findings) => new(findings, FindingLags.None);

    public ImmutableArray<Finding> Made { get; }

    public FindingLags Lags { get; }

    public int Length => Made.Length;

    /// <summary>Where finding <paramref name="index"/> starts.</summary>
    public int StartOf(int index) => Made[index].Span.Start + Lags.At(index);

    /// <summary>Finding <paramref name="index"/> at its place (a copy when it moved).</summary>
    public Finding this[int index] => Made[index].Shifted(Lags.At(index));

    /// <summary>Every finding at its place, made on first read.</summary>
    public ImmutableArray<Finding> Findings
    {
        get
        {
            if (_placed.IsDefault)
            {
                var placed = new Finding[Made.Length];
                for (var i = 0; i < placed.Length; i++)
                {
                    placed[i] = this[i];
                }
                _placed = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(placed);
            }
            return _placed;
        }
    }
}

/// <summary>
/// Each gathered finding's lag while an analysis gathers its findings (one number a finding, for the sort), in a
/// buffer kept per thread: findings gathered without a lag count as lying where they were made.
/// </summary>
internal sealed class GatheredLags
{
    [ThreadStatic]
    private static int[]? _kept;

    private int[] _lags;
    private int _filled;

    // Taken out of the thread's slot while in use, so that an analysis inside another gets a buffer of its own.
    public GatheredLags()
    {
        _lags = _kept ?? new int[256];
        _kept = null;
    }

    /// <summary>Finding <paramref name="index"/>'s lag (the findings before it not set lie where made).</summary>
    public void Set(int index, int lag)
    {
        if (index >= _lags.Length)
        {
            Array.Resize(ref _lags, Math.Max(2 * _lags.Length, index + 1));
        }
        _lags.AsSpan(_filled, index - _filled).Clear();
        _lags[index] = lag;
        _filled = index + 1;
    }

    /// <summary>The first <paramref name="count"/> findings' lags; the buffer is given back to the thread (read them before the next analysis).</summary>
    public Span<int> Of(int count)
    {
        if (count > _lags.Length)
        {
            Array.Resize(ref _lags, count);
        }
        _lags.AsSpan(_filled, count - _filled).Clear();
        _filled = count;
        _kept = _lags.Length <= 16384 ? _lags : null;
        return _lags.AsSpan(0, count);
    }
}
