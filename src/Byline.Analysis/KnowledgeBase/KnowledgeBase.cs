using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Collections.Concurrent;
using Byline.Syntax;

namespace Byline.Analysis.Entities;

/// <summary>How a surface form relates to its entity.</summary>
public enum AliasKind
{
    Name,
    Alias,
    Variant,
}

/// <summary>One surface form of a known entity ("Daesh" for ISIL), with the house spelling when it is a variant.</summary>
public sealed record Alias(string Surface, KnownEntity Entity, AliasKind Kind, string? HouseSpelling);

/// <summary>The names of a root knowledge base whose first word is a lexeme's name, as kept on the lexeme (null: none).</summary>
internal sealed class KnownNames(KnowledgeBase @base, Alias[]? aliases)
{
    public KnowledgeBase Base { get; } = @base;

    public Alias[]? Aliases { get; } = aliases;
}

/// <summary>
/// What the newsroom knows: entities by id and by every surface form. The built-in base is embedded YAML,
/// parsed on the first entity lookup (not at start-up); a workspace base is a layer over it whose entries add
/// to or replace built-in ones with the same id. Immutable and safe to share between threads.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> BuiltinBase = new(LoadBuiltin);

    private readonly KnowledgeBase? _parent;
    private readonly FrozenDictionary<string, KnownEntity> _byId;
    // Aliases by their first word, longest first: the scanner asks "which names start with this word?" at each
    // capitalised word and compares the candidates against the text that follows, so a lookup costs one
    // hash probe for most words.
    private readonly FrozenDictionary<string, Alias[]> _byFirstWord;
    private readonly FrozenDictionary<string, Alias[]>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;
    // The same, case-insensitive, for words in capitals ("LONDON 1996-08-30", "BAGHDAD (Reuters) -"). A plain
    // dictionary: such words are few, and freezing its ~5,600 keys (the frozen table's search for a bucket count and
    // case-blind key analysis) cost the start more than all its look-ups gain.
    private readonly Dictionary<string, Alias[]>.AlternateLookup<ReadOnlySpan<char>> _firstWordIgnoringCase;

    /// <summary>The candidates of a block with none, scanned against this base (block facts record their base).</summary>
    internal Entities.BlockMentions NoMentions => _noMentions ??= new Entities.BlockMentions([], this);

    private Entities.BlockMentions? _noMentions;

    public KnowledgeBase(IEnumerable<KnownEntity> entities, KnowledgeBase? parent = null)
    {
        _parent = parent;
        var byId = new Dictionary<string, KnownEntity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            byId.TryAdd(entity.Id, entity); // the first entry with an id wins: curated entries come first
        }
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        var byWord = new Dictionary<string, List<(Alias Alias, int Order)>>(StringComparer.Ordinal);
        var order = 0; // the entity's place in the base: among equal surfaces the entity listed first wins
        foreach (var entity in byId.Values)
        {
            // Variants first: a spelling listed both as alias and variant is a variant (BYL0012 needs to know).
            foreach (var (variant, house) in entity.Variants)
            {
                AddAlias(byWord, new Alias(variant, entity, AliasKind.Variant, house), order);
            }
            AddAlias(byWord, new Alias(entity.Name, entity, AliasKind.Name, null), order);
            foreach (var alias in entity.Aliases)
            {
                AddAlias(byWord, new Alias(alias, entity, AliasKind.Alias, null), order);
            }
            order++;
        }
        _byFirstWord = byWord.ToFrozenDictionary(p => p.Key, p => LongestFirst(p.Value), StringComparer.Ordinal);
        _firstWordLookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWordIgnoringCase = IgnoringCase(_byFirstWord).GetAlternateLookup<ReadOnlySpan<char>>();
        EntityCount = byId.Count + (parent?.EntityCount ?? 0);
    }

    /// <summary>The knowledge base built into Byline (countries, capitals, regions, demonyms, curated organisations and people).</summary>
    public static KnowledgeBase Builtin => BuiltinBase.Value;

    /// <summary>Whether <see cref="Builtin"/> has been loaded; it loads on the first entity lookup.</summary>
    public static bool IsBuiltinLoaded => BuiltinBase.IsValueCreated;

    /// <summary>How long parsing the built-in base took (for the evaluation report).</summary>
    public static TimeSpan BuiltinLoadTime { get; private set; }

    public static KnowledgeBase Empty { get; } = new([]);

    public int EntityCount { get; }

    /// <summary>A workspace layer over this base: its entries add to or replace entries with the same id.</summary>
    public KnowledgeBase WithOverrides(IEnumerable<KnownEntity> entities) => new(entities, this);

    public KnownEntity? Find(string id) =>
        _byId.TryGetValue(id, out var entity) ? entity : _parent?.Find(id);

    /// <summary>The state or province whose ISO 3166-2 code is <paramref name="code"/> ("US-IL"); null when none is known.</summary>
    public KnownEntity? FindByCode(string code) =>
        (_byCode ??= _byId.Values.Where(e => e.Code is not null).DistinctBy(e => e.Code).ToFrozenDictionary(e => e.Code!, StringComparer.Ordinal))
            .TryGetValue(code, out var entity) ? entity : _parent?.FindByCode(code);

    private FrozenDictionary<string, KnownEntity>? _byCode; // built on the first look-up: only a town and a comma before a code ask

    /// <summary>Every entity, overrides first, each id once.</summary>
    public IEnumerable<KnownEntity> Entities =>
        _parent is null ? _byId.Values : _byId.Values.Concat(_parent.Entities.Where(e => !_byId.ContainsKey(e.Id)));

    /// <summary>
    /// The longest known name that starts at <paramref name="start"/> in <paramref name="text"/> and whose first
    /// word is <paramref name="firstWord"/>, ending at a word boundary; null when none does.
    /// </summary>
    /// <param name="wrapped">The text may break a name across lines (a Markdown paragraph wrapped by hand).</param>
    public Alias? Match(string text, int start, int limit, ReadOnlySpan<char> firstWord, bool ignoreCase = false, bool wrapped = false) =>
        Match(text, start, limit, firstWord, null, ignoreCase, wrapped);

    /// <summary>
    /// <see cref="Match(string, int, int, ReadOnlySpan{char}, bool, bool)"/> for a word of a block's reading whose
    /// name (its spelling less a possessive "'s") is <paramref name="name"/>: the names that start with it are found
    /// once per spelling and kept on its lexeme (<paramref name="word"/>), instead of hashed at each capitalised word.
    /// </summary>
    internal Alias? MatchName(string text, int start, int limit, ReadOnlySpan<char> name, Attribution.Lexeme word, bool wrapped) =>
        Match(text, start, limit, name, word, ignoreCase: false, wrapped);

    private Alias? Match(string text, int start, int limit, ReadOnlySpan<char> firstWord, Attribution.Lexeme? word, bool ignoreCase, bool wrapped)
    {
        var own = OwnAliases(firstWord, word, ignoreCase) is { } aliases ? MatchOwn(aliases, text, start, limit, ignoreCase, wrapped) : null;
        var inherited = _parent?.Match(text, start, limit, firstWord, word, ignoreCase, wrapped);
        if (inherited is not null && _byId.TryGetValue(inherited.Entity.Id, out var replacement))
        {
            // The workspace replaced this entity; a surface the override dropped no longer names it.
            inherited = replacement.Surfaces.Contains(inherited.Surface) ? inherited with { Entity = replacement } : null;
        }
        if (own is null) return inherited;
        if (inherited is null) return own;
        return inherited.Surface.Length > own.Surface.Length ? inherited : own;
    }

    /// <summary>
    /// This layer's names whose first word is <paramref name="firstWord"/>. A lexeme keeps one answer, the root
    /// base's (the built-in one, shared by every document): a workspace layer is small and is asked anew.
    /// </summary>
    private Alias[]? OwnAliases(ReadOnlySpan<char> firstWord, Attribution.Lexeme? word, bool ignoreCase)
    {
        if (ignoreCase)
        {
            return _firstWordIgnoringCase.TryGetValue(firstWord, out var anyCase) ? anyCase : null;
        }
        if (word is null || _parent is not null)
        {
            return _firstWordLookup.TryGetValue(firstWord, out var listed) ? listed : null;
        }
        // The kept answer is one immutable object: a lexeme of one character is shared by threads, and a race only
        // looks the word up twice.
        if (word.KnownNames is { } kept && ReferenceEquals(kept.Base, this))
        {
            return kept.Aliases;
        }
        Debug.Assert(firstWord.SequenceEqual(MentionScanner.NameOf(word.Text)), "the lexeme is the spelling of the word whose name is asked");
        var aliases = _firstWordLookup.TryGetValue(firstWord, out var found) ? found : null;
        word.KnownNames = aliases is null ? _noNames ??= new KnownNames(this, null) : new KnownNames(this, aliases);
        return aliases;
    }

    private KnownNames? _noNames;

    private static Alias? MatchOwn(Alias[] aliases, string text, int start, int limit, bool ignoreCase, bool wrapped)
    {
        var rest = text.AsSpan(start, limit - start);
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        // Whether a line break is near enough to fall inside a name is asked once per lookup, not once per alias.
        wrapped = wrapped && rest[..Math.Min(rest.Length, WrapWindow)].IndexOfAny('\n', '\r') >= 0;
        // The aliases share their first word, so most of a long list ("New …", "United …") differs from the text only
        // further on: a test of the alias's last character turns those away before a whole comparison. Only where the
        // text must hold the alias as written, not in another case or broken across lines.
        var asWritten = !ignoreCase && !wrapped;
        foreach (var alias in aliases)
        {
            var surface = alias.Surface;
            // A name broken across lines is no shorter in the text: each of its spaces is a line break there.
            if (surface.Length > rest.Length || asWritten && rest[surface.Length - 1] != surface[^1]) continue;
            if (ignoreCase && MentionScanner.IsAcronymShape(alias.Surface) && alias.Surface.Length < 4)
            {
                continue; // "US" must not match "us" in capitals-only text of another case
            }
            if (rest.StartsWith(alias.Surface, comparison))
            {
                if (IsBoundary(text, start + alias.Surface.Length, limit))
                {
                    return alias;
                }
            }
            else if (wrapped && WrappedLength(rest, alias.Surface, comparison) is var length and > 0 && IsBoundary(text, start + length, limit))
            {
                // The alias with the text's own line breaks as its surface: callers measure the mention by it.
                return alias with { Surface = text.Substring(start, length) };
            }
        }
        return null;
    }

    // Longer than all but a handful of names ("Islamic State of Iraq and the Levant" is 37 characters).
    private const int WrapWindow = 96;

    /// <summary>
    /// The length in <paramref name="text"/> of <paramref name="name"/> when a Markdown paragraph wrapped by hand
    /// breaks it across lines ("United⏎Nations", "New\r\nYork"): each space of the name may be a line break there.
    /// 0 when the text does not hold the name so.
    /// </summary>
    private static int WrappedLength(ReadOnlySpan<char> text, string name, StringComparison comparison)
    {
        var t = 0;
        foreach (var part in name.AsSpan().Split(' '))
        {
            if (t > 0)
            {
                var space = WrappedLines.SpaceLength(text, t);
                if (space == 0)
                {
                    return 0;
                }
                t += space;
            }
            if (!text[t..].StartsWith(name.AsSpan()[part], comparison))
            {
                return 0;
            }
            t += part.End.Value - part.Start.Value;
        }
        return t;
    }

    /// <summary>A name ends where no letter or digit continues it ("Soleimani's" ends after "Soleimani").</summary>
    private static bool IsBoundary(string text, int end, int limit)
    {
        if (end >= limit) return true;
        var c = text[end];
        if (char.IsLetterOrDigit(c)) return false;
        // "Deir-ez" must not match "Deir" as a name: a hyphen followed by a letter continues the word.
        return !(c is '-' or '‐' && end + 1 < limit && char.IsLetterOrDigit(text[end + 1]));
    }

    private static void AddAlias(Dictionary<string, List<(Alias Alias, int Order)>> byWord, Alias alias, int order)
    {
        var first = FirstWord(alias.Surface);
        if (first.Length == 0) return;
        if (!byWord.TryGetValue(first, out var list))
        {
            byWord[first] = list = [];
        }
        foreach (var (listed, _) in list)
        {
            if (listed.Surface == alias.Surface && listed.Entity.Id == alias.Entity.Id) return;
        }
        list.Add((alias, order));
    }

    // The index is built at every start of the server, on the path of the first document's diagnostics: each list is
    // sorted in place with Array.Sort on keys that make the order total (the list's own order last, as a stable sort
    // would keep it), instead of through OrderBy's copies.

    /// <summary>Longest surface first; among equal surfaces variants last, then the entity listed first (curated before generated), then the order added.</summary>
    private static Alias[] LongestFirst(List<(Alias Alias, int Order)> list)
    {
        var aliases = new Alias[list.Count];
        var keys = new (int Length, int Variant, int Order, int Added)[list.Count];
        for (var i = 0; i < aliases.Length; i++)
        {
            var (alias, order) = list[i];
            aliases[i] = alias;
            keys[i] = (-alias.Surface.Length, alias.Kind == AliasKind.Variant ? 1 : 0, order, i);
        }
        if (aliases.Length > 1) Array.Sort(keys, aliases);
        return aliases;
    }

    /// <summary>
    /// The same lists under first words that differ only in case, merged longest first (equal lengths in the order of
    /// <paramref name="byFirstWord"/>'s keys and then of each list). A first word with no other casing keeps its list.
    /// </summary>
    private static Dictionary<string, Alias[]> IgnoringCase(FrozenDictionary<string, Alias[]> byFirstWord)
    {
        var groups = new Dictionary<string, List<Alias[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, aliases) in byFirstWord)
        {
            if (!groups.TryGetValue(word, out var group))
            {
                groups[word] = group = new List<Alias[]>(1);
            }
            group.Add(aliases);
        }
        var merged = new Dictionary<string, Alias[]>(groups.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (word, group) in groups)
        {
            merged[word] = group.Count == 1 ? group[0] : MergedLongestFirst(group);
        }
        return merged;
    }

    private static Alias[] MergedLongestFirst(List<Alias[]> group)
    {
        var count = 0;
        foreach (var aliases in group) count += aliases.Length;
        var merged = new Alias[count];
        var keys = new (int Length, int Added)[count];
        var i = 0;
        foreach (var aliases in group)
        {
            foreach (var alias in aliases)
            {
                keys[i] = (-alias.Surface.Length, i);
                merged[i++] = alias;
            }
        }
        Array.Sort(keys, merged);
        return merged;
    }

    /// <summary>The first word of a name as the tokenizer (which <see cref="MentionScanner"/> reads) delimits words.</summary>
    internal static string FirstWord(string surface)
    {
        var end = Tokenizer.WordEnd(surface, 0, surface.Length);
        return surface[..end];
    }

    private const string BuiltinResource = "Byline.Analysis.KnowledgeBase.builtin-entities.yaml";

    /// <summary>The text of the embedded built-in base (for tests that check both readers agree).</summary>
    internal static string BuiltinText()
    {
        using var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream(BuiltinResource)
            ?? throw new InvalidOperationException($"Embedded resource {BuiltinResource} is missing from the build.");
        return new StreamReader(stream).ReadToEnd();
    }

    private static KnowledgeBase LoadBuiltin()
    {
        using var phase = Byline.Text.PhaseTimer.Once("load built-in knowledge base");
        var watch = Stopwatch.StartNew();
        var reading = Byline.Text.PhaseTimer.Once("knowledge base: read the compiled entries");
        var root = Byline.Syntax.CompiledYaml.LoadValues(typeof(KnowledgeBase).Assembly, BuiltinResource);
        var (entities, problems) = KnowledgeBaseReader.ReadCompiled(root);
        reading.Dispose();
        using var indexing = Byline.Text.PhaseTimer.Once("knowledge base: index the names");
        if (!problems.IsEmpty)
        {
            throw new InvalidOperationException("The built-in knowledge base has problems: " + string.Join("; ", problems));
        }
        var kb = new KnowledgeBase(entities);
        BuiltinLoadTime = watch.Elapsed;
        return kb;
    }
}
