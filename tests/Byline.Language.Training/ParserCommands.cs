using System.Globalization;
using System.Security.Cryptography;

namespace Byline.Language.Training;

/// <summary>The parser's commands: train, evaluate, cost (docs/language.md, "Dependency parser").</summary>
internal static class ParserCommands
{
    public static int Train(Dictionary<string, string> options)
    {
        var (ewt, gum, output) = (options["--ud-ewt"], options["--gum"], options["--out"]);
        var training = Load([Treebanks.EwtFile(ewt, "train")], Console.Out, "EWT train");
        training.AddRange(Load(Treebanks.GumFiles(gum, "train"), Console.Out, "GUM train (open genres)"));
        var settings = new ParserTrainingOptions();
        if (options.TryGetValue("--iterations", out var iterations)) settings = settings with { Iterations = int.Parse(iterations, CultureInfo.InvariantCulture) };
        if (options.TryGetValue("--min-weight", out var minimum)) settings = settings with { MinimumWeight = double.Parse(minimum, CultureInfo.InvariantCulture) };
        Console.WriteLine(settings);
        // --compare-min-weights 0.5,1,2: also write OUT.0.5 … pruned at those magnitudes, with their scores.
        var compared = options.TryGetValue("--compare-min-weights", out var list) ? list.Split(',').Select(w => double.Parse(w, CultureInfo.InvariantCulture)).ToList() : [];
        var models = ParserTraining.Train(training, PartOfSpeechTagger.Default, settings, [settings.MinimumWeight, .. compared], Console.Out);
        for (var m = 0; m < models.Length; m++)
        {
            var path = m == 0 ? output : output + "." + compared[m - 1].ToString(CultureInfo.InvariantCulture);
            using (var file = File.Create(path)) models[m].Write(file);
            Console.WriteLine($"wrote {path}: {new FileInfo(path).Length} bytes, {models[m].FeatureKeys.Length} features, {models[m].EntryTransitions.Length} weights, {models[m].Labels.Length} labels");
            Console.WriteLine($"SHA-256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))}");
            Evaluate(LoadParser(path), ewt, gum, test: false);
        }
        return 0;
    }

    /// <summary>
    /// Writes the model pruned of weights below --min-stored (16-bit units, the model's own scale), prints its size and
    /// SHA-256 and scores it: the same bytes from the same model, so the shipped weights follow from the trained ones.
    /// </summary>
    public static int Prune(Dictionary<string, string> options)
    {
        ParserModel model;
        using (var input = File.OpenRead(options["--model"])) model = ParserModel.Read(input);
        var minimum = int.Parse(options["--min-stored"], CultureInfo.InvariantCulture);
        Console.WriteLine($"{options["--model"]}: {model.FeatureKeys.Length} features, {model.EntryTransitions.Length} weights, smallest magnitude {model.SmallestWeight}");
        var pruned = model.Pruned(minimum);
        var path = options["--out"];
        using (var file = File.Create(path)) pruned.Write(file);
        Console.WriteLine($"wrote {path}: {new FileInfo(path).Length} bytes, {pruned.FeatureKeys.Length} features, {pruned.EntryTransitions.Length} weights");
        Console.WriteLine($"SHA-256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))}");
        return options.ContainsKey("--ud-ewt") ? Evaluate(LoadParser(path), options["--ud-ewt"], options["--gum"], test: false) : 0;
    }

    public static int Evaluate(Dictionary<string, string> options) =>
        Evaluate(LoadParser(options["--model"]), options["--ud-ewt"], options["--gum"], options.GetValueOrDefault("--test") == "yes");

    private static int Evaluate(DependencyParser parser, string ewt, string gum, bool test)
    {
        var splits = new List<(string, IReadOnlyList<string>)> { ("EWT dev", [Treebanks.EwtFile(ewt, "dev")]), ("GUM dev (open genres)", Treebanks.GumFiles(gum, "dev")) };
        if (test) splits.Add(("EWT test", [Treebanks.EwtFile(ewt, "test")]));
        foreach (var (name, files) in splits)
        {
            var sentences = Load(files, TextWriter.Null, name);
            Console.WriteLine($"{name}: {ParserScore.Measure(parser, PartOfSpeechTagger.Default, sentences)}");
        }
        return 0;
    }

    /// <summary>Processor time per token of parsing, the tags made beforehand (their cost is tagging-cost's).</summary>
    public static int Cost(Dictionary<string, string> options)
    {
        var parser = LoadParser(options["--model"]);
        var text = File.ReadAllText(options["--text"]);
        var repeat = int.Parse(options.GetValueOrDefault("--repeat") ?? "3", CultureInfo.InvariantCulture);
        var tree = Byline.Syntax.ArticleSyntaxTree.Parse(Byline.Text.ArticleText.From(text), Byline.Syntax.ArticleFormat.PlainText);
        var sentences = tree.Blocks.SelectMany(b => b.Node.Sentences.Select(s =>
        {
            var tags = new PosTag[s.Tokens.Length];
            PartOfSpeechTagger.Default.Tag(b.Node.Text, s.Tokens.AsSpan(), tags);
            return (b.Node.Text, s.Tokens, Tags: tags);
        })).ToList();
        var tokens = sentences.Sum(s => s.Tokens.Length);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var r = 0; r < repeat; r++)
        {
            foreach (var s in sentences) parser.Parse(s.Text, s.Tokens, s.Tags);
        }
        process.Refresh();
        Console.WriteLine($"{tokens} tokens x {repeat}: {(process.TotalProcessorTime - cpu).TotalNanoseconds / tokens / repeat:F0} ns CPU per token of parsing (tags given)");
        return 0;
    }

    private static DependencyParser LoadParser(string path)
    {
        using var stream = File.OpenRead(path);
        return DependencyParser.Load(stream);
    }

    public static List<ParsedSentence> Load(IEnumerable<string> files, TextWriter log, string name)
    {
        var (kept, skipped) = (new List<ParsedSentence>(), 0);
        foreach (var file in files)
        {
            foreach (var sentence in Conllu.Read(file))
            {
                if (DependencyAlignment.Align(sentence) is { } parsed) kept.Add(parsed);
                else skipped++;
            }
        }
        log.WriteLine($"{name}: {kept.Count} sentences, {kept.Sum(s => s.Heads.Length)} tokens ({skipped} skipped: tokens not found in the text, or no tree)");
        return kept;
    }
}
