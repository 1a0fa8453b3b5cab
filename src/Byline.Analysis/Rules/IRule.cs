using Byline.Syntax;

namespace Byline.Analysis.Rules;

/// <summary>A rule reads the article model and reports findings at its default severity; the analyzer applies configured severities.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<Finding> Analyze(ArticleModel model);
}
