using System.Collections.Immutable;
using Byline.Analysis.Attribution;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0003: a source described only by type or nationality ("An Iraqi security source", "officials").
/// AP style allows anonymous sources when the story says why they need anonymity; an unnamed spokesperson
/// of a named institution is on the record for it and is not reported.
/// </summary>
public sealed class AnonymousSource : SourcingRule
{
    public override RuleDescriptor Descriptor { get; } = new("BYL0003", "anonymous-source", Severity.Information, "Anonymous source without a reason");

    protected override void AnalyzeSentence(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings)
    {
        var sentence = model.Sourcing.Sentences[index];
        if (sentence.GivesAnonymityReason)
        {
            return;
        }
        foreach (var attribution in sentence.Attributions)
        {
            if (attribution.Source is { Kind: SourceKind.Anonymous } source)
            {
                findings.Add(Report(sentence, source.Span,
                    $"'{Quote(source.Text)}' is anonymous, and the story does not say why."));
            }
        }
    }
}
