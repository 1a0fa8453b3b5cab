using System.Collections.Immutable;
using Byline.Analysis.Attribution;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0002: weasel and agentless sourcing, recognised by pattern — hedging adverbs ("reportedly"),
/// agentless passives of reporting and reaction verbs ("has been widely criticised", "is believed"),
/// vague collective subjects ("critics say", "some experts believe") and reactions with no agent
/// ("drew condemnation across the region", "sparked outrage").
/// </summary>
public sealed class VagueAttribution : SourcingRule
{
    public override RuleDescriptor Descriptor { get; } = new("BYL0002", "vague-attribution", Severity.Warning, "Vague or agentless attribution");

    protected override void AnalyzeSentence(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings)
    {
        var sentence = model.Sourcing.Sentences[index];
        if (!sentence.IsClaim)
        {
            return;
        }
        foreach (var phrase in sentence.VaguePhrases)
        {
            findings.Add(Report(sentence, phrase.Span, Message(phrase)));
        }
    }

    private static string Message(VaguePhrase phrase) => phrase.Kind switch
    {
        VagueKind.Hedge => $"'{Quote(phrase.Text)}' passes on a claim without saying who makes it. Name the source (\"…, the coalition said\") or drop the claim.",
        VagueKind.AgentlessPassive => $"'{Quote(phrase.Text)}' does not say by whom. Name who protested, believes or said it.",
        VagueKind.VagueSubject => $"'{Quote(phrase.Text)}' names nobody. Say which critics, experts or officials, by name or title.",
        _ => $"'{Quote(phrase.Text)}' does not say who reacted. Name who condemned or protested (\"drew condemnation from …\").",
    };
}
