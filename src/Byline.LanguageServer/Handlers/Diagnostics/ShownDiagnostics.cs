using System.Collections.Immutable;
using System.Globalization;
using Byline.Analysis;
using Byline.LanguageServer.Protocol;
using Byline.Text;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Which of a document's diagnostics a client that shows at most so many per document
/// (<c>initializationOptions.maxDiagnosticsPerDocument</c>) is sent. VS Code's extension host keeps at most 1,000
/// diagnostics of a file (<c>ExtHostDiagnostics._maxDiagnosticsPerFile</c>): errors, then warnings, then information,
/// then hints, each in the order given, until the limit, and drops the rest after parsing and converting them all. So
/// the server chooses the same ones, in the same order of severity and then of the document, and leaves the rest out:
/// the editor shows what it showed before, and parses only what it shows. The last place holds a note of the server's
/// own (<see cref="NotShown"/>) saying how many findings are not shown, so the list never exceeds the limit and the
/// editor adds no note of its own.
/// </summary>
public static class ShownDiagnostics
{
    /// <summary>The largest limit a client may ask for: one above it is no limit in practice, and is read as this.</summary>
    public const int LargestLimit = 1_000_000;

    /// <summary>
    /// The limit a client asked for in <paramref name="option"/>, or null (every diagnostic is sent) when it asked
    /// for none or for no usable one; <paramref name="problem"/> then says why a value was ignored. A whole number of
    /// at least 1 is a limit; a larger one than <see cref="LargestLimit"/> is read as that one.
    /// </summary>
    public static int? ReadLimit(System.Text.Json.JsonElement? option, out string? problem)
    {
        problem = null;
        if (option is not { } value || value.ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != System.Text.Json.JsonValueKind.Number || !value.TryGetDouble(out var number) || number != Math.Floor(number) || number < 1)
        {
            problem = $"initializationOptions.maxDiagnosticsPerDocument must be a whole number of at least 1, not {value.GetRawText()}: every diagnostic is sent.";
            return null;
        }
        return number > LargestLimit ? LargestLimit : (int)number;
    }

    /// <summary>
    /// The indices of the findings whose diagnostics are sent when at most <paramref name="limit"/> are shown, in the
    /// findings' order, and the index of the last one chosen (in the order of choice: the least severe, last in the
    /// document), or -1 when none is; null when every finding is sent.
    /// </summary>
    public static (int[] Chosen, int LastChosen)? Choose(ImmutableArray<Finding> findings, int? limit)
    {
        if (limit is not { } most || findings.Length <= most)
        {
            return null;
        }
        // One place is the note's.
        var room = most - 1;
        Span<int> bySeverity = stackalloc int[SeverityCount + 1];
        foreach (var finding in findings)
        {
            bySeverity[Rank(finding.Severity)]++;
        }
        // Every finding more severe than `cutoff` is chosen, and the first `ofCutoff` of those at `cutoff`.
        var cutoff = 0;
        var ofCutoff = room;
        while (cutoff <= SeverityCount && ofCutoff > bySeverity[cutoff])
        {
            ofCutoff -= bySeverity[cutoff];
            cutoff++;
        }
        var chosen = new int[room];
        var count = 0;
        var atCutoff = 0;
        var last = -1;
        for (var i = 0; i < findings.Length && count < room; i++)
        {
            var rank = Rank(findings[i].Severity);
            if (rank > cutoff || rank == cutoff && atCutoff == ofCutoff)
            {
                continue;
            }
            if (rank == cutoff)
            {
                atCutoff++;
            }
            chosen[count++] = i;
            if (last < 0 || rank >= Rank(findings[last].Severity))
            {
                last = i;
            }
        }
        return (chosen, last);
    }

    /// <summary>
    /// The note in the last place: how many findings are not shown, and that the command line lists them all. An
    /// information diagnostic where the last chosen diagnostic is (where VS Code puts its own note), or at the start of
    /// the document when none is chosen.
    /// </summary>
    public static Diagnostic NotShown(int notShown, int limit, Protocol.Range at, string uri, DiagnosticForm form) => new(
        Range: at,
        Severity: DiagnosticSeverity.Information,
        Code: null,
        CodeDescription: null,
        Source: form.RuleFieldsOmitted ? null : FindingConverter.Source,
        Message: string.Create(CultureInfo.InvariantCulture,
            $"{notShown} further findings are not shown (the editor shows at most {limit} per file): `byline check {FileName(uri)}` lists them all."),
        Tags: null,
        RelatedInformation: null);

    /// <summary>Where the note goes: the last chosen diagnostic's range, or the document's start.</summary>
    public static Protocol.Range NoteRange(ImmutableArray<Finding> findings, int lastChosen, ArticleText text, PositionEncoding encoding) =>
        lastChosen >= 0 ? FindingConverter.RangeOf(findings[lastChosen], text, encoding) : new Protocol.Range(new Position(0, 0), new Position(0, 0));

    private const int SeverityCount = 4;

    /// <summary>0 for errors to 3 for hints, the order VS Code keeps them in; anything else after them.</summary>
    private static int Rank(Severity severity) => severity is >= Severity.Error and <= Severity.Hint ? (int)severity - 1 : SeverityCount;

    private static string FileName(string uri) =>
        DocumentUris.ToFilePath(uri) is { } path && Path.GetFileName(path) is { Length: > 0 } name ? name : "FILE";
}
