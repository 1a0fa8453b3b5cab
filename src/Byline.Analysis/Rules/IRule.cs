using Byline.Syntax;

namespace Byline.Analysis.Rules;

/// <summary>A rule reads the syntax tree (and later the semantic model) and reports findings at its default severity.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<Finding> Analyze(ArticleSyntaxTree syntax);
}
