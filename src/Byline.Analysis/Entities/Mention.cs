using System.Collections.Immutable;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>How a mention names its entity (a byte: a large article keeps hundreds of thousands of mentions).</summary>
public enum MentionKind : byte
{
    /// <summary>The full or house name ("Qasem Soleimani", "Reuters").</summary>
    Name,
    /// <summary>Another accepted name ("Daesh" for ISIL).</summary>
    Alias,
    /// <summary>A variant spelling the house style replaces ("Suleimani").</summary>
    Variant,
    /// <summary>An acronym, known or defined in the article ("PMF").</summary>
    Acronym,
    /// <summary>A surname standing for a person named in full elsewhere ("Soleimani").</summary>
    Surname,
    /// <summary>A capital standing for its government ("Washington warned").</summary>
    Metonym,
    /// <summary>A given name standing for a person named in full elsewhere ("Tariq" for "Tariq Anwar").</summary>
    GivenName,
}

/// <summary>One place where the article names an entity. <see cref="Span"/> excludes a possessive "'s" and a footnote marker.</summary>
public sealed record Mention(TextSpan Span, string EntityId, string Text, MentionKind Kind)
{
    // The two flags share a byte, so that Epoch's byte keeps the record small (a 1 MB article keeps ~17,000 mentions).
    private byte _flags;

    public bool IsPossessive { get => (_flags & 1) != 0; init => _flags = (byte)(value ? _flags | 1 : _flags & ~1); }

    /// <summary>The footnote marker glued to the mention ("Daesh*"), or null.</summary>
    public char? FootnoteMarker { get; init; }

    /// <summary>The text of the footnote the marker points to ("A terrorist organization banned in Russia…").</summary>
    public string? FootnoteText { get => _notes?.Footnote; init { if (value != FootnoteText) _notes = Notes.Of(value, HouseSpelling); } }

    /// <summary>For a variant spelling: how the house style writes it.</summary>
    public string? HouseSpelling { get => _notes?.House; init { if (value != HouseSpelling) _notes = Notes.Of(FootnoteText, value); } }

    // Few mentions have a footnote or a house spelling: one field for both, null while both are, keeps the record at 56
    // bytes (64 with a field each). A record, so that mentions with equal notes are equal.
    private Notes? _notes;

    private sealed record Notes(string? Footnote, string? House)
    {
        public static Notes? Of(string? footnote, string? house) => footnote is null && house is null ? null : new Notes(footnote, house);
    }

    /// <summary>The kind of block the mention is in (headline, paragraph, caption…).</summary>
    public BlockKind Block { get; init; }

    /// <summary>This mention is the expansion before a bracketed acronym, or the bracketed acronym itself.</summary>
    public bool IsDefinition { get => (_flags & 2) != 0; init => _flags = (byte)(value ? _flags | 2 : _flags & ~2); }

    /// <summary>
    /// How many of its container's edits (<see cref="MentionShift"/>) <see cref="Span"/> already lies after: 0 for a
    /// mention made by linking the whole article, more for one linked again after edits the container's others are
    /// still to be moved across. A byte, in the record's padding (a shift is folded after 64 edits).
    /// </summary>
    internal byte Epoch { get; init; }
}

/// <summary>An entity the article mentions, with every mention of it.</summary>
/// <remarks>
/// A large article keeps one entity per two mentions or so: what the knowledge base says of it is read from
/// <see cref="Known"/> rather than copied into each entity, and the acronym and footnote, which few entities have, live
/// in one object made only when one is set. That keeps an entity at 64 bytes (104 with a field each).
/// </remarks>
public sealed record Entity(string Id, string Name, EntityType Type, ImmutableArray<Mention> Mentions)
{
    public string TypeCode => Type.Code();

    /// <summary>The knowledge base's description of it (<see cref="Known"/>), or null.</summary>
    public string? Description => Known?.Description;

    /// <summary>The other names the knowledge base accepts for it (<see cref="Known"/>).</summary>
    public ImmutableArray<string> Aliases => Known?.Aliases ?? [];

    /// <summary>Its Wikidata id in the knowledge base (<see cref="Known"/>), or null.</summary>
    public string? WikidataId => Known?.WikidataId;

    /// <summary>Whether the entity is in the knowledge base (built-in or workspace), rather than found in the article alone.</summary>
    public bool IsKnown => Known is not null;

    /// <summary>The knowledge-base entry (kind, country, capital, variants…), or null for a name found only in the article.</summary>
    public KnownEntity? Known { get; init; }

    /// <summary>Finer kind from the knowledge base: country, city, armed-group, news-agency…</summary>
    public string? Kind => Known?.Kind;

    /// <summary>The acronym the article (or the knowledge base) uses for it, e.g. "PMF".</summary>
    public string? Acronym { get => _notes?.Acronym; init { if (value != Acronym) _notes = Notes.Of(value, AcronymExpansion, FootnoteText); } }

    /// <summary>What the acronym stands for as the article spells it out: "Popular Mobilization Forces".</summary>
    public string? AcronymExpansion { get => _notes?.Expansion; init { if (value != AcronymExpansion) _notes = Notes.Of(Acronym, value, FootnoteText); } }

    /// <summary>The text of a footnote bound to one of its mentions ("Daesh*").</summary>
    public string? FootnoteText { get => _notes?.Footnote; init { if (value != FootnoteText) _notes = Notes.Of(Acronym, AcronymExpansion, value); } }

    /// <summary>The full name is certain: a knowledge-base person, or a name after a title or starting with a given name.</summary>
    internal bool IsNamedInFull { get; init; }

    public Mention FirstMention => Mentions[0];

    // Null while all three are: a record, so that entities with equal notes are equal.
    private Notes? _notes;

    private sealed record Notes(string? Acronym, string? Expansion, string? Footnote)
    {
        public static Notes? Of(string? acronym, string? expansion, string? footnote) =>
            acronym is null && expansion is null && footnote is null ? null : new Notes(acronym, expansion, footnote);
    }
}
