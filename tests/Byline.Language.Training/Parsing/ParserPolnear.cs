using System.Globalization;
using Byline.Analysis;
using Byline.Evaluation;
using Byline.Evaluation.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Language.Training;

/// <summary>
/// Whether the parser would help attribution, measured on PolNeAR (measurement only, never trained on; nothing
/// derived from it is committed): (a) the subject subtree of each predicted cue verb as its source, against the
/// analysis' source; (b) verbs with a subject and a clausal complement (or a parataxis next to a quotation) as
/// cues the analysis does not find, and how many gold cues they recover at what precision.
/// </summary>
internal static class ParserPolnear
{
    private static readonly string[] SourceVariants = ["analysis", "parser subject, whole subtree", "parser subject, trimmed", "analysis, parser where none", "analysis, parser's bounds where they overlap", "analysis, to the parser subject's end where it ends later"];
    private static readonly string[] CueRules = ["ccomp + subject", "ccomp with a marker + subject", "parataxis + subject, quotation in sentence"];

    public static int Run(Dictionary<string, string> options)
    {
        var parser = DependencyParser.Load(options["--model"]);
        var split = options.GetValueOrDefault("--split") ?? "train";
        var folder = Path.Combine(options["--polnear"], split);
        var sources = SourceVariants.Select(_ => (Exact: new Counts(), Overlap: new Counts())).ToArray();
        var cues = CueRules.Select(_ => new CueTally()).ToArray();
        var boundaries = new BoundaryTally();
        var documents = 0;
        foreach (var textPath in Directory.EnumerateFiles(Path.Combine(folder, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            var annotation = Directory.EnumerateFiles(Path.Combine(folder, "attributions"), name + "_*.ann").Order(StringComparer.Ordinal).FirstOrDefault();
            if (annotation is null) continue;
            documents++;
            var text = File.ReadAllText(textPath);
            MeasureDocument(parser, text, BratAnnotations.Read(File.ReadAllLines(annotation), text), sources, cues, boundaries);
        }
        Console.WriteLine($"PolNeAR {split}: {documents} documents");
        for (var v = 0; v < SourceVariants.Length; v++) Console.WriteLine($"source ({SourceVariants[v]}): exact {sources[v].Exact}; overlap {sources[v].Overlap}");
        for (var r = 0; r < CueRules.Length; r++) Console.WriteLine($"cue rule ({CueRules[r]}): {cues[r]}");
        boundaries.Print(Console.Out);
        return 0;
    }

    private static void MeasureDocument(DependencyParser parser, string text, BratAnnotations gold, (Counts Exact, Counts Overlap)[] sources, CueTally[] cues, BoundaryTally boundaries)
    {
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var predicted = ArticleAnalyzer.Analyze(syntax).Sourcing.Attributions.ToList();
        var sentences = syntax.Blocks.SelectMany(b => b.Sentences).Select(s => new ParsedSentence(s.Tokens, parser.Parse(DependencyParser.Input(text, s.Tokens.AsSpan(), PartOfSpeechTagger.Default)))).ToList();
        var goldSources = gold.Attributions.SelectMany(a => a.Source).Distinct().ToList();
        for (var v = 0; v < SourceVariants.Length; v++)
        {
            var spans = predicted.Select(p => SourceOf(p, v, sentences)).OfType<(int, int)>().Distinct().ToList();
            SpanMatching.Score(goldSources, spans, sources[v].Exact, sources[v].Overlap);
        }
        foreach (var p in predicted)
        {
            if (SourceOf(p, 0, sentences) is { } analysis && SourceOf(p, 4, sentences) is { } parsed && analysis != parsed) boundaries.Add(analysis, parsed, goldSources);
        }
        var goldCues = gold.Attributions.SelectMany(a => a.Cue).Distinct().ToList();
        var predictedCues = predicted.Select(p => (p.Cue.Start, p.Cue.End)).ToList();
        for (var r = 0; r < CueRules.Length; r++)
        {
            var found = sentences.SelectMany(s => CueCandidates(s, r, text)).ToList();
            cues[r].Add(found, goldCues, predictedCues);
        }
    }

    private static (int Start, int End)? SourceOf(Byline.Analysis.Attribution.Attribution attribution, int variant, List<ParsedSentence> sentences)
    {
        (int Start, int End)? current = attribution.Source is { } s ? (s.Span.Start, s.Span.End) : null;
        if (variant == 0 || (variant == 3 && current is not null)) return current;
        if (variant == 4)
        {
            var parsed = SourceOf(attribution, 1, sentences);
            return current is { } c && parsed is { } p && c.Start < p.End && p.Start < c.End ? parsed : current;
        }
        if (variant == 5)
        {
            var parsed = SourceOf(attribution, 1, sentences);
            return current is { } c && parsed is { } p && p.Start == c.Start && p.End > c.End ? parsed : current;
        }
        var sentence = sentences.FirstOrDefault(p => p.Tokens.Length > 0 && p.Tokens[0].Span.Start <= attribution.Verb.Start && attribution.Verb.Start < p.Tokens[^1].Span.End);
        var verb = sentence?.Tokens.ToList().FindIndex(t => t.Span.Start <= attribution.Verb.Start && attribution.Verb.Start < t.Span.End) ?? -1;
        if (sentence is null || verb < 0) return variant == 3 ? null : current;
        var subject = Subject(sentence.Tree, verb);
        if (subject < 0) return current;
        var tree = sentence.Tree;
        var (first, last) = tree.Yield(subject, c => variant == 2 && tree.Relations[c] is "punct" or "acl" or "acl:relcl" or "appos" or "parataxis");
        while (last > first && sentence.Tokens[last].Kind == TokenKind.Punctuation) last--;
        return (sentence.Tokens[first].Span.Start, sentence.Tokens[last].Span.End);
    }

    /// <summary>The verb's subject, or its head's when it is a conjunct or an open complement ("X denied and said").</summary>
    private static int Subject(TokenTree tree, int verb)
    {
        var subject = tree.Children(verb).FirstOrDefault(c => tree.Relations[c].StartsWith("nsubj", StringComparison.Ordinal), -1);
        if (subject >= 0 || tree.Heads[verb] < 0 || tree.Relations[verb] is not ("conj" or "xcomp")) return subject;
        return Subject(tree, tree.Heads[verb]);
    }

    private static IEnumerable<(int Start, int End)> CueCandidates(ParsedSentence sentence, int rule, string text)
    {
        var tree = sentence.Tree;
        var quoted = sentence.Tokens.Any(t => text[t.Span.Start] is '"' or '“' or '”');
        for (var v = 0; v < tree.Count; v++)
        {
            if (!tree.Children(v).Any(c => tree.Relations[c].StartsWith("nsubj", StringComparison.Ordinal))) continue;
            var matches = rule switch
            {
                0 => tree.Children(v).Any(c => tree.Relations[c] == "ccomp"),
                1 => tree.Children(v).Any(c => tree.Relations[c] == "ccomp" && tree.Children(c).Any(m => tree.Relations[m] == "mark")),
                _ => quoted && (tree.Relations[v] == "parataxis" || tree.Children(v).Any(c => tree.Relations[c] == "parataxis")),
            };
            if (matches) yield return (sentence.Tokens[v].Span.Start, sentence.Tokens[v].Span.End);
        }
    }

    /// <summary>Where the parser's subject and the analysis' overlapping source differ: which edge moves, and which one gold agrees with.</summary>
    private sealed class BoundaryTally
    {
        private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public void Add((int Start, int End) analysis, (int Start, int End) parsed, List<(int Start, int End)> gold)
        {
            var edge = (parsed.Start < analysis.Start ? "starts earlier" : parsed.Start > analysis.Start ? "starts later" : "same start")
                + ", " + (parsed.End > analysis.End ? "ends later" : parsed.End < analysis.End ? "ends earlier" : "same end");
            var agrees = gold.Contains(parsed) ? "gold = parser" : gold.Contains(analysis) ? "gold = analysis" : "gold = neither";
            var key = $"{edge}; {agrees}";
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }

        public void Print(TextWriter output)
        {
            foreach (var (key, count) in _counts) output.WriteLine($"parser subject vs analysis source: {key}: {count}");
        }
    }

    private sealed record ParsedSentence(System.Collections.Immutable.ImmutableArray<Token> Tokens, TokenTree Tree);

    /// <summary>Candidates of one rule: all, those the analysis does not find, and the gold cues it misses that they recover.</summary>
    private sealed class CueTally
    {
        private int _all, _allGold, _new, _newGold, _missed, _recovered;

        public void Add(List<(int Start, int End)> found, List<(int Start, int End)> gold, List<(int Start, int End)> predicted)
        {
            static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;
            _all += found.Count;
            _allGold += found.Count(f => gold.Any(g => Overlaps(f, g)));
            var fresh = found.Where(f => !predicted.Any(p => Overlaps(f, p))).ToList();
            _new += fresh.Count;
            _newGold += fresh.Count(f => gold.Any(g => Overlaps(f, g)));
            var missed = gold.Where(g => !predicted.Any(p => Overlaps(g, p))).ToList();
            _missed += missed.Count;
            _recovered += missed.Count(g => fresh.Any(f => Overlaps(f, g)));
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{_all} candidates, precision {(double)_allGold / Math.Max(1, _all):0.000}; {_new} not found by the analysis, precision {(double)_newGold / Math.Max(1, _new):0.000}; recover {_recovered} of {_missed} gold cues the analysis misses");
    }
}
