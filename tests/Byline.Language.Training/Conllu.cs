namespace Byline.Language.Training;

/// <summary>One syntactic word of a CoNLL-U sentence: its number in the sentence, its head's (0: the root) and its relation to it.</summary>
internal sealed record TreebankWord(string Form, string Lemma, string Upos, string Xpos, int Id = 0, int Head = 0, string Relation = "")
{
    public string Label => $"{Upos}/{Xpos}";
}

/// <summary>
/// A surface token of a CoNLL-U sentence: a word, or a multiword token ("don't") with the words it holds.
/// </summary>
internal sealed record TreebankToken(string Form, IReadOnlyList<TreebankWord> Words);

/// <summary>A CoNLL-U sentence: its text (the "# text =" comment) and its tokens.</summary>
internal sealed record TreebankSentence(string Id, string Text, IReadOnlyList<TreebankToken> Tokens);

/// <summary>Reads CoNLL-U (https://universaldependencies.org/format.html); empty nodes ("8.1") are skipped.</summary>
internal static class Conllu
{
    public static IEnumerable<TreebankSentence> Read(string path)
    {
        var id = "";
        string? text = null;
        var lines = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (text is not null && lines.Count > 0) yield return Build(id, text, lines);
                text = null;
                lines.Clear();
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
            else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
            else if (line[0] != '#') lines.Add(line.Split('\t'));
        }
        if (text is not null && lines.Count > 0) yield return Build(id, text, lines);
    }

    private static TreebankSentence Build(string id, string text, List<string[]> lines)
    {
        var tokens = new List<TreebankToken>();
        var coveredUntil = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var columns = lines[i];
            var dash = columns[0].IndexOf('-');
            if (columns[0].Contains('.')) continue;
            if (dash > 0)
            {
                var last = int.Parse(columns[0][(dash + 1)..]);
                var words = lines.Skip(i + 1).Where(c => !c[0].Contains('.') && !c[0].Contains('-'))
                    .TakeWhile(c => int.Parse(c[0]) <= last).Select(Word).ToList();
                tokens.Add(new TreebankToken(columns[1], words));
                coveredUntil = last;
            }
            else if (int.Parse(columns[0]) > coveredUntil)
            {
                tokens.Add(new TreebankToken(columns[1], [Word(columns)]));
            }
        }
        return new TreebankSentence(id, text, tokens);
    }

    private static TreebankWord Word(string[] columns) =>
        new(columns[1], columns[2], columns[3], columns[4], int.Parse(columns[0]), int.TryParse(columns[6], out var head) ? head : 0, columns[7]);
}
