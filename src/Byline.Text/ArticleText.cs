using Microsoft.CodeAnalysis.Text;

namespace Byline.Text;

/// <summary>
/// Immutable article text. Storage and edits are Roslyn's <see cref="SourceText"/>; this type adds the
/// line map that follows the LSP definition of a line (only \n, \r\n and \r break lines — Roslyn also
/// breaks on U+0085, U+2028 and U+2029, which would shift every LSP position after them).
/// </summary>
public sealed class ArticleText
{
    private LineMap? _lines;

    // The line map of the text this one was edited from, when it was built: this text's map is made from it.
    private LineMap? _linesBefore;
    private SourceText? _sourceBefore;

    private ArticleText(SourceText source) => Source = source;

    private ArticleText(SourceText source, ArticleText before)
    {
        Source = source;
        if (Volatile.Read(ref before._lines) is { } lines)
        {
            _linesBefore = lines;
            _sourceBefore = before.Source;
        }
    }

    public SourceText Source { get; }

    public int Length => Source.Length;

    public char this[int offset] => Source[offset];

    /// <summary>
    /// Line starts, computed on first use and shared by every reader of this snapshot: updated from the edit when
    /// this text was edited from one whose map was built (as the server's always is), else read from the text.
    /// </summary>
    // Read first: the method group makes a delegate each time it is passed, and the map is asked for once per finding.
    public LineMap Lines => Volatile.Read(ref _lines) ?? LazyInitializer.EnsureInitialized(ref _lines, BuildLines);

    private LineMap BuildLines()
    {
        var lines = _linesBefore is { } before && _sourceBefore is { } older
            ? before.WithChange(Source, Source.GetChangeRanges(older))
            : LineMap.Create(Source);
        _linesBefore = null;
        _sourceBefore = null;
        return lines;
    }

    public static ArticleText From(string text) => new(SourceText.From(text));

    public static ArticleText From(SourceText source) => new(source);

    public string ToString(TextSpan span) => Source.ToString(span);

    public override string ToString() => Source.ToString();

    /// <summary>Applies edits given in offsets of this text; they must not overlap (Roslyn's rule).</summary>
    public ArticleText WithChanges(IEnumerable<TextChange> changes) => new(Source.WithChanges(changes), this);

    /// <summary>The ranges that differ between an older snapshot and this one.</summary>
    public IReadOnlyList<TextChangeRange> GetChangeRanges(ArticleText older) => Source.GetChangeRanges(older.Source);
}
