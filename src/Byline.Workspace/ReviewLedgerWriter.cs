using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Byline.Workspace;

/// <summary>A change to the ledger's text: replace <c>[Start, End)</c> of the text it was computed on with <see cref="NewText"/>.</summary>
public sealed record LedgerChange(int Start, int End, string NewText);

/// <summary>
/// Adds a review to a ledger's text so that the file stays a valid ledger. An entry appended at the end keeps
/// the editor's comments and layout, but only fits a block list (<c>reviews:</c> followed by <c>- …</c> items);
/// when the appended text would not read back as the same reviews plus the new one (<c>reviews: []</c>, a flow
/// list, a list under other keys…), the ledger is rewritten from its YAML model instead. A ledger that is not
/// valid YAML gets no change: its reviews could be lost, and BYL9004 already says what to fix.
/// </summary>
public static class ReviewLedgerWriter
{
    public static LedgerChange? Add(string ledgerText, Review review)
    {
        var before = ReviewLedger.Parse("reviews.yaml", ledgerText);
        if (before.IsBroken && ledgerText.Trim().Length > 0)
        {
            return null;
        }
        var entry = Entry(review, ledgerText);
        if (ReadsBackAs(ledgerText + entry, before, review))
        {
            return new LedgerChange(ledgerText.Length, ledgerText.Length, entry);
        }
        return Regenerate(ledgerText, review) is { } rewritten && ReadsBackAs(rewritten, before, review)
            ? new LedgerChange(0, ledgerText.Length, rewritten)
            : null;
    }

    private static bool ReadsBackAs(string text, ReviewLedger before, Review added)
    {
        var after = ReviewLedger.Parse("reviews.yaml", text);
        return !after.IsBroken && after.Problems.Length == before.Problems.Length && after.Reviews.SequenceEqual([.. before.Reviews, added]);
    }

    /// <summary>A review appended to the ledger's text, with the 'reviews:' key when the ledger does not have it yet.</summary>
    public static string Entry(Review review, string ledgerText)
    {
        var lineBreak = LineBreakOf(ledgerText);
        var builder = new StringBuilder();
        if (ledgerText.Length > 0 && !ledgerText.EndsWith('\n') && !ledgerText.EndsWith('\r'))
        {
            builder.Append(lineBreak);
        }
        var lines = ledgerText.Split('\n');
        if (!lines.Any(l => l.StartsWith("reviews:", StringComparison.Ordinal)))
        {
            builder.Append("reviews:").Append(lineBreak);
        }
        // Follow the ledger's own indentation of list items, so the appended entry stays in the same list.
        var indent = lines.Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)) is { } item
            ? item[..(item.Length - item.TrimStart().Length)]
            : "  ";
        builder.Append(indent).Append("- file: ").Append(Quote(review.File)).Append(lineBreak);
        builder.Append(indent).Append("  rule: ").Append(review.Rule).Append(lineBreak);
        builder.Append(indent).Append("  text: ").Append(Quote(review.Text)).Append(lineBreak);
        if (review.Occurrence is { } occurrence)
        {
            builder.Append(indent).Append("  occurrence: ").Append(occurrence).Append(lineBreak);
        }
        builder.Append(indent).Append("  reason: ").Append(Quote(review.Reason)).Append(lineBreak);
        if (review.By is { } by)
        {
            builder.Append(indent).Append("  by: ").Append(Quote(by)).Append(lineBreak);
        }
        return builder.ToString();
    }

    // The ledger as YamlDotNet writes it, with the reviews as a block list and the new one last.
    private static string? Regenerate(string ledgerText, Review review)
    {
        var yaml = Byline.Syntax.YamlReading.Load(ledgerText, out _);
        if (yaml is null)
        {
            return null;
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            yaml = new YamlStream(new YamlDocument(new YamlMappingNode()));
        }
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            return null;
        }
        var key = new YamlScalarNode("reviews");
        var reviews = root.Children.TryGetValue(key, out var existing) && existing is YamlSequenceNode list ? list : new YamlSequenceNode();
        root.Children[key] = reviews;
        root.Style = MappingStyle.Block;
        reviews.Style = SequenceStyle.Block;
        reviews.Add(Node(review));
        var writer = new StringWriter { NewLine = LineBreakOf(ledgerText) };
        yaml.Save(writer, assignAnchors: false);
        var text = writer.ToString();
        // YamlDotNet closes each document with an explicit "..." marker; a ledger has one document and no marker.
        var marker = "..." + writer.NewLine;
        return text.EndsWith(marker, StringComparison.Ordinal) ? text[..^marker.Length] : text;
    }

    private static YamlMappingNode Node(Review review)
    {
        var node = new YamlMappingNode
        {
            { "file", Quoted(review.File) },
            { "rule", review.Rule },
            { "text", Quoted(review.Text) },
        };
        if (review.Occurrence is { } occurrence)
        {
            node.Add("occurrence", occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        node.Add("reason", Quoted(review.Reason));
        if (review.By is { } by)
        {
            node.Add("by", Quoted(by));
        }
        return node;
    }

    private static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    /// <summary>A YAML double-quoted scalar: safe for any flagged text (quotes, colons, '#', non-ASCII).</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    private static string LineBreakOf(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
