using Byline.Analysis.Rules;
using Byline.Syntax;

namespace Byline.Analysis.Entities;

/// <summary>
/// A rule that reads the entity model. <see cref="ArticleAnalyzer"/> passes the model it computed with the configured
/// knowledge base. Its findings depend on the entities alone (the syntax tree is for reading, not judging): when an
/// edit's analysis takes the entities over, it moves the rule's previous findings across the edit instead of running it.
/// </summary>
public interface IEntityRule : IRule
{
    IEnumerable<Finding> Analyze(ArticleSyntaxTree syntax, ArticleEntities entities);

    IEnumerable<Finding> IRule.Analyze(ArticleModel model) => Analyze(model.Syntax, model.Entities);
}
