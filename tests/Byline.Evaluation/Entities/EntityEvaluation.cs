using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Byline.Analysis;
using Byline.Analysis.Entities;
using Byline.EntityExperiment;
using Byline.Language;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Evaluation.Entities;

/// <summary>
/// Scores entity recognition against CoNLL-2003 (exact match per type), GUM news (exact match of named
/// mentions after a leading determiner, and pairwise coreference of named mentions) and re3d (overlap), and
/// measures knowledge-base load time and memory and entity-analysis throughput. Corpora stay outside the repo.
/// </summary>
public static class EntityEvaluation
{
    public const string Usage = "[--dump article.txt] [--conll dev.txt] [--gum gum-repo] [--gum-docs all|train|dev|test] [--gum-genres news|open|all] [--re3d corpus-folder] [--re3d-conventions text,types,states,twice,groups|none] [--recogniser scanner|tagger|known|union|retype] [--entity-model FILE] [--no-throughput] [--errors N] [--error-classes EXAMPLES] [--error-context FILE] [--gum-dump FILE]"
        + " (--gum-docs train: the documents in neither the dev nor the test split; --gum-dump: each error of GUM's names row with GUM's type at its span)";

    private static EntityTagger? _entityTagger;

    private static string _recogniser = "scanner";
    private static string _gumGenres = "news";

    /// <summary>Which of <see cref="Re3dConventions"/> apply (--re3d-conventions text,types,states,twice,groups; all by default, "none" for none).</summary>
    private static string[] _re3dConventions = ["text", "types", "states", "twice", "groups"];

    /// <summary>With --error-classes N: errors counted by class, N example surfaces each (0: counts only); null when not asked.</summary>
    private static int? _errorClassExamples;

    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static int Run(string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var errors = int.TryParse(Option("--errors"), out var e) ? e : 0;
        if (Option("--dump") is { } dump)
        {
            // What hover would show for each entity of one article.
            var text = TextDecoder.Decode(File.ReadAllBytes(dump)).Text.ToString();
            foreach (var entity in Analyze(text).Entities)
            {
                Console.WriteLine($"{entity.Name} ({entity.TypeCode}, {entity.Id}){(entity.Acronym is { } a ? $" [{a}: {entity.AcronymExpansion}]" : "")}");
                if (entity.Description is { } d) Console.WriteLine($"    {d}");
                if (entity.FootnoteText is { } f) Console.WriteLine($"    footnote: {f}");
                Console.WriteLine($"    {entity.Mentions.Length} mention(s): {string.Join(", ", entity.Mentions.Select(m => $"'{m.Text}' {m.Kind}"))}");
            }
            Recognise(text, out var dumpDescriptions, out var dumpPronouns);
            foreach (var (span, id, link) in dumpDescriptions) Console.WriteLine($"  description {span.Type} '{text[span.Start..span.End]}' -> {id} {link}");
            foreach (var (span, id, link) in dumpPronouns) Console.WriteLine($"  pronoun {span.Type} '{text[span.Start..span.End]}' -> {id} {link}");
            return 0;
        }
        _recogniser = Option("--recogniser") ?? "scanner";
        _gumGenres = Option("--gum-genres") ?? "news";
        if (Option("--re3d-conventions") is { } conventions) _re3dConventions = conventions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _errorClassExamples = int.TryParse(Option("--error-classes"), out var x) ? x : null;
        if (Option("--gum-dump") is { } gumDump) GumDump.Writer = new StreamWriter(gumDump) { AutoFlush = true };
        if (Option("--error-context") is { } contextFile) ErrorClasses.Context = new StreamWriter(contextFile) { AutoFlush = true };
        if (_recogniser is not ("scanner" or "tagger" or "known" or "union" or "retype")) throw new ArgumentException($"--recogniser: scanner, tagger, known, union or retype, not '{_recogniser}'.");
        if (Option("--entity-model") is { } model) _entityTagger = EntityTagger.Load(model);
        else if (_recogniser != "scanner") throw new ArgumentException($"--recogniser {_recogniser} needs --entity-model FILE (weights written by train-entities; docs/language.md).");
        MeasureLoad();
        var texts = new List<string>();
        if (Option("--conll") is { } conll) texts.AddRange(Conll(conll, errors));
        if (Option("--gum") is { } gum) texts.AddRange(Gum(gum, Option("--gum-docs") ?? "all", errors));
        if (Option("--re3d") is { } re3d) texts.AddRange(Re3d(re3d, errors));
        if (texts.Count > 0 && !args.Contains("--no-throughput")) MeasureThroughput(texts);
        return 0;
    }

    private readonly record struct Span(int Start, int End, string Type);

    private static ArticleEntities Analyze(string text) =>
        ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText)).Entities;

    private static IEnumerable<(Span Span, string Id)> Predicted(ArticleEntities entities) =>
        entities.Mentions.Select(m => (new Span(m.Span.Start, m.Span.End, entities.Find(m.EntityId)!.TypeCode), m.EntityId));

    /// <summary>
    /// The names found in <paramref name="text"/> by the recogniser chosen with --recogniser: the scanner (what
    /// ships), the trained tagger (its person, organisation and place names, with the scanner's other names where
    /// the tagger found nothing), "known" (the scanner's names of entities the knowledge base knows, the tagger
    /// elsewhere), "union" (the scanner's names, and the tagger's where the scanner found nothing) or "retype"
    /// (the union, with the tagger's type for a name the knowledge base does not know when both found the same span).
    /// </summary>
    private static List<(Span Span, string Id)> Recognise(string text) => Recognise(text, out _);

    /// <summary>
    /// The names, and the descriptions that refer to parties without naming them ("the ministry", <see cref="EntityDescriptions"/>)
    /// as the editor shows them: typed as the entity each is linked to (its <c>Id</c>), else as a description of its type (Id null).
    /// </summary>
    private static List<(Span Span, string Id)> Recognise(string text, out List<(Span Span, string? Id, string Link)> descriptions) =>
        Recognise(text, out descriptions, out _);

    /// <summary>
    /// The same, and the pronouns linked to an entity (<see cref="EntityPronouns"/>), typed as the entity each is linked to.
    /// </summary>
    private static List<(Span Span, string Id)> Recognise(string text, out List<(Span Span, string? Id, string Link)> descriptions, out List<(Span Span, string? Id, string Link)> pronouns)
    {
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(tree);
        var entities = analysis.Entities;
        (Span, string?, string) Shown(EntityDescription d) =>
            (new Span(d.Span.Start, d.Span.End, (d.EntityId is { } id ? entities.Find(id)!.Type : d.Type).Code()), d.EntityId, $"{d.Link}{(d.PastAnother ? " past another" : "")}{(d.IsReliablyLinked ? " (reliable)" : "")}");
        descriptions = [.. EntityDescriptions.Find(tree, entities).Select(Shown)];
        pronouns = [.. EntityPronouns.Find(tree, entities, analysis.Sourcing).Select(Shown)];
        var scanner = Predicted(entities).ToList();
        if (_recogniser == "scanner") return scanner;
        var tagger = EntityTagging.Tag(tree, entities, _entityTagger!)
            .Select(t => (Span: new Span(t.Span.Start, t.Span.End, t.Type), Id: text[t.Span.Start..t.Span.End])).ToList();
        var first = _recogniser switch
        {
            "tagger" => tagger,
            "known" => scanner.Where(s => entities.Find(s.Id)?.IsKnown == true).ToList(),
            "retype" => [.. scanner.Select(s => entities.Find(s.Id)?.IsKnown == true ? s : Retyped(s, tagger))],
            _ => scanner,
        };
        var rest = _recogniser == "known" ? tagger.Concat(scanner) : _recogniser == "tagger" ? scanner.Where(s => s.Span.Type == "MISC") : tagger;
        var result = new List<(Span Span, string Id)>(first);
        foreach (var candidate in rest)
        {
            if (!result.Any(r => r.Span.Start < candidate.Span.End && candidate.Span.Start < r.Span.End)) result.Add(candidate);
        }
        return [.. result.OrderBy(r => r.Span.Start)];
    }

    /// <summary>The scanner's name with the tagger's type where the tagger found exactly the same span.</summary>
    private static (Span Span, string Id) Retyped((Span Span, string Id) name, List<(Span Span, string Id)> tagger) =>
        tagger.FirstOrDefault(t => t.Span.Start == name.Span.Start && t.Span.End == name.Span.End) is { Id: not null } same
            ? (same.Span, name.Id) : name;

    private static void MeasureLoad()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var kb = KnowledgeBase.Builtin;
        var cold = watch.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kb);
        Console.WriteLine($"Knowledge base: {kb.EntityCount} entities; first use {cold.TotalMilliseconds:F0} ms (parse {KnowledgeBase.BuiltinLoadTime.TotalMilliseconds:F0} ms), retained {(after - before) / 1024.0 / 1024.0:F1} MB");
    }

    private static IEnumerable<List<string>> Chunks(List<string> texts, int size)
    {
        var chunk = new List<string>();
        var length = 0;
        foreach (var text in texts)
        {
            chunk.Add(text);
            length += text.Length;
            if (length >= size)
            {
                yield return chunk;
                chunk = [];
                length = 0;
            }
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private static readonly AnalyzerOptions EntityRulesOnly = new()
    {
        RuleSeverities = System.Collections.Immutable.ImmutableDictionary<string, Severity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase)
            .SetItems(Byline.Analysis.Rules.RuleCatalog.Rules.Where(r => r is not IEntityRule).Select(r => KeyValuePair.Create(r.Descriptor.Id, (Severity?)null))),
    };

    private static void MeasureThroughput(List<string> texts)
    {
        // Repeat the corpus to a few MB; fresh trees each round so no block cache is reused.
        var total = 0L;
        var rounds = 0;
        var chars = texts.Sum(t => (long)t.Length);
        var target = 5_000_000L;
        var parseTime = TimeSpan.Zero;
        var analyzeTime = TimeSpan.Zero;
        var entityTime = TimeSpan.Zero;
        var linkTime = TimeSpan.Zero;
        var entityRulesTime = TimeSpan.Zero;
        // Warm-up: JIT and the lazily loaded word lists should not count. Tiered compilation keeps promoting methods
        // for seconds (two passes over 50 texts left the JIT thread busy through the measurement), so warm up for a
        // fixed time, as the benchmark does for articles one by one (docs/performance.md).
        var warmWatch = Stopwatch.StartNew();
        for (var warm = 0; warmWatch.Elapsed < TimeSpan.FromSeconds(5); warm++)
        {
            foreach (var text in texts.Take(50)) ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text + warm), ArticleFormat.PlainText));
        }
        while (total < target)
        {
            // Every line gets a round marker, so no block of this round is in any cache; one workspace-style
            // layer per round keeps the entity-only measurement cold too. Each phase runs over the whole
            // corpus at once so that the CPU clock's coarse ticks do not matter.
            var kb = KnowledgeBase.Builtin.WithOverrides([]);
            // Chunks of about 200 kB: long enough for the CPU clock, small enough that the trees of one phase
            // do not pile up in the older GC generations (an editor analyses one article at a time).
            foreach (var chunk in Chunks(texts, 200_000))
            {
            var fresh = chunk.Select(t => t.Replace("\n", $" r{rounds}\n", StringComparison.Ordinal)).ToList();
            var watch = CpuWatch.StartNew();
            var first = fresh.Select(t => ArticleSyntaxTree.Parse(ArticleText.From(t), ArticleFormat.PlainText)).ToList();
            parseTime += watch.Elapsed;
            watch.Restart();
            foreach (var tree in first) _ = ArticleAnalyzer.Analyze(tree);
            analyzeTime += watch.Elapsed;
            var second = fresh.Select(t => ArticleSyntaxTree.Parse(ArticleText.From(t), ArticleFormat.PlainText)).ToList();
            watch.Restart();
            foreach (var tree in second) _ = EntityAnalyzer.Analyze(tree, kb);
            entityTime += watch.Elapsed;
            // The same blocks in new trees: block facts come from the cache, only linking runs.
            var again = second.Select(t => t.WithText(t.Text)).ToList();
            watch.Restart();
            foreach (var tree in again) _ = EntityAnalyzer.Analyze(tree, kb);
            linkTime += watch.Elapsed;
            var third = fresh.Select(t => ArticleSyntaxTree.Parse(ArticleText.From(t.Replace(" r", " q", StringComparison.Ordinal)), ArticleFormat.PlainText)).ToList();
            watch.Restart();
            foreach (var tree in third) _ = ArticleAnalyzer.Analyze(tree, EntityRulesOnly);
            entityRulesTime += watch.Elapsed;
            total += fresh.Sum(t => (long)t.Length);
            }
            rounds++;
        }
        // Hot loop over the same block nodes: scanner cost alone, without parse, caches or linking.
        var trees = texts.Select(t => ArticleSyntaxTree.Parse(ArticleText.From(t), ArticleFormat.PlainText)).ToList();
        var scanWatch = CpuWatch.StartNew();
        long scanned = 0;
        for (var round = 0; round < 5; round++)
        {
            foreach (var tree in trees)
            {
                foreach (var block in tree.Blocks) { MentionScanner.Scan(block.Node, KnowledgeBase.Builtin); scanned += block.Node.Length; }
            }
        }
        // Read the clock now: the one-by-one loop below must not count as scanner time.
        var scanRate = scanned / 1024.0 / 1024.0 / scanWatch.Elapsed.TotalSeconds;
        // One article at a time, as an editor or `byline check` analyses them: each article's trees and facts die
        // before the next, where the chunked phases above keep 200 kB of trees and their facts alive together,
        // and the collector copies them. Both clocks are printed: CPU time counts the JIT and GC threads too.
        var oneByOneChars = 0L;
        var oneByOneCpu = CpuWatch.StartNew();
        var oneByOneWall = Stopwatch.StartNew();
        for (var round = 0; round < 5; round++)
        {
            foreach (var text in texts)
            {
                var fresh = text.Replace("\n", $" s{round}\n", StringComparison.Ordinal);
                _ = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(fresh), ArticleFormat.PlainText));
                oneByOneChars += fresh.Length;
            }
        }
        var oneByOneCpuRate = oneByOneChars / 1024.0 / 1024.0 / oneByOneCpu.Elapsed.TotalSeconds;
        var oneByOneWallRate = oneByOneChars / 1024.0 / 1024.0 / oneByOneWall.Elapsed.TotalSeconds;
        Console.WriteLine($"Block scanner alone (hot, same blocks 5×): {scanRate:F1} MB/s");
        Console.WriteLine($"GC pauses during the throughput runs: {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in all; GC heap of this process {GC.GetTotalMemory(false) / 1e6:F0} MB, {GC.CollectionCount(0)} gen-0, {GC.CollectionCount(1)} gen-1 and {GC.CollectionCount(2)} gen-2 collections");
        double MBps(TimeSpan t) => total / 1024.0 / 1024.0 / t.TotalSeconds;
        Console.WriteLine("Throughput in MB of text per CPU-second of this process (wall-clock time is meaningless on a shared, loaded machine):");
        Console.WriteLine($"Throughput over {total / 1024.0 / 1024.0:F1} MB of text (1 MB = 2^20 characters; {chars:N0} chars × {rounds}), single thread: parse {MBps(parseTime):F1} MB/s, " +
            $"entities alone {MBps(entityTime):F1} MB/s (of which linking with cached block facts {MBps(linkTime):F1} MB/s), full analysis (all rules + entities, tree parsed) {MBps(analyzeTime):F1} MB/s, analysis with only the entity rules BYL0010–0012 {MBps(entityRulesTime):F1} MB/s, parse + full analysis {MBps(parseTime + analyzeTime):F1} MB/s");
        Console.WriteLine($"Parse + full analysis one article at a time, same texts: {oneByOneCpuRate:F1} MB/s per CPU-second, {oneByOneWallRate:F1} MB/s wall-clock");
    }

    /// <summary>
    /// CPU time of this process rather than wall-clock time: the evaluation machine is shared, and time spent
    /// waiting for a core is not analysis cost. Analysis is single-threaded; GC work on other threads counts too.
    /// </summary>
    private sealed class CpuWatch
    {
        private TimeSpan _start;

        public static CpuWatch StartNew() => new() { _start = Process.GetCurrentProcess().TotalProcessorTime };

        public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - _start;

        public void Restart() => _start = Process.GetCurrentProcess().TotalProcessorTime;
    }

    // ---------------------------------------------------------------- CoNLL-2003
    private static IEnumerable<string> Conll(string path, int showErrors)
    {
        var documents = new List<(string Text, List<Span> Gold)>();
        var text = new StringBuilder();
        var gold = new List<Span>();
        var sentence = new List<(string Word, string Tag)>();
        var tokenEnds = new List<int>();
        void FlushSentence()
        {
            if (sentence.Count == 0) return;
            if (text.Length > 0) text.Append('\n');
            int? start = null;
            string? type = null;
            for (var i = 0; i < sentence.Count; i++)
            {
                if (i > 0) text.Append(' ');
                var (word, tag) = sentence[i];
                var tokenStart = text.Length;
                text.Append(word);
                var inside = tag.StartsWith("I-", StringComparison.Ordinal) && type == tag[2..] && start is not null;
                if (!inside)
                {
                    if (start is not null) gold.Add(new Span(start.Value, EndOf(i - 1), type!));
                    start = tag == "O" ? null : tokenStart;
                    type = tag == "O" ? null : tag[2..];
                }
            }
            if (start is not null) gold.Add(new Span(start.Value, text.Length, type!));
            sentence.Clear();
            int EndOf(int index) => tokenEnds[index];
        }
        void FlushDocument()
        {
            if (text.Length > 0) documents.Add((text.ToString(), [.. gold]));
            text.Clear();
            gold.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                FlushSentence();
                FlushDocument();
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                ComputeEnds();
                FlushSentence();
                continue;
            }
            var parts = line.Split(' ');
            sentence.Add((parts[0], parts[^1]));
        }
        ComputeEnds();
        FlushSentence();
        FlushDocument();

        void ComputeEnds()
        {
            tokenEnds.Clear();
            var offset = text.Length + (text.Length > 0 ? 1 : 0);
            for (var i = 0; i < sentence.Count; i++)
            {
                if (i > 0) offset++;
                offset += sentence[i].Word.Length;
                tokenEnds.Add(offset);
            }
        }

        var score = new Score();
        var shown = 0;
        var frequent = new Dictionary<string, int>(StringComparer.Ordinal);
        var classes = new ErrorClasses("CoNLL");
        foreach (var (docText, docGold) in documents)
        {
            var predicted = Recognise(docText).Select(p => p.Span).ToList();
            score.Add(docGold, predicted, exact: true);
            classes.Add(docText, Tuples(docGold), Tuples(predicted));
            if (showErrors > 0)
            {
                foreach (var miss in docGold.Except(predicted)) CollectionsMarshal.GetValueRefOrAddDefault(frequent, $"missed {miss.Type} '{docText[miss.Start..miss.End]}'", out _)++;
                foreach (var wrong in predicted.Except(docGold)) CollectionsMarshal.GetValueRefOrAddDefault(frequent, $"spurious {wrong.Type} '{docText[wrong.Start..wrong.End]}'", out _)++;
            }
            if (shown < showErrors)
            {
                foreach (var miss in docGold.Except(predicted).Take(3)) { Console.WriteLine($"  missed {miss.Type} '{docText[miss.Start..miss.End]}'"); shown++; }
                foreach (var wrong in predicted.Except(docGold).Take(3)) { Console.WriteLine($"  spurious {wrong.Type} '{docText[wrong.Start..wrong.End]}'"); shown++; }
            }
        }
        if (showErrors > 0)
        {
            Console.WriteLine($"  most frequent errors over all documents:");
            foreach (var (error, count) in frequent.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Take(showErrors))
            {
                Console.WriteLine($"  {count,4}× {error}");
            }
        }
        score.Print($"CoNLL-2003 {Path.GetFileName(path)} ({documents.Count} documents, {documents.Sum(d => d.Gold.Count)} gold entities), exact match");
        if (_errorClassExamples is { } n) classes.Print("CoNLL", n);
        return documents.Select(d => d.Text);
    }

    // ---------------------------------------------------------------- GUM
    private static IEnumerable<string> Gum(string repo, string which, int showErrors)
    {
        var shown = 0;
        var files = Git(repo, "ls-tree", "--name-only", "HEAD", "_build/src/tsv/").Split('\n')
            .Where(f => GumTsv.Genre(f) is { } genre && _gumGenres switch { "open" => GumTsv.OpenGenres.Contains(genre), "all" => true, _ => genre == "news" }).ToList();
        HashSet<string> Split(string split) => Git(repo, "show", $"HEAD:rst/disrpt/eng.erst.gum_{split}.conllu").Split('\n')
            .Where(l => l.StartsWith("# newdoc id = ", StringComparison.Ordinal)).Select(l => l[14..].Trim()).ToHashSet();
        if (which is "dev" or "test")
        {
            var dev = Split(which);
            files = files.Where(f => dev.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
        }
        else if (which == "train")
        {
            var heldOut = Split("dev");
            heldOut.UnionWith(Split("test"));
            files = files.Where(f => !heldOut.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
        }
        var classes = new ErrorClasses("GUM");
        var score = new Score();
        var headScore = new Score();
        var headOverlap = new Score();
        var withDescriptions = new Score();
        var descriptionScore = new Score();
        var links = new LinkScore();
        var withPronouns = new Score();
        var pronounLinks = new LinkScore("pronouns");
        var heads = new DescriptionHeads();
        long goldPairs = 0, predictedPairs = 0, correctPairs = 0;
        var texts = new List<string>();
        var others = new List<GumMention>();
        foreach (var file in files)
        {
            var document = Path.GetFileNameWithoutExtension(file);
            var (text, mentions) = GumTsv.Read(Git(repo, "show", "HEAD:" + file), Git(repo, "show", $"HEAD:dep/{document}.conllu"), out var unnamed, others);
            var gold = mentions.Select(m => new Span(m.Start, m.End, m.Type)).ToList();
            // Like with like: a name recogniser finds mentions headed by a proper noun, not Wikified pronouns
            // and descriptions ("he", "the city"), which the first gold set also holds.
            var headGold = mentions.Where(m => m.ProperHead == true).Select(m => new Span(m.Start, m.End, m.Type)).ToList();
            if (mentions.Any(m => m.ProperHead is null)) Console.WriteLine($"  {document}: tokens of the tree and the TSV differ; no head test");
            var clusters = mentions.Select(m => m.Cluster).ToList();
            texts.Add(text);
            var predicted = Recognise(text, out var found, out var pronounsFound);
            GumDump.Write(document, text, mentions, unnamed, others, Tuples(predicted.Select(p => p.Span).ToList()));
            others.Clear();
            var descriptions = found.Select(d => d.Span).ToList();
            score.Add(gold, predicted.Select(p => p.Span).ToList(), exact: true);
            withDescriptions.Add(gold, [.. predicted.Select(p => p.Span), .. descriptions], exact: true);
            withPronouns.Add(gold, [.. predicted.Select(p => p.Span), .. descriptions, .. pronounsFound.Select(d => d.Span)], exact: true);
            pronounLinks.Add(text, [.. mentions, .. unnamed], predicted, pronounsFound);
            // GUM's other mentions of the three types, pronouns aside: what a description finder can find.
            descriptionScore.Add([.. unnamed.Concat(mentions.Where(m => !m.Proper)).Where(m => !IsPronoun(text.AsSpan(m.Start, m.End - m.Start))).Select(m => new Span(m.Start, m.End, m.Type))], descriptions, exact: false);
            links.Add(text, [.. mentions, .. unnamed], predicted, found);
            heads.Add(text, [.. unnamed.Concat(mentions.Where(m => !m.Proper)).Where(m => !IsPronoun(text.AsSpan(m.Start, m.End - m.Start)))], descriptions);
            headScore.Add(headGold, predicted.Select(p => p.Span).ToList(), exact: true);
            headOverlap.Add(headGold, predicted.Select(p => p.Span).ToList(), exact: false);
            classes.Add(text, Tuples(headGold), Tuples(predicted.Select(p => p.Span).Where(p => p.Type != "MISC").ToList()));
            if (shown < showErrors)
            {
                var spans = predicted.Select(p => p.Span).ToList();
                foreach (var miss in gold.Except(spans).Take(5)) { Console.WriteLine($"  missed {miss.Type} '{text[miss.Start..miss.End]}'"); shown++; }
                foreach (var wrong in spans.Except(gold).Take(5)) { Console.WriteLine($"  spurious {wrong.Type} '{text[wrong.Start..wrong.End]}'"); shown++; }
            }
            // Pairwise coreference over gold named mentions the system found with the exact span.
            var byspan = predicted.GroupBy(p => (p.Span.Start, p.Span.End)).ToDictionary(g => g.Key, g => g.First().Id);
            var matched = gold.Select((g, i) => (g, i)).Where(x => byspan.ContainsKey((x.g.Start, x.g.End))).ToList();
            for (var a = 0; a < matched.Count; a++)
            {
                for (var b = a + 1; b < matched.Count; b++)
                {
                    var sameGold = clusters[matched[a].i] == clusters[matched[b].i];
                    var samePredicted = byspan[(matched[a].g.Start, matched[a].g.End)] == byspan[(matched[b].g.Start, matched[b].g.End)];
                    if (sameGold) goldPairs++;
                    if (samePredicted) predictedPairs++;
                    if (sameGold && samePredicted) correctPairs++;
                }
            }
        }
        score.Print($"GUM {_gumGenres switch { "open" => "academic, bio, court, interview, news, voyage", "all" => "all genres", _ => "news" }} ({which}: {files.Count} documents), named mentions (Wikified or written as a proper name) of person/organization/place, exact match after removing a leading determiner and a trailing possessive", ["PER", "ORG", "LOC"]);
        headScore.Print("  the same, gold restricted to mentions whose syntactic head is a proper noun (NNP/NNPS in dep/*.conllu)", ["PER", "ORG", "LOC"]);
        headOverlap.Print("  the same, overlap match (GUM's spans hold titles, appositions and relative clauses)", ["PER", "ORG", "LOC"]);
        withDescriptions.Print("  the same (first line), with the descriptions that refer without naming (\"the ministry\"; EntityDescriptions) counted as mentions, typed as the entity each is linked to (as the editor shows them)", ["PER", "ORG", "LOC"]);
        withPronouns.Print("  the same, with the pronouns linked to an entity (\"he\", \"its\"; EntityPronouns) counted as mentions too, typed as the entity each is linked to", ["PER", "ORG", "LOC"]);
        links.Print(_errorClassExamples);
        pronounLinks.Print(_errorClassExamples);
        descriptionScore.Print("  descriptions alone against GUM's mentions of the three types not written as proper names (Wikified or not), pronouns aside (overlap match)", ["PER", "ORG", "LOC"]);
        if (_errorClassExamples is { } n)
        {
            classes.Print($"GUM {which} (proper-noun heads)", n);
            heads.Print(n);
        }
        var p = predictedPairs == 0 ? 0 : (double)correctPairs / predictedPairs;
        var r = goldPairs == 0 ? 0 : (double)correctPairs / goldPairs;
        Console.WriteLine($"  coreference (pairwise over correctly bounded named mentions, gold chains from GUM's coref relations): P {p:F3} R {r:F3} F1 {F1(p, r):F3} ({goldPairs} gold pairs)");
        return texts;
    }

    // ---------------------------------------------------------------- re3d
    private static IEnumerable<string> Re3d(string corpus, int showErrors)
    {
        var shown = 0;
        var score = new Score();
        var strict = new Score();
        var strictDescriptions = new Score();
        var strictPronouns = new Score();
        var strictMisses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var count = 0;
        var classes = new ErrorClasses("re3d", overlap: true);
        var named = new Score();
        var withDescriptions = new Score();
        var withPronouns = new Score();
        var pronounsByRule = new RuleCounts();
        int goldAll = 0, goldNamed = 0;
        var unnamed = new Dictionary<string, (int Gold, int Found)>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(corpus, "re3d-*").Order())
        {
            var gold = new Dictionary<string, List<Span>>();
            var unscored = new Dictionary<string, List<(int Start, int End)>>();
            var textStart = new Dictionary<string, int>();
            foreach (var line in File.ReadLines(Path.Combine(folder, "entities.jsonl")))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var file = root.GetProperty("file").GetString()!;
                var (start, end) = (root.GetProperty("start").GetInt32(), root.GetProperty("end").GetInt32());
                if (Re3dConventions.SentenceZeroStart(root.GetProperty("id").GetString() ?? "", start) is { } zero) textStart[file] = Math.Min(zero, textStart.GetValueOrDefault(file, int.MaxValue));
                if (Re3dConventions.ScoredType(root.GetProperty("type").GetString() ?? "") is not { } type)
                {
                    (unscored.TryGetValue(file, out var others) ? others : unscored[file] = []).Add((start, end));
                    continue;
                }
                (gold.TryGetValue(file, out var list) ? list : gold[file] = []).Add(new Span(start, end, type));
            }
            foreach (var path in Directory.GetFiles(folder, "*.txt").Order())
            {
                var text = TextDecoder.Decode(File.ReadAllBytes(path)).Text.ToString();
                texts.Add(text);
                count++;
                var raw = Recognise(text, out var linked, out var pronounsLinked).Select(p => p.Span).ToList();
                var name = Path.GetFileName(path);
                var allGold = gold.GetValueOrDefault(name) ?? [];
                strict.Add(allGold, raw, exact: false);
                var missed = new List<Span>();
                strictDescriptions.Add(allGold, [.. raw, .. linked.Select(d => d.Span)], exact: false, missed);
                strictPronouns.Add(allGold, [.. raw, .. linked.Select(d => d.Span), .. pronounsLinked.Select(d => d.Span)], exact: false);
                foreach (var miss in missed)
                {
                    var kind = Re3dMisses.KindOf(text, (miss.Start, miss.End, miss.Type), Tuples(allGold), Tuples(missed), Tuples([.. raw, .. linked.Select(d => d.Span)]));
                    strictMisses[kind] = strictMisses.GetValueOrDefault(kind) + 1;
                }
                // Scored as Re3dConventions states: the annotated text only, unscored types left out, a state's name either type.
                var from = _re3dConventions.Contains("text") ? textStart.GetValueOrDefault(name, 0) : 0;
                var docGold = allGold.Where(g => g.Start >= from).ToList();
                var goldTuples = Tuples(docGold);
                var others = _re3dConventions.Contains("types") ? unscored.GetValueOrDefault(name) ?? [] : [];
                List<Span> Scored(IEnumerable<Span> spans) => [.. Re3dConventions.Scored(text, from, goldTuples, others, _re3dConventions.Contains("states"), spans.Select(p => (p.Start, p.End, p.Type))).Select(p => new Span(p.Start, p.End, p.Type))];
                var predicted = Scored(raw);
                var descriptions = Scored(linked.Select(d => _re3dConventions.Contains("groups") ? d.Span with { Type = Re3dConventions.DescriptionType(text, d.Span.Start, d.Span.End, d.Span.Type) } : d.Span));
                var pronouns = Scored(pronounsLinked.Select(d => d.Span));
                pronounsLinked = [.. pronounsLinked.Where(d => d.Span.Start >= from)];
                List<Span> Gold(List<Span> scored) => !_re3dConventions.Contains("twice") ? docGold
                    : [.. Re3dConventions.Merged(text, goldTuples, Tuples(scored)).Select(g => new Span(g.Start, g.End, g.Type))];
                score.Add(Gold(predicted), predicted, exact: false);
                withDescriptions.Add(Gold([.. predicted, .. descriptions]), [.. predicted, .. descriptions], exact: false);
                withPronouns.Add(Gold([.. predicted, .. descriptions, .. pronouns]), [.. predicted, .. descriptions, .. pronouns], exact: false);
                docGold = Gold(predicted);
                pronounsByRule.Add(docGold, pronounsLinked);
                var namedGold = docGold.Where(g => IsNamedMention(text.AsSpan(g.Start, g.End - g.Start))).ToList();
                named.Add(namedGold, predicted, exact: false);
                goldAll += docGold.Count;
                goldNamed += namedGold.Count;
                classes.Add(text, Tuples(namedGold), Tuples(predicted));
                foreach (var g in docGold.Where(g => !IsNamedMention(text.AsSpan(g.Start, g.End - g.Start))))
                {
                    var key = $"{UnnamedKind(text.AsSpan(g.Start, g.End - g.Start))} {g.Type}";
                    var found = predicted.Concat(descriptions).Concat(pronouns).Any(p => p.Type == g.Type && p.Start < g.End && g.Start < p.End) ? 1 : 0;
                    unnamed[key] = unnamed.TryGetValue(key, out var c) ? (c.Gold + 1, c.Found + found) : (1, found);
                }
                if (shown < showErrors)
                {
                    foreach (var miss in docGold.Where(g => !predicted.Any(p => p.Type == g.Type && p.Start < g.End && g.Start < p.End)).Take(4)) { Console.WriteLine($"  missed {miss.Type} '{text[miss.Start..miss.End]}'"); shown++; }
                    foreach (var wrong in predicted.Where(p => !docGold.Any(g => p.Type == g.Type && p.Start < g.End && g.Start < p.End)).Take(4)) { Console.WriteLine($"  spurious {wrong.Type} '{text[wrong.Start..wrong.End]}'"); shown++; }
                }
            }
        }
        strict.Print($"re3d ({count} texts), overlap match, strict (as sessions 9-36: the whole file with its title line, every prediction outside the four types' gold spurious, a state's name typed by role)", total: true);
        strictDescriptions.Print("  the same, strict, with descriptions", total: true);
        strictPronouns.Print("  the same, strict, with descriptions and the pronouns linked to an entity", total: true);
        Console.WriteLine("  strict misses with descriptions, by kind (counts only): " + string.Join(", ", strictMisses.OrderByDescending(m => m.Value).Select(m => $"{m.Key} {m.Value}")));
        score.Print($"re3d ({count} texts), overlap match (Nationality scored as MISC; the annotated text only, predictions on spans of unscored types left out, a state's name found as ORG or LOC: Re3dConventions)");
        named.Print($"  the same, gold restricted to named mentions ({goldNamed} of {goldAll}: a capitalised word other than a pronoun or determiner)");
        withDescriptions.Print("  the same (first line), with the descriptions that refer without naming (\"the ministry\"; EntityDescriptions) counted as mentions, typed as the entity each is linked to (as the editor shows them)");
        withPronouns.Print("  the same, with the pronouns linked to an entity (\"he\", \"its\"; EntityPronouns) counted as mentions too, typed as the entity each is linked to");
        pronounsByRule.Print("  pronouns by rule (counts only: a gold mention of the type overlaps)");
        if (_errorClassExamples is { } n)
        {
            classes.Print("re3d (named mentions)", n);
            Console.WriteLine($"  gold mentions outside the named part, by kind (counts only; found = a name or description of the type overlaps): {goldAll - goldNamed} in all");
            foreach (var (key, (gold, found)) in unnamed.OrderByDescending(u => u.Value.Gold).ThenBy(u => u.Key, StringComparer.Ordinal)) Console.WriteLine($"  {gold,5}  {key} (found {found})");
        }
        return texts;
    }

    /// <summary>Pronouns and determiners re3d marks as mentions ("We", "Her", "The secretary"); capitalised, they name no one.</summary>
    private static readonly HashSet<string> MentionFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your",
        "we", "they", "he", "she", "it", "i", "you", "us", "them", "him", "me",
    };

    /// <summary>A one-word mention that is a pronoun ("he", "them", "which"): no description finder's business.</summary>
    internal static bool IsPronoun(ReadOnlySpan<char> mention) =>
        !mention.Contains(' ') && (MentionFunctionWords.Contains(mention.ToString()) || RelativeAndReflexive.Contains(mention.ToString()));

    private static readonly HashSet<string> RelativeAndReflexive = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "that", "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "one", "mine", "ours", "theirs", "yours", "hers",
    };

    /// <summary>
    /// A re3d mention that a name recogniser can find: some word in it is capitalised and is not a pronoun or determiner
    /// ("U.S. forces", "the Iraqi city of Mosul"), unlike "the regime", "we", "a fighting position".
    /// </summary>
    internal static bool IsNamedMention(ReadOnlySpan<char> mention)
    {
        foreach (var range in mention.SplitAny(' ', '\n'))
        {
            var word = mention[range];
            if (word.Length > 0 && char.IsUpper(word[0]) && !MentionFunctionWords.Contains(word.ToString())) return true;
        }
        return false;
    }

    /// <summary>
    /// What a gold mention without a capitalised name word is: a pronoun alone ("we", "they"), words after a determiner or
    /// a possessive ("the regime", "their fighters"), or lower-case words without one ("coalition forces", "civilians").
    /// </summary>
    private static string UnnamedKind(ReadOnlySpan<char> mention)
    {
        var words = mention.ToString().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && MentionFunctionWords.Contains(words[0])) return words[0].ToLowerInvariant() is "a" or "an" or "the" or "this" or "that" or "these" or "those" ? "determiner alone" : "pronoun";
        if (words.Length > 0 && MentionFunctionWords.Contains(words[0])) return $"description after a determiner or possessive ({(words.Length == 2 ? "one word" : "several words")})";
        return $"lower-case words ({(words.Length == 1 ? "one word" : "several words")})";
    }

    private static List<(int Start, int End, string Type)> Tuples(List<Span> spans) => [.. spans.Select(s => (s.Start, s.End, s.Type))];

    // ---------------------------------------------------------------- scoring
    /// <summary>
    /// How well descriptions are linked to the entities they refer to, against GUM's coreference chains. A description's
    /// gold mention is the smallest GUM mention (of a person, organisation or place) that holds it. A link is right when a
    /// name of the linked entity overlaps a mention of that chain; a description is linkable when a name found before it
    /// overlaps a mention of its chain. Descriptions with no gold mention are counted apart.
    /// </summary>
    /// <summary>
    /// GUM's mentions not written as names that no description of their type overlaps, and descriptions that overlap no
    /// such mention of their type, counted by head word (the last word before a post-modifier: "of", "who", a comma…):
    /// where the description heads could grow or shrink. For tuning on GUM's training documents only.
    /// </summary>
    private sealed class DescriptionHeads
    {
        private static readonly string[] PostModifiers = [" of ", " who ", " that ", " which ", ",", " in ", " with ", " from ", " at ", " on ", " to ", " for ", " (", " and ", " whose ", " where "];
        private readonly Dictionary<string, int> _missed = new(StringComparer.Ordinal), _spurious = new(StringComparer.Ordinal);

        public void Add(string text, List<GumMention> gold, List<Span> descriptions)
        {
            foreach (var g in gold.Where(g => !descriptions.Any(d => d.Type == g.Type && d.Start < g.End && g.Start < d.End)))
            {
                var key = $"{HeadOf(text[g.Start..g.End])} {g.Type}";
                _missed[key] = _missed.GetValueOrDefault(key) + 1;
                WriteContext("missed", key, text, g.Start, g.End);
            }
            foreach (var d in descriptions.Where(d => !gold.Any(g => d.Type == g.Type && d.Start < g.End && g.Start < d.End)))
            {
                var key = $"{HeadOf(text[d.Start..d.End])} {d.Type}";
                _spurious[key] = _spurious.GetValueOrDefault(key) + 1;
                WriteContext("spurious", key, text, d.Start, d.End);
            }
        }

        /// <summary>With --error-context, each missed or spurious description with its line (GUM train only, for tuning).</summary>
        private static void WriteContext(string kind, string key, string text, int start, int end)
        {
            if (ErrorClasses.Context is not { } context) return;
            var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
            var lineEnd = text.IndexOf('\n', end);
            var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
            context.WriteLine($"GUM description\t{kind} {key}\t{text[start..end].Replace('\n', ' ')}\t{line[..(start - lineStart)]}[[{text[start..end].Replace('\n', ' ')}]]{line[(end - lineStart)..]}");
        }

        private static string HeadOf(string mention)
        {
            var end = PostModifiers.Select(m => mention.IndexOf(m, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(mention.Length).Min();
            var words = mention[..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var head = words.Length == 0 ? mention : words[^1];
            return (head.EndsWith("'s", StringComparison.Ordinal) ? head[..^2] : head).ToLowerInvariant();
        }

        public void Print(int n)
        {
            Console.WriteLine($"  GUM mentions not written as names that no description of the type overlaps, by head: {string.Join(", ", _missed.OrderByDescending(m => m.Value).Take(n).Select(m => $"{m.Key} {m.Value}"))}");
            Console.WriteLine($"  descriptions that overlap no such mention of their type, by head: {string.Join(", ", _spurious.OrderByDescending(m => m.Value).Take(n).Select(m => $"{m.Key} {m.Value}"))}");
        }
    }

    /// <summary>re3d's pronouns by the rule that linked them: how many a gold mention of their type overlaps (counts only).</summary>
    private sealed class RuleCounts
    {
        private readonly SortedDictionary<string, (int Found, int Right)> _byRule = new(StringComparer.Ordinal);

        public void Add(List<Span> gold, List<(Span Span, string? Id, string Link)> found)
        {
            foreach (var (span, _, link) in found)
            {
                var right = gold.Any(g => g.Type == span.Type && g.Start < span.End && span.Start < g.End) ? 1 : 0;
                foreach (var key in (string[])["all", link, $"{link} {span.Type}"])
                {
                    var (f, r) = _byRule.GetValueOrDefault(key);
                    _byRule[key] = (f + 1, r + right);
                }
            }
        }

        public void Print(string title)
        {
            Console.WriteLine(title);
            foreach (var (rule, (found, right)) in _byRule) Console.WriteLine($"    {rule}: {found}, right {right}, P {(found == 0 ? 0 : (double)right / found):F3}");
        }
    }

    private sealed class LinkScore(string what = "descriptions")
    {
        private int _descriptions, _noGold, _linked, _right, _linkable, _leftAlone;
        private readonly SortedDictionary<string, (int Linked, int Right)> _byRule = new(StringComparer.Ordinal);

        private readonly List<string> _wrong = [];

        public void Add(string text, List<GumMention> gold, List<(Span Span, string Id)> names, List<(Span Span, string? Id, string Link)> descriptions)
        {
            foreach (var (span, id, link) in descriptions)
            {
                _descriptions++;
                if (gold.Where(g => g.Start <= span.Start && span.End <= g.End).OrderBy(g => g.End - g.Start).FirstOrDefault() is not { } mention) { _noGold++; continue; }
                var chain = gold.Where(g => g.Cluster == mention.Cluster && g != mention).ToList();
                bool InChain((Span Span, string Id) name) => chain.Any(g => g.Start < name.Span.End && name.Span.Start < g.End);
                var linkable = names.Any(n => n.Span.End <= span.Start && InChain(n));
                if (linkable) _linkable++;
                if (id is null) { if (!linkable) _leftAlone++; continue; }
                _linked++;
                var right = names.Any(n => n.Id == id && InChain(n)) ? 1 : 0;
                _right += right;
                if (right == 0)
                {
                    var chainNames = names.Where(n => n.Span.End <= span.Start && InChain(n)).Select(n => text[n.Span.Start..n.Span.End]).Distinct();
                    var firstMention = chain.OrderBy(g => g.Start).FirstOrDefault();
                    _wrong.Add($"{what} {link} '{text[span.Start..span.End]}' -> '{text[names.First(n => n.Id == id).Span.Start..names.First(n => n.Id == id).Span.End]}' (chain: {string.Join(" | ", chainNames)}; first '{(firstMention is null ? "" : text[firstMention.Start..Math.Min(firstMention.End, firstMention.Start + 40)])}')");
                }
                // Pronouns also by the word ("it", "their"): which of them link well.
                string[] keys = what == "pronouns" ? [$"{link} {span.Type} {text[span.Start..span.End].ToLowerInvariant()}"] : [];
                foreach (var key in (string[])[link.EndsWith("(reliable)", StringComparison.Ordinal) ? "all reliable: listed by references and highlights" : "all others: hover only", link, $"{link} {span.Type}", .. keys])
                {
                    var (l, r) = _byRule.GetValueOrDefault(key);
                    _byRule[key] = (l + 1, r + right);
                }
            }
        }

        public void Print(int? wrong = null)
        {
            foreach (var line in _wrong.Take(wrong ?? 0)) Console.WriteLine($"    wrong link: {line}");
            var p = _linked == 0 ? 0 : (double)_right / _linked;
            var r = _linkable == 0 ? 0 : (double)_right / _linkable;
            Console.WriteLine($"  {what} linked to entities, against GUM's coreference chains: {_descriptions} {what} ({_noGold} in no gold mention); linked {_linked}, right {_right}: P {p:F3} R {r:F3} F1 {F1(p, r):F3} ({_linkable} linkable: a name found before them is in their chain); left unlinked with none in their chain {_leftAlone} of {_descriptions - _noGold - _linked}");
            foreach (var (rule, (linked, right)) in _byRule)
            {
                Console.WriteLine($"    linked by {rule}: {linked}, right {right}, P {(linked == 0 ? 0 : (double)right / linked):F3}");
            }
        }
    }

    private sealed class Score
    {
        private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _byType = [];

        public void Add(List<Span> gold, List<Span> predicted, bool exact, List<Span>? missed = null)
        {
            var used = new HashSet<int>();
            foreach (var p in predicted.Distinct())
            {
                var match = gold.FindIndex(g => g.Type == p.Type && !used.Contains(gold.IndexOf(g)) && (exact ? g.Start == p.Start && g.End == p.End : g.Start < p.End && p.Start < g.End));
                if (match >= 0) { used.Add(match); Bump(p.Type, 1, 0, 0); }
                else Bump(p.Type, 0, 1, 0);
            }
            for (var i = 0; i < gold.Count; i++)
            {
                if (used.Contains(i)) continue;
                Bump(gold[i].Type, 0, 0, 1);
                missed?.Add(gold[i]);
            }
        }

        private void Bump(string type, int tp, int fp, int fn)
        {
            var (a, b, c) = _byType.GetValueOrDefault(type);
            _byType[type] = (a + tp, b + fp, c + fn);
        }

        public void Print(string title, string[]? types = null, bool total = false)
        {
            types ??= Types;
            Console.WriteLine(title);
            int tp = 0, fp = 0, fn = 0;
            foreach (var type in types)
            {
                var (a, b, c) = _byType.GetValueOrDefault(type);
                tp += a; fp += b; fn += c;
                if (!total) Line(type, a, b, c);
            }
            Line("all", tp, fp, fn);
        }

        private static void Line(string label, int tp, int fp, int fn)
        {
            var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            Console.WriteLine($"  {label,-4} P {p:F3} R {r:F3} F1 {F1(p, r):F3}  (tp {tp}, fp {fp}, fn {fn})");
        }
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    private static string Git(string repo, params string[] args) => GitRepository.Output(repo, args);
}
