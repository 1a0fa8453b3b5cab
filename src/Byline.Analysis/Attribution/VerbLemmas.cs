using Byline.Language;

namespace Byline.Analysis.Attribution;

/// <summary>
/// Reads a regular verb form back to its lemma with Byline.Language's lemmatizer (the tagger's rules and exceptions,
/// learned from the treebanks), so the attribution lexicon and the tagged tokens share one lemmatizer. The form's
/// ending says which verb form to read it as: -s the third person (VBZ), -ed the past or the participle (VBD, VBN),
/// -ing the gerund (VBG). Irregular forms ("said", "wrote") are data (<c>irregular_verbs</c> in
/// <c>Data/attribution.yaml</c>), not read here.
/// </summary>
internal static class VerbLemmas
{
    private static readonly Lazy<VerbTags> Tags = new(FindTags);

    private sealed record VerbTags(PosTag[] ThirdPerson, PosTag[] Past, PosTag[] Gerund);

    /// <summary>
    /// The lemmas a lower-case word with a regular verb ending may be a form of, the likelier first (the lemmatizer's
    /// candidates, <see cref="PartOfSpeechTagger.LemmaCandidates"/>); none for a word without one.
    /// </summary>
    // Made for every new spelling with a verb ending (a whole-folder check meets one every few dozen words): the
    // candidates go into one list per thread and only the kept lemmas into the result, with no iterator or set.
    public static IReadOnlyList<string> RegularLemmasOf(string lower)
    {
        if (lower.Length < 4)
        {
            return [];
        }
        var tags = Tags.Value;
        var forms = lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) ? tags.ThirdPerson
            : lower.EndsWith("ed", StringComparison.Ordinal) ? tags.Past
            : lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 4 ? tags.Gerund
            : [];
        if (forms.Length == 0)
        {
            return [];
        }
        var tagger = PartOfSpeechTagger.Default;
        var candidates = _candidates ??= [];
        candidates.Clear();
        foreach (var tag in forms)
        {
            tagger.AddLemmaCandidates(lower, tag, candidates);
        }
        List<string>? lemmas = null;
        foreach (var lemma in candidates)
        {
            // The first of each spelling, in the candidates' order (a handful: a linear search beats a set).
            if (lemma != lower && lemma.Length > 1 && (lemmas is null || !lemmas.Contains(lemma)))
            {
                (lemmas ??= new List<string>(2)).Add(lemma);
            }
        }
        return (IReadOnlyList<string>?)lemmas ?? [];
    }

    [ThreadStatic]
    private static List<string>? _candidates;

    /// <summary>The likeliest lemma of a regular verb form, or null (<see cref="RegularLemmasOf"/>).</summary>
    public static string? RegularLemmaOf(string lower) => RegularLemmasOf(lower) is [var first, ..] ? first : null;

    /// <summary>
    /// The lemma of a past form whose lemma ends in a silent "e" the ending dropped ("joked" → joke, "opined" → opine),
    /// or null: English spelling, for verbs too rare in the treebanks for the trained rules to restore it. Not for
    /// -ing forms, which open noun phrases as adjectives ("declining numbers") more often than they report.
    /// </summary>
    public static string? WithDroppedE(string lower)
    {
        var stem = lower.EndsWith("ed", StringComparison.Ordinal) ? lower[..^2] : null;
        return stem is { Length: >= 2 } && !"aeiouy".Contains(stem[^1]) && "aeiou".Contains(stem[^2]) ? stem + "e" : null;
    }

    private static VerbTags FindTags()
    {
        var tags = PartOfSpeechTagger.Default.Tags;
        PosTag[] Find(params string[] xpos) => [.. xpos.Select(x => tags.FirstOrDefault(t => t.Upos == UniversalPos.VERB && t.XposLabel == x)).OfType<PosTag>()];
        return new VerbTags(Find("VBZ"), Find("VBD", "VBN"), Find("VBG"));
    }
}
