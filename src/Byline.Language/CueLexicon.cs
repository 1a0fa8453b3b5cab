namespace Byline.Language;

/// <summary>What a reporting cue tells about its source (see docs/language.md).</summary>
public enum CueClass
{
    /// <summary>The source said or wrote it: "state", "reply".</summary>
    Speech,
    /// <summary>The source holds it as a view or feeling: "believe", "hope".</summary>
    Stance,
    /// <summary>The source saw or heard it: "see", "notice".</summary>
    Perception,
    /// <summary>A text carries it: "statement", "report".</summary>
    Document,
    /// <summary>The source did something that conveys it.</summary>
    Action,
}

/// <summary>The part of speech a cue entry is for.</summary>
public enum CuePos
{
    Verb,
    Noun,
}

/// <summary>
/// Reporting-cue candidates by lemma and part of speech, from the embedded <c>Data/reporting-cues.yaml</c>
/// (derived from WordNet 3.0; see NOTICE-wordnet.txt). Loaded on first use of <see cref="Default"/>; immutable.
/// </summary>
public sealed class CueLexicon
{
    private static readonly Lazy<CueLexicon> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<(string Lemma, CuePos Pos), CueEntry> _entries;

    private CueLexicon(Dictionary<(string, CuePos), CueEntry> entries) => _entries = entries;

    public static CueLexicon Default => Embedded.Value;

    public int Count => _entries.Count;

    /// <summary>Every candidate, in no particular order.</summary>
    public IEnumerable<CueEntry> Entries => _entries.Values;

    /// <summary>The class of <paramref name="lemma"/> used as <paramref name="pos"/>, or null when it is no candidate.</summary>
    public CueClass? Find(string lemma, CuePos pos) => _entries.TryGetValue((lemma, pos), out var entry) ? entry.Class : null;

    /// <summary>The entry, with how many of the lemma's WordNet senses report.</summary>
    public CueEntry? Entry(string lemma, CuePos pos) => _entries.GetValueOrDefault((lemma, pos));

    /// <summary>A lexicon from YAML text in the form of <c>Data/reporting-cues.yaml</c> (tests and the training tools).</summary>
    public static CueLexicon Parse(string yaml) => FromValues(Syntax.CompiledYaml.ReadValues(Syntax.CompiledYaml.Compile(new StringReader(yaml))));

    /// <summary>
    /// A lexicon from the file's plain values (a mapping is a dictionary, a sequence a list, a scalar a string),
    /// as both the YAML text and its compiled form read.
    /// </summary>
    private static CueLexicon FromValues(object? root)
    {
        var entries = new Dictionary<(string, CuePos), CueEntry>();
        var cues = (root as Dictionary<string, object?>)?.GetValueOrDefault("cues") as List<object?> ?? [];
        foreach (var item in cues)
        {
            var cue = item as Dictionary<string, object?> ?? throw new InvalidDataException("A cue must be a mapping.");
            var lemma = Text(cue, "lemma");
            if (!Enum.TryParse<CuePos>(Text(cue, "pos"), ignoreCase: true, out var pos) || !Enum.TryParse<CueClass>(Text(cue, "class"), ignoreCase: true, out var cueClass))
            {
                throw new InvalidDataException($"Cue '{lemma}': unknown part of speech '{Text(cue, "pos")}' or class '{Text(cue, "class")}'.");
            }
            entries[(lemma, pos)] = new CueEntry(lemma, pos, cueClass, Number(cue, "senses"), Number(cue, "of"));
        }
        return new CueLexicon(entries);
    }

    private static string Text(Dictionary<string, object?> cue, string key) => cue.GetValueOrDefault(key) as string ?? "";

    private static int Number(Dictionary<string, object?> cue, string key) =>
        int.TryParse(Text(cue, key), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>The embedded lexicon, read from its compiled form (<c>src/Byline.YamlCompiler/CompiledYaml.targets</c>): no YAML parse at run time.</summary>
    private static CueLexicon LoadEmbedded() =>
        FromValues(Syntax.CompiledYaml.LoadValues(typeof(CueLexicon).Assembly, "Byline.Language.Data.reporting-cues.yaml"));
}

/// <summary>One candidate: <see cref="Senses"/> of the lemma's <see cref="AllSenses"/> WordNet senses report.</summary>
public sealed record CueEntry(string Lemma, CuePos Pos, CueClass Class, int Senses, int AllSenses);
