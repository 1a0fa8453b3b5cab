using System.Collections.Immutable;

namespace Byline.Analysis.Entities;

/// <summary>The four entity types of the analysis JSON (and of CoNLL-2003): people, organisations, places, the rest.</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
    Miscellaneous,
}

public static class EntityTypes
{
    /// <summary>The code used in JSON and in the knowledge-base files: PER, ORG, LOC, MISC.</summary>
    public static string Code(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    public static EntityType? Parse(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "PER" or "PERSON" => EntityType.Person,
        "ORG" or "ORGANIZATION" or "ORGANISATION" => EntityType.Organization,
        "LOC" or "LOCATION" or "PLACE" => EntityType.Location,
        "MISC" or "MISCELLANEOUS" => EntityType.Miscellaneous,
        _ => null,
    };
}

/// <summary>
/// An entry of the knowledge base: what the newsroom knows about an entity before reading the article.
/// <see cref="Name"/> is the house spelling; <see cref="Variants"/> maps other spellings to the house form
/// they should be written as (BYL0012), while <see cref="Aliases"/> are other names that are fine to use.
/// </summary>
public sealed record KnownEntity(string Id, string Name, EntityType Type)
{
    /// <summary>Finer kind: country, city, region, facility, armed-group, news-agency, politician…</summary>
    public string? Kind { get; init; }

    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Variant spelling → house spelling ("Suleimani" → "Soleimani").</summary>
    public ImmutableDictionary<string, string> Variants { get; init; } = ImmutableDictionary<string, string>.Empty;

    public string? Description { get; init; }

    public string? WikidataId { get; init; }

    /// <summary>For a country: the id of its capital.</summary>
    public string? Capital { get; init; }

    /// <summary>For a capital: the id of the country whose government it can stand for ("Washington warned").</summary>
    public string? CapitalOf { get; init; }

    /// <summary>The id of the country the entity belongs to, if any.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// For a state or province: its ISO 3166-2 code ("US-IL", "CA-ON"), whose letters after the hyphen are the postal
    /// abbreviation copy writes after a town ("Decatur, IL"). Only there, as "IL", "OR", "ME" are words and acronyms too.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>Every surface form that names this entity: the name, aliases and variant spellings.</summary>
    public IEnumerable<string> Surfaces => [Name, .. Aliases, .. Variants.Keys];
}
