using Byline.Syntax;

namespace Byline.Analysis.Rules;

public sealed class RepeatedWord : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BYL0008", "repeated-word", Severity.Warning, "TODO");

    public IEnumerable<Finding> Analyze(ArticleSyntaxTree syntax) => [];
}
