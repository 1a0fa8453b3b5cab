namespace Byline.Analysis.Entities;

/// <summary>
/// What linking's first pass established over a whole article (<see cref="EntityAnalyzer"/>'s <c>Establish</c>), kept in
/// the document's side table (<see cref="BlockResultTable.FirstPass"/>) for the next edit's partial relink: the acronym
/// definitions, surnames, given names, firms, sports sides and acronyms of common nouns as the pass leaves them, the
/// footnotes, the drafts the definitions made, and for every surface the article's candidates write, how many of them
/// there are and how many are a single word capitalised mid-sentence (exact counts, where the pass itself only keeps
/// "once" and "again"). The pass folds the blocks' candidates in document order (the first definition of an acronym or
/// surname wins), so no block's share of it can be told apart; but an edit whose blocks establish the same before and
/// after (<see cref="EntityAnalyzer"/>'s partial relink) changes only the counts of the words it touched, so the next
/// pass is this one with those counts moved (<see cref="After"/>): a keystroke pays for its blocks' candidates, not the
/// article's. Never written once kept, so two analyses made from the same previous one may both read it; one document's
/// only, never shared with another, never keyed by text.
/// </summary>
internal sealed class FirstPass
{
    public FirstPass(Dictionary<char, string> footnotes) => Footnotes = footnotes;

    private FirstPass(FirstPass from, SurfaceCounts counts)
    {
        (Acronyms, Surnames, ShapeOnlySurnames, GivenNames) = (from.Acronyms, from.Surnames, from.ShapeOnlySurnames, from.GivenNames);
        (Firms, Teams, CommonNounAcronyms, Footnotes, Definitions) = (from.Firms, from.Teams, from.CommonNounAcronyms, from.Footnotes, from.Definitions);
        Counts = counts;
    }

    public Dictionary<string, string> Acronyms { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Surnames { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ShapeOnlySurnames { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string?> GivenNames { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string>? Firms { get; set; }
    public HashSet<string>? Teams { get; set; }
    public HashSet<string>? CommonNounAcronyms { get; set; }
    public Dictionary<char, string> Footnotes { get; }

    /// <summary>The acronym definitions in the order the pass met them, which made or filled their entities' drafts.</summary>
    public List<(string Id, KnownEntity? Known, string Acronym, string Expansion)> Definitions { get; } = [];

    public SurfaceCounts Counts { get; } = new();

    /// <summary>Whether the article capitalises <paramref name="word"/> mid-sentence (as a single word) at all.</summary>
    public bool IsMidSentence(string word) => Counts[word].Mid > 0;

    /// <summary>Whether it does so more than once.</summary>
    public bool IsMidSentenceAgain(string word) => Counts[word].Mid > 1;

    /// <summary>
    /// This pass after an edit whose blocks establish the same (the caller checked), given its blocks' candidates before
    /// and after; null when a word the edit capitalises mid-sentence more or less often also stands elsewhere and so
    /// may read differently there (a candidate outside the edit would then resolve otherwise).
    /// </summary>
    public FirstPass? After(List<MentionCandidate> before, List<MentionCandidate> after)
    {
        var words = new List<(string Word, int All, int Mid, int AllAfter, int MidAfter)>();
        foreach (var c in before) Count(words, c, after: false);
        foreach (var c in after) Count(words, c, after: true);
        var changes = new List<(string Word, int All, int Mid)>(words.Count);
        foreach (var (word, all, mid, allAfter, midAfter) in words)
        {
            if (all == allAfter && mid == midAfter) continue;
            var (total, totalMid) = Counts[word];
            var (elsewhere, elsewhereMid) = (total - all, totalMid - mid);
            // Linking asks of a word only whether it is capitalised mid-sentence at all and whether more than once.
            if (mid != midAfter && elsewhere > 0 && Math.Min(elsewhereMid + mid, 2) != Math.Min(elsewhereMid + midAfter, 2)) return null;
            changes.Add((word, elsewhere + allAfter, elsewhereMid + midAfter));
        }
        return changes.Count == 0 ? this : new FirstPass(this, Counts.With(changes));
    }

    private static void Count(List<(string Word, int All, int Mid, int AllAfter, int MidAfter)> words, MentionCandidate c, bool after)
    {
        var at = words.FindIndex(w => string.Equals(w.Word, c.Surface, StringComparison.Ordinal));
        if (at < 0)
        {
            words.Add((c.Surface, 0, 0, 0, 0));
            at = words.Count - 1;
        }
        var (mid, w) = (SurfaceCounts.IsMidSentenceWord(c) ? 1 : 0, words[at]);
        words[at] = after ? w with { AllAfter = w.AllAfter + 1, MidAfter = w.MidAfter + mid } : w with { All = w.All + 1, Mid = w.Mid + mid };
    }
}

/// <summary>
/// For each surface an article's candidates write, how many candidates write it and how many of those are a single word
/// capitalised mid-sentence. Counted once over the article (<see cref="Add"/>); an edit's counts are a copy of the few
/// words it changed laid over the counts it was made from (<see cref="With"/>), folded into one table when the words
/// laid over pass <see cref="MostChanged"/>, so a keystroke copies a handful of entries, not the article's.
/// </summary>
internal sealed class SurfaceCounts
{
    /// <summary>The most words laid over the shared table before a copy folds them in (a keystroke in a name changes one or two).</summary>
    private const int MostChanged = 64;

    private readonly Dictionary<string, (int All, int Mid)> _counts;
    private readonly Dictionary<string, (int All, int Mid)>? _changed;

    public SurfaceCounts() => _counts = new(StringComparer.Ordinal);

    private SurfaceCounts(Dictionary<string, (int All, int Mid)> counts, Dictionary<string, (int All, int Mid)>? changed) =>
        (_counts, _changed) = (counts, changed);

    /// <summary>A candidate that counts as a word the article capitalises mid-sentence (linking's first pass).</summary>
    public static bool IsMidSentenceWord(MentionCandidate c) => !c.IsCapitalsOnly && !c.SentenceInitial && c.WordCount == 1;

    public (int All, int Mid) this[string surface] =>
        _changed is not null && _changed.TryGetValue(surface, out var changed) ? changed : _counts.GetValueOrDefault(surface);

    /// <summary>Counts one more candidate: only while the article's pass is made, before anything reads the counts.</summary>
    public void Add(MentionCandidate c)
    {
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, c.Surface, out _);
        count = (count.All + 1, count.Mid + (IsMidSentenceWord(c) ? 1 : 0));
    }

    /// <summary>These counts with <paramref name="changes"/>' words counted anew; this object is left as it was.</summary>
    public SurfaceCounts With(List<(string Word, int All, int Mid)> changes)
    {
        if ((_changed?.Count ?? 0) + changes.Count > MostChanged)
        {
            var folded = new Dictionary<string, (int All, int Mid)>(_counts, StringComparer.Ordinal);
            foreach (var (word, count) in _changed ?? []) Set(folded, word, count);
            foreach (var (word, all, mid) in changes) Set(folded, word, (all, mid));
            return new SurfaceCounts(folded, null);
        }
        var changed = _changed is null ? new Dictionary<string, (int All, int Mid)>(StringComparer.Ordinal) : new(_changed, StringComparer.Ordinal);
        foreach (var (word, all, mid) in changes) changed[word] = (all, mid);
        return new SurfaceCounts(_counts, changed);
    }

    /// <summary>Every surface counted, with its counts (none of them zero), in no particular order: for tests.</summary>
    internal IEnumerable<(string Surface, int All, int Mid)> Counted()
    {
        foreach (var (word, count) in _counts)
        {
            if (_changed is null || !_changed.ContainsKey(word)) yield return (word, count.All, count.Mid);
        }
        foreach (var (word, count) in _changed ?? [])
        {
            if (count.All > 0) yield return (word, count.All, count.Mid);
        }
    }

    /// <summary>How many words are laid over the shared table (0 once folded): for tests.</summary>
    internal int LaidOver => _changed?.Count ?? 0;

    private static void Set(Dictionary<string, (int All, int Mid)> counts, string word, (int All, int Mid) count)
    {
        if (count.All == 0) counts.Remove(word);
        else counts[word] = count;
    }
}
