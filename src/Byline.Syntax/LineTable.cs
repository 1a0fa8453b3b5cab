namespace Byline.Syntax;

/// <summary>
/// The plain-text parser's lines (<see cref="LineRecord"/>), kept in chunks of at most <see cref="ChunkSize"/> records.
/// A reparse shares the whole chunks before the edit as they are, and the whole chunks after it with the edit's shift
/// added to the chunk (<see cref="Chunk"/>), not to each record: a keystroke copies the records of the chunk it lands in
/// and not every line after it (a 1 MB article's ~4,000 lines are ~160 KB of records). Chunks are small, so also a
/// short article's table is more than one; none lies on the large-object heap.
/// </summary>
internal sealed class LineTable
{
    /// <summary>64 records (a record is 40 bytes): what a keystroke copies at most on either side of its line.</summary>
    public const int ChunkSize = 64;

    private const int ChunkShift = 6;

    private readonly Chunk[] _chunks;

    private LineTable(Chunk[] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    public static LineTable Empty { get; } = new([], 0);

    public int Length { get; }

    public LineRecord this[int index] => (uint)index < (uint)Length
        ? _chunks[index >> ChunkShift].Read(index & (ChunkSize - 1))
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// A chunk's records as written, read with <paramref name="Shift"/> added to their positions and
    /// <paramref name="BlockShift"/> to their first block: the edits since the records were written, before them.
    /// </summary>
    private readonly record struct Chunk(LineRecord[] Records, int Shift, int BlockShift)
    {
        public LineRecord Read(int i)
        {
            var line = Records[i];
            return Shift == 0 && BlockShift == 0 ? line
                : line with { Start = line.Start + Shift, BreakEnd = line.BreakEnd + Shift, FirstBlock = line.FirstBlock + BlockShift };
        }

        public Chunk Moved(int delta, int blockDelta) => this with { Shift = Shift + delta, BlockShift = BlockShift + blockDelta };
    }

    /// <summary>Builds a table, starting from the first lines of an older one.</summary>
    public sealed class Builder
    {
        private readonly List<Chunk> _chunks = [];
        private LineRecord[] _last = [];
        private int _inLast;

        // How many lines the table is expected to hold (0: not known, a first parse): a short article's reparse makes its
        // one chunk at once at about the old table's length, not grown by doubling from 16 records.
        private readonly int _expected;

        // Whether whole chunks of an older table have been appended after the last one written: nothing is added after.
        private bool _closed;

        /// <summary>A builder holding the first <paramref name="keep"/> lines of <paramref name="old"/> (its whole chunks shared).</summary>
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

        /// <summary>What a last chunk may keep unused rather than be copied to size.</summary>
        private const int Slack = 16;

        public int Count { get; private set; }

        public void Add(LineRecord line)
        {
            if (_closed)
            {
                throw new InvalidOperationException("Lines were added after the moved lines of an older table.");
            }
            if (_inLast == _last.Length)
            {
                if (_last.Length is > 0 and < ChunkSize)
                {
                    // The last chunk grows as a list does up to the chunk size, so a short article's table stays small.
                    Array.Resize(ref _last, Math.Min(_last.Length * 2, ChunkSize));
                    _chunks[^1] = new Chunk(_last, 0, 0);
                }
                else
                {
                    // A chunk smaller than ChunkSize grows (above) before the next is begun, so every chunk but the last is full.
                    _last = new LineRecord[_expected > Count ? Math.Clamp(_expected - Count, 16, ChunkSize) : _chunks.Count == 0 ? 16 : ChunkSize];
                    _chunks.Add(new Chunk(_last, 0, 0));
                    _inLast = 0;
                }
            }
            _last[_inLast++] = line;
            Count++;
        }

        /// <summary>
        /// Adds the lines of <paramref name="old"/> from <paramref name="from"/> to its end, each moved by
        /// <paramref name="delta"/> characters and <paramref name="blockDelta"/> blocks. Once a line lands at the start
        /// of a chunk here where it starts a chunk there too, the rest of the old chunks are shared with the move added
        /// to each, not copied. Nothing is added after this.
        /// </summary>
        public void AddMoved(LineTable old, int from, int delta, int blockDelta)
        {
            var i = from;
            for (; i < old.Length; i++)
            {
                if ((i & (ChunkSize - 1)) == 0 && (Count & (ChunkSize - 1)) == 0)
                {
                    break;
                }
                var line = old[i];
                Add(line with { Start = line.Start + delta, BreakEnd = line.BreakEnd + delta, FirstBlock = line.FirstBlock + blockDelta });
            }
            if (i == old.Length)
            {
                return;
            }
            CloseLast();
            for (var c = i >> ChunkShift; c < old._chunks.Length; c++)
            {
                _chunks.Add(old._chunks[c].Moved(delta, blockDelta));
            }
            Count += old.Length - i;
            _closed = true;
        }

        /// <summary>The table; a last chunk with more than <see cref="Slack"/> records unused is cut to its records (the builder is not used after this).</summary>
        public LineTable ToTable()
        {
            if (!_closed)
            {
                CloseLast();
            }
            return new LineTable([.. _chunks], Count);
        }

        // The chunk being written, cut to its records when it has more than Slack unused (only the last chunk may be short).
        private void CloseLast()
        {
            if (_last.Length - _inLast > Slack)
            {
                Array.Resize(ref _last, _inLast);
                _chunks[^1] = new Chunk(_last, 0, 0);
            }
        }
    }
}
