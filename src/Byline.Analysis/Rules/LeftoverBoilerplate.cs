using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0009: site navigation and widget text ("Subscribe", "log in or register", "loader") copied in with
/// the article. The parser classifies such lines as boilerplate; this rule asks to delete them and tags
/// them Unnecessary so that editors fade them out.
/// </summary>
public sealed class LeftoverBoilerplate : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BYL0009", "leftover-boilerplate", Severity.Warning, "Leftover boilerplate or navigation text");

    public IEnumerable<Finding> Analyze(ArticleModel model)
    {
        var syntax = model.Syntax;
        foreach (var block in syntax.Blocks)
        {
            if (block.Kind != BlockKind.Boilerplate || IsMarkup(block.Text))
            {
                continue;
            }
            var shown = block.Text.Length > 40 ? block.Text[..40] + "…" : block.Text;
            yield return new Finding(Descriptor, Descriptor.DefaultSeverity, block.Span,
                $"'{shown}' looks like website text copied with the article (navigation, widget or sign-up prompt). Delete it.",
                FindingTags.Unnecessary)
            {
                Fixes = [new FindingFix("Delete the leftover text", [new TextChange(LineOf(syntax, block), "")])],
            };
        }
    }

    // HTML comments and code blocks in Markdown are the writer's own markup, invisible or deliberate in the
    // published article, not website text that came along with a copy.
    private static bool IsMarkup(string text) =>
        text.StartsWith("<!--", StringComparison.Ordinal) || text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal) || text.StartsWith('<');

    // Delete the whole line with its line break when the block is alone on its line, else just the block.
    // Scans around the block rather than building the document's line map, which typing would pay for.
    private static TextSpan LineOf(ArticleSyntaxTree syntax, Block block)
    {
        var text = syntax.Text;
        var lineStart = block.Start;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }
        var lineEnd = block.Span.End;
        while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
        {
            lineEnd++;
        }
        if (lineStart != block.Start || lineEnd != block.Span.End)
        {
            return block.Span;
        }
        var withBreak = lineEnd;
        if (withBreak < text.Length && text[withBreak] == '\r')
        {
            withBreak++;
        }
        if (withBreak < text.Length && text[withBreak] == '\n')
        {
            withBreak++;
        }
        return TextSpan.FromBounds(lineStart, withBreak);
    }
}
