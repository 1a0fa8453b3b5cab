using System.Text;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.LanguageServer.Handlers.DocumentSymbols;
using Byline.LanguageServer.Handlers.Entities;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.Hover;

/// <summary>
/// The Markdown of an entity hover: canonical name and type, description, other names, Wikidata id, acronym
/// expansion, footnote, first mention and count in the article, and up to <see cref="MaxStatements"/> things
/// the entity said in the article (attributions whose source overlaps one of its mentions).
/// </summary>
public static class EntityHoverContent
{
    public const int MaxStatements = 3;
    public const int ExcerptLength = 80;

    public static string Build(Entity entity, ArticleEntities entities, ArticleText text, ArticleSourcing sourcing)
    {
        var md = new StringBuilder();
        md.Append("**").Append(Escape(entity.Name)).Append("** · ").Append(EntityNavigation.TypeName(entity.Type));
        md.Append(entity.IsKnown ? " (knowledge base)" : " (found in the article)").Append("\n\n");
        if (!string.IsNullOrWhiteSpace(entity.Description))
        {
            md.Append(Escape(entity.Description)).Append("\n\n");
        }
        if (entity.Acronym is { } acronym && entity.AcronymExpansion is { } expansion && !string.Equals(acronym, expansion, StringComparison.Ordinal))
        {
            md.Append(Escape(acronym)).Append(" = ").Append(Escape(expansion)).Append("\n\n");
        }
        var aliases = entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal)).ToList();
        if (aliases.Count > 0)
        {
            md.Append("Also: ").Append(string.Join(", ", aliases.Select(Escape))).Append("\n\n");
        }
        if (entity.WikidataId is { Length: > 0 } wikidata)
        {
            md.Append("Wikidata: [").Append(Escape(wikidata)).Append("](https://www.wikidata.org/wiki/").Append(Uri.EscapeDataString(wikidata)).Append(")\n\n");
        }
        if ((entity.FootnoteText ?? entity.Mentions.Select(m => m.FootnoteText).FirstOrDefault(f => f is not null)) is { } footnote)
        {
            var marker = entity.Mentions.Select(m => m.FootnoteMarker).FirstOrDefault(m => m is not null) ?? '*';
            md.Append("Footnote: ").Append(Escape(marker + footnote.TrimStart(marker))).Append("\n\n");
        }
        var firstLine = text.ToPosition(entity.FirstMention.Span.Start, PositionEncoding.Utf16).Line + 1;
        md.Append("First mention: line ").Append(firstLine).Append(" · ").Append(entity.Mentions.Length)
            .Append(entity.Mentions.Length == 1 ? " mention" : " mentions").Append(" in this article");

        var statements = StatementsOf(entity, entities, sourcing).ToList();
        if (statements.Count > 0)
        {
            AppendStatements(md, statements, text);
        }
        return md.ToString();
    }

    /// <summary>The "In this article" list: the first <see cref="MaxStatements"/> statements, and how many more there are.</summary>
    private static void AppendStatements(StringBuilder md, IReadOnlyList<Attribution> statements, ArticleText text)
    {
        md.Append("\n\n**In this article**\n");
        foreach (var attribution in statements.Take(MaxStatements))
        {
            md.Append("\n- ").Append(Statement(attribution, text));
        }
        if (statements.Count > MaxStatements)
        {
            md.Append("\n- … and ").Append(statements.Count - MaxStatements).Append(" more");
        }
    }

    /// <summary>
    /// A description that refers to a party without naming it ("the ministry"), or a pronoun linked to an entity ("he",
    /// "its"): the entity it is thought to refer to (the nearest name before it that it can stand for), or only may
    /// refer to when the rule that linked them is less reliable (references leave it out), or the type a description
    /// describes when the article names none (a pronoun no name fits is not reported); an indefinite one ("a militia",
    /// "nearby towns") is never linked, and says so.
    /// </summary>
    public static string BuildForDescription(EntityDescription description, Entity? entity, ArticleText text)
    {
        var md = new StringBuilder();
        md.Append("**").Append(Escape(description.Text)).Append(description.IsPronoun ? "** · pronoun for " : "** · description of ");
        if (entity is null)
        {
            md.Append(EntityNavigation.WithArticle(description.Type)).Append(description.IsIndefinite
                ? "\n\nIndefinite: a party new to the article, or any of a kind, not one named before."
                : "\n\nNo name before it in this article that it could refer to.");
        }
        else
        {
            var line = text.ToPosition(entity.FirstMention.Span.Start, PositionEncoding.Utf16).Line + 1;
            md.Append(EntityNavigation.WithArticle(entity.Type)).Append(description.IsReliablyLinked ? "\n\nThought to refer to **" : "\n\nMay refer to **").Append(Escape(entity.Name)).Append("** (")
                .Append(EntityNavigation.TypeName(entity.Type)).Append(", first named on line ").Append(line).Append(')');
        }
        return md.ToString();
    }

    /// <summary>An attribution source that is not an entity ("a coalition spokesperson"): what it said.</summary>
    public static string BuildForSource(Source source, IReadOnlyList<Attribution> attributions, ArticleText text)
    {
        var md = new StringBuilder();
        md.Append("**").Append(Escape(source.Text)).Append("** · ").Append(Describe(source.Kind)).Append(" source");
        if (source.Antecedent is { } antecedent)
        {
            md.Append(" (").Append(Escape(antecedent.Text)).Append(')');
        }
        AppendStatements(md, attributions, text);
        return md.ToString();
    }

    /// <summary>
    /// Attributions whose source (or the source a pronoun stands for) is this entity: the first mention inside the
    /// source's span, nationalities and other MISC entities skipped, is one of the entity's. So "CJTF-OIR, the
    /// US-led coalition against Daesh*, said" is CJTF-OIR's statement and not Daesh's, and "An Iraqi security
    /// source told" is nobody's.
    /// </summary>
    public static IEnumerable<Attribution> StatementsOf(Entity entity, ArticleEntities entities, ArticleSourcing sourcing) =>
        sourcing.Attributions.Where(a => a.Source is { } source && HeadEntity(entities, source.Resolved.Span) == entity.Id);

    // Mentions are never empty, so "overlaps" covers a mention inside the source too. A binary search per
    // attribution: scanning every mention for every attribution took 282 ms per hover on a 1 MB article (now 5 ms).
    /// <summary>The entity a source names (its first mention that is not a nationality or other MISC name), if any.</summary>
    public static Entity? HeadEntityOf(ArticleEntities entities, TextSpan source) =>
        HeadEntity(entities, source) is { } id ? entities.Find(id) : null;

    private static string? HeadEntity(ArticleEntities entities, TextSpan source) =>
        entities.MentionsOverlapping(source)
            .Where(m => entities.Find(m.EntityId) is { Type: not EntityType.Miscellaneous })
            .Select(m => m.EntityId)
            .FirstOrDefault();

    private static string Statement(Attribution attribution, ArticleText text)
    {
        var cue = text.ToString(attribution.Cue);
        var content = EntityHoverExcerpt(text.ToString(attribution.Content));
        return $"*{Escape(cue)}*: “{Escape(content)}”";
    }

    private static string EntityHoverExcerpt(string content) =>
        ArticleOutline.Abbreviate(content.Trim().Trim('"', '“', '”', '\'').TrimEnd('.', ',', ' ', '"', '”'), ExcerptLength);

    private static string Describe(SourceKind kind) => kind switch
    {
        SourceKind.Named => "named",
        SourceKind.Described => "described",
        SourceKind.Outlet => "news outlet as",
        SourceKind.Document => "document as",
        SourceKind.Pronoun => "pronoun as",
        SourceKind.Anonymous => "anonymous",
        _ => "vague",
    };

    /// <summary>Escapes the characters Markdown would read as formatting.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
