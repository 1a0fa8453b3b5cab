using System.Globalization;
using System.Text;

namespace Byline.Language.Training;

/// <summary>
/// Description heads of bodies and places from WordNet 3.0, for the words GUM's training documents are too small to
/// teach (<see cref="GumDescriptionHeads"/> needs three mentions): a lemma written in lower case whose first (most
/// frequent) noun sense is a kind of organisation ("ministry", "agency", "militia": organization.n.01 among its
/// hypernyms), or a place (lexicographer file noun.location: "suburb", "outskirts"; or a building or facility:
/// "depot", "hospital", "outpost"). A word is kept only when it is mostly that: its senses of the class hold at least
/// <see cref="MinimumSemCorShare"/> of its SemCor tags over all parts of speech ("here", "left", "common" are mostly
/// no noun), and where it heads mentions in GUM's training documents, at least <see cref="GumDescriptionHeads.MinimumShare"/>
/// of them are of the type (GUM's annotators read "base" and "position" as other things). Each lemma and its plural.
/// </summary>
internal static class WordNetDescriptionHeads
{
    public const double MinimumSemCorShare = 0.5;
    private const int NounArtifact = 6, NounLocation = 15;

    /// <summary>The singular heads of bodies and places kept by hand (entity-descriptions.yaml's <c>organisations</c> and <c>places</c>).</summary>
    public sealed record HandKeptHeads(IReadOnlyList<string> Organisations, IReadOnlyList<string> Places)
    {
        public static HandKeptHeads Read(string yamlPath)
        {
            var root = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(File.ReadAllText(yamlPath));
            List<string> Words(string key) => [.. ((List<object>)root[key]).Select(o => (string)o)];
            return new HandKeptHeads(Words("organisations"), Words("places"));
        }
    }

    public sealed record Heads(SortedSet<string> Organisations, SortedSet<string> Places, string Commit);

    /// <param name="handKept">
    /// The heads of bodies and places kept by hand (entity-descriptions.yaml, in the singular: "village", "movement"):
    /// each one's regular plural is listed too, under the same GUM filter, as a plural of the lemma is listed here.
    /// </param>
    public static Heads Build(string wordnet, string gumRepository, string gumCommit, HandKeptHeads handKept)
    {
        var nouns = WordNetNames.RawWords(Path.Combine(wordnet, "data.noun")).ToDictionary(n => n.Offset);
        var senses = Senses(Path.Combine(wordnet, "index.noun"));
        var tags = Tags(Path.Combine(wordnet, "cntlist.rev"));
        var gum = GumDescriptionHeads.Counts(gumRepository, gumCommit).Counts;
        // Lemmas that are already plurals ("men", "authorities", "corps") take no plural of their own.
        var inflected = File.ReadLines(Path.Combine(wordnet, "noun.exc")).Select(l => l.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var organisation = senses["organization"][0];
        bool IsOrganisation(string offset) => offset == organisation || Ancestors(offset, nouns).Contains(organisation);
        bool IsPlace(string offset) => nouns[offset].File == NounLocation
            || nouns[offset].File == NounArtifact && Ancestors(offset, nouns).Append(offset).Any(a => nouns[a].Words.Any(w => w is "building" or "facility")); // "facility" itself too, as organization.n.01 is
        var (organisations, places) = (new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
        foreach (var (lemma, offsets) in senses)
        {
            if (!lemma.All(char.IsAsciiLetterLower) || !nouns[offsets[0]].Words.Contains(lemma)) continue;
            foreach (var (test, set, type) in new (Func<string, bool>, SortedSet<string>, string)[] { (IsOrganisation, organisations, "organization"), (IsPlace, places, "place") })
            {
                if (!test(offsets[0]) || SemCorShare(lemma, offsets, tags, test) < MinimumSemCorShare) continue;
                foreach (var form in lemma.EndsWith('s') || inflected.Contains(lemma) ? [lemma] : new[] { lemma, Plural(lemma) })
                {
                    if (GumShare(form, type, gum) is not < GumDescriptionHeads.MinimumShare) set.Add(form);
                }
            }
        }
        AddPlurals(handKept.Organisations, organisations, "organization", inflected, gum);
        AddPlurals(handKept.Places, places, "place", inflected, gum);
        var both = organisations.Intersect(places).ToList(); // a word of both classes says neither
        organisations.ExceptWith(both);
        places.ExceptWith(both);
        return new Heads(organisations, places, gumCommit);
    }

    /// <summary>
    /// The regular plural of each singular hand-kept head ("villages" for "village"), kept unless GUM train's mentions
    /// it heads are mostly of another type (GUM reads "networks" and "movements" as ideas and systems, not bodies).
    /// </summary>
    private static void AddPlurals(IEnumerable<string> heads, SortedSet<string> set, string type, HashSet<string> inflected, Dictionary<string, Dictionary<string, int>> gum)
    {
        foreach (var head in heads.Where(h => h.All(char.IsAsciiLetterLower) && !h.EndsWith('s') && !inflected.Contains(h)))
        {
            var plural = Plural(head);
            if (GumShare(plural, type, gum) is not < GumDescriptionHeads.MinimumShare) set.Add(plural);
        }
    }

    /// <summary>The share of a lemma's SemCor tags (all parts of speech) given to noun senses that pass <paramref name="test"/>; 0 when untagged.</summary>
    private static double SemCorShare(string lemma, List<string> offsets, Dictionary<string, List<(char Pos, int Sense, int Count)>> tags, Func<string, bool> test)
    {
        if (!tags.TryGetValue(lemma, out var counts) || counts.Sum(c => c.Count) == 0) return 0;
        var good = counts.Where(c => c.Pos == '1' && c.Sense <= offsets.Count && test(offsets[c.Sense - 1])).Sum(c => c.Count);
        return (double)good / counts.Sum(c => c.Count);
    }

    /// <summary>The share of GUM train's mentions headed by <paramref name="form"/> that are of <paramref name="type"/>, or null when it heads none.</summary>
    private static double? GumShare(string form, string type, Dictionary<string, Dictionary<string, int>> gum)
    {
        var all = 0;
        var ofType = 0;
        foreach (var tag in new[] { "NN", "NNS" })
        {
            if (!gum.TryGetValue($"{form}/{tag}", out var byType)) continue;
            all += byType.Values.Sum();
            ofType += byType.GetValueOrDefault(type);
        }
        return all == 0 ? null : (double)ofType / all;
    }

    private static HashSet<string> Ancestors(string offset, Dictionary<string, WordNetNames.RawSynset> nouns)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([offset]);
        while (stack.Count > 0)
        {
            foreach (var p in nouns[stack.Pop()].Pointers.Where(p => p.Symbol is "@" or "@i" && p.Pos == 'n'))
            {
                if (seen.Add(p.Offset)) stack.Push(p.Offset);
            }
        }
        return seen;
    }

    /// <summary>index.noun: each lemma's synsets, most frequent sense first.</summary>
    private static Dictionary<string, List<string>> Senses(string path)
    {
        var senses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (count, pointers) = (int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture));
            senses[f[0]] = [.. f.Skip(4 + pointers + 2).Take(count)];
        }
        return senses;
    }

    /// <summary>cntlist.rev: each lemma's SemCor tag counts by part of speech ("1" noun … "5" satellite) and sense number.</summary>
    private static Dictionary<string, List<(char Pos, int Sense, int Count)>> Tags(string path)
    {
        var tags = new Dictionary<string, List<(char, int, int)>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(' ');
            var percent = f[0].IndexOf('%');
            if (f.Length < 3 || percent < 0) continue;
            var lemma = f[0][..percent];
            (tags.TryGetValue(lemma, out var list) ? list : tags[lemma] = []).Add((f[0][percent + 1], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture)));
        }
        return tags;
    }

    private static string Plural(string word) =>
        word.EndsWith('y') && word.Length > 2 && !"aeiou".Contains(word[^2]) ? word[..^1] + "ies"
        : word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) ? word + "es"
        : word + "s";

    public static string Yaml(Heads heads)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# Written by `dotnet run --project tests/Byline.Language.Training -c Release -- build-wordnet-description-heads`; do not edit by hand.");
        yaml.AppendLine("# Source: WordNet 3.0 (Debian wordnet-base; WordNet licence, notice in src/Byline.Language/Data/NOTICE-wordnet.txt), filtered by");
        yaml.AppendLine($"# GUM (https://github.com/amir-zeldes/gum) at {heads.Commit}, train split, open genres (CC BY 4.0). A lower-case lemma whose");
        yaml.AppendLine("# first noun sense is a kind of organisation, or a place (noun.location, a building or facility), with at least");
        yaml.AppendLine(FormattableString.Invariant($"# {MinimumSemCorShare:P0} of its SemCor tags on such senses and, where it heads GUM train mentions, {GumDescriptionHeads.MinimumShare:P0} of them of the type;"));
        yaml.AppendLine("# with its plural; and the regular plural of each singular head of a body or place kept by hand (entity-descriptions.yaml)");
        yaml.AppendLine("# under the same GUM filter. Read by EntityDescriptions after the hand-kept and GUM-learned heads, which win (docs/language.md).");
        yaml.Append("organisations: [").AppendJoin(", ", heads.Organisations).AppendLine("]");
        yaml.Append("places: [").AppendJoin(", ", heads.Places).AppendLine("]");
        return yaml.ToString();
    }
}
