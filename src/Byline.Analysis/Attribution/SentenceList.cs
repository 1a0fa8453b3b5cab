using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// An article's linked sentences in document order, read in offsets of the analysed text. After an edit, linking
/// takes over the previous analysis' sentences whose every span lies on one side of the edit as they were made,
/// with how far they lag behind the text (the sum of the edits' changes in length they lay after): a keystroke
/// then copies no sentence after it, nor its attributions, sources, quotations and vague phrases. The indexer and
/// the enumerator move a lagging sentence when it is read, into a fresh copy each time (equal, not the same object);
/// <see cref="SpanAt"/> reads a span without copying.
/// </summary>
[CollectionBuilder(typeof(SentenceList), nameof(Create))]
public sealed class SentenceList : IReadOnlyList<SentenceSourcing>
{
    private readonly SentenceSourcing[] _items;

    // Runs of equal lag, by the index where each starts, in order; the sentences before the first run do not lag.
    private readonly int[] _runStarts;
    private readonly int[] _runLags;

    // The indices of the headline sentences with a quotation, in order (few in any article): a keystroke asks for the
    // first and the last of them, which a walk of every sentence answered before, reading each sentence object.
    private readonly int[] _quotingHeadlines;

    private SentenceList(SentenceSourcing[] items, int[] runStarts, int[] runLags, int[] quotingHeadlines) =>
        (_items, _runStarts, _runLags, _quotingHeadlines) = (items, runStarts, runLags, quotingHeadlines);

    public static SentenceList Empty { get; } = new([], [], [], []);

    /// <summary>Sentences in offsets of the text they are read in (none lags).</summary>
    public static SentenceList Create(ReadOnlySpan<SentenceSourcing> sentences)
    {
        if (sentences.IsEmpty)
        {
            return Empty;
        }
        var quoting = new List<int>();
        for (var i = 0; i < sentences.Length; i++)
        {
            if (IsQuotingHeadline(sentences[i])) quoting.Add(i);
        }
        return new(sentences.ToArray(), [], [], [.. quoting]);
    }

    /// <summary>
    /// A headline sentence with a quotation, whose speaker is looked for in the whole body (read where the sentence was
    /// made: no span is read, so a lagging sentence need not be moved to ask).
    /// </summary>
    internal static bool IsQuotingHeadline(SentenceSourcing sentence) => sentence.IsHeadline && !sentence.Quotations.IsEmpty;

    /// <summary>The index of the first headline sentence with a quotation, or -1 when there is none.</summary>
    internal int FirstQuotingHeadline => _quotingHeadlines.Length > 0 ? _quotingHeadlines[0] : -1;

    /// <summary>The index of the last headline sentence with a quotation, or -1 when there is none.</summary>
    internal int LastQuotingHeadline => _quotingHeadlines.Length > 0 ? _quotingHeadlines[^1] : -1;

    public int Length => _items.Length;

    public int Count => _items.Length;

    public bool IsEmpty => _items.Length == 0;

    public SentenceSourcing this[int index]
    {
        get
        {
            var lag = LagAt(index);
            return lag == 0 ? _items[index] : Moved(_items[index], lag);
        }
    }

    /// <summary>The span of sentence <paramref name="index"/>, without copying the sentence.</summary>
    public TextSpan SpanAt(int index) => Move(_items[index].Span, LagAt(index));

    /// <summary>
    /// Sentence <paramref name="index"/> as made, whose spans lag <see cref="LagAt"/> behind the text: read what does
    /// not depend on where it is (its status, block kind, whether it has quotations) without copying it, and a span
    /// only with the lag added.
    /// </summary>
    public SentenceSourcing Unmoved(int index) => _items[index];

    /// <summary>How far sentence <paramref name="index"/>'s spans, as made, lag behind the text.</summary>
    public int LagAt(int index)
    {
        int low = 0, high = _runStarts.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_runStarts[middle] <= index) low = middle + 1;
            else high = middle;
        }
        return low == 0 ? 0 : _runLags[low - 1];
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<SentenceSourcing> IEnumerable<SentenceSourcing>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(SentenceList list) : IEnumerator<SentenceSourcing>
    {
        private int _index = -1;

        public readonly SentenceSourcing Current => list[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < list.Length;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }

    /// <summary>The sentence with every span of it, and of what it holds, moved by <paramref name="lag"/>.</summary>
    internal static SentenceSourcing Moved(SentenceSourcing s, int lag) => s with
    {
        Span = Move(s.Span, lag),
        Attributions = s.Attributions.IsEmpty ? s.Attributions : Moved(s.Attributions, lag),
        VaguePhrases = s.VaguePhrases.IsEmpty ? s.VaguePhrases : Moved(s.VaguePhrases, lag),
        Quotations = s.Quotations.IsEmpty ? s.Quotations : Moved(s.Quotations, lag),
        CarriedFrom = Moved(s.CarriedFrom, lag),
    };

    /// <summary>An attribution with every span of it moved by <paramref name="lag"/> (also from block to article offsets).</summary>
    internal static Attribution? Moved(Attribution? a, int lag) => a is null ? null : a with
    {
        Cue = Move(a.Cue, lag),
        Verb = Move(a.Verb, lag),
        Content = Move(a.Content, lag),
        Source = Moved(a.Source, lag),
        Recipient = a.Recipient is { } r ? Move(r, lag) : null,
        RelayedOutletSpan = a.RelayedOutletSpan is { } o ? Move(o, lag) : null,
    };

    internal static Source? Moved(Source? source, int lag) => source is null ? null : source with
    {
        Span = Move(source.Span, lag),
        AnonymityReason = source.AnonymityReason is { } r ? Move(r, lag) : null,
        Antecedent = Moved(source.Antecedent, lag),
    };

    private static ImmutableArray<Attribution> Moved(ImmutableArray<Attribution> attributions, int lag)
    {
        var moved = new Attribution[attributions.Length];
        for (var i = 0; i < moved.Length; i++)
        {
            moved[i] = Moved(attributions[i], lag)!;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(moved);
    }

    internal static ImmutableArray<VaguePhrase> Moved(ImmutableArray<VaguePhrase> phrases, int lag)
    {
        var moved = new VaguePhrase[phrases.Length];
        for (var i = 0; i < moved.Length; i++)
        {
            moved[i] = phrases[i] with { Span = Move(phrases[i].Span, lag) };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(moved);
    }

    internal static ImmutableArray<Quotation> Moved(ImmutableArray<Quotation> quotations, int lag)
    {
        var moved = new Quotation[quotations.Length];
        for (var i = 0; i < moved.Length; i++)
        {
            moved[i] = quotations[i] with { Span = Move(quotations[i].Span, lag) };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(moved);
    }

    internal static TextSpan Move(TextSpan span, int lag) => lag == 0 ? span : new TextSpan(span.Start + lag, span.Length);

    /// <summary>Builds a list sentence by sentence; each sentence is given with its lag.</summary>
    internal sealed class Builder(int capacity)
    {
        private SentenceSourcing[] _items = capacity > 0 ? new SentenceSourcing[capacity] : [];
        private int _count;
        private readonly List<int> _runStarts = [];
        private readonly List<int> _runLags = [];
        private readonly List<int> _quotingHeadlines = [];

        /// <summary>How many sentences were added; setting it lower drops the last ones.</summary>
        public int Count
        {
            get => _count;
            set
            {
                _count = value;
                while (_runStarts.Count > 0 && _runStarts[^1] >= value)
                {
                    _runStarts.RemoveAt(_runStarts.Count - 1);
                    _runLags.RemoveAt(_runLags.Count - 1);
                }
                while (_quotingHeadlines.Count > 0 && _quotingHeadlines[^1] >= value)
                {
                    _quotingHeadlines.RemoveAt(_quotingHeadlines.Count - 1);
                }
            }
        }

        /// <summary>Adds a sentence in offsets of the text being linked.</summary>
        public void Add(SentenceSourcing sentence) => Add(sentence, 0);

        /// <summary>Adds a sentence whose spans lag <paramref name="lag"/> behind the text being linked.</summary>
        public void Add(SentenceSourcing sentence, int lag)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, Math.Max(8, _items.Length * 2));
            }
            LagFrom(_count, lag);
            if (IsQuotingHeadline(sentence)) _quotingHeadlines.Add(_count);
            _items[_count++] = sentence;
        }

        /// <summary>Sentence <paramref name="index"/> as given, whose spans lag <see cref="LagAt"/> behind the text being linked.</summary>
        public SentenceSourcing Unmoved(int index) => _items[index];

        public int LagAt(int index)
        {
            var run = _runStarts.Count - 1;
            while (run >= 0 && _runStarts[run] > index)
            {
                run--;
            }
            return run < 0 ? 0 : _runLags[run];
        }

        /// <summary>
        /// Adds the sentences of <paramref name="list"/> from index <paramref name="from"/> to its end, each lagging
        /// <paramref name="lag"/> more than it lies there.
        /// </summary>
        public void AddTail(SentenceList list, int from, int lag)
        {
            var count = list.Length - from;
            if (_count + count > _items.Length)
            {
                Array.Resize(ref _items, Math.Max(_count + count, _items.Length * 2));
            }
            var start = _count;
            LagFrom(start, list.LagAt(from) + lag);
            for (var r = 0; r < list._runStarts.Length; r++)
            {
                if (list._runStarts[r] > from)
                {
                    LagFrom(start + list._runStarts[r] - from, list._runLags[r] + lag);
                }
            }
            foreach (var q in list._quotingHeadlines)
            {
                if (q >= from) _quotingHeadlines.Add(start + q - from);
            }
            Array.Copy(list._items, from, _items, start, count);
            _count += count;
        }

        /// <summary>Adds the first <paramref name="count"/> sentences of <paramref name="list"/>, as they lie there.</summary>
        public void AddRange(SentenceList list, int count)
        {
            if (_count + count > _items.Length)
            {
                Array.Resize(ref _items, Math.Max(_count + count, _items.Length * 2));
            }
            var start = _count;
            LagFrom(start, 0);
            for (var r = 0; r < list._runStarts.Length && list._runStarts[r] < count; r++)
            {
                LagFrom(start + list._runStarts[r], list._runLags[r]);
            }
            foreach (var q in list._quotingHeadlines)
            {
                if (q < count) _quotingHeadlines.Add(start + q);
            }
            Array.Copy(list._items, 0, _items, start, count);
            _count += count;
        }

        public SentenceList ToList()
        {
            if (_count == 0)
            {
                return Empty;
            }
            var items = _count == _items.Length ? _items : _items[.._count];
            _items = [];
            return new SentenceList(items, [.. _runStarts], [.. _runLags], [.. _quotingHeadlines]);
        }

        // The sentences from index `at` on lag by `lag` (until a later run starts).
        private void LagFrom(int at, int lag)
        {
            var last = _runStarts.Count - 1;
            if (last >= 0 && _runStarts[last] == at)
            {
                _runStarts.RemoveAt(last);
                _runLags.RemoveAt(last);
                last--;
            }
            if ((last >= 0 ? _runLags[last] : 0) != lag)
            {
                _runStarts.Add(at);
                _runLags.Add(lag);
            }
        }
    }
}
