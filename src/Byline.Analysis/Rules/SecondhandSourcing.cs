using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Attribution = Byline.Analysis.Attribution;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0006: the article relays another outlet's reporting ("According to Reuters, …", "… a spokesperson
/// told the BBC"). The claim is then as good as that outlet's reporting, which the reader cannot see. The
/// article's own publisher ("told Sputnik" in a Sputnik story) is first-hand and not reported.
/// </summary>
public sealed class SecondhandSourcing : SourcingRule
{
    public override RuleDescriptor Descriptor { get; } = new("BYL0006", "secondhand-sourcing", Severity.Information, "Second-hand sourcing");

    protected override void AnalyzeSentence(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings)
    {
        var publisher = model.Sourcing.Publisher;
        var sentence = model.Sourcing.Sentences[index];
        foreach (var attribution in sentence.Attributions)
        {
            var relayed = attribution is { RelayedOutlet: { } known, RelayedOutletSpan: { } knownSpan } ? (known, knownSpan) : ConfiguredOutlet(model, attribution);
            if (relayed is not ({ } outlet, var outletSpan) || IsPublisher(outlet, publisher))
            {
                continue;
            }
            var phrase = TextSpan.FromBounds(Math.Min(attribution.Cue.Start, outletSpan.Start), Math.Max(attribution.Cue.End, outletSpan.End));
            findings.Add(Report(sentence, phrase,
                $"This relays reporting by {outlet}.") with
            {
                Related = [new RelatedLocation(outletSpan, $"{outlet} is the outlet relayed here")],
            });
        }
    }

    /// <summary>An outlet named in .byline.yaml's <c>outlets:</c>, as the source or the recipient of the attribution.</summary>
    private static (string? Outlet, TextSpan Span) ConfiguredOutlet(ArticleModel model, Attribution.Attribution attribution)
    {
        foreach (var outlet in model.Options.ExtraOutlets)
        {
            if (attribution.Source is { } source && Names(source.Text, outlet))
            {
                return (outlet, source.Span);
            }
            if (attribution is { RecipientText: { } recipient, Recipient: { } span } && Names(recipient, outlet))
            {
                return (outlet, span);
            }
        }
        return (null, default);
    }

    private static bool Names(string phrase, string outlet)
    {
        var trimmed = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;
        return trimmed.Equals(outlet, StringComparison.Ordinal);
    }

    private static bool IsPublisher(string outlet, string? publisher) =>
        publisher is not null && (publisher.StartsWith(outlet, StringComparison.OrdinalIgnoreCase) || outlet.StartsWith(publisher, StringComparison.OrdinalIgnoreCase));
}
