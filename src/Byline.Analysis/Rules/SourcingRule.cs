using Byline.Analysis.Attribution;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>Shared by the sourcing rules BYL0001–BYL0006: which sentences they look at and how they report.</summary>
public abstract class SourcingRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract IEnumerable<Finding> Analyze(ArticleModel model);

    /// <summary>A finding on a body sentence, or demoted to information in a headline.</summary>
    protected Finding Report(SentenceSourcing sentence, TextSpan span, string message) =>
        new(Descriptor, Descriptor.DefaultSeverity, span, message) { Demoted = sentence.BlockKind == BlockKind.Headline };

    protected static string TextOf(ArticleModel model, TextSpan span) => model.Syntax.Text.ToString(span);

    /// <summary>A short form of a phrase for messages.</summary>
    protected static string Quote(string text) => text.Length > 60 ? text[..57] + "…" : text;
}
