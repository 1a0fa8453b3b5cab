using Byline.Analysis;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Where an older text's LSP positions are in a newer one, across the edits between them collapsed to one changed
/// range: a position before the range keeps its offset, line and character; a position on a line that starts after
/// the range (past the line break that ends the range's last line, which both texts share) moves by the change in
/// length and in line count and keeps its character, in any position encoding, since the text of its line before
/// it is unchanged. Any other position has no place, and a diagnostic that has one, or whose lines moved, is
/// converted again (the report keeps each diagnostic's JSON only, whose line numbers a move would change).
/// </summary>
internal sealed class ReportShift
{
    /// <summary>A finding's place in the older text: <paramref name="Back"/> characters earlier, and on which side of the change.</summary>
    public readonly record struct Placement(int Back, bool AfterChange);

    private readonly int _changeStart;
    private readonly int _oldLinesMoveFrom;

    private ReportShift(int changeStart, int oldLinesMoveFrom, int delta, int lineDelta)
    {
        _changeStart = changeStart;
        _oldLinesMoveFrom = oldLinesMoveFrom;
        Delta = delta;
        LineDelta = lineDelta;
    }

    /// <summary>How much an offset after the change moves.</summary>
    public int Delta { get; }

    /// <summary>How many lines a position after the change moves.</summary>
    public int LineDelta { get; }

    /// <summary>The shift from <paramref name="older"/> to <paramref name="newer"/>, or null when they share nothing.</summary>
    public static ReportShift? Between(ArticleText older, ArticleText newer)
    {
        var ranges = newer.GetChangeRanges(older);
        if (ranges.Count == 0)
        {
            return new ReportShift(int.MaxValue, int.MaxValue, 0, 0);
        }
        var start = ranges[0].Span.Start;
        var end = ranges[^1].Span.End;
        if (start == 0 && end == older.Length)
        {
            return null;
        }
        var lines = older.Lines;
        var lastLine = lines.GetLineFromOffset(end);
        var movesFrom = lastLine + 1 < lines.Count ? lines.GetLineStart(lastLine + 1) : int.MaxValue;
        var delta = ranges.Sum(r => r.NewLength - r.Span.Length);
        return new ReportShift(start, movesFrom, delta, newer.Lines.Count - lines.Count);
    }

    /// <summary>
    /// Where a new finding's positions lie in the older text: all before the change (the same offsets), all on
    /// lines after it (<see cref="Delta"/> back), or null when any has no place.
    /// </summary>
    public Placement? Place(Finding finding) => Place(finding, 0);

    /// <summary><see cref="Place(Finding)"/> of a finding that lies <paramref name="lag"/> on from where it was made.</summary>
    public Placement? Place(Finding finding, int lag)
    {
        var (first, last) = Extent(finding);
        (first, last) = (first + lag, last + lag);
        if (last < _changeStart)
        {
            return new Placement(0, AfterChange: false);
        }
        return (long)first - Delta >= _oldLinesMoveFrom ? new Placement(Delta, AfterChange: true) : null;
    }

    /// <summary>
    /// How far back a new finding lies in the older text when its diagnostic there is also the same LSP diagnostic
    /// now (its lines and characters unchanged), or null: it has no place, or the change moved it to other lines.
    /// </summary>
    public int? Reusable(Finding finding, int lag = 0) =>
        Place(finding, lag) is { } place && (!place.AfterChange || LineDelta == 0) ? place.Back : null;

    /// <summary>
    /// Whether <paramref name="old"/>, moved by <paramref name="back"/>, gives the same diagnostic as
    /// <paramref name="now"/>: everything a diagnostic is made from (not the fixes, which it does not carry).
    /// </summary>
    public static bool SameDiagnostic(Finding old, Finding now, int back)
    {
        if (back == 0 && ReferenceEquals(old, now))
        {
            // A finding the analysis took over unchanged (findings are immutable).
            return true;
        }
        if (!ReferenceEquals(old.Rule, now.Rule) && old.Rule != now.Rule
            || old.Severity != now.Severity || old.Tags != now.Tags
            || !Moved(old.Span, back, now.Span) || old.Focus.HasValue != now.Focus.HasValue
            || old.Focus is { } focus && !Moved(focus, back, now.Focus!.Value)
            || old.Related.Length != now.Related.Length || !string.Equals(old.Message, now.Message, StringComparison.Ordinal))
        {
            return false;
        }
        for (var i = 0; i < old.Related.Length; i++)
        {
            if (!Moved(old.Related[i].Span, back, now.Related[i].Span) || !string.Equals(old.Related[i].Message, now.Related[i].Message, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Moved(TextSpan old, int back, TextSpan now) => old.Start == now.Start - back && old.Length == now.Length;

    /// <summary>The first and last offset (exclusive end) of everything the finding's diagnostic shows.</summary>
    private static (int First, int Last) Extent(Finding finding)
    {
        int first = finding.Span.Start, last = finding.Span.End;
        if (finding.Focus is { } focus)
        {
            (first, last) = (Math.Min(first, focus.Start), Math.Max(last, focus.End));
        }
        foreach (var related in finding.Related)
        {
            (first, last) = (Math.Min(first, related.Span.Start), Math.Max(last, related.Span.End));
        }
        return (first, last);
    }
}
