namespace Byline.Language;

/// <summary>
/// Lemmas from rules learned from the treebanks' lemma column: for a tag and the longest known suffix of the
/// word, strip some characters and append others ("studies"/NNS → "study"); words the rules get wrong in the
/// treebanks ("went"/VBD → "go") are exceptions looked up first. Proper nouns keep their case, other words are
/// lower-cased.
/// </summary>
internal sealed class Lemmatizer
{
    /// <summary>The longest suffix a rule looks at.</summary>
    public const int MaxSuffix = 5;

    private readonly Dictionary<ulong, LemmaRule> _rules;
    private readonly Dictionary<ulong, string> _exceptions;

    public Lemmatizer(SortedPairs<LemmaRule> rules, SortedPairs<string> exceptions)
    {
        _rules = ToDictionary(rules);
        _exceptions = ToDictionary(exceptions);
    }

    // Sized once and filled from the arrays (no enumerator, no rehash on growth).
    private static Dictionary<ulong, T> ToDictionary<T>(SortedPairs<T> pairs)
    {
        var dictionary = new Dictionary<ulong, T>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++) dictionary[pairs.Keys[i]] = pairs.Values[i];
        return dictionary;
    }

    public string Lemmatize(ReadOnlySpan<char> word, PosTag tag)
    {
        if (_exceptions.TryGetValue(ExceptionKey(tag.Id, word), out var lemma))
        {
            return lemma;
        }
        var rule = FindRule(word, tag.Id);
        var keep = Math.Max(0, word.Length - rule.Strip);
        var stem = tag.IsProperNoun ? word[..keep].ToString() : word[..keep].ToString().ToLowerInvariant();
        return rule.Append.Length == 0 ? stem : stem + rule.Append;
    }

    /// <summary>
    /// The lemmas <paramref name="word"/> may have as <paramref name="tag"/>, the likelier first: the exception, then
    /// the rule of each known suffix from the longest down. The longest suffix rests on few words of the treebanks
    /// ("blasted" ends like "wasted"), so a caller that can check a lemma against a word list backs off to the
    /// shorter, better attested suffixes.
    /// </summary>
    public IEnumerable<string> Candidates(string word, PosTag tag)
    {
        var candidates = new List<string>();
        AddCandidates(word, tag, candidates);
        return candidates.Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// <see cref="Candidates"/> appended to <paramref name="into"/>, repeats included: the same lemmas in the same
    /// order with no iterator or set, for a caller that makes them for every new spelling.
    /// </summary>
    public void AddCandidates(string word, PosTag tag, List<string> into)
    {
        if (_exceptions.TryGetValue(ExceptionKey(tag.Id, word), out var exception))
        {
            into.Add(exception);
        }
        for (var length = Math.Min(MaxSuffix, word.Length); length >= 0; length--)
        {
            if (_rules.TryGetValue(RuleKey(tag.Id, word, length), out var rule) && rule.Strip < word.Length)
            {
                into.Add(LowerStem(word, rule));
            }
        }
    }

    /// <summary>The word without the rule's stripped ending, lower-cased, with its ending appended: one string.</summary>
    private static string LowerStem(string word, LemmaRule rule) =>
        string.Create(word.Length - rule.Strip + rule.Append.Length, (word, rule), static (span, state) =>
        {
            var keep = state.word.Length - state.rule.Strip;
            state.word.AsSpan(0, keep).ToLowerInvariant(span);
            state.rule.Append.AsSpan().CopyTo(span[keep..]);
        });

    private LemmaRule FindRule(ReadOnlySpan<char> word, byte tag)
    {
        for (var length = Math.Min(MaxSuffix, word.Length); length >= 0; length--)
        {
            if (_rules.TryGetValue(RuleKey(tag, word, length), out var rule))
            {
                return rule;
            }
        }
        return new LemmaRule(0, "");
    }

    public static ulong RuleKey(byte tag, ReadOnlySpan<char> word, int suffixLength) =>
        WordHashes.Mix(WordHashes.Mix(0x1E77A, tag), WordHashes.Mix((ulong)suffixLength, WordHashes.LowerHash(word, word.Length - suffixLength)));

    public static ulong ExceptionKey(byte tag, ReadOnlySpan<char> word) =>
        WordHashes.Mix(WordHashes.Mix(0xE8CE, tag), WordHashes.LowerHash(word, 0));
}
