using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

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

    public static CueLexicon Parse(string yaml)
    {
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<CueFile>(yaml) ?? new CueFile();
        var entries = new Dictionary<(string, CuePos), CueEntry>();
        foreach (var cue in file.Cues)
        {
            if (!Enum.TryParse<CuePos>(cue.Pos, ignoreCase: true, out var pos) || !Enum.TryParse<CueClass>(cue.Class, ignoreCase: true, out var cueClass))
            {
                throw new InvalidDataException($"Cue '{cue.Lemma}': unknown part of speech '{cue.Pos}' or class '{cue.Class}'.");
            }
            entries[(cue.Lemma, pos)] = new CueEntry(cue.Lemma, pos, cueClass, cue.Senses, cue.Of);
        }
        return new CueLexicon(entries);
    }

    private static CueLexicon LoadEmbedded()
    {
        const string name = "Byline.Language.Data.reporting-cues.yaml";
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed class CueFile
    {
        public List<CueRecord> Cues { get; set; } = [];
    }

    private sealed class CueRecord
    {
        public string Lemma { get; set; } = "";
        public string Pos { get; set; } = "";
        public string Class { get; set; } = "";
        public int Senses { get; set; }
        public int Of { get; set; }
    }
}

/// <summary>One candidate: <see cref="Senses"/> of the lemma's <see cref="AllSenses"/> WordNet senses report.</summary>
public sealed record CueEntry(string Lemma, CuePos Pos, CueClass Class, int Senses, int AllSenses);
