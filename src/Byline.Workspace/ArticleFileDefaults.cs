using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Byline.Workspace;

/// <summary>
/// What counts as an article when no <c>.byline.yaml</c> says otherwise, read once from the embedded
/// <c>Data/article-files.yaml</c>: the default include and exclude globs and the prose language ids.
/// </summary>
public static class ArticleFileDefaults
{
    private static readonly Lazy<YamlMappingNode> Data = new(Read);

    /// <summary>Globs of article files: the default of <c>include</c>.</summary>
    public static ImmutableArray<string> Include { get; } = List("include");

    /// <summary>
    /// The default of <c>exclude</c>: every listed folder (<c>**/bin/**</c>) and every listed name, bare
    /// or with any extension (<c>**/README</c>, <c>**/README.*</c>).
    /// </summary>
    public static ImmutableArray<string> Exclude { get; } =
    [
        .. List("excludeFolders").Select(folder => $"**/{folder}/**"),
        .. List("excludeNames").SelectMany(name => new[] { $"**/{name}", $"**/{name}.*" }),
    ];

    /// <summary>LSP language ids of plain-text documents (VS Code's <c>plaintext</c>, other editors' <c>text</c>).</summary>
    public static ImmutableArray<string> PlainTextLanguages { get; } = List("plainTextLanguages");

    public static ImmutableArray<string> MarkdownLanguages { get; } = List("markdownLanguages");

    /// <summary>Whether an LSP language id names prose Byline reads (plain text or Markdown).</summary>
    public static bool IsProseLanguage(string? languageId) =>
        languageId is not null && (PlainTextLanguages.Contains(languageId) || MarkdownLanguages.Contains(languageId));

    private static ImmutableArray<string> List(string key) =>
        [.. ((YamlSequenceNode)Data.Value.Children[new YamlScalarNode(key)]).Children.Cast<YamlScalarNode>().Select(n => n.Value!)];

    private static YamlMappingNode Read()
    {
        using var phase = Byline.Text.PhaseTimer.Once("load article-files.yaml");
        return (YamlMappingNode)Byline.Syntax.CompiledYaml.Load(typeof(ArticleFileDefaults).Assembly, "Byline.Workspace.Data.article-files.yaml")!;
    }
}
