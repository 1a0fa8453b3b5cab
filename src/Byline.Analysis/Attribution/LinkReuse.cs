using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// What linking carries from one block to the next (absolute spans of the text it was linked in).
/// <paramref name="StatementOpens"/>: the block before ended "X said:", so the next one opens the statement;
/// <paramref name="StatementUnquoted"/>: the statement's paragraphs so far hold no quotation marks.
/// <paramref name="Interview"/>: how far the article reads as a question-and-answer interview, and the answer running.
/// <paramref name="Transcript"/>: the transcript turn running, and whether labelled turns have shown the layout.
/// </summary>
internal readonly record struct LinkState(Source? LastSource, Attribution? NextQuoteSpeaker, Attribution? PreviousLastSpeaker, Attribution? StatementSpeaker, bool StatementOpens, bool StatementUnquoted, InterviewState Interview = default, TranscriptState Transcript = default);

/// <summary>
/// One block as linking left it: where it was, the state it received and passed on, its sentences' place in the
/// article's list, and the article-wide answer it read (whether the article is in Latin script), if any. A block
/// before the edit whose sentences were kept keeps this very object too.
/// </summary>
internal sealed record LinkedBlock(int Start, int Length, LinkState In, LinkState Out, int FirstSentence, int SentenceCount, bool? ArticleIsLatin);

/// <summary>
/// One linking's blocks, each as linking made it (<see cref="LinkedBlock"/>) with how far its place and the spans of
/// its states lag behind the text, and its first sentence's index behind the article's list. A keystroke takes the
/// blocks after the edit over as they were made when nothing in them reaches back across it, only adding the edit's
/// change in length to their lag (the sentences' own lags move the same way in <see cref="SentenceList"/>); each
/// block's lowest offset (<see cref="LowestAt"/>) is what tells.
/// </summary>
internal sealed class LinkedBlocks(int length)
{
    private readonly LinkedBlock?[] _records = new LinkedBlock?[length];
    private readonly int[] _lags = new int[length];
    private readonly int[] _sentenceLags = new int[length];
    private readonly int[] _lowest = new int[length];

    public int Length => _records.Length;

    /// <summary>Block <paramref name="index"/>'s record as made: read its place, states and first sentence through the accessors.</summary>
    public LinkedBlock? Unmoved(int index) => _records[index];

    public int StartAt(int index) => _records[index]!.Start + _lags[index];

    public int FirstSentenceAt(int index) => _records[index]!.FirstSentence + _sentenceLags[index];

    public LinkState InAt(int index) => Moved(_records[index]!.In, _lags[index]);

    public LinkState OutAt(int index) => Moved(_records[index]!.Out, _lags[index]);

    /// <summary>The lowest offset block <paramref name="index"/> holds: its start, and every span of its sentences and of its states.</summary>
    public int LowestAt(int index) => _lowest[index];

    /// <summary>Sets block <paramref name="index"/> to a record made in this text (it does not lag).</summary>
    public void Set(int index, LinkedBlock block, SentenceList.Builder sentences) =>
        Set(index, block, 0, 0, Lowest(block, sentences));

    /// <summary>Sets block <paramref name="index"/> to block <paramref name="from"/> of <paramref name="older"/>, its spans lagging
    /// <paramref name="lag"/> more and its sentences <paramref name="sentenceLag"/> more.</summary>
    public void Take(int index, LinkedBlocks older, int from, int lag, int sentenceLag) =>
        Set(index, older._records[from]!, older._lags[from] + lag, older._sentenceLags[from] + sentenceLag, older._lowest[from] + lag);

    /// <summary>Takes over the first <paramref name="count"/> blocks of <paramref name="older"/>, as they lie there.</summary>
    public void TakePrefix(LinkedBlocks older, int count)
    {
        Array.Copy(older._records, _records, count);
        Array.Copy(older._lags, _lags, count);
        Array.Copy(older._sentenceLags, _sentenceLags, count);
        Array.Copy(older._lowest, _lowest, count);
    }

    /// <summary>
    /// The last block that holds an offset <paramref name="map"/> does not place wholly after its edit (<see cref="LowestAt"/>),
    /// or -1: every block after it lies wholly after the edit. A walk back from the end, no array: the edit is usually
    /// near the blocks it finds.
    /// </summary>
    public int LastNotAllAfter(SpanMap map)
    {
        var k = _lowest.Length - 1;
        while (k >= 0 && map.AllAfter(_lowest[k]))
        {
            k--;
        }
        return k;
    }

    private void Set(int index, LinkedBlock block, int lag, int sentenceLag, int lowest) =>
        (_records[index], _lags[index], _sentenceLags[index], _lowest[index]) = (block, lag, sentenceLag, lowest);

    private static LinkState Moved(LinkState state, int lag) => lag == 0 ? state : new(
        SentenceList.Moved(state.LastSource, lag), SentenceList.Moved(state.NextQuoteSpeaker, lag), SentenceList.Moved(state.PreviousLastSpeaker, lag),
        SentenceList.Moved(state.StatementSpeaker, lag), state.StatementOpens, state.StatementUnquoted, state.Interview with { Answer = SentenceList.Moved(state.Interview.Answer, lag), Asked = SentenceList.Moved(state.Interview.Asked, lag), Interviewee = SentenceList.Moved(state.Interview.Interviewee, lag) },
        state.Transcript with { Turn = SentenceList.Moved(state.Transcript.Turn, lag) });

    private static int Lowest(LinkedBlock block, SentenceList.Builder sentences)
    {
        var lowest = new LowestOffset(block.Start);
        lowest.Visit(block.In);
        lowest.Visit(block.Out);
        for (var k = block.FirstSentence; k < block.FirstSentence + block.SentenceCount; k++)
        {
            lowest.Visit(sentences.Unmoved(k), sentences.LagAt(k));
        }
        return lowest.Value;
    }
}

/// <summary>Visits each span a sentence's sourcing holds (<see cref="SourcingSpans"/>).</summary>
internal interface ISpanVisitor
{
    /// <summary>Whether the answer is known, so the rest need not be visited.</summary>
    bool Done { get; }

    void Visit(TextSpan span);
}

/// <summary>Every span of a sentence's sourcing and of what it holds, one walk for each question asked of them.</summary>
internal static class SourcingSpans
{
    public static void Walk<T>(SentenceSourcing s, ref T visitor) where T : struct, ISpanVisitor
    {
        visitor.Visit(s.Span);
        foreach (var a in s.Attributions)
        {
            Walk(a, ref visitor);
        }
        foreach (var v in s.VaguePhrases)
        {
            visitor.Visit(v.Span);
        }
        foreach (var q in s.Quotations)
        {
            visitor.Visit(q.Span);
        }
        Walk(s.CarriedFrom, ref visitor);
    }

    public static void Walk<T>(Attribution? a, ref T visitor) where T : struct, ISpanVisitor
    {
        if (a is null || visitor.Done)
        {
            return;
        }
        visitor.Visit(a.Cue);
        visitor.Visit(a.Verb);
        visitor.Visit(a.Content);
        Walk(a.Source, ref visitor);
        if (a.Recipient is { } r) visitor.Visit(r);
        if (a.RelayedOutletSpan is { } o) visitor.Visit(o);
    }

    public static void Walk<T>(Source? source, ref T visitor) where T : struct, ISpanVisitor
    {
        for (; source is not null; source = source.Antecedent)
        {
            visitor.Visit(source.Span);
            if (source.AnonymityReason is { } r) visitor.Visit(r);
        }
    }
}

/// <summary>The lowest start of the spans visited, each moved by its lag.</summary>
internal struct LowestOffset(int start) : ISpanVisitor
{
    private int _lag;

    public int Value { get; private set; } = start;

    public readonly bool Done => false;

    public void Visit(LinkState state)
    {
        _lag = 0;
        SourcingSpans.Walk(state.LastSource, ref this);
        SourcingSpans.Walk(state.NextQuoteSpeaker, ref this);
        SourcingSpans.Walk(state.PreviousLastSpeaker, ref this);
        SourcingSpans.Walk(state.StatementSpeaker, ref this);
        SourcingSpans.Walk(state.Interview.Answer, ref this);
        SourcingSpans.Walk(state.Interview.Asked, ref this);
        SourcingSpans.Walk(state.Interview.Interviewee, ref this);
        SourcingSpans.Walk(state.Transcript.Turn, ref this);
    }

    public void Visit(SentenceSourcing s, int lag)
    {
        _lag = lag;
        SourcingSpans.Walk(s, ref this);
    }

    public void Visit(TextSpan span) => Value = Math.Min(Value, span.Start + _lag);
}

/// <summary>
/// The sentences from <paramref name="Start"/> to the end of the list are the previous linking's, in order, copied
/// across the edit: sentence i is the earlier one at i - <paramref name="Offset"/> with its spans moved by
/// <paramref name="Delta"/>, and the earlier list ends where this one does.
/// </summary>
internal sealed record LinkedTail(int Start, int Offset, int Delta);

/// <summary>
/// Maps spans of an older text to the newer one across the edits between them, collapsed to one changed range:
/// a span before the range keeps its place, a span after it moves by the change in length, a span that touches the
/// range has no place (<see cref="TryMap(TextSpan, out TextSpan)"/> fails), and whatever holds it is linked again.
/// </summary>
internal sealed class SpanMap(int oldStart, int oldEnd, int delta)
{
    /// <summary>The map from <paramref name="older"/> to <paramref name="newer"/>, or null when the texts share nothing.</summary>
    public static SpanMap? Between(Text.ArticleText older, Text.ArticleText newer)
    {
        var ranges = newer.GetChangeRanges(older);
        if (ranges.Count == 0)
        {
            return new SpanMap(older.Length, older.Length, 0);
        }
        var start = ranges[0].Span.Start;
        var end = ranges[^1].Span.End;
        var delta = 0;
        foreach (var range in ranges)
        {
            delta += range.NewLength - range.Span.Length;
        }
        return start == 0 && end == older.Length ? null : new SpanMap(start, end, delta);
    }

    /// <summary>How far a span after the changed range moves.</summary>
    public int Delta => delta;

    /// <summary>Where the changed range starts in the older text.</summary>
    public int OldStart => oldStart;

    /// <summary>Where the changed range ends in the older text.</summary>
    public int OldEnd => oldEnd;

    /// <summary>Whether every span that starts at <paramref name="offset"/> or later lies after the changed range, whatever its length.</summary>
    public bool AllAfter(int offset) => offset > oldEnd;

    /// <summary>An old span that lies before the changed range: it keeps its place.</summary>
    public bool IsBefore(TextSpan span) => span.Length > 0 ? span.End <= oldStart : span.Start < oldStart;

    /// <summary>An old span that lies after the changed range: it moves by the change in length.</summary>
    public bool IsAfter(TextSpan span) => span.Length > 0 ? span.Start >= oldEnd : span.Start > oldEnd;

    public bool TryMap(TextSpan span, out TextSpan mapped)
    {
        if (IsBefore(span))
        {
            mapped = span;
            return true;
        }
        mapped = IsAfter(span) ? new TextSpan(span.Start + delta, span.Length) : span;
        return IsAfter(span);
    }

    public Source? Map(Source? source, ref bool ok)
    {
        if (source is null || !ok || Unmoved(source))
        {
            return source;
        }
        if (Remembered(source) is { } known)
        {
            return known;
        }
        var span = Map(source.Span, ref ok);
        var reason = source.AnonymityReason is { } r ? Map(r, ref ok) : (TextSpan?)null;
        var antecedent = Map(source.Antecedent, ref ok);
        return ok ? Remember(source, source with { Span = span, AnonymityReason = reason, Antecedent = antecedent }) : source;
    }

    public Attribution? Map(Attribution? a, ref bool ok)
    {
        if (a is null || !ok || Unmoved(a))
        {
            return a;
        }
        if (Remembered(a) is { } known)
        {
            return known;
        }
        var mapped = a with
        {
            Cue = Map(a.Cue, ref ok),
            Verb = Map(a.Verb, ref ok),
            Content = Map(a.Content, ref ok),
            Source = Map(a.Source, ref ok),
            Recipient = a.Recipient is { } r ? Map(r, ref ok) : null,
            RelayedOutletSpan = a.RelayedOutletSpan is { } o ? Map(o, ref ok) : null,
        };
        return ok ? Remember(a, mapped) : a;
    }

    // Linking shares objects: a sentence's attribution is also the voice carried over to the next sentences, and the
    // sources and speakers a block passes on are those of its sentences. Each is mapped once and the copies stay
    // shared, through a small cache by identity (old object, its copy), made on the first copy: most keystrokes
    // copy the state each block after the edit receives, and it is nearly always what the block before passed on.
    private const int MemoSize = 128;
    private object?[]? _memo;

    private T? Remembered<T>(T old)
        where T : class
    {
        var slot = (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(old) & (MemoSize - 1)) * 2;
        return _memo is { } memo && ReferenceEquals(memo[slot], old) ? (T)memo[slot + 1]! : null;
    }

    private T Remember<T>(T old, T mapped)
        where T : class
    {
        var memo = _memo ??= new object?[MemoSize * 2];
        var slot = (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(old) & (MemoSize - 1)) * 2;
        (memo[slot], memo[slot + 1]) = (old, mapped);
        return mapped;
    }

    public LinkState Map(LinkState state, ref bool ok) => new(
        Map(state.LastSource, ref ok), Map(state.NextQuoteSpeaker, ref ok), Map(state.PreviousLastSpeaker, ref ok), Map(state.StatementSpeaker, ref ok), state.StatementOpens, state.StatementUnquoted,
        state.Interview with { Answer = Map(state.Interview.Answer, ref ok), Asked = Map(state.Interview.Asked, ref ok), Interviewee = Map(state.Interview.Interviewee, ref ok) },
        state.Transcript with { Turn = Map(state.Transcript.Turn, ref ok) });

    // Nothing of it lies at or after the changed range: the very object stays (most of what precedes an edit).
    private bool Unmoved(Source source) =>
        IsBefore(source.Span) && (source.AnonymityReason is not { } r || IsBefore(r)) && (source.Antecedent is null || Unmoved(source.Antecedent));

    private bool Unmoved(Attribution a) =>
        IsBefore(a.Cue) && IsBefore(a.Verb) && IsBefore(a.Content) && (a.Source is null || Unmoved(a.Source))
        && (a.Recipient is not { } r || IsBefore(r)) && (a.RelayedOutletSpan is not { } o || IsBefore(o));

    /// <summary>
    /// Whether every span of sentence <paramref name="s"/> (as made, lagging <paramref name="lag"/> behind the old text)
    /// and of what it holds lies before the changed range (-1), after it (1), or neither (0: some on each side, or one
    /// touching it). Reads in place: a sentence on one side is taken over with its lag, not copied.
    /// </summary>
    public int SideOf(SentenceSourcing s, int lag)
    {
        var sides = new Sides(this, lag);
        SourcingSpans.Walk(s, ref sides);
        return sides.Before ? -1 : sides.After ? 1 : 0;
    }

    /// <summary>Whether the spans visited so far all lie before, or all after, the changed range.</summary>
    private struct Sides(SpanMap map, int lag) : ISpanVisitor
    {
        public bool Before = true, After = true;

        public readonly bool Done => !Before && !After;

        public void Visit(TextSpan span)
        {
            var moved = new TextSpan(span.Start + lag, span.Length);
            Before &= map.IsBefore(moved);
            After &= map.IsAfter(moved);
        }
    }

    public SentenceSourcing Map(SentenceSourcing s, ref bool ok)
    {
        var attributions = s.Attributions.IsEmpty ? s.Attributions : Map(s.Attributions, ref ok);
        var vague = s.VaguePhrases.IsEmpty ? s.VaguePhrases : Map(s.VaguePhrases, ref ok);
        var quotations = s.Quotations.IsEmpty ? s.Quotations : Map(s.Quotations, ref ok);
        return s with
        {
            Span = Map(s.Span, ref ok),
            Attributions = attributions,
            VaguePhrases = vague,
            Quotations = quotations,
            CarriedFrom = Map(s.CarriedFrom, ref ok),
        };
    }

    private ImmutableArray<Attribution> Map(ImmutableArray<Attribution> attributions, ref bool ok)
    {
        var mapped = new Attribution[attributions.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = Map(attributions[i], ref ok)!;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(mapped);
    }

    // Loops over plain arrays, not LINQ or builders: every sentence after the edit is mapped on every keystroke.
    private ImmutableArray<VaguePhrase> Map(ImmutableArray<VaguePhrase> phrases, ref bool ok)
    {
        var mapped = new VaguePhrase[phrases.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = phrases[i] with { Span = Map(phrases[i].Span, ref ok) };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(mapped);
    }

    private ImmutableArray<Quotation> Map(ImmutableArray<Quotation> quotations, ref bool ok)
    {
        var mapped = new Quotation[quotations.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = quotations[i] with { Span = Map(quotations[i].Span, ref ok) };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(mapped);
    }

    private TextSpan Map(TextSpan span, ref bool ok)
    {
        if (TryMap(span, out var mapped))
        {
            return mapped;
        }
        ok = false;
        return span;
    }
}
