namespace Byline.Analysis.Entities;

/// <summary>
/// Proper names WordNet 3.0 knows (<c>wordnet-names.yaml</c>, generated; docs/knowledge-base.md): people, places,
/// organisations, and nationality and group words ("Swede", "Bosnian", "Kurds"). It types a name the knowledge
/// base does not know and no head word or title types; loaded on the first such name.
/// </summary>
internal sealed class NameGazetteer
{
    public static NameGazetteer Default { get; } = new();

    private readonly SpellingLookup<EntityType> _types = new("load WordNet's names", () => SpellingLookup.Lists(
        "wordnet-names", ("people", EntityType.Person), ("places", EntityType.Location), ("organisations", EntityType.Organization),
        ("nationalities", EntityType.Miscellaneous)));

    private NameGazetteer()
    {
    }

    /// <summary>Reads the list now (a preload), if no look-up has yet.</summary>
    public void Load() => _types.Load();

    /// <summary>The type of the name spelled <paramref name="name"/> (words separated by single spaces), or null.</summary>
    public EntityType? TypeOf(ReadOnlySpan<char> name) => _types.TryGetValue(name, out var type) ? type : null;

    /// <summary>
    /// <see cref="TypeOf"/> of one word of a block's reading whose name (its spelling less a possessive "'s") is
    /// <paramref name="name"/>: looked up once per spelling and kept on its lexeme (<paramref name="word"/>).
    /// </summary>
    public EntityType? TypeOfName(ReadOnlySpan<char> name, Attribution.Lexeme word)
    {
        // 0: not asked yet; 1: not listed; else the type + 2. One byte, so threads sharing a lexeme see whole answers.
        var kept = word.ListedType;
        if (kept == 0)
        {
            word.ListedType = kept = TypeOf(name) is { } type ? (byte)((int)type + 2) : (byte)1;
        }
        return kept == 1 ? null : (EntityType)(kept - 2);
    }
}
