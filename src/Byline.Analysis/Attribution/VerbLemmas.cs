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
    public static IEnumerable<string> RegularLemmasOf(string lower)
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
        var tagger = PartOfSpeechTagger.Default;
        return forms.SelectMany(tag => tagger.LemmaCandidates(lower, tag)).Where(lemma => lemma != lower && lemma.Length > 1).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The likeliest lemma of a regular verb form, or null (<see cref="RegularLemmasOf"/>).</summary>
    public static string? RegularLemmaOf(string lower) => RegularLemmasOf(lower).FirstOrDefault();

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
