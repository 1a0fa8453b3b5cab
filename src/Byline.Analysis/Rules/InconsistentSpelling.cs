using Byline.Analysis.Entities;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0012: one entity spelled several ways in one article (Deir-ez-Zor / Dayr az-Zawr, Soleimani / Suleimani,
/// ISIL / ISIS). Transliterations vary between agencies; readers should not have to wonder whether two
/// spellings are two places. Each variant is reported with the house spelling from the knowledge base and a
/// fix that applies it. Other names (Daesh for ISIL) are not spellings and are not reported.
/// </summary>
public sealed class InconsistentSpelling : IEntityRule
{
    public RuleDescriptor Descriptor { get; } = new("BYL0012", "inconsistent-spelling", Severity.Information, "Entity spelled several ways");

    public IEnumerable<Finding> Analyze(ArticleSyntaxTree syntax, ArticleEntities entities)
    {
        var linked = entities.Linked; // read through the shift: no move of the mentions on the keystroke's path
        foreach (var entity in linked.Entities)
        {
            if (!entity.IsKnown || !entity.Mentions.Any(static m => m.Kind == MentionKind.Variant))
            {
                continue; // only knowledge-base entries have variant spellings; most entities have none
            }
            var spellings = entity.Mentions
                .Where(m => m.Kind is MentionKind.Name or MentionKind.Variant or MentionKind.Surname or MentionKind.Acronym)
                .ToList();
            if (!spellings.Any(m => m.Kind == MentionKind.Variant) || spellings.Select(m => m.Text).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }
            foreach (var mention in spellings.Where(m => m.Kind == MentionKind.Variant && m.HouseSpelling is not null && m.HouseSpelling != m.Text))
            {
                var other = spellings.First(m => m.Text != mention.Text).Text;
                var house = mention.HouseSpelling!;
                var span = linked.SpanOf(mention);
                yield return new Finding(Descriptor, Descriptor.DefaultSeverity, span,
                    $"'{mention.Text}' is spelled '{other}' elsewhere in the article. The house spelling is '{house}'.")
                {
                    Fixes = [new FindingFix($"Use the house spelling '{house}'", [new TextChange(span, house)])],
                };
            }
        }
    }
}
