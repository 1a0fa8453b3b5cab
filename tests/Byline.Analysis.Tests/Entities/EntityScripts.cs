using System.Collections.Immutable;
using System.Text;
using Byline.Analysis.Entities;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// What the entity property tests share: the places an edit script aims at, and the text that describes an analysis's
/// entities (every field, every mention, the look-ups) and findings, so that an incremental and a fresh analysis are
/// compared as a whole.
/// </summary>
internal static class EntityScripts
{
    internal static List<int> Offsets(string text, Func<int, bool> where)
    {
        var offsets = new List<int>();
        for (var i = 0; i <= text.Length; i++)
        {
            if (where(i))
            {
                offsets.Add(i);
            }
        }
        return offsets;
    }

    /// <summary>Whether the word that runs up to <paramref name="end"/> starts with a capital.</summary>
    internal static bool WordStartsUpper(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start < text.Length && char.IsUpper(text[start]);
    }

    internal static string Describe(ArticleEntities entities)
    {
        static string Of(Mention m) =>
            $"{m.Span} {m.EntityId} {m.Text} {m.Kind} {m.IsPossessive} {m.FootnoteMarker} {m.FootnoteText} {m.HouseSpelling} {m.Block} {m.IsDefinition}";
        var text = new StringBuilder();
        foreach (var entity in entities.Entities)
        {
            text.AppendLine($"{entity.Id} {entity.Name} {entity.Type} {entity.Acronym} {entity.AcronymExpansion} {entity.Known?.Id} {entity.Description} "
                + $"{entity.FootnoteText} {entity.IsNamedInFull} {entity.WikidataId} {string.Join(",", entity.Aliases)}: {string.Join(";", entity.Mentions.Select(Of))}");
            text.AppendLine($"  found {entities.Find(entity.Id)?.Name} of {string.Join(";", entities.MentionsOf(entity.Id).Select(m => m.Span))}");
        }
        text.AppendLine("mentions " + string.Join(";", entities.Mentions.Select(Of)));
        text.AppendLine("undefined " + string.Join(";", entities.UndefinedAcronyms.Select(Of)));
        text.AppendLine("at " + string.Join(";", entities.Mentions.Select(m => entities.MentionAt(m.Span.Start)?.Span)));
        return text.ToString();
    }

    /// <summary>
    /// The same text as <see cref="Describe(ArticleEntities)"/>, read as linked, every position through the shift
    /// (<see cref="LinkedEntities.SpanOf"/>), without moving the mentions.
    /// </summary>
    internal static string Describe(LinkedEntities entities)
    {
        string Of(Mention m) =>
            $"{entities.SpanOf(m)} {m.EntityId} {m.Text} {m.Kind} {m.IsPossessive} {m.FootnoteMarker} {m.FootnoteText} {m.HouseSpelling} {m.Block} {m.IsDefinition}";
        var text = new StringBuilder();
        foreach (var entity in entities.Entities)
        {
            text.AppendLine($"{entity.Id} {entity.Name} {entity.Type} {entity.Acronym} {entity.AcronymExpansion} {entity.Known?.Id} {entity.Description} "
                + $"{entity.FootnoteText} {entity.IsNamedInFull} {entity.WikidataId} {string.Join(",", entity.Aliases)}: {string.Join(";", entity.Mentions.Select(Of))}");
            text.AppendLine($"  found {entities.Find(entity.Id)?.Name} of {string.Join(";", (entities.Find(entity.Id)?.Mentions ?? []).Select(entities.SpanOf))}");
        }
        text.AppendLine("mentions " + string.Join(";", entities.Mentions.Select(Of)));
        text.AppendLine("undefined " + string.Join(";", entities.UndefinedAcronyms.Select(Of)));
        text.AppendLine("at " + string.Join(";", entities.Mentions.Select(m => entities.MentionAt(entities.SpanOf(m).Start) is { } at ? entities.SpanOf(at) : (Microsoft.CodeAnalysis.Text.TextSpan?)null)));
        return text.ToString();
    }

    /// <summary>
    /// Compares an analysis' entities with a fresh analysis' (<paramref name="fresh"/>, described): read as linked first,
    /// and, when <paramref name="move"/>, moved too (so that the next analysis builds on moved entities rather than on a
    /// longer shift). Returns the description, for a later check that the analysis still reads it.
    /// </summary>
    internal static string CompareLinked(ArticleEntities entities, string fresh, bool move, string context)
    {
        var linked = Describe(entities.Linked);
        NUnit.Framework.Assert.That(linked, NUnit.Framework.Is.EqualTo(fresh), "entities read through their shift " + context);
        if (entities.Linked.Owners is { } owners)
        {
            // Owners a splice shared with the analysis before must still say each mention's entity.
            NUnit.Framework.Assert.That(owners, NUnit.Framework.Is.EqualTo(EntityReuse.OwnersOf(entities.Linked)), "mentions' owners " + context);
        }
        if (move)
        {
            NUnit.Framework.Assert.That(Describe(entities), NUnit.Framework.Is.EqualTo(fresh), "entities moved " + context);
        }
        return linked;
    }

    internal static string Describe(ImmutableArray<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var f in findings)
        {
            text.AppendLine($"{f.Rule.Id} {f.Severity} {f.Span} {f.Focus} {f.Message} | " + string.Join(";", f.Related.Select(r => $"{r.Span} {r.Message}"))
                + " | " + string.Join(";", f.Fixes.SelectMany(x => x.Changes.Select(c => $"{x.Title} {c.Span} {c.NewText}"))));
        }
        return text.ToString();
    }
}
