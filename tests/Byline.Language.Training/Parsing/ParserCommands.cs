using System.Globalization;

namespace Byline.Language.Training;

/// <summary>The parser experiment's commands: train, measure attachment, measure cost (docs/language.md, "Session 19: dependency parser").</summary>
internal static class ParserCommands
{
    public static int Train(Dictionary<string, string> options)
    {
        var (ewt, gum, output) = (options["--ud-ewt"], options["--gum"], options["--out"]);
        var sentences = Treebanks.Load([Treebanks.EwtFile(ewt, "train")], Console.Out, "EWT train");
        sentences.AddRange(Treebanks.Load(Treebanks.GumFiles(gum, "train"), Console.Out, "GUM train (open genres)"));
        var settings = new ParserTrainingOptions();
        if (options.TryGetValue("--iterations", out var iterations)) settings = settings with { Iterations = int.Parse(iterations, CultureInfo.InvariantCulture) };
        if (options.TryGetValue("--jackknife", out var folds)) settings = settings with { JackknifeFolds = int.Parse(folds, CultureInfo.InvariantCulture) };
        Console.WriteLine(settings);
        var training = settings.JackknifeFolds > 1 ? JackknifedExamples(sentences, settings.JackknifeFolds, settings.JackknifeTaggerIterations, Console.Out) : Examples(sentences);
        var parser = ParserTraining.Train(training, settings, Console.Out);
        using (var file = File.Create(output)) parser.Write(file);
        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length} bytes, {parser.Weights.FeatureKeys.Length} features, {parser.Weights.EntryLabels.Length} weights, {parser.Relations.Length} relations");
        Console.WriteLine($"SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(output)))}");
        return Evaluate(DependencyParser.Load(output), ewt, gum);
    }

    public static int Evaluate(Dictionary<string, string> options) =>
        Evaluate(DependencyParser.Load(options["--model"]), options["--ud-ewt"], options["--gum"]);

    /// <summary>
    /// The sentences whose gold tree is a tree on the tokens, with predicted tags (of <paramref name="tagger"/>, by
    /// default the shipped one), numbered as the shipped tagger numbers them.
    /// </summary>
    public static List<ParserExample> Examples(IEnumerable<AlignedSentence> sentences, PartOfSpeechTagger? tagger = null)
    {
        tagger ??= PartOfSpeechTagger.Default;
        var ids = PartOfSpeechTagger.Default.Tags.ToDictionary(t => t.Label, t => t.Id, StringComparer.Ordinal);
        var examples = new List<ParserExample>();
        foreach (var sentence in sentences)
        {
            if (sentence.Tree is null) continue;
            var tags = new PosTag[sentence.Tokens.Length];
            tagger.TagContext(TaggerTraining.Context(sentence), tags);
            var words = Enumerable.Range(0, sentence.Tokens.Length).Select(i => WordHashes.Of(sentence.Word(i))).ToArray();
            examples.Add(new ParserExample(new ParserInput(words, [.. tags.Select(t => ids[t.Label])]), sentence.Tree));
        }
        return examples;
    }

    /// <summary>
    /// Training sentences tagged as unseen text is (jackknifing): the sentences are dealt into <paramref name="folds"/>
    /// folds by position (those without a tree on the tokens left out), and each fold is tagged by a tagger trained on the others, so the parser does not learn to
    /// trust tags that are right only because the shipped tagger saw these very sentences.
    /// </summary>
    public static List<ParserExample> JackknifedExamples(IEnumerable<AlignedSentence> all, int folds, int taggerIterations, TextWriter log)
    {
        var sentences = all.Where(s => s.Tree is not null).ToList();
        var examples = new List<ParserExample>[folds];
        for (var fold = 0; fold < folds; fold++)
        {
            var (held, rest) = (new List<AlignedSentence>(), new List<AlignedSentence>());
            for (var i = 0; i < sentences.Count; i++) (i % folds == fold ? held : rest).Add(sentences[i]);
            var model = TaggerTraining.Train(rest, new TrainingOptions(Iterations: taggerIterations), TextWriter.Null);
            examples[fold] = Examples(held, new PartOfSpeechTagger(model));
            log.WriteLine($"fold {fold + 1} of {folds}: {held.Count} sentences tagged by a tagger trained on the other {rest.Count}");
        }
        return [.. Enumerable.Range(0, sentences.Count).Select(i => examples[i % folds][i / folds])];
    }

    private static int Evaluate(DependencyParser parser, string ewt, string gum)
    {
        foreach (var (name, files) in new (string, IReadOnlyList<string>)[]
        {
            ("EWT dev", [Treebanks.EwtFile(ewt, "dev")]),
            ("GUM dev (open genres)", Treebanks.GumFiles(gum, "dev")),
        })
        {
            var sentences = Treebanks.Load(files, TextWriter.Null, name);
            var examples = Examples(sentences);
            Console.WriteLine($"{name}: {AttachmentScore.Measure(parser, examples)} ({sentences.Count - examples.Count} sentences without a tree on the tokens left out)");
        }
        return 0;
    }

    /// <summary>Processor time per token of tagging and parsing every sentence of a text (tagging measured apart by tagging-cost).</summary>
    public static int Cost(Dictionary<string, string> options)
    {
        var parser = DependencyParser.Load(options["--model"]);
        var text = File.ReadAllText(options["--text"]);
        var repeat = int.Parse(options.GetValueOrDefault("--repeat") ?? "3", CultureInfo.InvariantCulture);
        var tree = Byline.Syntax.ArticleSyntaxTree.Parse(Byline.Text.ArticleText.From(text), Byline.Syntax.ArticleFormat.PlainText);
        var inputs = tree.Blocks.SelectMany(b => b.Node.Sentences.Select(s => DependencyParser.Input(b.Node.Text, s.Tokens.AsSpan(), PartOfSpeechTagger.Default))).ToList();
        var tokens = inputs.Sum(s => s.Length);
        foreach (var input in inputs) parser.Parse(input);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var r = 0; r < repeat; r++)
        {
            foreach (var input in inputs) parser.Parse(input);
        }
        process.Refresh();
        Console.WriteLine($"{tokens} tokens x {repeat}: parsing (tags given) {(process.TotalProcessorTime - cpu).TotalNanoseconds / tokens / repeat:F0} ns CPU per token");
        return 0;
    }
}
