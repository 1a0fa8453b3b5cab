using Byline.Analysis.Entities;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0011: a person first named in the body by surname only ("Soleimani said…" before "Qasem Soleimani").
/// News style gives the full name (and usually the title) on first reference and the surname after that.
/// Headlines, captions and credits are exempt: they use surnames by design.
/// </summary>
public sealed class FirstReference : IEntityRule
{
    public RuleDescriptor Descriptor { get; } = new("BYL0011", "first-reference", Severity.Information, "Person first named by surname only");

    public IEnumerable<Finding> Analyze(ArticleSyntaxTree syntax, ArticleEntities entities)
    {
        var linked = entities.Linked; // read through the shift: no move of the mentions on the keystroke's path
        foreach (var entity in linked.Entities)
        {
            if (entity.Type != EntityType.Person || !entity.Name.Contains(' ') || !entity.IsNamedInFull)
            {
                continue;
            }
            var first = entity.Mentions.FirstOrDefault(m => m.Block is BlockKind.Paragraph or BlockKind.Quote or BlockKind.Standfirst or BlockKind.ListItem);
            if (first is null || first.Kind != MentionKind.Surname)
            {
                continue;
            }
            var fullName = entity.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Name && m.Text.Contains(' '))?.Text ?? entity.Name;
            var span = linked.SpanOf(first);
            yield return new Finding(Descriptor, Descriptor.DefaultSeverity, span,
                $"'{first.Text}' is the first reference to {entity.Name} in the article's body. Give the full name the first time, and the surname after that.")
            {
                Fixes = [new FindingFix($"Write '{fullName}'", [new TextChange(span, fullName)])],
            };
        }
    }
}
