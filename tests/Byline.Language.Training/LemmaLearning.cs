namespace Byline.Language.Training;

/// <summary>
/// Learns the lemmatizer's data from the treebanks' lemma column: for each tag and each suffix of up to
/// <see cref="Lemmatizer.MaxSuffix"/> characters, the most frequent edit from the word to its lemma (kept when
/// seen at least a few times), then every training word the rules still get wrong as an exception.
/// </summary>
internal static class LemmaLearning
{
    public static (SortedDictionary<ulong, LemmaRule> Rules, SortedDictionary<ulong, string> Exceptions) Learn(
        IReadOnlyList<AlignedSentence> sentences, string[] labels, Dictionary<string, byte> labelIds, int minimumCount)
    {
        var tags = labels.Select((l, i) => new PosTag((byte)i, l)).ToArray();
        var edits = new Dictionary<ulong, Dictionary<LemmaRule, int>>();
        var lemmas = new Dictionary<ulong, (string Word, byte Tag, Dictionary<string, int> Lemmas)>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var word = sentence.Word(i);
                var tag = tags[labelIds[sentence.Labels[i]]];
                var edit = Edit(tag.IsProperNoun ? word.ToString() : word.ToString().ToLowerInvariant(), sentence.Lemmas[i]);
                for (var length = 0; length <= Math.Min(Lemmatizer.MaxSuffix, word.Length); length++)
                {
                    Count(edits, Lemmatizer.RuleKey(tag.Id, word, length), edit);
                }
                var key = Lemmatizer.ExceptionKey(tag.Id, word);
                if (!lemmas.TryGetValue(key, out var seen)) lemmas[key] = seen = (word.ToString().ToLowerInvariant(), tag.Id, []);
                seen.Lemmas[sentence.Lemmas[i]] = seen.Lemmas.GetValueOrDefault(sentence.Lemmas[i]) + 1;
            }
        }
        var rules = new SortedDictionary<ulong, LemmaRule>();
        foreach (var (key, counts) in edits)
        {
            var (rule, count) = MostFrequent(counts);
            if (count >= minimumCount) rules[key] = rule;
        }
        var lemmatizer = new Lemmatizer(rules, new SortedDictionary<ulong, string>());
        var exceptions = new SortedDictionary<ulong, string>();
        foreach (var (key, (word, tag, counts)) in lemmas)
        {
            var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
            if (!string.Equals(lemmatizer.Lemmatize(word, tags[tag]), best, StringComparison.OrdinalIgnoreCase)) exceptions[key] = best;
        }
        return (rules, exceptions);
    }

    /// <summary>The edit that turns <paramref name="word"/> into <paramref name="lemma"/> after their common prefix.</summary>
    public static LemmaRule Edit(string word, string lemma)
    {
        var common = 0;
        while (common < word.Length && common < lemma.Length && word[common] == lemma[common]) common++;
        return new LemmaRule((byte)Math.Min(255, word.Length - common), lemma[common..]);
    }

    private static void Count(Dictionary<ulong, Dictionary<LemmaRule, int>> edits, ulong key, LemmaRule edit)
    {
        if (!edits.TryGetValue(key, out var counts)) edits[key] = counts = [];
        counts[edit] = counts.GetValueOrDefault(edit) + 1;
    }

    private static (LemmaRule Rule, int Count) MostFrequent(Dictionary<LemmaRule, int> counts)
    {
        var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Strip).ThenBy(c => c.Key.Append, StringComparer.Ordinal).First();
        return (best.Key, best.Value);
    }
}
