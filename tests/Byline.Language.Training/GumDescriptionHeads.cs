using System.Globalization;
using System.Text;
using Byline.Evaluation;

namespace Byline.Language.Training;

/// <summary>
/// The head nouns GUM's training documents (open genres, at a named commit) give their mentions of groups of people,
/// organisations and places that are not written as names ("the government", "the rebels", "the capital"): the
/// description finder's heads learned from annotation, not guessed. GUM marks every mention with an entity type, so
/// for each common noun that heads mentions (its syntactic head in GUM's own dependency tree), the share of them of
/// one type says how surely "the + noun" refers to such a party. A noun is kept for a type when it heads at least
/// <see cref="MinimumMentions"/> mentions not written as names and at least <see cref="MinimumShare"/> of all the
/// mentions it heads are of that type. People are kept in the plural only: a group ("the protesters") is a party to
/// the story, while a singular person noun ("the man", "the woman") is mostly a passer-by that no reader looks for.
/// </summary>
internal static class GumDescriptionHeads
{
    public const int MinimumMentions = 3;
    public const double MinimumShare = 0.75;

    private static readonly (string Gum, string Key)[] Types = [("person", "people"), ("organization", "organisations"), ("place", "places")];

    public sealed record Heads(string Commit, int Documents, int Mentions, SortedDictionary<string, SortedSet<string>> ByKey);

    public static Heads Build(string repository, string commit)
    {
        var (counts, documents, mentions) = Counts(repository, commit);
        var byKey = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (_, key) in Types) byKey[key] = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (head, byType) in counts)
        {
            var (word, plural) = (head[..head.IndexOf('/')], head.EndsWith("/NNS", StringComparison.Ordinal));
            var all = byType.Values.Sum();
            foreach (var (gum, key) in Types)
            {
                var n = byType.GetValueOrDefault(gum);
                if (n >= MinimumMentions && n >= MinimumShare * all && (gum != "person" || plural)) byKey[key].Add(word);
            }
        }
        return new Heads(commit, documents, mentions, byKey);
    }

    /// <summary>
    /// For each common noun in lower case that heads a mention in GUM's training documents (open genres), as "word/TAG",
    /// the number of the mentions it heads by GUM type; with the number of documents and of such mentions.
    /// </summary>
    public static (Dictionary<string, Dictionary<string, int>> Counts, int Documents, int Mentions) Counts(string repository, string commit)
    {
        var documents = Treebanks.GumDocuments(GitRepository.Output(repository, "show", $"{commit}:splits.md"), "train").Order(StringComparer.Ordinal).ToList();
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal); // head → GUM type → mentions
        var mentions = 0;
        foreach (var document in documents)
        {
            var tsv = GitRepository.Output(repository, "show", $"{commit}:_build/src/tsv/{document}.tsv");
            var conllu = GitRepository.Output(repository, "show", $"{commit}:dep/{document}.conllu");
            foreach (var (head, type) in MentionHeads(tsv, conllu, document))
            {
                var byType = counts.TryGetValue(head, out var c) ? c : counts[head] = new Dictionary<string, int>(StringComparer.Ordinal);
                byType[type] = byType.GetValueOrDefault(type) + 1;
                mentions++;
            }
        }
        return (counts, documents.Count, mentions);
    }

    /// <summary>
    /// Each mention of one document whose head is a common noun written in lower case: the head as "word/TAG"
    /// (NN or NNS) and the mention's GUM type. The TSV and the tree hold the same tokens in the same order.
    /// </summary>
    private static IEnumerable<(string Head, string Type)> MentionHeads(string tsv, string conllu, string document)
    {
        var tree = Tree(conllu);
        var members = new Dictionary<string, (string Type, List<int> Tokens)>(StringComparer.Ordinal);
        var t = 0;
        foreach (var line in tsv.Split('\n'))
        {
            var columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 4 || !columns[1].Contains('-')) continue;
            foreach (var entity in columns[3].Split('|'))
            {
                var open = entity.IndexOf('[');
                if (open < 0) continue;
                var id = entity[(open + 1)..^1];
                (members.TryGetValue(id, out var m) ? m : members[id] = (entity[..open], [])).Tokens.Add(t);
            }
            t++;
        }
        if (t != tree.Count) throw new InvalidDataException($"{document}: the TSV has {t} tokens, the tree {tree.Count}");
        foreach (var (type, tokens) in members.Values)
        {
            var head = tokens.FirstOrDefault(i => !tokens.Contains(tree[i].Head), -1);
            if (head < 0) continue;
            var (form, tag) = (tree[head].Form, tree[head].Tag);
            if (tag is "NN" or "NNS" && form.All(char.IsAsciiLetterLower)) yield return ($"{form}/{tag}", type);
        }
    }

    private static List<(string Form, string Tag, int Head)> Tree(string conllu)
    {
        var tokens = new List<(string Form, string Tag, int Head)>();
        var sentenceStart = 0;
        foreach (var line in conllu.Split('\n'))
        {
            var columns = line.Split('\t');
            if (columns.Length < 8) { sentenceStart = tokens.Count; continue; }
            if (!int.TryParse(columns[0], CultureInfo.InvariantCulture, out _)) continue; // ranges and empty nodes
            var head = int.Parse(columns[6], CultureInfo.InvariantCulture);
            tokens.Add((columns[1], columns[4], head == 0 ? -1 : sentenceStart + head - 1));
        }
        return tokens;
    }

    public static string Yaml(Heads heads)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# Written by `dotnet run --project tests/Byline.Language.Training -c Release -- build-description-heads`; do not edit by hand.");
        yaml.AppendLine($"# Source: GUM (https://github.com/amir-zeldes/gum) at {heads.Commit}, annotations CC BY 4.0 (Zeldes 2017,");
        yaml.AppendLine($"# \"The GUM Corpus\"), train split of splits.md, open genres only: {heads.Documents} documents, {heads.Mentions} mentions headed by a");
        yaml.AppendLine("# common noun in lower case. A noun is listed for a type when it heads at least");
        yaml.AppendLine(FormattableString.Invariant($"# {MinimumMentions} mentions of that type and at least {MinimumShare:P0} of all the mentions it heads; people in the plural only."));
        yaml.AppendLine("# Read by EntityDescriptions with the hand-kept heads of entity-descriptions.yaml (docs/language.md).");
        foreach (var (key, words) in heads.ByKey)
        {
            yaml.Append(key).Append(": [").AppendJoin(", ", words).AppendLine("]");
        }
        return yaml.ToString();
    }
}
