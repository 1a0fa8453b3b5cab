using Byline.Analysis.Rules;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Text;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Workspace;

/// <summary>
/// Problems in the workspace's own files — <c>.byline.yaml</c>, <c>.byline/entities.yaml</c> and the review
/// ledger <c>.byline/reviews.yaml</c> — pushed as diagnostics of those files (BYL9004), and the files and folders
/// the walk did not read (BYL9007, on the entry itself). They are pushed even to
/// clients that pull article diagnostics: these files are not articles, so the client never pulls them.
/// A file whose problems were fixed gets an empty report. A file whose problems are the ones last sent is not sent
/// again: the walk of the folders and <c>initialized</c> both publish, in either order, and a client must not see a
/// fixed file's old problems come back from the second.
/// </summary>
public sealed class FileProblemsPublisher(LanguageClient client, ServerLog log)
{
    private Dictionary<string, Diagnostic[]> _published = new(StringComparer.Ordinal);

    /// <summary>Called from the mutation path (initialized, didChangeWatchedFiles), so calls never overlap.</summary>
    public void Publish(WorkspaceSnapshot snapshot, PositionEncoding encoding)
    {
        var rule = FileProblems.InvalidConfiguration;
        var reports = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var problem in snapshot.ConfigProblems.Concat(snapshot.LedgerProblems))
        {
            var text = ArticleText.From(ReadOrEmpty(problem.Path));
            var span = problem.Span.End <= text.Length ? problem.Span : new Microsoft.CodeAnalysis.Text.TextSpan(0, 0);
            var uri = DocumentUris.FromFilePath(problem.Path);
            if (!reports.TryGetValue(uri, out var list))
            {
                reports[uri] = list = [];
            }
            list.Add(new Diagnostic(text.ToLspRange(span, encoding), (DiagnosticSeverity)(int)rule.DefaultSeverity, rule.Id,
                new CodeDescription(rule.HelpUri), FindingConverter.Source, problem.Message, null, null));
        }
        var skippedRule = FileProblems.SkippedFile;
        foreach (var skipped in snapshot.SkippedEntries)
        {
            var uri = DocumentUris.FromFilePath(skipped.Path);
            if (!reports.TryGetValue(uri, out var list))
            {
                reports[uri] = list = [];
            }
            var start = new Position(0, 0);
            list.Add(new Diagnostic(new Protocol.Range(start, start), (DiagnosticSeverity)(int)skippedRule.DefaultSeverity, skippedRule.Id,
                new CodeDescription(skippedRule.HelpUri), FindingConverter.Source, $"Not read: {skipped.Reason}.", null, null));
        }
        foreach (var fixedUri in _published.Keys.Where(u => !reports.ContainsKey(u)))
        {
            reports[fixedUri] = [];
        }
        foreach (var (uri, diagnostics) in reports.Where(r => !SentAlready(r.Key, r.Value)))
        {
            _ = Send(new PublishDiagnosticsParams(uri, null, [.. diagnostics]));
        }
        _published = reports.Where(r => r.Value.Count > 0).ToDictionary(r => r.Key, r => r.Value.ToArray(), StringComparer.Ordinal);
    }

    private bool SentAlready(string uri, List<Diagnostic> diagnostics) =>
        _published.TryGetValue(uri, out var sent) && sent.SequenceEqual(diagnostics);

    private async Task Send(PublishDiagnosticsParams report)
    {
        try
        {
            await client.NotifyAsync("textDocument/publishDiagnostics", report);
        }
        catch (Exception ex)
        {
            log.Warning($"Publishing problems of {report.Uri} failed: {ex.Message}");
        }
    }

    // The problem's span was computed on the text read moments ago; a file changed since then is re-reported
    // on the next watched-files event.
    private static string ReadOrEmpty(string path)
    {
        return ConfigLoader.ReadIfExists(path) ?? "";
    }
}
