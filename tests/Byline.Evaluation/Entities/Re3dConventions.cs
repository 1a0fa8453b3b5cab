using System.Collections.Frozen;
using System.Globalization;
using Byline.Analysis.Entities;

namespace Byline.Evaluation.Entities;

/// <summary>
/// Where re3d's annotation scheme and the CoNLL-2003 conventions Byline follows differ in ways that are facts of the
/// data, not of English, stated here once and applied alike to every document (docs/evaluation.md, session 37):
/// <list type="number">
/// <item><b>What was annotated.</b> re3d's <c>documents.json</c> keeps a document's title apart from its text, and only
/// the text was annotated; the shared corpus writes the title as the file's first line. Each mention's id ends
/// "-sentence-start-end-Type" with offsets inside its sentence, so the text's start in the file is where sentence 0
/// starts. Gold and predictions before it are not scored.</item>
/// <item><b>Types the four do not score.</b> Weapon, MilitaryPlatform, Vehicle, Temporal, Quantity, Money,
/// DocumentReference, CommsIdentifier have no counterpart among PER/ORG/LOC/MISC. A prediction that overlaps such a
/// span and no scored one is neither right nor wrong for the four types ("HMS …" a ship, "… Time" a temporal): it is
/// left out of the score, as the gold span is.</item>
/// <item><b>A state's name.</b> re3d types a state's name by its role in the sentence (Organisation when the state
/// acts, Location otherwise: its scheme has no geopolitical type); CoNLL types every mention of a country LOC. A gold
/// mention that is a country's or a capital's name, after "the" or not ("the UK", "France"), is therefore found by a
/// prediction typed either ORG or LOC.</item>
/// <item><b>One mention annotated twice.</b> re3d keeps every type its annotators gave a span: the same span typed two
/// ways ("France" Location and Organisation, a town's name Location and Person), or a name typed one way inside the same
/// name with "the" typed another ("the UK" Organisation around "UK" Location). A flat recogniser gives a span one type,
/// so such a group is one gold mention, found by a prediction of any of its types, missed once if none.</item>
/// <item><b>A group of people is an organisation.</b> re3d's scheme defines Organisation as "a group of people", one
/// "indicated by an abstract class (e.g. 'rebels')", and Person as "a specific person"; Byline's descriptions type a
/// body's members named in the plural as people, as GUM does ("the rebels", "civilians"). A description typed PER
/// whose head (its last word) is plural is therefore scored ORG. Names are not touched.</item>
/// </list>
/// </summary>
internal static class Re3dConventions
{
    /// <summary>The re3d types the four scored types stand for; every other type is unscored (item 2).</summary>
    public static string? ScoredType(string re3dType) => re3dType switch
    {
        "Person" => "PER", "Organisation" => "ORG", "Location" => "LOC", "Nationality" => "MISC", _ => null,
    };

    /// <summary>
    /// Where re3d's document text starts in the file (item 1): a mention of sentence 0 at file offset S whose id gives
    /// its offset s inside the sentence puts the text's start at S − s; 0 when the id says nothing.
    /// </summary>
    public static int? SentenceZeroStart(string id, int fileStart)
    {
        var parts = id.Split('-');
        if (parts.Length < 5) return null;
        if (!int.TryParse(parts[^4], NumberStyles.None, CultureInfo.InvariantCulture, out var sentence) || sentence != 0) return null;
        return int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var inSentence) && inSentence <= fileStart ? fileStart - inSentence : null;
    }

    private static readonly Lazy<FrozenSet<string>> StateNames = new(() =>
    {
        var kb = KnowledgeBase.Builtin;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in kb.Entities)
        {
            if (e.Type != EntityType.Location || !(e.Kind == "country" || e.CapitalOf is not null)) continue;
            names.Add(e.Name);
            foreach (var alias in e.Aliases) names.Add(alias);
        }
        return names.ToFrozenSet(StringComparer.Ordinal);
    });

    /// <summary>A mention that is a state's name alone, after "the" or not (item 3): "the UK", "France", "Baghdad".</summary>
    public static bool IsStateName(ReadOnlySpan<char> mention)
    {
        mention = mention.Trim();
        if (mention.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) mention = mention[4..].TrimStart();
        return StateNames.Value.Contains(mention.ToString());
    }

    /// <summary>A description of people in the plural (item 5) as re3d's scheme types it: an organisation.</summary>
    public static string DescriptionType(string text, int start, int end, string type)
    {
        if (type != "PER") return type;
        var words = text.AsSpan(start, end - start).Trim();
        var head = words[(words.LastIndexOf(' ') + 1)..];
        var plural = head.EndsWith("men", StringComparison.Ordinal) && head.Length > 3
            || head.EndsWith("s", StringComparison.Ordinal) && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("'s", StringComparison.Ordinal);
        return plural ? "ORG" : type;
    }

    /// <summary>
    /// The gold mentions as scored (item 4): spans that coincide, or differ only by a leading "the", are one mention with
    /// every type given to them, the outer span kept; each group takes the type of a prediction that overlaps it if it
    /// has that type, else its first.
    /// </summary>
    public static List<(int Start, int End, string Type)> Merged(string text, IReadOnlyList<(int Start, int End, string Type)> gold,
        IReadOnlyList<(int Start, int End, string Type)> predicted)
    {
        var groups = new List<(int Start, int End, List<string> Types)>();
        foreach (var g in gold.OrderBy(g => g.Start).ThenByDescending(g => g.End))
        {
            var i = groups.FindIndex(o => SameName(text, o.Start, o.End, g.Start, g.End));
            if (i < 0) groups.Add((g.Start, g.End, [g.Type]));
            else if (!groups[i].Types.Contains(g.Type)) groups[i].Types.Add(g.Type);
        }
        return [.. groups.Select(o => (o.Start, o.End, o.Types.Count == 1 ? o.Types[0]
            : predicted.Where(p => p.Start < o.End && o.Start < p.End).Select(p => p.Type).FirstOrDefault(o.Types.Contains) ?? o.Types[0]))];
    }

    /// <summary>The outer span is the inner one, or the inner one after "the " ("the UK" and "UK").</summary>
    private static bool SameName(string text, int outerStart, int outerEnd, int start, int end)
    {
        if (outerEnd != end) return false;
        if (outerStart == start) return true;
        var before = text.AsSpan(outerStart, start - outerStart);
        return start > outerStart && before.Trim().Equals("the", StringComparison.OrdinalIgnoreCase) && before.EndsWith(" ");
    }

    /// <summary>
    /// The predictions as scored: those before the annotated text, and those that overlap only unscored spans, left out;
    /// one typed ORG or LOC that overlaps a state's name of the other type and no gold of its own type takes the gold's.
    /// </summary>
    public static List<(int Start, int End, string Type)> Scored(string text, int textStart, IReadOnlyList<(int Start, int End, string Type)> gold,
        IReadOnlyList<(int Start, int End)> unscored, bool states, IEnumerable<(int Start, int End, string Type)> predicted)
    {
        var result = new List<(int Start, int End, string Type)>();
        foreach (var p in predicted)
        {
            if (p.Start < textStart) continue;
            var overlapping = gold.Where(g => g.Start < p.End && p.Start < g.End).ToList();
            if (overlapping.Count == 0 && unscored.Any(u => u.Start < p.End && p.Start < u.End)) continue;
            var type = p.Type;
            if (states && type is "ORG" or "LOC" && !overlapping.Any(g => g.Type == type)
                && overlapping.FirstOrDefault(g => g.Type is "ORG" or "LOC" && IsStateName(text.AsSpan(g.Start, g.End - g.Start))) is { Type: not null } state)
            {
                type = state.Type;
            }
            result.Add((p.Start, p.End, type));
        }
        return result;
    }
}
