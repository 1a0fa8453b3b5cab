using Byline.EntityExperiment;

namespace Byline.Language.Training;

/// <summary>
/// <c>dotnet run --project tests/Byline.Language.Training -c Release -- &lt;command&gt; [options]</c>; see
/// docs/language.md for the sources and the exact commands that made the committed data.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage:
          train-tagger --ud-ewt DIR --gum DIR --out FILE [--min-weight W] [--iterations N]   train on EWT train + GUM train (open genres), write the weights, print held-out accuracy
          evaluate-tagger --ud-ewt DIR --gum DIR [--model FILE] [--errors DIR]   accuracy of the embedded (or given) weights; lemma errors as TSV
          tagging-cost --text FILE [--repeat N] [--entity-model FILE]   CPU time per token of tagging FILE's sentences (for machines too busy for wall-clock benchmarks); with an entity model, of the entity tagger too
          train-entities --gum-git DIR --gum-commit SHA --out FILE [--iterations N]   train the entity-tagger experiment on GUM train (open genres, WebAnno TSV at that commit)
          train-parser --ud-ewt DIR --gum DIR --out FILE [--iterations N] [--jackknife FOLDS]   train the dependency-parser experiment on EWT train + GUM train (open genres) with predicted tags, print held-out UAS/LAS
          evaluate-parser --ud-ewt DIR --gum DIR --model FILE   UAS/LAS of a parser model on EWT dev and GUM dev (open genres)
          parsing-cost --text FILE --model FILE [--repeat N]   CPU time per token of parsing FILE's sentences, tags given
          parser-polnear --polnear DIR --model FILE [--split train|dev]   whether the parser's subjects and clausal complements would help attribution on PolNeAR (measurement only)
          build-lexicon --wordnet DIR --out FILE [--settings YAML]   reporting-cue candidates from WordNet 3.0 as YAML
          build-party-verbs --wordnet DIR --out FILE   verbs of cognition, communication, competition, emotion, perception and social acts from WordNet 3.0, any frame (a named party's stance or action)
          build-entity-names --wordnet DIR --out FILE   people, places, organisations and nationality words from WordNet 3.0 as YAML
          build-club-names --clubs-git DIR --clubs-commit SHA --wordnet DIR --out FILE   football clubs' names from openfootball/clubs at that commit, less spellings that say nothing on their own
          build-brand-names --icons-git DIR --icons-commit SHA --wordnet DIR --out FILE   brands', firms' and platforms' names from simple-icons at that commit, less spellings that say nothing on their own
          build-company-names --companies-git DIR --companies-commit SHA --wordnet DIR [--knowledge-base DIR] --out FILE   listed companies' names from datasets/s-and-p-500-companies at that commit without their legal forms, less spellings that say nothing on their own or read as a person's
          build-wordnet-description-heads --wordnet DIR --gum-git DIR --gum-commit SHA --hand-kept FILE --out FILE   heads of bodies and places from WordNet 3.0's first senses, filtered by SemCor and GUM train, and the plurals of the hand-kept heads (entity-descriptions.yaml), as YAML
          build-description-heads --gum-git DIR --gum-commit SHA --out FILE   head nouns of GUM train's mentions of groups, organisations and places not written as names (open genres, at that commit) as YAML
          build-common-words --wordnet DIR --out FILE   ordinary English words from WordNet 3.0 (written in lower case, with a sense tagged in SemCor) as YAML
        """;

    public static int Main(string[] args)
    {
        try
        {
            var options = Options(args.Skip(1));
            return args.FirstOrDefault() switch
            {
                "train-tagger" => TrainTagger(options),
                "evaluate-tagger" => EvaluateTagger(options),
                "build-lexicon" => BuildLexicon(options),
                "build-party-verbs" => BuildPartyVerbs(options),
                "build-entity-names" => BuildEntityNames(options),
                "build-common-words" => BuildCommonWords(options),
                "build-club-names" => BuildClubNames(options),
                "build-brand-names" => BuildBrandNames(options),
                "build-company-names" => BuildCompanyNames(options),
                "build-description-heads" => BuildDescriptionHeads(options),
                "build-wordnet-description-heads" => BuildWordNetDescriptionHeads(options),
                "train-entities" => TrainEntities(options),
                "tagging-cost" => TaggingCost(options),
                "train-parser" => ParserCommands.Train(options),
                "evaluate-parser" => ParserCommands.Evaluate(options),
                "parsing-cost" => ParserCommands.Cost(options),
                "parser-polnear" => ParserPolnear.Run(options),
                _ => Fail(Usage),
            };
        }
        catch (Exception e) when (e is IOException or InvalidDataException or KeyNotFoundException or UnauthorizedAccessException)
        {
            return Fail(e.Message);
        }
    }

    private static int BuildEntityNames(Dictionary<string, string> options)
    {
        var names = WordNetNames.Build(options["--wordnet"]);
        File.WriteAllText(options["--out"], WordNetNames.Yaml(names));
        Console.WriteLine($"wrote {options["--out"]}: {names.People.Count} people, {names.Places.Count} places, {names.Organisations.Count} organisations, {names.Nationalities.Count} nationality words");
        return 0;
    }

    private static int BuildCommonWords(Dictionary<string, string> options)
    {
        var words = WordNetCommonWords.Build(options["--wordnet"]);
        File.WriteAllText(options["--out"], WordNetCommonWords.Yaml(words));
        Console.WriteLine($"wrote {options["--out"]}: {words.Count} words");
        return 0;
    }

    private static int BuildDescriptionHeads(Dictionary<string, string> options)
    {
        var heads = GumDescriptionHeads.Build(options["--gum-git"], options["--gum-commit"]);
        File.WriteAllText(options["--out"], GumDescriptionHeads.Yaml(heads));
        Console.WriteLine($"wrote {options["--out"]}: {string.Join(", ", heads.ByKey.Select(k => $"{k.Value.Count} {k.Key}"))} from {heads.Mentions} mentions in {heads.Documents} documents");
        return 0;
    }

    private static int BuildWordNetDescriptionHeads(Dictionary<string, string> options)
    {
        var heads = WordNetDescriptionHeads.Build(options["--wordnet"], options["--gum-git"], options["--gum-commit"],
            WordNetDescriptionHeads.HandKeptHeads.Read(options["--hand-kept"]));
        File.WriteAllText(options["--out"], WordNetDescriptionHeads.Yaml(heads));
        Console.WriteLine($"wrote {options["--out"]}: {heads.Organisations.Count} organisations, {heads.Places.Count} places");
        return 0;
    }

    private static int BuildClubNames(Dictionary<string, string> options)
    {
        var output = options["--out"];
        var names = FootballClubNames.Build(options["--clubs-git"], options["--clubs-commit"], options["--wordnet"], Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, FootballClubNames.Yaml(names, options["--clubs-commit"]));
        Console.WriteLine($"wrote {output}: {names.Count} names");
        return 0;
    }

    private static int BuildBrandNames(Dictionary<string, string> options)
    {
        var output = options["--out"];
        var names = SimpleIconsBrands.Build(options["--icons-git"], options["--icons-commit"], options["--wordnet"], Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, SimpleIconsBrands.Yaml(names, options["--icons-commit"]));
        Console.WriteLine($"wrote {output}: {names.Count} names");
        return 0;
    }

    private static int BuildCompanyNames(Dictionary<string, string> options)
    {
        var output = options["--out"];
        // The list is not shipped, so it is written outside the knowledge base's folder, which is named on its own.
        var knowledgeBase = options.GetValueOrDefault("--knowledge-base") ?? Path.GetDirectoryName(Path.GetFullPath(output))!;
        var names = StockIndexCompanies.Build(options["--companies-git"], options["--companies-commit"], options["--wordnet"], knowledgeBase);
        File.WriteAllText(output, StockIndexCompanies.Yaml(names, options["--companies-commit"]));
        Console.WriteLine($"wrote {output}: {names.Count} names");
        Console.WriteLine($"SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(output)))}");
        return 0;
    }

    private static int TrainTagger(Dictionary<string, string> options)
    {
        var (ewt, gum, output) = (options["--ud-ewt"], options["--gum"], options["--out"]);
        var training = Treebanks.Load([Treebanks.EwtFile(ewt, "train")], Console.Out, "EWT train");
        training.AddRange(Treebanks.Load(Treebanks.GumFiles(gum, "train"), Console.Out, "GUM train (open genres)"));
        var settings = new TrainingOptions();
        if (options.TryGetValue("--min-weight", out var minimum)) settings = settings with { MinimumWeight = double.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture) };
        if (options.TryGetValue("--iterations", out var iterations)) settings = settings with { Iterations = int.Parse(iterations, System.Globalization.CultureInfo.InvariantCulture) };
        Console.WriteLine(settings);
        var model = TaggerTraining.Train(training, settings, Console.Out);
        using (var file = File.Create(output)) model.Write(file);
        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length} bytes, {model.Weights.FeatureKeys.Length} features, {model.Weights.EntryLabels.Length} weights, {model.Labels.Length} tags, {model.LemmaRules.Count} lemma rules, {model.LemmaExceptions.Count} lemma exceptions");
        Console.WriteLine($"SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(output)))}");
        using var stream = File.OpenRead(output);
        return Evaluate(new PartOfSpeechTagger(TaggerModel.Read(stream)), ewt, gum);
    }

    private static int EvaluateTagger(Dictionary<string, string> options)
    {
        var errors = options.GetValueOrDefault("--errors");
        if (!options.TryGetValue("--model", out var path)) return Evaluate(PartOfSpeechTagger.Default, options["--ud-ewt"], options["--gum"], errors);
        using var stream = File.OpenRead(path);
        return Evaluate(new PartOfSpeechTagger(TaggerModel.Read(stream)), options["--ud-ewt"], options["--gum"], errors);
    }

    private static int Evaluate(PartOfSpeechTagger tagger, string ewt, string gum, string? errors = null)
    {
        foreach (var (name, files) in new (string, IReadOnlyList<string>)[]
        {
            ("EWT dev", [Treebanks.EwtFile(ewt, "dev")]),
            ("EWT test", [Treebanks.EwtFile(ewt, "test")]),
            ("GUM dev (open genres)", Treebanks.GumFiles(gum, "dev")),
        })
        {
            var sentences = Treebanks.Load(files, TextWriter.Null, name);
            Console.WriteLine($"{name}: {TaggerScore.Measure(tagger, sentences)}");
            if (errors is not null) File.WriteAllLines(Path.Combine(errors, name + ".lemma.tsv"), TaggerErrors.Lemmas(tagger, sentences));
        }
        return 0;
    }

    /// <summary>
    /// Processor time, not wall-clock time, per token: on a machine shared with many busy processes the
    /// benchmark's wall-clock figure mostly measures waiting for a core.
    /// </summary>
    private static int TaggingCost(Dictionary<string, string> options)
    {
        var text = File.ReadAllText(options["--text"]);
        var repeat = int.Parse(options.GetValueOrDefault("--repeat") ?? "5", System.Globalization.CultureInfo.InvariantCulture);
        var tree = Byline.Syntax.ArticleSyntaxTree.Parse(Byline.Text.ArticleText.From(text), Byline.Syntax.ArticleFormat.PlainText);
        var sentences = tree.Blocks.SelectMany(b => b.Node.Sentences.Select(s => (b.Node.Text, s.Tokens))).ToList();
        var tokens = sentences.Sum(s => s.Tokens.Length);
        var tags = new PosTag[sentences.Max(s => s.Tokens.Length)];
        var tagger = PartOfSpeechTagger.Default;
        foreach (var (blockText, sentenceTokens) in sentences) tagger.Tag(blockText, sentenceTokens.AsSpan(), tags);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var (cpu, wall) = (process.TotalProcessorTime, System.Diagnostics.Stopwatch.StartNew());
        for (var r = 0; r < repeat; r++)
        {
            foreach (var (blockText, sentenceTokens) in sentences) tagger.Tag(blockText, sentenceTokens.AsSpan(), tags);
        }
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        Console.WriteLine($"{tokens} tokens x {repeat}: {used.TotalNanoseconds / tokens / repeat:F0} ns CPU per token, {wall.Elapsed.TotalNanoseconds / tokens / repeat:F0} ns wall-clock per token; {text.Length / (double)tokens:F2} chars per token");
        if (options.TryGetValue("--entity-model", out var entityModel)) EntityTaggingCost(EntityTagger.Load(entityModel), sentences, repeat);
        return 0;
    }

    /// <summary>The entity tagger's own CPU time per token, given the part-of-speech tags (measured above) and gazetteer codes.</summary>
    private static void EntityTaggingCost(EntityTagger tagger, List<(string Text, System.Collections.Immutable.ImmutableArray<Byline.Syntax.Token> Tokens)> sentences, int repeat)
    {
        var inputs = sentences.Select(s =>
        {
            var pos = new PosTag[s.Tokens.Length];
            PartOfSpeechTagger.Default.Tag(s.Text, s.Tokens.AsSpan(), pos);
            return (s.Text, s.Tokens, Pos: pos, Gazetteer: new ulong[s.Tokens.Length]);
        }).ToList();
        var labels = new byte[inputs.Max(s => s.Tokens.Length)];
        var tokens = inputs.Sum(s => s.Tokens.Length);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var r = 0; r < repeat; r++)
        {
            foreach (var s in inputs) tagger.Tag(s.Text, s.Tokens.AsSpan(), s.Pos, s.Gazetteer, labels);
        }
        process.Refresh();
        Console.WriteLine($"entity tagger (tags given): {(process.TotalProcessorTime - cpu).TotalNanoseconds / tokens / repeat:F0} ns CPU per token");
    }

    private static int TrainEntities(Dictionary<string, string> options)
    {
        var (repository, commit, output) = (options["--gum-git"], options["--gum-commit"], options["--out"]);
        var training = GumEntityData.Load(repository, commit, "train", Console.Out);
        var settings = new EntityTrainingOptions();
        if (options.TryGetValue("--iterations", out var iterations)) settings = settings with { Iterations = int.Parse(iterations, System.Globalization.CultureInfo.InvariantCulture) };
        Console.WriteLine(settings);
        var model = EntityTraining.Train(training, settings, Console.Out);
        using (var file = File.Create(output)) model.Write(file);
        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length} bytes, {model.Weights.FeatureKeys.Length} features, {model.Weights.EntryLabels.Length} weights, labels {string.Join(' ', model.Labels)}");
        Console.WriteLine($"SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(output)))}");
        return 0;
    }

    private static int BuildLexicon(Dictionary<string, string> options)
    {
        var settingsPath = options.GetValueOrDefault("--settings") ?? Path.Combine(AppContext.BaseDirectory, "wordnet-cues.yaml");
        var candidates = WordNetCues.Build(options["--wordnet"], WordNetCueSettings.Read(settingsPath));
        File.WriteAllText(options["--out"], CueLexiconYaml.Write(candidates));
        Console.WriteLine($"wrote {options["--out"]}: {candidates.Count} candidates ({candidates.Count(c => c.Pos == "verb")} verbs, {candidates.Count(c => c.Pos == "noun")} nouns)");
        return 0;
    }

    private static int BuildPartyVerbs(Dictionary<string, string> options)
    {
        const string settings = "wordnet-party-verbs.yaml";
        var candidates = WordNetCues.Build(options["--wordnet"], WordNetCueSettings.Read(Path.Combine(AppContext.BaseDirectory, settings)));
        var yaml = CueLexiconYaml.Write(candidates, "build-party-verbs --wordnet /usr/share/wordnet --out src/Byline.Analysis/Data/party-verbs.yaml", settings, "Verbs of a party's stance, speech and action", "src/Byline.Language/Data/NOTICE-wordnet.txt");
        File.WriteAllText(options["--out"], yaml);
        Console.WriteLine($"wrote {options["--out"]}: {candidates.Count(c => c.Pos == "verb")} verbs, {candidates.Count(c => c.Pos == "adj")} adjectives");
        Console.WriteLine($"SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(options["--out"])))}");
        return 0;
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !e.MoveNext()) throw new InvalidDataException($"Expected '--option value', got '{name}'.\n{Usage}");
            options[name] = e.Current;
        }
        return options;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
