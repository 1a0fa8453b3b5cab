using System.Text;

namespace Byline.Language.Training;

/// <summary>
/// Writes the candidates as the YAML the language layer embeds (src/Byline.Language/Data/reporting-cues.yaml),
/// one flow mapping a line so that diffs of a regenerated file are readable. Lemmas are quoted, since WordNet
/// has lemmas such as "let on" and "o.k.".
/// </summary>
internal static class CueLexiconYaml
{
    /// <summary>The command line that makes the shipped reporting-cue lexicon.</summary>
    public const string ReportingCuesCommand =
        "build-lexicon --wordnet /usr/share/wordnet --out src/Byline.Language/Data/reporting-cues.yaml";

    public static string Write(IReadOnlyList<CueCandidate> candidates, string command = ReportingCuesCommand, string settings = "wordnet-cues.yaml", string title = "Reporting-cue candidates", string notice = "NOTICE-wordnet.txt next to this file")
    {
        var yaml = new StringBuilder();
        yaml.Append($"""
            # {title} derived from WordNet 3.0 by
            #   dotnet run --project tests/Byline.Language.Training -c Release -- {command}
            # (settings: tests/Byline.Language.Training/{settings}; how and why: docs/language.md). Regenerate, do not edit.
            # WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See {notice}.
            #
            # class: speech, stance, perception, document (or action); senses: WordNet senses that qualify / all WordNet senses
            # of the lemma in that part of speech (a low share warns of readings that do not report); files: where they are.
            cues:

            """);
        foreach (var c in candidates)
        {
            yaml.Append($"  - {{ lemma: {Quote(c.Lemma)}, pos: {c.Pos}, class: {c.Class}, senses: {c.Senses}, of: {c.AllSenses}, files: [{string.Join(", ", c.Files)}] }}\n");
        }
        return yaml.ToString();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''") + "'";
}
