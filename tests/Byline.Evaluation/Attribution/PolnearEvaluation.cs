using System.Globalization;
using Byline.Analysis;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Evaluation.Attribution;

/// <summary>
/// Scores the attribution analysis against PolNeAR (github networkdynamics/PolNeAR: BRAT annotations of
/// cue, source and content in US political news). PolNeAR has no licence, so it is read from a local copy
/// and never committed. Tune on train, report dev; test is run only to report, never to tune.
/// </summary>
public static class PolnearEvaluation
{
    public const string Usage = "--polnear <folder with train/ and dev/> [--split dev|train|test] [--errors N] [--dump FILE] [--span-dump FILE] [--tag-dump FILE] [--cue-report N] [--cue-rows FILE] [--token-rows FILE]";

    public static int Run(string[] args)
    {
        var folder = Option(args, "--polnear");
        var split = Option(args, "--split") ?? "dev";
        var showErrors = int.TryParse(Option(args, "--errors"), out var n) ? n : 0;
        // --dump FILE: one tab-separated line per sentence (gold, prediction, linking facts, text, the claim's head, the gold cues' words a verb list holds; last: BYL0001 where flagged, "BYL0001 hint" where the flag is a hint) for error analysis.
        using var dump = Option(args, "--dump") is { } dumpPath ? new StreamWriter(dumpPath) : null;
        // --span-dump FILE: one JSON line per document with the gold and predicted cue/source spans and the sentences, for span error analysis.
        using var spanDump = Option(args, "--span-dump") is { } spanDumpPath ? new StreamWriter(spanDumpPath) : null;
        // --tag-dump FILE: one JSON line per document with every sentence's tokens as the project's tagger reads them
        // ([start, end, tag, lemma]), so that shapes over tagged tokens can be counted against the dumps without a console of one's own.
        using var tagDump = Option(args, "--tag-dump") is { } tagDumpPath ? new StreamWriter(tagDumpPath) : null;
        // --cue-report N: cue overlap errors by shape, the N largest head groups of each (CueReport); --cue-rows FILE: every such cue as a line.
        // --token-rows FILE: every token with its tag, lemma and gold and predicted cue state, one sentence a paragraph.
        var cueReport = Option(args, "--cue-report") is not null || Option(args, "--cue-rows") is not null || Option(args, "--token-rows") is not null
            ? new CueReport(Option(args, "--token-rows")) : null;
        if (folder is null || split is not ("dev" or "train" or "test"))
        {
            Console.Error.WriteLine("usage: attribution " + Usage);
            return 2;
        }
        var root = Directory.Exists(Path.Combine(folder, "data")) ? Path.Combine(folder, "data") : folder;
        var textFolder = Path.Combine(root, split, "text");
        var annotationFolder = Path.Combine(root, split, "attributions");
        if (!Directory.Exists(textFolder) || !Directory.Exists(annotationFolder))
        {
            Console.Error.WriteLine($"no PolNeAR {split} split under {root} (expected {split}/text and {split}/attributions)");
            return 2;
        }

        var attributed = new Counts();
        var unattributed = new Counts();
        var flags = new Counts(); // BYL0001 findings against gold-unattributed sentences the analysis reads as claims
        // The same, where a sentence whose gold attributions all lack a source ("seems", "is widely seen as": PolNeAR marks
        // the writer's impression as an attribution with no source) counts as unattributed, as the contract's `attributed`
        // (a specific source) reads it. Reported beside the main figure, never instead of it.
        var flagsNamedSource = new Counts();
        // The flags an editor sees as warnings: those lowered to a hint (a headline, a heading inside the text, an imperative, a line of names) left out.
        var warningFlags = new Counts();
        var wrongFlagCauses = new Dictionary<WrongFlagCause, int>();
        var wrongFlagSources = new Dictionary<WrongFlagSource, int>();
        var cueExact = new Counts();
        var cueOverlap = new Counts();
        var sourceExact = new Counts();
        var sourceOverlap = new Counts();
        var contentTokens = new Counts();
        var documents = 0;
        var sentences = 0;
        var goldAttributedSentences = 0;
        var errors = new List<string>();
        var falseCues = new Dictionary<string, int>();
        var byLemma = new Dictionary<string, (int True, int False)>(); // cue lemma → predicted cues that do / do not overlap a gold cue
        var missedCues = new Dictionary<string, int>();

        foreach (var textPath in Directory.EnumerateFiles(textFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            // Several annotators annotated some documents; the first annotation in name order is the gold one.
            var annotationPath = Directory.EnumerateFiles(annotationFolder, name + "_*.ann").Order(StringComparer.Ordinal).FirstOrDefault();
            if (annotationPath is null)
            {
                continue;
            }
            documents++;
            var text = File.ReadAllText(textPath);
            var gold = BratAnnotations.Read(File.ReadAllLines(annotationPath), text);
            var syntax = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
            var analysis = ArticleAnalyzer.Analyze(syntax);
            var flagged = analysis.Findings.Where(f => f.Rule.Id == "BYL0001").Select(f => f.Span).ToHashSet();
            var warned = analysis.Findings.Where(f => f.Rule.Id == "BYL0001" && !f.Demoted).Select(f => f.Span).ToHashSet();

            foreach (var (sentence, blockIndex, sentenceIndex) in syntax.Blocks.SelectMany((b, bi) => b.Sentences.Select((s, si) => (s, bi, si))))
            {
                sentences++;
                var span = (sentence.Span.Start, sentence.Span.End);
                var isGold = gold.Attributions.Any(a => a.Cue.Concat(a.Content).Any(s => Overlaps(s, span)));
                var assessed = analysis.Sourcing.Sentences.FirstOrDefault(s => s.Span == sentence.Span);
                var isPredicted = assessed?.IsAttributed ?? false;
                goldAttributedSentences += isGold ? 1 : 0;
                Tally(attributed, isGold, isPredicted);
                Tally(unattributed, !isGold, !isPredicted);
                if (assessed is { IsClaim: true })
                {
                    Tally(flags, !isGold, flagged.Contains(sentence.Span));
                    var isGoldWithSource = gold.Attributions.Any(a => a.Source.Count > 0 && a.Cue.Concat(a.Content).Any(s => Overlaps(s, span)));
                    Tally(flagsNamedSource, !isGoldWithSource, flagged.Contains(sentence.Span));
                    Tally(warningFlags, !isGold, warned.Contains(sentence.Span));
                    if (isGold && flagged.Contains(sentence.Span))
                    {
                        var cause = WrongFlagCauses.Of(gold.Attributions, span, at => syntax.FindBlock(at)?.Start ?? -1 - at);
                        wrongFlagCauses[cause] = wrongFlagCauses.GetValueOrDefault(cause) + 1;
                        var source = WrongFlagSources.Of(gold.Attributions, span);
                        wrongFlagSources[source] = wrongFlagSources.GetValueOrDefault(source) + 1;
                    }
                }
                dump?.WriteLine(DumpLine(name, blockIndex, sentenceIndex, syntax, gold, sentence.Span, isGold, assessed, text) + (!flagged.Contains(sentence.Span) ? "\t" : warned.Contains(sentence.Span) ? "\tBYL0001" : "\tBYL0001 hint"));
                if (isGold != isPredicted && errors.Count < showErrors)
                {
                    var block = syntax.FindBlock(sentence.Span.Start);
                    var tag = block is null ? "?" : block.Kind == BlockKind.Headline ? "H"
                        : assessed is { Quotations.Length: > 0 } ? "Q"
                        : analysis.Sourcing.Sentences.Any(s => s != assessed && block.Span.Contains(s.Span.Start) && s.IsAttributed) ? "P"
                        : assessed?.Status == Analysis.Attribution.SourcingStatus.Vague ? "V" : "-";
                    errors.Add($"{(isGold ? "MISSED" : "EXTRA ")} [{tag}] {name}: {text.Substring(sentence.Span.Start, Math.Min(160, sentence.Span.Length))}");
                }
            }

            var predicted = analysis.Sourcing.Attributions.ToList();
            tagDump?.WriteLine(TagDumpLine(name, syntax, text));
            cueReport?.Add(name, text, syntax, gold, predicted);
            spanDump?.WriteLine(SpanDumpLine(name, syntax, gold, predicted, analysis.Sourcing.Sentences.SelectMany(s => s.VaguePhrases).ToList()));
            if (showErrors > 0)
            {
                var goldCues = gold.Attributions.SelectMany(a => a.Cue).ToList();
                foreach (var p in predicted)
                {
                    var hit = goldCues.Any(g => Overlaps(g, (p.Cue.Start, p.Cue.End)));
                    var counts = byLemma.GetValueOrDefault(p.CueLemma);
                    byLemma[p.CueLemma] = hit ? (counts.True + 1, counts.False) : (counts.True, counts.False + 1);
                }
                foreach (var p in predicted.Where(p => !goldCues.Any(g => Overlaps(g, (p.Cue.Start, p.Cue.End)))))
                {
                    var key = text.Substring(p.Cue.Start, p.Cue.Length).ToLowerInvariant();
                    falseCues[key] = falseCues.GetValueOrDefault(key) + 1;
                    if (key == Environment.GetEnvironmentVariable("BYLINE_EVAL_CUE"))
                    {
                        Console.WriteLine($"FALSE {name}: …{text.Substring(Math.Max(0, p.Cue.Start - 80), Math.Min(140, text.Length - Math.Max(0, p.Cue.Start - 80)))}…");
                    }
                }
                foreach (var g in goldCues.Where(g => !predicted.Any(p => Overlaps(g, (p.Cue.Start, p.Cue.End)))))
                {
                    var key = text[g.Start..g.End].ToLowerInvariant();
                    missedCues[key] = missedCues.GetValueOrDefault(key) + 1;
                    if (key == Environment.GetEnvironmentVariable("BYLINE_EVAL_CUE"))
                    {
                        Console.WriteLine($"MISSED-CUE {name}: …{text.Substring(Math.Max(0, g.Start - 80), Math.Min(140, text.Length - Math.Max(0, g.Start - 80)))}…");
                    }
                }
            }
            // Each distinct span counts once on both sides: PolNeAR links one source annotation to every attribution
            // of that speaker ("X said … and added …"), as the prediction's sources are one span per speaker mention.
            SpanMatching.Score(gold.Attributions.SelectMany(a => a.Cue).Distinct().ToList(), predicted.Select(a => (a.Cue.Start, a.Cue.End)).ToList(), cueExact, cueOverlap);
            SpanMatching.Score(gold.Attributions.SelectMany(a => a.Source).Distinct().ToList(),
                predicted.Where(a => a.Source is not null).Select(a => (a.Source!.Span.Start, a.Source.Span.End)).Distinct().ToList(), sourceExact, sourceOverlap);

            if (Environment.GetEnvironmentVariable("BYLINE_EVAL_SOURCES") == "wrong")
            {
                foreach (var p in predicted.Where(p => p.Source is not null))
                {
                    var ps = (p.Source!.Span.Start, p.Source.Span.End);
                    var g = gold.Attributions.FirstOrDefault(a => a.Cue.Any(c => Overlaps(c, (p.Cue.Start, p.Cue.End))));
                    if (g is not null && !g.Source.Any(s => Overlaps(s, ps)))
                    {
                        var gs = string.Join(" / ", g.Source.Select(s => text[s.Start..s.End]));
                        Console.WriteLine($"WRONGSOURCE {p.Pattern} {p.Source.Kind} cue [{text.Substring(p.Cue.Start, p.Cue.Length)}] ours [{text[ps.Start..ps.End]}] gold [{gs}]");
                    }
                }
            }
            if (Environment.GetEnvironmentVariable("BYLINE_EVAL_SOURCES") is "1")
            {
                foreach (var p in predicted.Where(p => p.Source is not null))
                {
                    var ps = (p.Source!.Span.Start, p.Source.Span.End);
                    var g = gold.Attributions.SelectMany(a => a.Source).FirstOrDefault(g => Overlaps(g, ps));
                    if (g != default && g != ps)
                    {
                        Console.WriteLine($"SOURCE gold [{text[g.Start..g.End]}] ours [{text[ps.Start..ps.End]}]");
                    }
                }
            }
            var goldContent = Tokens(text, gold.Attributions.SelectMany(a => a.Content));
            var predictedContent = Tokens(text, predicted.Select(a => (a.Content.Start, a.Content.End)));
            contentTokens.TruePositives += goldContent.Intersect(predictedContent).Count();
            contentTokens.FalsePositives += predictedContent.Except(goldContent).Count();
            contentTokens.FalseNegatives += goldContent.Except(predictedContent).Count();
        }

        var macro = (attributed.F1 + unattributed.F1) / 2;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"PolNeAR {split}: {documents} documents, {sentences} sentences, {goldAttributedSentences} attributed in gold ({(double)goldAttributedSentences / Math.Max(1, sentences):P1})");
        Console.WriteLine($"attributed sentences    {attributed}");
        Console.WriteLine($"unattributed sentences  {unattributed}");
        Console.WriteLine(string.Create(inv, $"sentence macro-F1       {macro:0.000}"));
        Console.WriteLine($"BYL0001 flags on claims {flags}");
        Console.WriteLine($"  gold without a source as unattributed {flagsNamedSource}");
        Console.WriteLine($"  warnings only (hints left out)        {warningFlags}");
        Console.WriteLine($"  wrong flags by where the gold cue lies: {WrongFlagCauses.Describe(wrongFlagCauses)}");
        Console.WriteLine($"  wrong flags by their own gold cue's source: {WrongFlagSources.Describe(wrongFlagSources)}");
        Console.WriteLine($"cue span exact          {cueExact}");
        Console.WriteLine($"cue span overlap        {cueOverlap}");
        Console.WriteLine($"source span exact       {sourceExact}");
        Console.WriteLine($"source span overlap     {sourceOverlap}");
        Console.WriteLine($"content token overlap   {contentTokens}");
        foreach (var error in errors)
        {
            Console.WriteLine(error);
        }
        if (int.TryParse(Option(args, "--cue-report"), out var top)) cueReport?.Print(top);
        if (Option(args, "--cue-rows") is { } rowsPath) cueReport?.Write(rowsPath);
        cueReport?.Close();
        if (showErrors > 0)
        {
            Console.WriteLine("least precise cue lemmas (true/false):  " + string.Join(", ", byLemma.Where(p => p.Value.False > p.Value.True)
                .OrderByDescending(p => p.Value.False - p.Value.True).Take(60).Select(p => $"{p.Key} {p.Value.True}/{p.Value.False}")));
            Console.WriteLine("false cues:  " + string.Join(", ", falseCues.OrderByDescending(p => p.Value).Take(40).Select(p => $"{p.Key} {p.Value}")));
            Console.WriteLine("missed cues: " + string.Join(", ", missedCues.OrderByDescending(p => p.Value).Take(60).Select(p => $"{p.Key} {p.Value}")));
        }
        return 0;
    }

    private static string DumpLine(string name, int blockIndex, int sentenceIndex, ArticleSyntaxTree syntax, BratAnnotations gold, Microsoft.CodeAnalysis.Text.TextSpan span, bool isGold, Analysis.Attribution.SentenceSourcing? assessed, string text)
    {
        var range = (span.Start, span.End);
        var cue = gold.Attributions.Where(a => a.Cue.Concat(a.Content).Any(s => Overlaps(s, range))).SelectMany(a => a.Cue).Select(c => c.Start).DefaultIfEmpty(-1).Min();
        var cueWhere = cue < 0 ? "none" : cue >= span.Start && cue < span.End ? "in" : cue < span.Start ? (syntax.FindBlock(cue) == syntax.FindBlock(span.Start) ? "before-para" : "before-out") : "after";
        var kind = syntax.Blocks[blockIndex].Kind;
        var cueText = string.Join('|', gold.Attributions.SelectMany(a => a.Cue).Where(c => Overlaps(c, range)).Select(c => text[c.Start..c.End].Replace('\n', ' ')));
        var sentenceText = text.Substring(span.Start, span.Length).Replace('\t', ' ').Replace('\n', ' ');
        return string.Join('\t', name, blockIndex, sentenceIndex, kind, isGold ? 1 : 0, assessed?.IsAttributed == true ? 1 : 0,
            assessed?.Status, assessed?.IsClaim, assessed?.NotClaimReason, assessed?.CarryOver, assessed?.Quotations.Length ?? 0,
            assessed?.Attributions.Length ?? 0, assessed?.VaguePhrases.Length ?? 0, assessed?.StartsWithVoiceChange, cueWhere, sentenceText, cueText,
            string.Join('|', assessed?.Attributions.Select(a => $"{a.CueLemma}:{a.Pattern}") ?? []), HeadColumn(syntax, span, text), LexiconColumn(cueText));
    }

    // The claim's head (ClaimHead) and the words in it a verb list holds, "head text|word=lemma:C,word=lemma:L" (C a curated
    // verb, L a WordNet candidate or party verb; any word of the head, not only its verb group), for reading the flag decision.
    // The words of the sentence's gold cues a verb list holds, "word=lemma:C" (curated) or ":L" (WordNet candidate or party
    // verb): a wrong flag with one is a listed verb in a form or frame the reader refuses, one without a cue no list holds.
    private static string LexiconColumn(string cueText) =>
        string.Join(',', System.Text.RegularExpressions.Regex.Matches(cueText.ToLowerInvariant(), "[a-z]+")
            .Select(m => Analysis.Attribution.AttributionLexicon.Instance.VerbOf(m.Value) is { } v ? $"{m.Value}={v.Lemma}:{(v.FromLexicon ? "L" : "C")}" : null).Where(v => v is not null));

    private static string HeadColumn(ArticleSyntaxTree syntax, Microsoft.CodeAnalysis.Text.TextSpan span, string text)
    {
        if (Analysis.Attribution.ClaimHead.Find(syntax, span) is not { } head)
        {
            return "";
        }
        var headText = text.Substring(head.Start, head.Length).Replace('\t', ' ').Replace('\n', ' ');
        var verbs = System.Text.RegularExpressions.Regex.Matches(headText.ToLowerInvariant(), "[a-z]+")
            .Select(m => Analysis.Attribution.AttributionLexicon.Instance.VerbOf(m.Value) is { } v ? $"{m.Value}={v.Lemma}:{(v.FromLexicon ? "L" : "C")}" : null).Where(v => v is not null);
        return headText + "|" + string.Join(',', verbs);
    }

    private static string TagDumpLine(string name, ArticleSyntaxTree syntax, string text)
    {
        var tagger = Language.PartOfSpeechTagger.Default;
        var record = new
        {
            name,
            sentences = syntax.Blocks.SelectMany(b => b.Sentences)
                .Select(s => tagger.Tag(text, s.Tokens).Select(t => new object[] { t.Token.Start, t.Token.End, t.Tag.Label, t.Lemma }).ToArray())
                .ToArray(),
        };
        return System.Text.Json.JsonSerializer.Serialize(record);
    }

    private static string SpanDumpLine(string name, ArticleSyntaxTree syntax, BratAnnotations gold, List<Analysis.Attribution.Attribution> predicted, List<Analysis.Attribution.VaguePhrase> vaguePhrases)
    {
        static int[][] Spans(IEnumerable<(int Start, int End)> spans) => spans.Select(s => new[] { s.Start, s.End }).ToArray();
        var record = new
        {
            name,
            sentences = syntax.Blocks.SelectMany(b => b.Sentences).Select(s => new[] { s.Span.Start, s.Span.End }).ToArray(),
            gold = gold.Attributions.Select(a => new { cue = Spans(a.Cue), source = Spans(a.Source), content = Spans(a.Content) }).ToArray(),
            predicted = predicted.Select(a => new
            {
                cue = new[] { a.Cue.Start, a.Cue.End },
                verb = new[] { a.Verb.Start, a.Verb.End },
                source = a.Source is null ? null : new[] { a.Source.Span.Start, a.Source.Span.End },
                kind = a.Source?.Kind.ToString(),
                content = new[] { a.Content.Start, a.Content.End },
                pattern = a.Pattern.Name,
                lemma = a.CueLemma,
                cueKind = a.CueKind.ToString(),
            }).ToArray(),
            vague = vaguePhrases.Select(v => new { span = new[] { v.Span.Start, v.Span.End }, kind = v.Kind.ToString() }).ToArray(),
        };
        return System.Text.Json.JsonSerializer.Serialize(record);
    }

    private static void Tally(Counts counts, bool gold, bool predicted)
    {
        if (gold && predicted) counts.TruePositives++;
        else if (predicted) counts.FalsePositives++;
        else if (gold) counts.FalseNegatives++;
    }

    private static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    /// <summary>Start offsets of the whitespace-separated tokens that lie inside any of the spans.</summary>
    private static HashSet<int> Tokens(string text, IEnumerable<(int Start, int End)> spans)
    {
        var tokens = new HashSet<int>();
        foreach (var (start, end) in spans)
        {
            var i = Math.Max(0, start);
            var stop = Math.Min(text.Length, end);
            while (i < stop)
            {
                while (i < stop && char.IsWhiteSpace(text[i])) i++;
                if (i < stop) tokens.Add(i);
                while (i < stop && !char.IsWhiteSpace(text[i])) i++;
            }
        }
        return tokens;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

/// <summary>One gold attribution of a BRAT file: its cue, source and content spans (each may be discontinuous).</summary>
public sealed record GoldAttribution(List<(int Start, int End)> Cue, List<(int Start, int End)> Source, List<(int Start, int End)> Content);

public sealed record BratAnnotations(List<GoldAttribution> Attributions)
{
    /// <summary>
    /// Reads T (text-bound) and E (event) lines. BRAT offsets count Unicode code points; they are turned into
    /// UTF-16 offsets of <paramref name="text"/>.
    /// </summary>
    public static BratAnnotations Read(IEnumerable<string> lines, string text)
    {
        var toUtf16 = CodePointToUtf16(text);
        var spans = new Dictionary<string, List<(int, int)>>();
        var events = new List<string[]>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }
            if (parts[0].StartsWith('T'))
            {
                var typeAndSpans = parts[1];
                var firstSpace = typeAndSpans.IndexOf(' ');
                var list = new List<(int, int)>();
                foreach (var fragment in typeAndSpans[(firstSpace + 1)..].Split(';'))
                {
                    var bounds = fragment.Split(' ');
                    list.Add((toUtf16(int.Parse(bounds[0], CultureInfo.InvariantCulture)), toUtf16(int.Parse(bounds[1], CultureInfo.InvariantCulture))));
                }
                spans[parts[0]] = list;
            }
            else if (parts[0].StartsWith('E'))
            {
                events.Add(parts[1].Split(' '));
            }
        }
        var attributions = new List<GoldAttribution>();
        foreach (var roles in events)
        {
            List<(int, int)> Role(string name) =>
                roles.Where(r => r.StartsWith(name + ":", StringComparison.Ordinal)).SelectMany(r => spans.GetValueOrDefault(r[(name.Length + 1)..]) ?? []).ToList();
            attributions.Add(new GoldAttribution(Role("Cue"), Role("Source"), Role("Content")));
        }
        return new BratAnnotations(attributions);
    }

    private static Func<int, int> CodePointToUtf16(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return i => i;
        }
        var map = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        return cp => cp < map.Count ? map[cp] : text.Length;
    }
}
