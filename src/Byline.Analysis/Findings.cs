using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis;

/// <summary>Severities in LSP order (error is most severe).</summary>
public enum Severity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

/// <summary>Extra meaning an editor can show: faded text for leftovers, struck-through for deprecated wording.</summary>
[Flags]
public enum FindingTags
{
    None = 0,
    Unnecessary = 1,
}

/// <summary>A rule's identity: stable id, short name, default severity and docs page.</summary>
public sealed record RuleDescriptor(string Id, string Name, Severity DefaultSeverity, string Title)
{
    public string HelpUri => RuleDocs.BaseUri + Id + ".md";
}

/// <summary>One diagnostic produced by a rule, in absolute UTF-16 offsets of the document.</summary>
public sealed record Finding(RuleDescriptor Rule, Severity Severity, TextSpan Span, string Message, FindingTags Tags = FindingTags.None)
{
    /// <summary>The order findings are reported in: by start, then by rule id.</summary>
    public static readonly Comparison<Finding> ReportOrder = static (a, b) =>
        a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);

    public ImmutableArray<RelatedLocation> Related { get; init; } = [];

    /// <summary>
    /// The smallest part of <see cref="Span"/> that shows the problem, when <see cref="Span"/> is larger (a
    /// whole sentence: its claim's head). Editors underline the focus and give the span as related
    /// information. Reviews, suppressions and baselines still key on <see cref="Span"/>, so a ledger written
    /// before a finding had a focus keeps matching.
    /// </summary>
    public TextSpan? Focus { get; init; }

    /// <summary>How the whole span is labelled where the focus is the primary place (LSP related information, SARIF related location).</summary>
    public const string WholeSpanMessage = "claim: the whole sentence";

    /// <summary>Reported at most at information whatever the rule's severity: the same rules are hints in a headline.</summary>
    public bool Demoted { get; init; }

    // An edit moves every finding after it on each keystroke (most findings of a long article carry a fix): the
    // finding is copied with its new spans, but its fixes are shared with the finding it was moved from, as made, and
    // moved by _lag only when read (code actions, the CLI's formats), so a keystroke copies no fix or change. (Related
    // locations, which few findings have and the report compares on each keystroke, move at once.) A fix that a rule
    // offers the same way at each of its findings is made once at offset 0 and placed by _lag too (PlacedFixes).
    private ImmutableArray<FindingFix> _fixes = [];
    private int _lag;

    /// <summary>
    /// Fixes made once at offset 0 and shared by every finding that offers them, this finding's placed at
    /// <c>At</c>: they read as <see cref="Fixes"/> made at that offset, but are made only when read. A rule that offers
    /// the same edit on most sentences of a folder (BYL0001's placeholder source) then makes no fix per finding; the
    /// server reads fixes only for a code action.
    /// </summary>
    internal (ImmutableArray<FindingFix> MadeAtZero, int At) PlacedFixes
    {
        init => (_fixes, _lag) = value;
    }

    /// <summary>The same finding moved by <paramref name="offset"/> (a block's finding placed in its document).</summary>
    public Finding Shifted(int offset)
    {
        if (offset == 0)
        {
            return this;
        }
        var moved = this with
        {
            Span = new TextSpan(Span.Start + offset, Span.Length),
            Focus = Focus is { } focus ? new TextSpan(focus.Start + offset, focus.Length) : null,
            Related = Related.IsEmpty ? Related : ShiftedRelated(Related, offset),
        };
        moved._lag = _lag + offset;
        return moved;
    }

    /// <summary>Whether every change of every fix lies where <paramref name="where"/> says, read without moving the fixes.</summary>
    /// <param name="plus">How far the finding lies from where it was made (<see cref="FindingLags"/>).</param>
    internal bool AllChangesLie(Func<TextSpan, bool> where, int plus = 0)
    {
        foreach (var fix in _fixes)
        {
            foreach (var change in fix.Changes)
            {
                if (!where(new TextSpan(change.Span.Start + _lag + plus, change.Span.Length))) return false;
            }
        }
        return true;
    }

    // Loops, not LINQ: an edit moves every finding after it.
    private static ImmutableArray<RelatedLocation> ShiftedRelated(ImmutableArray<RelatedLocation> related, int offset)
    {
        var moved = new RelatedLocation[related.Length];
        for (var i = 0; i < moved.Length; i++)
        {
            moved[i] = related[i] with { Span = new TextSpan(related[i].Span.Start + offset, related[i].Span.Length) };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(moved);
    }

    private static ImmutableArray<FindingFix> ShiftedFixes(ImmutableArray<FindingFix> fixes, int offset)
    {
        var moved = new FindingFix[fixes.Length];
        for (var i = 0; i < moved.Length; i++)
        {
            var changes = new Microsoft.CodeAnalysis.Text.TextChange[fixes[i].Changes.Length];
            for (var c = 0; c < changes.Length; c++)
            {
                var change = fixes[i].Changes[c];
                changes[c] = new Microsoft.CodeAnalysis.Text.TextChange(new TextSpan(change.Span.Start + offset, change.Span.Length), change.NewText!);
            }
            moved[i] = fixes[i] with { Changes = ImmutableCollectionsMarshal.AsImmutableArray(changes) };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(moved);
    }

    /// <summary>Edits that fix the problem, offered as code actions and by <c>byline check --fix</c>, in absolute offsets.</summary>
    public ImmutableArray<FindingFix> Fixes
    {
        get => _lag == 0 || _fixes.IsEmpty ? _fixes : ShiftedFixes(_fixes, _lag);
        init => _fixes = value.IsEmpty || _lag == 0 ? value : ShiftedFixes(value, -_lag);
    }
}

/// <summary>A named fix: text changes in the finding's document, in offsets of the analysed text.</summary>
public sealed record FindingFix(string Title, ImmutableArray<Microsoft.CodeAnalysis.Text.TextChange> Changes);

public sealed record RelatedLocation(TextSpan Span, string Message);

/// <summary>
/// Where a rule's docs page is. The pages (docs/rules/*.md) are copied next to the assemblies, so the link
/// works offline in the editor and from the CLI, and shows the page of the rules installed; without them it points
/// to the repository. The .vsix ships the pages once, next to the portable build (server/docs/rules), and the native
/// Linux x64 server alone in server/linux-x64: that server finds them one folder up.
/// </summary>
public static class RuleDocs
{
    public const string RepositoryBaseUri = "https://github.com/byline-news/byline/blob/main/docs/rules/";

    public static string BaseUri { get; } = Find(AppContext.BaseDirectory);

    internal static string Find(string baseDirectory)
    {
        foreach (var candidate in new[] { Path.Combine(baseDirectory, "docs", "rules"), Path.Combine(baseDirectory, "..", "docs", "rules") })
        {
            // The first rule's page, not only the folder: a parent folder's docs/rules may be anything.
            if (File.Exists(Path.Combine(candidate, "BYL0001.md")))
            {
                return new Uri(Path.GetFullPath(candidate) + Path.DirectorySeparatorChar).AbsoluteUri;
            }
        }
        return RepositoryBaseUri;
    }
}
