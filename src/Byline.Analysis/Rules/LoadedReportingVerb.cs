using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0005: a reporting verb that judges what it reports — "claimed" casts doubt, "admitted" and "revealed"
/// imply a confession or a secret. AP style: "said" is neutral and almost always right.
/// </summary>
public sealed class LoadedReportingVerb : SourcingRule
{
    public override RuleDescriptor Descriptor { get; } = new("BYL0005", "loaded-reporting-verb", Severity.Information, "Loaded reporting verb");

    protected override void AnalyzeSentence(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings)
    {
        var sentence = model.Sourcing.Sentences[index];
        foreach (var attribution in sentence.Attributions)
        {
            if (!attribution.LoadedCue)
            {
                continue;
            }
            var verb = TextOf(model, attribution.Verb);
            var neutral = NeutralForm(verb);
            findings.Add(Report(sentence, attribution.Verb,
                $"'{verb}' judges the statement it reports. Use the neutral '{neutral}' unless the judgment is the news.") with
            {
                Fixes = [new FindingFix($"Replace '{verb}' with '{neutral}'", [new TextChange(attribution.Verb, neutral)])],
            });
        }
    }

    /// <summary>The neutral verb (attribution.yaml's <c>neutral_verb</c>, "said") in the tense and case of the loaded verb: claimed → said, claims → says, Claiming → Saying.</summary>
    internal static string NeutralForm(string verb)
    {
        var lower = verb.ToLowerInvariant();
        var say = AttributionLexicon.Instance.NeutralVerb;
        var neutral = lower.EndsWith("ing", StringComparison.Ordinal) ? say.Gerund : lower.EndsWith("ed", StringComparison.Ordinal) ? say.Past : lower.EndsWith('s') ? say.ThirdPerson : say.Base;
        return char.IsUpper(verb[0]) ? char.ToUpperInvariant(neutral[0]) + neutral[1..] : neutral;
    }
}
