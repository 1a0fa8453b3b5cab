using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Byline.Language.Training;

/// <summary>The generator's settings (wordnet-cues.yaml): which frames and lexicographer files make a candidate.</summary>
internal sealed class WordNetCueSettings
{
    public List<int> ClauseFrames { get; set; } = [];

    /// <summary>False: every sense in <see cref="VerbFiles"/> qualifies, whatever its frames (the party-verb lexicon).</summary>
    public bool RequireClauseFrame { get; set; } = true;

    /// <summary>True: lemmas of several words ("side with") are left out.</summary>
    public bool SingleWordsOnly { get; set; }
    public Dictionary<int, LexicographerFile> VerbFiles { get; set; } = [];
    public Dictionary<int, LexicographerFile> NounFiles { get; set; } = [];

    /// <summary>Adjectives are kept when a derivational pointer from the word reaches a noun in one of these files ("hopeful" → hopefulness, noun.feeling).</summary>
    public Dictionary<int, LexicographerFile> AdjectiveNounFiles { get; set; } = [];

    public static WordNetCueSettings Read(string path) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<WordNetCueSettings>(File.ReadAllText(path));
}

internal sealed class LexicographerFile
{
    public string Name { get; set; } = "";
    public string Class { get; set; } = "";
}

/// <summary>
/// One candidate cue: a lemma and part of speech, the class of most of its qualifying senses, how many of its
/// senses qualify out of all its senses in WordNet (a low share warns of readings that do not report: "see" a
/// film), and the lexicographer files the qualifying senses come from.
/// </summary>
internal sealed record CueCandidate(string Lemma, string Pos, string Class, int Senses, int AllSenses, IReadOnlyList<string> Files);

/// <summary>
/// Reads WordNet 3.0's data.verb and data.noun (format in wndb(5WN)) and lists the verbs of the chosen
/// lexicographer files whose sentence frames take a clause, with the nouns derived from those senses.
/// </summary>
internal static class WordNetCues
{
    public static IReadOnlyList<CueCandidate> Build(string wordnet, WordNetCueSettings settings)
    {
        var nouns = ReadSynsets(Path.Combine(wordnet, "data.noun")).ToDictionary(s => s.Offset);
        var verbs = ReadSynsets(Path.Combine(wordnet, "data.verb")).ToList();
        var adjectives = settings.AdjectiveNounFiles.Count == 0 ? [] : ReadSynsets(Path.Combine(wordnet, "data.adj")).ToList();
        var senseCounts = SenseCounts(verbs.Concat(nouns.Values).Concat(adjectives));
        var senses = new List<(string Lemma, string Pos, string Class, string File, long Synset)>();
        foreach (var verb in verbs.Where(v => settings.VerbFiles.ContainsKey(v.File)))
        {
            var file = settings.VerbFiles[verb.File];
            for (var w = 0; w < verb.Words.Count; w++)
            {
                if (settings.RequireClauseFrame && !verb.Frames.Any(f => settings.ClauseFrames.Contains(f.Frame) && (f.Word == 0 || f.Word == w + 1))) continue;
                if (settings.SingleWordsOnly && verb.Words[w].Contains('_')) continue;
                senses.Add((verb.Words[w], "verb", file.Class, file.Name, verb.Offset));
                foreach (var noun in Nominalisations(verb, w + 1, nouns))
                {
                    if (settings.NounFiles.TryGetValue(noun.Synset.File, out var nounFile)) senses.Add((noun.Word, "noun", nounFile.Class, nounFile.Name, noun.Synset.Offset));
                }
            }
        }
        senses.AddRange(StanceAdjectives(adjectives, nouns, settings));
        return [.. senses.GroupBy(s => (s.Lemma, s.Pos))
            .Select(g => Candidate(g.Key.Lemma, g.Key.Pos, [.. g.DistinctBy(s => s.Synset).Select(s => (s.Class, s.File))], senseCounts))
            .OrderBy(c => c.Lemma, StringComparer.Ordinal).ThenBy(c => c.Pos, StringComparer.Ordinal)];
    }

    private static CueCandidate Candidate(string lemma, string pos, List<(string Class, string File)> senses, Dictionary<(string, string), int> counts)
    {
        var cueClass = senses.GroupBy(s => s.Class).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var files = senses.Select(s => s.File).Distinct().Order(StringComparer.Ordinal).ToList();
        return new CueCandidate(lemma.Replace('_', ' '), pos, cueClass, senses.Count, counts[(lemma, pos)], files);
    }

    private static IEnumerable<(string Word, Synset Synset)> Nominalisations(Synset verb, int word, Dictionary<long, Synset> nouns)
    {
        foreach (var pointer in verb.Pointers.Where(p => p.Symbol == "+" && p.Pos == 'n' && p.Source == word))
        {
            if (nouns.TryGetValue(pointer.Target, out var noun) && pointer.TargetWord >= 1 && pointer.TargetWord <= noun.Words.Count)
            {
                yield return (noun.Words[pointer.TargetWord - 1], noun);
            }
        }
    }

    /// <summary>Adjective senses whose word points ('+') to a noun in <see cref="WordNetCueSettings.AdjectiveNounFiles"/>.</summary>
    private static IEnumerable<(string Lemma, string Pos, string Class, string File, long Synset)> StanceAdjectives(List<Synset> adjectives, Dictionary<long, Synset> nouns, WordNetCueSettings settings)
    {
        foreach (var adjective in adjectives)
        {
            for (var w = 0; w < adjective.Words.Count; w++)
            {
                if (settings.SingleWordsOnly && adjective.Words[w].Contains('_')) continue;
                var file = adjective.Pointers
                    .Where(p => p.Symbol == "+" && p.Pos == 'n' && p.Source == w + 1 && nouns.ContainsKey(p.Target))
                    .Select(p => settings.AdjectiveNounFiles.GetValueOrDefault(nouns[p.Target].File))
                    .FirstOrDefault(f => f is not null);
                if (file is not null) yield return (adjective.Words[w], "adj", file.Class, file.Name, adjective.Offset);
            }
        }
    }

    private static Dictionary<(string, string), int> SenseCounts(IEnumerable<Synset> synsets)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var synset in synsets)
        {
            foreach (var word in synset.Words.Distinct())
            {
                var key = (word, synset.Pos switch { 'n' => "noun", 'a' => "adj", _ => "verb" });
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts;
    }

    internal sealed record Pointer(string Symbol, long Target, char Pos, int Source, int TargetWord);

    internal sealed record Synset(long Offset, int File, char Pos, IReadOnlyList<string> Words, IReadOnlyList<Pointer> Pointers, IReadOnlyList<(int Frame, int Word)> Frames);

    /// <summary>Synset lines of a data file; the licence lines at its top start with spaces and are skipped.</summary>
    internal static IEnumerable<Synset> ReadSynsets(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var bar = line.IndexOf(" | ", StringComparison.Ordinal);
            var fields = line[..(bar >= 0 ? bar : line.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield return Parse(fields);
        }
    }

    private static Synset Parse(string[] fields)
    {
        var pos = fields[2][0] == 's' ? 'a' : fields[2][0];
        var wordCount = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var words = Enumerable.Range(0, wordCount).Select(w => Lemma(fields[4 + 2 * w])).ToList();
        var at = 4 + 2 * wordCount;
        var pointerCount = int.Parse(fields[at++], CultureInfo.InvariantCulture);
        var pointers = new List<Pointer>();
        for (var p = 0; p < pointerCount; p++, at += 4)
        {
            var sourceTarget = fields[at + 3];
            pointers.Add(new Pointer(fields[at], long.Parse(fields[at + 1], CultureInfo.InvariantCulture), fields[at + 2][0],
                int.Parse(sourceTarget[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(sourceTarget[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }
        var frames = new List<(int, int)>();
        if (pos == 'v' && at < fields.Length)
        {
            var frameCount = int.Parse(fields[at++], CultureInfo.InvariantCulture);
            for (var f = 0; f < frameCount; f++, at += 3)
            {
                frames.Add((int.Parse(fields[at + 1], CultureInfo.InvariantCulture), int.Parse(fields[at + 2], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }
        }
        return new Synset(long.Parse(fields[0], CultureInfo.InvariantCulture), int.Parse(fields[1], CultureInfo.InvariantCulture), pos, words, pointers, frames);
    }

    /// <summary>Words are stored with '_' for spaces; adjectives may carry a marker such as "(p)". Verbs and nouns are lower-cased as in the index files.</summary>
    private static string Lemma(string word)
    {
        var paren = word.IndexOf('(');
        return (paren > 0 ? word[..paren] : word).ToLowerInvariant();
    }
}
