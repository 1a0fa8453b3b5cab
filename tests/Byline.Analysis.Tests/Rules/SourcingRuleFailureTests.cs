using System.Collections.Immutable;
using Byline.Analysis.Rules;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Rules;

/// <summary>A sourcing rule that throws on one sentence keeps the findings of the others and hands the exception back.</summary>
public class SourcingRuleFailureTests
{
    private sealed class ThrowsOnSecondSentence : SourcingRule
    {
        public override RuleDescriptor Descriptor { get; } = new("TEST0001", "throws-on-second-sentence", Severity.Warning, "Test rule");

        protected override void AnalyzeSentence(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings)
        {
            findings.Add(Report(model.Sourcing.Sentences[index], model.Sourcing.Sentences[index].Span, $"sentence {index}"));
            if (index == 1)
            {
                throw new InvalidOperationException("broken on purpose");
            }
        }
    }

    [Test]
    public void The_sentences_that_do_not_throw_keep_their_findings_and_the_first_exception_is_returned()
    {
        var text = "The ferry sails on Friday.\n\nThe fares will rise next spring.\n\nThe harbour will close in May.\n";
        var model = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText)).Model;
        Assert.That(model.Sourcing.Sentences.Length, Is.EqualTo(3));

        var kept = new ThrowsOnSecondSentence().AnalyzeFrom(model, 0, null);

        Assert.That(kept.Findings.Select(f => f.Message), Is.EqualTo(new[] { "sentence 0", "sentence 2" }));
        Assert.That(kept.Sentences, Is.EqualTo(new[] { 0, 2 }));
        Assert.That(kept.Failure, Is.InstanceOf<InvalidOperationException>());
    }
}
