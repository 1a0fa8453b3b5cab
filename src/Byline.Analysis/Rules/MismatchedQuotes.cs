using Byline.Syntax;

namespace Byline.Analysis.Rules;

public sealed class MismatchedQuotes : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BYL0007", "mismatched-quotes", Severity.Warning, "TODO");

    public IEnumerable<Finding> Analyze(ArticleSyntaxTree syntax) => [];
}
