namespace Byline.Language.Training;

/// <summary>Where the treebanks' splits are, given the folders they were copied to (docs/language.md).</summary>
internal static class Treebanks
{
    /// <summary>GUM genres whose texts are CC BY or CC BY-SA; the others are never read (GumTsv.OpenGenres).</summary>
    public static IReadOnlyList<string> OpenGumGenres => Byline.Evaluation.Entities.GumTsv.OpenGenres;

    public static string EwtFile(string directory, string split) => Path.Combine(directory, $"en_ewt-ud-{split}.conllu");

    /// <summary>The CoNLL-U files of one GUM split (listed in splits.md) in the open genres, in the order listed.</summary>
    public static IReadOnlyList<string> GumFiles(string directory, string split) =>
        [.. GumDocuments(File.ReadAllText(Path.Combine(directory, "splits.md")), split).Select(d => Path.Combine(directory, "dep", d + ".conllu"))];

    /// <summary>The documents <paramref name="splitsMarkdown"/> (GUM's splits.md) lists for one split, in the open genres only.</summary>
    public static IReadOnlyList<string> GumDocuments(string splitsMarkdown, string split)
    {
        var documents = new List<string>();
        var inSplit = false;
        foreach (var line in splitsMarkdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) inSplit = line[3..].Trim() == split;
            else if (inSplit && line.TrimStart().StartsWith("* ", StringComparison.Ordinal)) documents.Add(line.Trim()[2..].Trim());
        }
        if (documents.Count == 0) throw new InvalidDataException($"splits.md lists no documents for '{split}'.");
        return [.. documents.Where(d => Byline.Evaluation.Entities.GumTsv.Genre(d) is { } genre && OpenGumGenres.Contains(genre))];
    }

    public static List<AlignedSentence> Load(IEnumerable<string> files, TextWriter log, string name)
    {
        var (kept, skipped) = (new List<AlignedSentence>(), 0);
        foreach (var file in files)
        {
            foreach (var sentence in Conllu.Read(file))
            {
                var aligned = TreebankAlignment.Align(sentence);
                if (aligned is null) skipped++;
                else kept.Add(aligned);
            }
        }
        log.WriteLine($"{name}: {kept.Count} sentences, {kept.Sum(s => s.Tokens.Length)} tokens ({skipped} sentences skipped: tokens not found in the text)");
        return kept;
    }
}
