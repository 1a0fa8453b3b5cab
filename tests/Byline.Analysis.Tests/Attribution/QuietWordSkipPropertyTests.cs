using System.Text.RegularExpressions;
using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;
using CsCheck;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// The sentence reader skips, in one flag test, every word that opens none of its patterns (<c>Lexeme.MayOpenPattern</c>).
/// The flag is a summary of the patterns' first tests, kept by hand: a pattern that opens on a new word class and is not
/// added to it would silently never fire. Here sentences made of every word the attribution lexicons name, in every
/// regular form, are read with the skip and without it, and must give the same readings and findings.
/// </summary>
public class QuietWordSkipPropertyTests
{
    private static readonly string[] LexiconFiles =
    [
        "src/Byline.Analysis/Data/attribution.yaml",
        "src/Byline.Analysis/Data/party-verbs.yaml",
        "src/Byline.Language/Data/reporting-cues.yaml",
    ];

    // Words every pattern is built around: subjects, names, pronouns, clause words, marks.
    private static readonly string[] Glue =
    [
        "the", "a", "officials", "Smith", "Maria Lopez", "he", "she", "they", "we", "I", "it", "that", "which", "who", "to", "of",
        "in", "on", "by", "as", "according", "not", "has", "had", "was", "were", "is", "will", "would", "have", "been",
        ",", ",", ":", "\"", "“", "”", "(", ")", "report", "statement", "study", "police", "minister", "our", "his", "her",
    ];

    // The lexicons' words by list (a top-level key; a WordNet list by part of speech and class), so that a short list
    // such as the stance adjectives is drawn as often as the long list of cue verbs.
    private static readonly string[][] Lists = ReadLists();

    private static string[][] ReadLists()
    {
        var lists = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in LexiconFiles)
        {
            var key = "";
            foreach (var line in File.ReadLines(Path.Combine(TestPaths.RepositoryRoot, file)))
            {
                if (line.StartsWith('#'))
                {
                    continue;
                }
                if (Regex.Match(line, "^([a-z_]+):") is { Success: true } top)
                {
                    key = file + ":" + top.Groups[1].Value;
                }
                var entry = Regex.Match(line, "pos: (\\w+), class: (\\w+)");
                var list = entry.Success ? key + ":" + entry.Value : key;
                var words = lists.TryGetValue(list, out var held) ? held : lists[list] = new SortedSet<string>(StringComparer.Ordinal);
                foreach (Match m in Regex.Matches(line.Split('#')[0], "[a-z][a-z'’-]+"))
                {
                    words.Add(m.Value);
                }
            }
        }
        return [.. lists.Values.Where(words => words.Count > 0).Select(words => words.ToArray())];
    }

    // A word of a list, as listed or in one of its regular forms: the lexicons list verbs by lemma.
    private static readonly Gen<string> LexiconWord =
        Gen.Int[0, Lists.Length - 1].SelectMany(list => Gen.Int[0, Lists[list].Length - 1].Select(i => Lists[list][i]))
            .SelectMany(word => Gen.Int[0, 5].Select(form => form switch
            {
                1 => word + "s",
                2 => word.EndsWith('e') ? word + "d" : word + "ed",
                3 => (word.EndsWith('e') ? word[..^1] : word) + "ing",
                _ => word,
            }));

    private static readonly Gen<string> Word =
        Gen.Frequency((5, LexiconWord), (2, Gen.Int[0, Glue.Length - 1].Select(i => Glue[i])));

    // The shapes the reader's patterns take, with lexicon words in their slots ({W}), so that random fills often make a
    // pattern whole; plus runs of words in no shape at all.
    private static readonly string[] Shapes =
    [
        "{S} {W} that the {W} rose.", "{S} is {W} that prices will rise.", "{S} is {W} of the plan.", "{S} are {W} to the plan.", "{S} is {W} about the plan.", "{S} was {W} by {S}.", "{W} to {S}, prices rose.",
        "{S}'s {W} that prices rose worried {S}.", "The {W} of {S} is that prices rose.", "Prices rose, {S} {W}.",
        "\"Prices rose,\" {S} {W}.", "{W} {W} {S} that prices rose.", "It is {W} that prices rose.", "{S} {W} {W} that prices rose.",
        "In a {W}, {S} {W} prices rose.", "{S} {W} {W} {S}, {W} the rise.", "Prices rose, {W} {S} {W} {W}.", "{S}: \"Prices {W}.\"",
        "{W} {S} {W} in an interview, prices rose.", "{S} {W} the {W} {W} the port.", "There is {W} that {S} {W} it.",
    ];

    private static readonly string[] Subjects = ["Smith", "officials", "the minister", "a police spokeswoman", "he", "they", "Maria Lopez of the union"];

    private static readonly Gen<string> Shaped =
        Gen.Select(Gen.Int[0, Shapes.Length - 1], Word.Array[6], Gen.Int[0, Subjects.Length - 1].Array[3]).Select((shape, words, subjects) =>
        {
            var text = Shapes[shape];
            foreach (var word in words)
            {
                text = ReplaceFirst(text, "{W}", word);
            }
            foreach (var subject in subjects)
            {
                text = ReplaceFirst(text, "{S}", Subjects[subject]);
            }
            return char.ToUpperInvariant(text[0]) + text[1..];
        });

    private static readonly Gen<string> Sentence = Gen.Frequency(
        (3, Shaped),
        (1, Word.Array[3, 18].Select(words => char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".")));

    private static string ReplaceFirst(string text, string hole, string fill)
    {
        var at = text.IndexOf(hole, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), fill, text.AsSpan(at + hole.Length));
    }

    private static readonly Gen<string> Article =
        Sentence.Array[1, 3].Select(s => string.Join(' ', s)).Array[1, 3].Select(paragraphs => string.Join("\n\n", paragraphs) + "\n");

    // Covers both skips: the words that open no pattern, and the sentences that hold no word opening one (the gate
    // before the loop once left out the words whose role alone opens a stance: "about", "whether").
    [Test]
    public void Skipping_words_that_open_no_pattern_changes_no_reading()
    {
        Assert.That(Lists, Has.Length.GreaterThan(100), "the lexicons' lists were read");
        Article.Sample(text =>
        {
            var everyWord = Readings(text, skip: false);
            Assert.That(Readings(text, skip: true), Is.EqualTo(everyWord), text);
        }, iter: 3_000);
    }

    [Test]
    public void The_reader_finds_cues_in_the_generated_sentences()
    {
        // Guards the property above against vacuity: the generated text does hold readings to compare.
        var readings = Readings("Smith said that the minister denied it. According to the report, officials warned that prices rose.\n", skip: true);
        Assert.That(readings.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.GreaterThanOrEqualTo(3));
    }

    private static string Readings(string text, bool skip)
    {
        SentenceReader.SkipQuietWordsOnThisThread(skip);
        try
        {
            var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
            var attributions = analysis.Sourcing.Attributions.Select(a => $"{a.Cue} {a.Source?.Span} {a.Content} {a.CueLemma} {a.Pattern.Name}");
            var findings = analysis.Findings.Select(f => $"{f.Rule.Id} {f.Span} {f.Severity} {f.Message}");
            return string.Join('\n', attributions.Concat(findings));
        }
        finally
        {
            SentenceReader.SkipQuietWordsOnThisThread(true);
        }
    }
}
