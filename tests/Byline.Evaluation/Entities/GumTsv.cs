using System.Globalization;

namespace Byline.Evaluation.Entities;

/// <summary>A named mention in GUM: its span in the rebuilt text, its type (PER, ORG, LOC) and its coreference chain.</summary>
/// <param name="Proper">Written as a proper name (capitalised words); false for a Wikified mention in other words ("he", "the city").</param>
/// <param name="ProperHead">The mention's syntactic head is a proper noun (NNP/NNPS in GUM's dependency tree); null when no tree was read.</param>
internal sealed record GumMention(int Start, int End, string Type, string Cluster, bool Proper, bool? ProperHead = null);

/// <summary>
/// Reads one GUM document in WebAnno TSV (`_build/src/tsv`): the text, one sentence a line, and its named
/// mentions of people, organisations and places. Shared by the evaluation and the entity tagger's training
/// (linked into both), so both read GUM the same way.
/// </summary>
internal static class GumTsv
{
    /// <summary>
    /// GUM genres whose texts are CC BY or CC BY-SA per GUM's LICENSE.txt (academic, biographies, court,
    /// interviews, news, WikiVoyage). The others are non-commercial or name no licence: no model reads them.
    /// </summary>
    public static readonly string[] OpenGenres = ["academic", "bio", "court", "interview", "news", "voyage"];

    /// <summary>The genre in a GUM document name ("GUM_news_iodine" → "news"), or null.</summary>
    public static string? Genre(string document) => Path.GetFileNameWithoutExtension(document).Split('_') is ["GUM", var genre, ..] ? genre : null;

    /// <param name="conllu">The same document's dependency tree (`dep/*.conllu`), token for token; when given, each
    /// mention says whether its head is a proper noun, the usual test of a named mention.</param>
    public static (string Text, List<GumMention> Mentions) Read(string tsv, string? conllu = null) => Read(tsv, conllu, out _);

    /// <param name="descriptions">The mentions of people, organisations and places that are neither Wikified nor
    /// written as a proper name ("the ministry", "rebels", "he"), spans as GUM draws them.</param>
    /// <param name="others">When given, gets GUM's mentions of every other type (object, event, abstract …), typed as GUM
    /// types them, with a leading determiner removed as for names: what a name found there is in GUM's scheme.</param>
    public static (string Text, List<GumMention> Mentions) Read(string tsv, string? conllu, out List<GumMention> descriptions, List<GumMention>? others = null)
    {
        descriptions = [];
        var tokens = new List<(int Start, int End, string Word, int Sentence, string[] Columns)>();
        var sentence = 0;
        foreach (var line in tsv.Split('\n'))
        {
            if (line.StartsWith("#Text=", StringComparison.Ordinal)) { sentence++; continue; }
            var columns = line.Split('\t');
            if (columns.Length < 7 || !columns[1].Contains('-')) continue;
            var offsets = columns[1].Split('-');
            tokens.Add((int.Parse(offsets[0], CultureInfo.InvariantCulture), int.Parse(offsets[1], CultureInfo.InvariantCulture), columns[2], sentence, columns));
        }
        var length = tokens.Count == 0 ? 0 : tokens[^1].End;
        var chars = Enumerable.Repeat(' ', length).ToArray();
        for (var i = 0; i < tokens.Count; i++)
        {
            tokens[i].Word.CopyTo(0, chars, tokens[i].Start, Math.Min(tokens[i].Word.Length, length - tokens[i].Start));
            if (i > 0 && tokens[i].Sentence != tokens[i - 1].Sentence && tokens[i].Start > tokens[i - 1].End)
            {
                chars[tokens[i].Start - 1] = '\n'; // one sentence a line, as the corpus prints them
            }
        }
        var text = new string(chars);
        // Entity ids "[n]" with their type and identity; spans from the first to the last token carrying the id.
        var spans = new Dictionary<string, (int Start, int End, string Type, string? Identity)>();
        var words = new Dictionary<string, List<string>>();
        var members = new Dictionary<string, List<int>>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var entities = token.Columns[3].Split('|');
            var identities = token.Columns[6].Split('|');
            foreach (var entity in entities)
            {
                var open = entity.IndexOf('[');
                if (open < 0) continue;
                var id = entity[(open + 1)..^1];
                var type = entity[..open];
                var identity = identities.FirstOrDefault(x => x.EndsWith($"[{id}]", StringComparison.Ordinal))?.Split('[')[0];
                spans[id] = spans.TryGetValue(id, out var s) ? s with { End = token.End, Identity = s.Identity ?? identity } : (token.Start, token.End, type, identity);
                (words.TryGetValue(id, out var list) ? list : words[id] = []).Add(token.Word);
                (members.TryGetValue(id, out var m) ? m : members[id] = []).Add(t);
            }
        }
        // Coreference chains: column 8 holds relation types, column 9 targets "10-39[69_1]" (to mention 69 from 1).
        var parent = new Dictionary<string, string>();
        string Find(string x) => parent.TryGetValue(x, out var p) && p != x ? parent[x] = Find(p) : x;
        foreach (var token in tokens)
        {
            if (token.Columns.Length < 9) continue;
            var relationTypes = token.Columns[7].Split('|');
            var targets = token.Columns[8].Split('|');
            for (var r = 0; r < Math.Min(relationTypes.Length, targets.Length); r++)
            {
                var open = targets[r].IndexOf('[');
                if (!relationTypes[r].StartsWith("coref", StringComparison.Ordinal) || open < 0) continue;
                var ids = targets[r][(open + 1)..^1].Split('_');
                if (ids.Length == 2) parent[Find(ids[1])] = Find(ids[0]);
            }
        }
        var trees = conllu is null ? null : Tree(conllu, tokens.Count);
        var gold = new List<GumMention>();
        foreach (var (id, s) in spans)
        {
            var type = s.Type switch { "person" => "PER", "organization" => "ORG", "place" => "LOC", _ => null };
            // Named mentions: linked to Wikipedia (identity), or written as a proper name — every word after a
            // leading determiner capitalised or a connector ("Bank of England"). GUM also marks common nouns
            // and pronouns as mentions; those are not named entities.
            var proper = IsProperName(words[id]);
            var named = s.Identity is not null and not "_" || proper;
            if (type is null)
            {
                others?.Add(new GumMention(WithoutDeterminer(text, s.Start, s.End), s.End, s.Type, Find(id), proper));
                continue;
            }
            if (!named)
            {
                descriptions.Add(new GumMention(s.Start, s.End, type, Find(id), Proper: false));
                continue;
            }
            var start = WithoutDeterminer(text, s.Start, s.End);
            // Byline's mention spans leave out a possessive (rename and hover are about the name), written "'s" or "’s",
            // or the apostrophe alone after a final s ("Galois' proof").
            var end = s.End - PossessiveLength(text.AsSpan(start, s.End - start));
            gold.Add(new GumMention(start, end, type, Find(id), proper, trees is null ? null : HeadIsProper(members[id], trees)));
        }
        return (text, gold);
    }

    /// <summary>The length of the tokenised possessive ending the mention (" 's", " ’s", " '", " ’"), or 0.</summary>
    private static int PossessiveLength(ReadOnlySpan<char> mention) =>
        mention.EndsWith(" 's", StringComparison.Ordinal) || mention.EndsWith(" ’s", StringComparison.Ordinal) ? 3
        : mention.Length > 2 && (mention.EndsWith(" '", StringComparison.Ordinal) || mention.EndsWith(" ’", StringComparison.Ordinal)) ? 2 : 0;

    /// <summary>Where a mention starts once a leading "the", "a" or "an" is removed (names are scored without it).</summary>
    private static int WithoutDeterminer(string text, int start, int end)
    {
        foreach (var determiner in (string[])["the ", "a ", "an "])
        {
            if (text.AsSpan(start, end - start).StartsWith(determiner, StringComparison.OrdinalIgnoreCase) && end - start > determiner.Length) start += determiner.Length;
        }
        return start;
    }

    /// <summary>Each token's head (document-wide index, -1 for a root) and whether it is tagged NNP or NNPS.</summary>
    private static (int Head, bool Proper)[]? Tree(string conllu, int count)
    {
        var result = new List<(int Head, bool Proper)>(count);
        var sentenceStart = 0;
        foreach (var line in conllu.Split('\n'))
        {
            var columns = line.Split('\t');
            if (columns.Length < 8) { sentenceStart = result.Count; continue; }
            if (!int.TryParse(columns[0], CultureInfo.InvariantCulture, out _)) continue; // ranges and empty nodes
            var head = int.Parse(columns[6], CultureInfo.InvariantCulture);
            result.Add((head == 0 ? -1 : sentenceStart + head - 1, columns[4] is "NNP" or "NNPS"));
        }
        return result.Count == count ? [.. result] : null;
    }

    /// <summary>Whether the token of a mention whose head lies outside it (its syntactic head) is a proper noun.</summary>
    private static bool HeadIsProper(List<int> members, (int Head, bool Proper)[] tree)
    {
        foreach (var t in members)
        {
            if (!members.Contains(tree[t].Head)) return tree[t].Proper;
        }
        return false;
    }

    private static bool IsProperName(List<string> words)
    {
        var rest = words.SkipWhile((w, i) => i == 0 && w is "the" or "The" or "a" or "A" or "an" or "An").ToList();
        return rest.Count > 0 && char.IsUpper(rest[0][0]) && rest.All(w => char.IsUpper(w[0]) || w is "of" or "and" or "the" or "for" or "de" or "-" or "&" or "'s");
    }
}
