using Byline.Analysis.Attribution;
using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.WorkspaceSymbols;

/// <summary>
/// <c>workspace/symbol</c>: the workspace's entities (each once, at its first mention in the first article in
/// path order; kinds as in <see cref="EntityNavigation"/>) and its attribution sources that are not entities
/// ("a coalition spokesperson", Event, at each article's first use of that wording). The query matches the
/// canonical name, an alias or the source text: a case-insensitive substring, else the query's letters in
/// order (VS Code filters and ranks the answer again).
/// </summary>
internal sealed class WorkspaceSymbolHandler : IRequestHandler<WorkspaceSymbolParams, SymbolInformation[]?>
{
    public const int MaxResults = 500;

    public string Method => "workspace/symbol";

    public RequestKind Kind => RequestKind.Read;

    public bool NeedsFolderIndex(WorkspaceSymbolParams request, Byline.Workspace.WorkspaceSnapshot snapshot) => true;

    public Task<SymbolInformation[]?> HandleAsync(WorkspaceSymbolParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var query = request.Query?.Trim() ?? "";
        var index = context.Snapshot.EntityIndex;
        var results = new List<SymbolInformation>();
        foreach (var item in index.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = item.Entity;
            if (!Matches(query, entity.Name) && !entity.Aliases.Any(a => Matches(query, a)))
            {
                continue;
            }
            var container = $"{EntityNavigation.TypeName(entity.Type)} · {item.MentionCount} mention(s) in {item.DocumentCount} article(s)";
            results.Add(new SymbolInformation(entity.Name, EntityNavigation.SymbolKindOf(entity.Type),
                EntityNavigation.ToLocation(item.FirstDocument, entity.FirstMention.Span, context.Encoding), container));
        }
        var seen = new HashSet<(string Uri, string Text)>();
        foreach (var occurrence in index.Sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = occurrence.Source;
            if (source.Kind is SourceKind.Named or SourceKind.Outlet or SourceKind.Pronoun
                || occurrence.Document.Analysis?.Entities.MentionAt(source.Span.Start) is { } m && m.Span == source.Span
                || !Matches(query, source.Text)
                || !seen.Add((occurrence.Document.Uri, source.Text.ToLowerInvariant())))
            {
                continue;
            }
            var file = Path.GetFileName(occurrence.Document.FilePath ?? occurrence.Document.Uri);
            results.Add(new SymbolInformation(source.Text, SymbolKind.Event,
                EntityNavigation.ToLocation(occurrence.Document, source.Span, context.Encoding), $"{source.Kind.ToString().ToLowerInvariant()} source · {file}"));
        }
        return Task.FromResult<SymbolInformation[]?>([.. results.Take(MaxResults)]);
    }

    public static bool Matches(string query, string name)
    {
        if (query.Length == 0 || name.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var i = 0;
        foreach (var c in name)
        {
            if (char.ToLowerInvariant(c) == char.ToLowerInvariant(query[i]) && ++i == query.Length)
            {
                return true;
            }
        }
        return false;
    }
}
