using System.Text;
using System.Text.RegularExpressions;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests;

/// <summary>
/// Many writers wrap Markdown paragraphs by hand at ~72 columns. A paragraph means the same wrapped or not, so the
/// analysis must too: the same blocks, sentence statuses, entities and findings, compared with white space
/// collapsed. Each seed article is written both ways as Markdown.
/// </summary>
public class HardWrappedMarkdownTests
{
    public static IEnumerable<string> Seeds() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "seeds"), "*.txt").Select(Path.GetFileName).Order()!;

    [TestCaseSource(nameof(Seeds))]
    public void Wrapping_paragraphs_changes_nothing(string seed)
    {
        var paragraphs = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "seeds", seed)).Where(l => l.Trim().Length > 0).ToList();
        foreach (var lineBreak in new[] { "\n", "\r\n" })
        {
            var flat = string.Join(lineBreak + lineBreak, paragraphs) + lineBreak;
            var wrapped = string.Join(lineBreak + lineBreak, paragraphs.Select(p => Wrap(p, 72, lineBreak))) + lineBreak;
            Assert.That(wrapped, Is.Not.EqualTo(flat), "the seed has no paragraph long enough to wrap");
            Assert.That(Summary(wrapped), Is.EqualTo(Summary(flat)), $"{seed} wrapped with {(lineBreak == "\n" ? "LF" : "CRLF")}");
        }
    }

    private static string Wrap(string paragraph, int width, string lineBreak)
    {
        var wrapped = new StringBuilder();
        var lineLength = 0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineLength > 0 && lineLength + 1 + word.Length > width)
            {
                wrapped.Append(lineBreak);
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                wrapped.Append(' ');
                lineLength++;
            }
            wrapped.Append(word);
            lineLength += word.Length;
        }
        return wrapped.ToString();
    }

    private static List<string> Summary(string text)
    {
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.Markdown));
        string Of(int start, int length) => Regex.Replace(text.Substring(start, length), @"\s+", " ");
        var lines = new List<string>();
        lines.AddRange(analysis.Syntax.Blocks.Select(b => $"block {b.Kind}: {Of(b.Start, b.Text.Length)}"));
        lines.AddRange(analysis.Sourcing.Sentences.Select(s => $"sentence {s.Status} {s.IsAttributed}: {Of(s.Span.Start, s.Span.Length)}"));
        lines.AddRange(analysis.Entities.Entities.Select(e => $"entity {e.Id} {e.TypeCode} {e.Name} ×{e.Mentions.Length}"));
        lines.AddRange(analysis.Findings.Select(f => $"finding {f.Rule.Id}: {Of(f.Span.Start, f.Span.Length)}"));
        return lines;
    }
}
