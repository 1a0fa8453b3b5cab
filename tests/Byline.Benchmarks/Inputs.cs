using System.Text;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Benchmarks;

/// <summary>
/// Synthetic large articles, built at run time by concatenating the redistributable articles in
/// <c>seeds/</c> (never the corpus) until a target size. Plain text keeps the seeds' convention (one
/// paragraph a line); the Markdown variant turns each article's first line into a "# " heading, separates
/// paragraphs by blank lines, quotes paragraphs that open with a quotation mark ("> ") and puts a
/// thematic break between articles.
/// </summary>
public static class Inputs
{
    public const int OneMegabyte = 1024 * 1024;
    public const int FiveMegabytes = 5 * 1024 * 1024;

    private static readonly Lazy<string[]> Seeds = new(LoadSeeds);

    /// <summary>The articles of <c>seeds/</c> as they are: real article sizes, for per-article costs.</summary>
    public static IReadOnlyList<string> SeedArticles => Seeds.Value;

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// The openly licensed news texts of the workplace's shared corpus (<c>../shared/corpus</c> next to the
    /// repository, or <c>BYLINE_CORPUS</c>), read where they are and never copied into the repository; empty when
    /// there is none.
    /// </summary>
    public static IReadOnlyList<string> CorpusArticles => Corpus.Value;

    private static readonly Lazy<string[]> Corpus = new(() =>
    {
        var folder = Environment.GetEnvironmentVariable("BYLINE_CORPUS") ?? Path.Combine(RepositoryRoot, "..", "shared", "corpus");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)]
            : [];
    });

    public static string PlainText(int targetChars) => Build(targetChars, markdown: false);

    public static string Markdown(int targetChars) => Build(targetChars, markdown: true);

    public static string Build(int targetChars, bool markdown)
    {
        var seeds = Seeds.Value;
        var builder = new StringBuilder(targetChars + 8 * 1024);
        var copy = 0;
        while (builder.Length < targetChars)
        {
            foreach (var seed in seeds)
            {
                if (builder.Length >= targetChars) break;
                Append(builder, seed, markdown, copy);
            }
            copy++;
        }
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string article, bool markdown, int copy)
    {
        var lines = article.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0) return;
        // Each copy's paragraphs get a distinct tag, so that no two blocks have the same text: otherwise the
        // analysis's content-hash cache would serve repeated paragraphs and "cold" would not be cold.
        lines = [.. lines.Select((line, i) => i == 0 || copy == 0 ? line : $"{line} ({copy})")];
        if (!markdown)
        {
            foreach (var line in lines)
            {
                builder.Append(line).Append('\n');
            }
            builder.Append('\n');
            return;
        }
        if (builder.Length > 0)
        {
            builder.Append("---\n\n");
        }
        builder.Append("# ").Append(lines[0]).Append("\n\n");
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line[0] is '"' or '“')
            {
                builder.Append("> ");
            }
            builder.Append(line).Append("\n\n");
        }
    }

    /// <summary>
    /// Offset for a keystroke at about <paramref name="fraction"/> of the text: just after a letter in the
    /// middle of a body paragraph word (a line of at least 80 characters), so the edit changes one paragraph.
    /// </summary>
    public static int KeystrokeOffset(string text, double fraction)
    {
        var at = (int)(text.Length * fraction);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (lineEnd - lineStart >= 80 && char.IsLetter(text[lineStart]) )
            {
                // Middle of the line, after a letter.
                var i = lineStart + (lineEnd - lineStart) / 2;
                while (i < lineEnd && !char.IsLetter(text[i - 1])) i++;
                return i;
            }
            lineStart = lineEnd + 1;
        }
        return text.Length / 2;
    }

    /// <summary>A one-character insertion, as an LSP client sends it for a keystroke.</summary>
    public static ArticleText Type(ArticleText text, int offset, char c) =>
        text.WithChanges([new TextChange(new TextSpan(offset, 0), c.ToString())]);

    public static string Describe(string text) => $"{text.Length / (double)OneMegabyte:F2} MB ({text.Length:N0} chars)";

    private static string[] LoadSeeds()
    {
        var folder = Path.Combine(RepositoryRoot, "seeds");
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No seed articles in {folder}.");
        }
        return files.Select(File.ReadAllText).ToArray();
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LangServer.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                {
                    return dir.FullName;
                }
            }
        }
        var fromEnv = Environment.GetEnvironmentVariable("BYLINE_REPO");
        if (fromEnv is not null) return fromEnv;
        throw new InvalidOperationException("Cannot find the repository root (LangServer.sln + seeds/); run from inside the repository or set BYLINE_REPO.");
    }
}
