using Byline.Analysis.Attribution;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.CodeLens;

/// <summary>
/// The article's sourcing in counts: claims, and of them attributed (in the sentence or carried over), vague and
/// unattributed; anonymous sources are counted once each however often they speak (a pronoun counts as the
/// source it stands for).
/// </summary>
public sealed record SourcingSummary(int Claims, int Attributed, int Vague, int Unattributed, int AnonymousSources)
{
    public static SourcingSummary Of(ArticleSourcing sourcing)
    {
        int claims = 0, attributed = 0, vague = 0, unattributed = 0;
        var anonymous = new HashSet<TextSpan>();
        var sentences = sourcing.Sentences;
        // Each sentence read as made, a source's span moved by the sentence's lag: a lens after a keystroke copies no sentence.
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences.Unmoved(i);
            foreach (var attribution in sentence.Attributions)
            {
                if (attribution.Source?.Resolved is { Kind: SourceKind.Anonymous } source)
                {
                    anonymous.Add(new TextSpan(source.Span.Start + sentences.LagAt(i), source.Span.Length));
                }
            }
            if (!sentence.IsClaim)
            {
                continue;
            }
            claims++;
            switch (sentence.Status)
            {
                case SourcingStatus.Attributed or SourcingStatus.Carried:
                    attributed++;
                    break;
                case SourcingStatus.Vague:
                    vague++;
                    break;
                case SourcingStatus.Unattributed:
                    unattributed++;
                    break;
            }
        }
        return new SourcingSummary(claims, attributed, vague, unattributed, anonymous.Count);
    }

    /// <summary>"14 claims · 9 attributed · 3 unattributed · 2 vague · 2 anonymous sources" (vague only when there are some).</summary>
    public override string ToString()
    {
        var parts = new List<string> { Count(Claims, "claim", "claims"), $"{Attributed} attributed", $"{Unattributed} unattributed" };
        if (Vague > 0)
        {
            parts.Add($"{Vague} vague");
        }
        parts.Add(Count(AnonymousSources, "anonymous source", "anonymous sources"));
        return string.Join(" · ", parts);
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
