using System.Collections.Immutable;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0007: double quotation marks that do not pair up — a curly opening mark closed by a straight one
/// (“…"), a closing mark with no opening, or a quotation never closed. A quotation left open at the end
/// of a paragraph is fine when the next paragraph opens with a quotation mark: that is how news style
/// continues one speaker's quote across paragraphs.
/// </summary>
public sealed class MismatchedQuotes : IBlockRule
{
    public RuleDescriptor Descriptor { get; } = new("BYL0007", "mismatched-quotes", Severity.Warning, "Mismatched or unbalanced quotation marks");

    public IEnumerable<Finding> Analyze(ArticleModel model) => BlockRuleFindings.Analyze(this, model, null).Findings;

    // A quotation left open at a block's end is reported unless the next block continues it.
    bool IBlockRule.ReadsNextBlock => true;

    void IBlockRule.AddFindings(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings)
    {
        var blocks = model.Syntax.Blocks;
        var block = blocks[index];
        if (block.Kind is BlockKind.FrontMatter or BlockKind.Boilerplate or BlockKind.Separator)
        {
            return;
        }
        var next = index + 1 < blocks.Length ? blocks[index + 1] : null;
        var scanned = Cache.Get(model, index, _scan ??= node =>
        {
            var found = Scan(node, out var openAtEnd);
            return BlockFindingsCache<int?>.Of(found is null ? [] : [.. found], openAtEnd);
        });
        foreach (var finding in scanned.Findings)
        {
            findings.Add(finding.Shifted(block.Start));
        }
        if (scanned.Extra is { } last && !ContinuesInNext(next))
        {
            findings.Add(Unclosed(block.Start + last, $"Quotation mark {block.Text[last]} is never closed. Add the closing mark where the quotation ends."));
        }
    }

    private static readonly BlockFindingsCache<int?> Cache = new("BYL0007");

    // One delegate per rule, not one per block.
    private Func<BlockNode, BlockFindingsCache<int?>.Entry>? _scan;

    /// <summary>
    /// The block's findings (null for none), their spans relative to the block, except a quotation still open at its end,
    /// which depends on the next block.
    /// </summary>
    private List<Finding>? Scan(BlockNode block, out int? openAtEnd)
    {
        var text = block.Text;
        List<Finding>? findings = null; // most blocks have nothing to report: no list for them
        int? open = null;
        for (var i = QuoteMarks.NextDouble(text, 0); i >= 0; i = QuoteMarks.NextDouble(text, i + 1))
        {
            var c = text[i];
            var role = RoleOf(text, i, open is not null);
            if (role == Role.Opening)
            {
                if (open is { } unclosed)
                {
                    (findings ??= []).Add(Unclosed(unclosed, $"This quotation opened with {text[unclosed]} is not closed before the next one opens. Add the closing mark."));
                }
                open = i;
            }
            else if (open is { } start)
            {
                var opening = text[start];
                if (!Matches(opening, c))
                {
                    var span = new TextSpan(start, i - start + 1);
                    var expected = QuoteMarks.ClosingFor(opening);
                    (findings ??= []).Add(new Finding(Descriptor, Descriptor.DefaultSeverity, span,
                        $"This quotation opens with {opening} but closes with {c}. Use matching marks ({opening}…{expected}).")
                    {
                        Related = [new RelatedLocation(new TextSpan(start, 1), "Opening mark"), new RelatedLocation(new TextSpan(i, 1), "Closing mark")],
                        Fixes = [new FindingFix($"Replace {c} with {expected}", [new TextChange(new TextSpan(i, 1), expected.ToString())])],
                    });
                }
                open = null;
            }
            else
            {
                (findings ??= []).Add(new Finding(Descriptor, Descriptor.DefaultSeverity, new TextSpan(i, 1),
                    $"Closing quotation mark {c} has no opening mark. Add the opening mark where the quotation starts, or remove this one."));
            }
        }
        openAtEnd = open;
        return findings;
    }

    private Finding Unclosed(int position, string message) =>
        new(Descriptor, Descriptor.DefaultSeverity, new TextSpan(position, 1), message);

    // AP style: a quotation that runs on into the next paragraph leaves the first one open and opens the next.
    private static bool ContinuesInNext(Block? next)
    {
        if (next is null || next.Kind is not (BlockKind.Paragraph or BlockKind.Quote))
        {
            return false;
        }
        var first = next.Text.AsSpan().TrimStart();
        return first.Length > 0 && QuoteMarks.IsDouble(first[0]) && RoleOf(next.Text, next.Text.Length - first.Length, insideQuote: false) == Role.Opening;
    }

    private static bool Matches(char opening, char closing) => opening switch
    {
        '“' => closing == '”',
        '„' => closing is '“' or '”',
        '«' => closing == '»',
        '»' => closing == '«', // Danish and Swedish »…«
        '"' => closing == '"',
        _ => false,
    };

    private enum Role
    {
        Opening,
        Closing,
    }

    /// <summary>
    /// Curly marks say what they are. A straight mark opens when it follows a space or the start and
    /// precedes text; closes when it follows text and precedes a space, punctuation or the end; otherwise
    /// it closes whatever is open.
    /// </summary>
    private static Role RoleOf(string text, int i, bool insideQuote)
    {
        var c = text[i];
        switch (c)
        {
            case '“' or '„' or '«':
                return Role.Opening;
            case '”':
                return Role.Closing;
            case '»':
                return insideQuote ? Role.Closing : Role.Opening;
        }
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var openerContext = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':';
        var closerContext = char.IsWhiteSpace(after) || char.IsPunctuation(after) || after is '*';
        if (openerContext && !char.IsWhiteSpace(after) && !(insideQuote && closerContext && !char.IsLetterOrDigit(after)))
        {
            return Role.Opening;
        }
        if (!char.IsWhiteSpace(before) && closerContext)
        {
            return Role.Closing;
        }
        return insideQuote ? Role.Closing : Role.Opening;
    }
}
