using System.Collections.Immutable;

namespace Byline.Analysis.Entities;

public static partial class EntityAnalyzer
{
    /// <summary>
    /// What linking one article needs only while it links: the look-ups of its first pass, the drafts of its entities and
    /// the mentions in document order. A thread links one article after another (`byline check`, the server's pulls), so
    /// these are taken from the thread and given back emptied once the entities are made: an article's linking then
    /// allocates what it returns, not the tables that grow to build it (a fifth of the stage's bytes, measured in
    /// docs/performance.md, Session 37). Taken out while in use, so a linking begun inside another (the fallback of a
    /// partial relink) makes its own; one given up half-way is never given back. Emptied, it holds no article alive.
    /// </summary>
    private sealed class LinkerScratch
    {
        /// <summary>
        /// The most mentions whose tables the thread keeps: a news story has a few hundred; the tables of a book-length
        /// article would stay in memory for as long as the thread lives, so they go with it.
        /// </summary>
        private const int MostKept = 4096;

        [ThreadStatic] private static LinkerScratch? _free;

        public readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> Surnames = new(StringComparer.Ordinal);
        public readonly HashSet<string> MidSentence = new(StringComparer.Ordinal);
        public readonly HashSet<string> MidSentenceAgain = new(StringComparer.Ordinal);
        public readonly HashSet<string> ShapeOnlySurnames = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string?> GivenNames = new(StringComparer.Ordinal);
        public readonly ImmutableArray<Mention>.Builder Undefined = ImmutableArray.CreateBuilder<Mention>();
        public readonly ImmutableArray<Mention>.Builder All = ImmutableArray.CreateBuilder<Mention>();

        /// <summary>The draft of each mention in <see cref="All"/> (grown only when the count given was a guess).</summary>
        public Draft[] Owners = [];

        private readonly Dictionary<string, Draft> _byId = new(StringComparer.Ordinal);
        private readonly List<Draft> _drafts = []; // every draft this scratch has made; the first `_used` are the article's, in the order made
        private int _used;
        private long[] _keys = [];

        public static LinkerScratch Take(int candidateCount)
        {
            var scratch = _free ?? new LinkerScratch();
            _free = null;
            if (scratch.Owners.Length < candidateCount) scratch.Owners = new Draft[candidateCount];
            if (scratch.All.Capacity < candidateCount) scratch.All.Capacity = candidateCount;
            return scratch;
        }

        /// <summary>The article's drafts in the order they were made.</summary>
        public ReadOnlySpan<Draft> Drafts => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_drafts)[.._used];

        /// <summary>The draft of the entity <paramref name="id"/>, made when it is the first; typed by <paramref name="known"/> when given.</summary>
        public Draft DraftFor(string id, KnownEntity? known)
        {
            if (!_byId.TryGetValue(id, out var draft))
            {
                if (_used == _drafts.Count) _drafts.Add(new Draft());
                draft = _drafts[_used++];
                draft.Reset(id);
                _byId[id] = draft;
            }
            if (known is not null && draft.Known is null)
            {
                draft.Known = known;
                draft.Type = known.Type;
                draft.Evidence = TypeEvidence.Known;
            }
            return draft;
        }

        /// <summary>An array for <paramref name="count"/> sort keys, its contents undefined.</summary>
        public long[] Keys(int count) => _keys.Length >= count ? _keys : _keys = new long[Math.Max(count, 2 * _keys.Length)];

        /// <summary>Empties the tables and gives them back to the thread, unless they grew past what it keeps.</summary>
        public void Release()
        {
            if (Owners.Length > MostKept || _drafts.Count > MostKept) return;
            Acronyms.Clear();
            Surnames.Clear();
            MidSentence.Clear();
            MidSentenceAgain.Clear();
            ShapeOnlySurnames.Clear();
            GivenNames.Clear();
            Undefined.Clear();
            Array.Clear(Owners, 0, All.Count);
            All.Clear();
            _byId.Clear();
            foreach (var draft in Drafts) draft.Reset("");
            _used = 0;
            _free = this;
        }
    }
}
