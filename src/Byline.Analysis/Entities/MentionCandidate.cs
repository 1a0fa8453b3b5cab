using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Analysis.Entities;

/// <summary>How sure the scanner is of a candidate's type: a KB entry or a head word beats a guess from shape.</summary>
internal enum TypeEvidence : byte
{
    None,
    Shape,
    /// <summary>On a list of names (<see cref="NameGazetteer"/>): surer than shape, but a team or a given name may still override it.</summary>
    Listed,
    Context,
    Known,
}

/// <summary>
/// A span that may name an entity, found from one block's text alone (a "block fact"): spans are relative to
/// the block, so the candidate list is reused for as long as the block's text is.
/// </summary>
/// <remarks>
/// A large article has one candidate per ~60 characters, all kept alive with the tree: the yes/no facts share one
/// byte, the evidence is a byte and the word count two, which keeps a candidate at 64 bytes (seven separate bools made it
/// 88, a four-byte word count 72).
/// </remarks>
internal sealed record MentionCandidate
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Surface { get => _surface; init => _surface = value; }

    private string _surface = null!;
    public Alias? Known { get; init; }
    public EntityType? Type { get; init; }
    public TypeEvidence Evidence { get; init; }
    /// <summary>How many words the surface has (kept in two bytes; a name of more words counts as 65,535).</summary>
    public int WordCount { get => _wordCount; init => _wordCount = (ushort)Math.Min(value, ushort.MaxValue); }

    private ushort _wordCount = 1;
    public char FootnoteMarker { get; init; }

    public bool IsPossessive { get => Is(Flags.Possessive); init => Set(Flags.Possessive, value); }
    public bool SentenceInitial { get => Is(Flags.SentenceInitial); init => Set(Flags.SentenceInitial, value); }
    public bool PoliticalVerbAfter { get => Is(Flags.PoliticalVerbAfter); init => Set(Flags.PoliticalVerbAfter, value); }
    public bool PlaceBefore { get => Is(Flags.PlaceBefore); init => Set(Flags.PlaceBefore, value); }
    public bool IsAcronym { get => Is(Flags.Acronym); init => Set(Flags.Acronym, value); }

    /// <summary>
    /// A sports side: named with a score in a results line or in a team context ("Surrey captain", "beat Kent"). A
    /// side has its own id ("new-york-side"), so the dateline's city and the city's team stay two entities.
    /// </summary>
    public bool IsTeam
    {
        get => Is(Flags.Team);
        init
        {
            Set(Flags.Team, value);
            _id = null;
        }
    }

    /// <summary>
    /// A word of a line in capitals that the knowledge base does not know ("LEICESTERSHIRE TAKE OVER"): capitals say
    /// nothing there, so it names something only if the article writes it as a name elsewhere (<see cref="CasedNames"/>).
    /// </summary>
    public bool IsCapitalsOnly { get => Is(Flags.CapitalsOnly); init => Set(Flags.CapitalsOnly, value); }

    /// <summary>The acronym this name defines in brackets right after it: "Popular Mobilization Forces (PMF)".</summary>
    public string? DefinesAcronym { get; set; }

    /// <summary>
    /// This acronym is itself a bracketed definition: of the candidate before it, or, when no candidate before defines it,
    /// of the lower-case words that spell it ("sea surface warmth ( SSW )"), a common noun's.
    /// </summary>
    public bool IsDefinition { get => Is(Flags.Definition); set => Set(Flags.Definition, value); }

    [Flags]
    private enum Flags : byte
    {
        Possessive = 1,
        SentenceInitial = 2,
        PoliticalVerbAfter = 4,
        PlaceBefore = 8,
        Acronym = 16,
        Definition = 32,
        Team = 64,
        CapitalsOnly = 128,
    }

    private Flags _flags;

    private bool Is(Flags flag) => (_flags & flag) != 0;

    private void Set(Flags flag, bool on) => _flags = on ? _flags | flag : _flags & ~flag;

    /// <summary>The id an unknown name gets ("Popular Mobilization Forces" → "popular-mobilization-forces"), computed once per block fact.</summary>
    public string Id => _id ??= IsTeam ? EntityAnalyzer.Kebab(Surface) + "-side" : RecentNames.Id(Surface);

    private string? _id;

    /// <summary>
    /// Takes over the linker's copy of an equal surface and id, so that every candidate and mention of a name shares
    /// one string (a large article repeats a name thousands of times). Values do not change, so a concurrent reader
    /// sees either string.
    /// </summary>
    internal void Share(string surface, string id)
    {
        if (!ReferenceEquals(_surface, surface) && string.Equals(_surface, surface, StringComparison.Ordinal)) _surface = surface;
        if (_id is { } own && !ReferenceEquals(own, id) && string.Equals(own, id, StringComparison.Ordinal)) _id = id;
    }

    /// <summary>The last word of a multi-word name, for surname coreference ("Soleimani" of "Qasem Soleimani").</summary>
    public string LastWord => WordCount == 1 ? Surface : Surface[(Surface.LastIndexOf(' ') + 1)..];
}

/// <summary>The mention candidates of one block, as scanned against <see cref="KnowledgeBase"/>.</summary>
internal sealed class BlockMentions(ImmutableArray<MentionCandidate> candidates, KnowledgeBase knowledgeBase)
{
    public ImmutableArray<MentionCandidate> Candidates { get; } = candidates;

    /// <summary>
    /// Whether a candidate is a line in capitals: read once when the block is scanned, so that linking asks each block
    /// and not each candidate of the article at every keystroke (a candidate's flags never change once made).
    /// </summary>
    public bool HasCapitalsOnly { get; } = AnyCapitalsOnly(candidates);

    private static bool AnyCapitalsOnly(ImmutableArray<MentionCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.IsCapitalsOnly) return true;
        }
        return false;
    }

    /// <summary>The base the candidates were matched against: a block's facts for another base are rescanned.</summary>
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;
}
