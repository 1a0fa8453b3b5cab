namespace Byline.Evaluation.Judged;

/// <summary>
/// A GUM document's running text as the judged sample reads it: the <c># text</c> lines of <c>dep/&lt;doc&gt;.conllu</c>
/// at a pinned commit, one paragraph a <c># newpar</c>, paragraphs parted by a blank line (session 46's extraction).
/// </summary>
internal static class GumParagraphs
{
    public static string Text(string conllu) => string.Join("\n\n", Paragraphs(conllu)) + "\n";

    public static List<string> Paragraphs(string conllu)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in conllu.Split('\n'))
        {
            if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_block", StringComparison.Ordinal))
            {
                Close();
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                current.Add(line["# text = ".Length..].TrimEnd('\r'));
            }
        }
        Close();
        return paragraphs;

        void Close()
        {
            if (current.Count > 0) paragraphs.Add(string.Join(' ', current));
            current.Clear();
        }
    }

    /// <summary>The paragraph (0-based) a character offset of <see cref="Text"/> falls in.</summary>
    public static int ParagraphAt(string text, int offset)
    {
        var paragraph = 0;
        for (var i = text.IndexOf("\n\n", StringComparison.Ordinal); i >= 0 && i < offset; i = text.IndexOf("\n\n", i + 2, StringComparison.Ordinal))
        {
            paragraph++;
        }
        return paragraph;
    }

    /// <summary>A document's CoNLL-U at a commit; a document or commit the repository lacks is an error, never an empty text.</summary>
    public static string Read(string repo, string commit, string document) =>
        GitRepository.Output(repo, "show", $"{commit}:dep/{document}.conllu") is { Length: > 0 } conllu
            ? conllu
            : throw new InvalidOperationException($"no dep/{document}.conllu at {commit} in {repo}");
}
