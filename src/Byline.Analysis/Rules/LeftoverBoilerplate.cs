using Byline.Syntax;

namespace Byline.Analysis.Rules;

public sealed class LeftoverBoilerplate : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BYL0009", "leftover-boilerplate", Severity.Information, "TODO");

    public IEnumerable<Finding> Analyze(ArticleSyntaxTree syntax) => [];
}
