namespace Byline.Analysis.Entities;

/// <summary>
/// The strings of the names this thread scanned last, one per slot of a small table indexed by a hash of the
/// characters: a name is written again and again in one article, and the commonest across articles, so a candidate
/// takes the string an earlier one made instead of its own copy, and an unknown name's id is made once per spelling
/// seen lately rather than once per candidate. Strings are values (nothing compares them by reference), so which copy a
/// candidate holds changes nothing it reads; a slot taken by another name only costs the copy it saved. Bounded: the
/// table keeps at most <see cref="Slots"/> spellings and ids alive per thread, whatever the article's size.
/// </summary>
internal static class RecentNames
{
    private const int Slots = 1024; // a power of two: a slot is the hash's low bits

    [ThreadStatic] private static string?[]? _surfaces;
    [ThreadStatic] private static (string Surface, string Id)[]? _ids;

    /// <summary>A string of these characters: the one made last for them on this thread, else a new one it keeps.</summary>
    public static string Surface(ReadOnlySpan<char> surface)
    {
        var slots = _surfaces ??= new string?[Slots];
        ref var slot = ref slots[SlotOf(surface)];
        return slot is { } seen && surface.SequenceEqual(seen) ? seen : slot = surface.ToString();
    }

    /// <summary>The id <see cref="EntityAnalyzer.Kebab"/> makes of <paramref name="surface"/>, made once per spelling seen lately.</summary>
    public static string Id(string surface)
    {
        var slots = _ids ??= new (string, string)[Slots];
        ref var slot = ref slots[SlotOf(surface)];
        if (slot.Surface is { } seen && (ReferenceEquals(seen, surface) || string.Equals(seen, surface, StringComparison.Ordinal))) return slot.Id;
        var id = EntityAnalyzer.Kebab(surface);
        slot = (surface, id);
        return id;
    }

    // A few characters and the length pick the slot: cheaper than hashing every character, and names that share
    // them only share a slot (the slot holds the last of them).
    private static int SlotOf(ReadOnlySpan<char> surface)
    {
        if (surface.IsEmpty) return 0;
        var hash = (uint)surface.Length * 0x9E3779B1u ^ surface[0] * 0x85EBCA6Bu ^ surface[^1] * 0xC2B2AE35u
            ^ surface[surface.Length / 2] * 0x27D4EB2Fu ^ surface[(surface.Length - 1) / 3] * 0x165667B1u;
        return (int)((hash ^ hash >> 15 ^ hash >> 23) & (Slots - 1));
    }
}
