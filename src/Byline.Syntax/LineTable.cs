namespace Byline.Syntax;

/// <summary>
/// The plain-text parser's lines (<see cref="LineRecord"/>), kept in chunks of at most <see cref="ChunkSize"/> records.
/// One array of a long article's lines lies on the large-object heap (a record is 40 bytes, so 2,125 lines reach the
/// 85,000-byte threshold), and a keystroke made one or two such arrays: allocations there count toward a full
/// collection, which then paused the keystroke that met it. Chunks stay on the small-object heap, and a reparse shares
/// the whole chunks before the edit instead of copying their records.
/// </summary>
internal sealed class LineTable
{
    /// <summary>1,024 records: 40 KB, under the large-object threshold.</summary>
    public const int ChunkSize = 1024;

    private const int ChunkShift = 10;

    private readonly LineRecord[][] _chunks;

    private LineTable(LineRecord[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    public static LineTable Empty { get; } = new([], 0);

    public int Length { get; }

    public LineRecord this[int index] => (uint)index < (uint)Length
        ? _chunks[index >> ChunkShift][index & (ChunkSize - 1)]
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Builds a table, starting from the first lines of an older one.</summary>
    public sealed class Builder
    {
        private readonly List<LineRecord[]> _chunks = [];
        private LineRecord[] _last = [];
        private int _inLast;

        // How many lines the table is expected to hold (0: not known, a first parse).
        private readonly int _expected;

        /// <summary>
        /// A builder holding the first <paramref name="keep"/> lines of <paramref name="old"/> (its whole chunks shared).
        /// The new table is about as long as the old one (a reparse adds or removes a line or two): each chunk after the
        /// shared ones is made at once at the size the old table's length asks for, and a little more, not grown by
        /// doubling from 16 records and cut to size at the end (three arrays a keystroke, most of them copies).
        /// </summary>
        public Builder(LineTable old, int keep)
        {
            var whole = keep >> ChunkShift;
            for (var c = 0; c < whole; c++)
            {
                _chunks.Add(old._chunks[c]);
            }
            Count = whole << ChunkShift;
            _expected = old.Length + Slack;
            for (var i = Count; i < keep; i++)
            {
                Add(old[i]);
            }
        }

        /// <summary>Room for lines an edit adds, and what the last chunk may keep unused rather than be copied to size.</summary>
        private const int Slack = 16;

        public int Count { get; private set; }

        public void Add(LineRecord line)
        {
            if (_inLast == _last.Length)
            {
                if (_last.Length is > 0 and < ChunkSize)
                {
                    // The last chunk grows as a list does up to the chunk size, so a short article's table stays small.
                    Array.Resize(ref _last, Math.Min(_last.Length * 2, ChunkSize));
                    _chunks[^1] = _last;
                }
                else
                {
                    // A chunk smaller than ChunkSize grows (above) before the next is begun, so every chunk but the last is full.
                    _last = new LineRecord[_expected > Count ? Math.Clamp(_expected - Count, 16, ChunkSize) : _chunks.Count == 0 ? 16 : ChunkSize];
                    _chunks.Add(_last);
                    _inLast = 0;
                }
            }
            _last[_inLast++] = line;
            Count++;
        }

        /// <summary>The table; a last chunk with more than <see cref="Slack"/> records unused is cut to its records (the builder is not used after this).</summary>
        public LineTable ToTable()
        {
            if (_last.Length - _inLast > Slack)
            {
                Array.Resize(ref _last, _inLast);
                _chunks[^1] = _last;
            }
            return new LineTable([.. _chunks], Count);
        }
    }
}
