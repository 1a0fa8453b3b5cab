using Byline.Analysis.Entities;
using Byline.Syntax;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0010: an acronym the reader is not told the meaning of — neither spelled out in the article
/// ("Popular Mobilization Forces (PMF)") nor known to the knowledge base (NATO, CJTF-OIR). Reported once per
/// acronym, at its first use.
/// </summary>
public sealed class UndefinedAcronym : IEntityRule
{
    public RuleDescriptor Descriptor { get; } = new("BYL0010", "undefined-acronym", Severity.Information, "Acronym is not defined");

    public IEnumerable<Finding> Analyze(ArticleSyntaxTree syntax, ArticleEntities entities)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var linked = entities.Linked; // read through the shift: no move of the mentions on the keystroke's path
        foreach (var mention in linked.UndefinedAcronyms)
        {
            if (mention.Block is BlockKind.Headline or BlockKind.Credit || !reported.Add(mention.Text))
            {
                continue; // headlines and photo credits do not spell acronyms out; the body should
            }
            yield return new Finding(Descriptor, Descriptor.DefaultSeverity, linked.SpanOf(mention),
                $"'{mention.Text}' is not spelled out in the article.");
        }
    }
}
