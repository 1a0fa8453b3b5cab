using System.Text;

namespace Byline.Language.Training;

/// <summary>
/// Proper names and nationality words from WordNet 3.0, by lexicographer file (lexnames(5WN)): instances
/// (pointer "@i") in noun.person are people, in noun.location places, in noun.group organisations; capitalised
/// nouns of noun.person that are kinds of person ("Swede", "Kurd", "Bolshevik") and capitalised adjectives
/// ("Bosnian", "Victorian") are nationalities and other named groups. A spelling on two of the lists, or whose
/// lower-case form is an ordinary English word in WordNet ("Mark", "Bill", "Reading"), is left out: it says
/// nothing on its own. Except a country's own people word ("Swede", "Pole", "Argentine"): a native of a country
/// (member of it, "#m") or an adjective of it (pertainym, "\"), where the country is an instance of a kind of country.
/// Capitalised, it is the country's people wherever it stands, whatever the lower-case word means ("swede", "pole").
/// </summary>
internal static class WordNetNames
{
    private const int NounGroup = 14, NounLocation = 15, NounPerson = 18;

    public static (SortedSet<string> People, SortedSet<string> Places, SortedSet<string> Organisations, SortedSet<string> Nationalities) Build(string wordnet)
    {
        var common = CommonWords([.. new[] { "noun", "verb", "adj", "adv" }.Select(pos => Path.Combine(wordnet, "data." + pos))]);
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var nouns = RawWords(Path.Combine(wordnet, "data.noun")).ToDictionary(n => n.Offset);
        void Note(string word, string type, bool demonym = false)
        {
            if (!IsName(word) || !demonym && common.Contains(word.ToLowerInvariant())) return;
            (classes.TryGetValue(word, out var set) ? set : classes[word] = []).Add(type);
        }
        foreach (var noun in nouns.Values)
        {
            var isInstance = noun.Pointers.Any(p => p.Symbol == "@i");
            var type = (noun.File, isInstance) switch
            {
                (NounPerson, true) => "person",
                (NounLocation, true) => "place",
                (NounGroup, true) => "organisation",
                (NounPerson, false) => "nationality",
                _ => null,
            };
            if (type is null) continue;
            foreach (var word in noun.Words)
            {
                if (type == "nationality" && word.Contains(' ')) continue; // "Labor Secretary": a title, not a group
                var demonym = type == "nationality" && OfCountry(noun, "#m", nouns);
                Note(word, type, demonym);
                if (type == "nationality") Note(Plural(word), type, demonym);
            }
        }
        foreach (var adjective in RawWords(Path.Combine(wordnet, "data.adj")))
        {
            var demonym = OfCountry(adjective, "\\", nouns);
            foreach (var word in adjective.Words.Where(w => !w.Contains(' '))) Note(word, "nationality", demonym);
        }
        SortedSet<string> Only(string type) => new(classes.Where(c => c.Value.Count == 1 && c.Value.Contains(type)).Select(c => c.Key), ListOrder.Instance);
        return (Only("person"), Only("place"), Only("organisation"), Only("nationality"));
    }

    /// <summary>
    /// Whether <paramref name="synset"/> points by <paramref name="symbol"/> to a noun.location instance of a kind of
    /// country ("Sweden", an instance of "Scandinavian country"): the country's people word.
    /// </summary>
    private static bool OfCountry(RawSynset synset, string symbol, Dictionary<string, RawSynset> nouns) =>
        synset.Pointers.Any(p => p.Symbol == symbol && p.Pos == 'n' && nouns.TryGetValue(p.Offset, out var place) && place.File == NounLocation
            && place.Pointers.Any(i => i.Symbol == "@i" && nouns.TryGetValue(i.Offset, out var kind)
                && kind.Words.Any(w => w == "country" || w.EndsWith(" country", StringComparison.Ordinal))));

    /// <summary>A name as the scanner reads it: each word capitalised, joined by spaces or hyphens ("Mikhail Gorbachev", "Guinea-Bissau").</summary>
    private static bool IsName(string word) =>
        word.Length > 1 && word.Split(' ', '-').All(part => part.Length > 0 && char.IsUpper(part[0]) && part.All(c => char.IsLetter(c) || c is '.' or '\''));

    private static string Plural(string word) =>
        word.EndsWith("man", StringComparison.Ordinal) ? word[..^3] + "men"
        : word.EndsWith('s') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) ? word + "es"
        : word + "s";

    /// <summary>The words WordNet writes in lower case (the index files lower-case every lemma, names too).</summary>
    private static HashSet<string> CommonWords(string[] dataFiles)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in dataFiles)
        {
            foreach (var synset in RawWords(file))
            {
                words.UnionWith(synset.Words.Where(w => !w.Any(char.IsUpper)));
            }
        }
        return words;
    }

    internal sealed record RawSynset(string Offset, int File, List<string> Words, List<Pointer> Pointers);

    /// <summary>A pointer's symbol ("@i", "#m", "\"), its target's offset and part of speech.</summary>
    internal sealed record Pointer(string Symbol, string Offset, char Pos);

    /// <summary>Synsets with their words as written (capitals kept), which the cue reader lower-cases.</summary>
    internal static IEnumerable<RawSynset> RawWords(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var bar = line.IndexOf(" | ", StringComparison.Ordinal);
            var fields = line[..(bar >= 0 ? bar : line.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var count = int.Parse(fields[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            var words = Enumerable.Range(0, count).Select(w => fields[4 + 2 * w]).Select(w => (w.IndexOf('(') is var p and > 0 ? w[..p] : w).Replace('_', ' ')).ToList();
            var at = 4 + 2 * count;
            var pointerCount = int.Parse(fields[at++], System.Globalization.CultureInfo.InvariantCulture);
            var pointers = Enumerable.Range(0, pointerCount).Select(p => new Pointer(fields[at + 4 * p], fields[at + 4 * p + 1], fields[at + 4 * p + 2][0])).ToList();
            yield return new RawSynset(fields[0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), words, pointers);
        }
    }

    /// <summary>The YAML file, lists sorted case-insensitively (as the word-list tests require).</summary>
    public static string Yaml((SortedSet<string> People, SortedSet<string> Places, SortedSet<string> Organisations, SortedSet<string> Nationalities) names)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# GENERATED by `dotnet run --project tests/Byline.Language.Training -c Release -- build-entity-names");
        yaml.AppendLine("# --wordnet /usr/share/wordnet --out src/Byline.Analysis/KnowledgeBase/Data/wordnet-names.yaml` from WordNet 3.0");
        yaml.AppendLine("# (Debian wordnet-base; WordNet licence, notice in src/Byline.Language/Data/NOTICE-wordnet.txt). Do not edit.");
        yaml.AppendLine("# A spelling on two lists, or whose lower-case form is an English word, is on none (docs/knowledge-base.md).");
        void List(string key, SortedSet<string> words) => yaml.Append(key).Append(": [").AppendJoin(", ", words.Select(Quote)).AppendLine("]");
        List("people", names.People);
        List("places", names.Places);
        List("organisations", names.Organisations);
        List("nationalities", names.Nationalities);
        return yaml.ToString();
    }

    private static string Quote(string word) => word.Contains('\'') || word.Contains(':') ? $"\"{word}\"" : word;

    internal sealed class ListOrder : IComparer<string>
    {
        public static readonly ListOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var folded = string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
            return folded != 0 ? folded : string.CompareOrdinal(x, y);
        }
    }
}
