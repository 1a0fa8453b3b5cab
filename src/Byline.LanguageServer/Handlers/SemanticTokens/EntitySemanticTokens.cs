using Byline.Analysis.Entities;
using Byline.LanguageServer.Protocol;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.SemanticTokens;

/// <summary>
/// Semantic tokens for entity mentions, with standard token types so every theme colours them: PER →
/// <c>variable</c>, ORG → <c>class</c>, LOC → <c>namespace</c>, MISC → <c>enumMember</c>; the modifier
/// <c>declaration</c> marks an entity's first mention and the mentions that define an acronym. Positions and
/// lengths are in the negotiated encoding. A token never spans lines: a mention broken over lines gives one
/// token per line; overlapping mentions keep the first.
/// </summary>
public static class EntitySemanticTokens
{
    public static readonly string[] TokenTypes = ["variable", "class", "namespace", "enumMember"];

    public static readonly string[] TokenModifiers = ["declaration"];

    public static SemanticTokensLegend Legend { get; } = new(TokenTypes, TokenModifiers);

    public static int TypeIndex(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Organization => 1,
        EntityType.Location => 2,
        _ => 3,
    };

    public static int[] Encode(ArticleEntities entities, ArticleText text, PositionEncoding encoding, TextSpan? range = null)
    {
        var data = new List<int>();
        int previousLine = 0, previousChar = 0, previousEnd = -1;
        var mentions = range is { } r ? entities.MentionsIn(r) : entities.Mentions;
        foreach (var mention in mentions)
        {
            if (mention.Span.Start < previousEnd || mention.Span.IsEmpty || entities.Find(mention.EntityId) is not { } entity)
            {
                continue;
            }
            previousEnd = mention.Span.End;
            var type = TypeIndex(entity.Type);
            var modifiers = mention == entity.FirstMention || mention.IsDefinition ? 1 : 0;
            var start = text.ToPosition(mention.Span.Start, encoding);
            var end = text.ToPosition(mention.Span.End, encoding);
            for (var line = start.Line; line <= end.Line; line++)
            {
                var from = line == start.Line ? start.Character : 0;
                var to = line == end.Line ? end.Character : text.ToPosition(LineEnd(text, line), encoding).Character;
                if (to <= from)
                {
                    continue;
                }
                data.Add(line - previousLine);
                data.Add(line == previousLine ? from - previousChar : from);
                data.Add(to - from);
                data.Add(type);
                data.Add(modifiers);
                previousLine = line;
                previousChar = from;
            }
        }
        return [.. data];
    }

    /// <summary>The offset where <paramref name="line"/>'s content ends (before its line break).</summary>
    private static int LineEnd(ArticleText text, int line) => text.Lines.GetLineEnd(line, text.Source);
}
