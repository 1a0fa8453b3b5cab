namespace Byline.Language.Training;

/// <summary>
/// A dependency tree over a sentence's tokens: each token's head (-1: the root) and its relation to it (a
/// Universal Dependencies relation, subtype included: "nsubj:pass").
/// </summary>
internal sealed record TokenTree(int[] Heads, string[] Relations)
{
    /// <summary>The relation a second or later piece of one treebank word ("." of "Mr.") has to its first piece.</summary>
    public const string PieceRelation = "goeswith";

    /// <summary>The relation of the root token (Universal Dependencies' "root").</summary>
    public const string RootRelation = "root";

    public int Count => Heads.Length;

    /// <summary>
    /// Projects the treebank words' tree onto the tokens that hold them (<paramref name="tokenWords"/>: each token's
    /// words, in order). A token's head word is its first word whose head lies outside the token (a clitic or a
    /// hyphen's parts hang inside it); later pieces of one word hang on its first piece. Null when the result is
    /// not a tree with one root (parts of one word heading each other across tokens).
    /// </summary>
    public static TokenTree? From(IReadOnlyList<TreebankWord[]> tokenWords)
    {
        var firstToken = new Dictionary<int, int>();
        for (var t = 0; t < tokenWords.Count; t++)
        {
            foreach (var word in tokenWords[t]) firstToken.TryAdd(word.Id, t);
        }
        var heads = new int[tokenWords.Count];
        var relations = new string[tokenWords.Count];
        for (var t = 0; t < tokenWords.Count; t++)
        {
            var words = tokenWords[t];
            if (words.Length == 1 && firstToken[words[0].Id] != t)
            {
                (heads[t], relations[t]) = (firstToken[words[0].Id], PieceRelation);
                continue;
            }
            var head = words.FirstOrDefault(w => w.Head == 0) ?? words.FirstOrDefault(w => !words.Any(o => o.Id == w.Head));
            if (head is null || (head.Head != 0 && !firstToken.ContainsKey(head.Head))) return null;
            (heads[t], relations[t]) = (head.Head == 0 ? -1 : firstToken[head.Head], head.Relation);
        }
        var tree = new TokenTree(heads, relations);
        return tree.IsTree() ? tree : null;
    }

    /// <summary>The dependents of <paramref name="head"/>, left to right.</summary>
    public IEnumerable<int> Children(int head) => Enumerable.Range(0, Count).Where(t => Heads[t] == head);

    /// <summary>The first and last token of the subtree of <paramref name="token"/>, leaving out the children for which <paramref name="skip"/> holds.</summary>
    public (int First, int Last) Yield(int token, Func<int, bool> skip)
    {
        var (first, last) = (token, token);
        foreach (var child in Children(token).Where(c => !skip(c)))
        {
            var (f, l) = Yield(child, _ => false);
            (first, last) = (Math.Min(first, f), Math.Max(last, l));
        }
        return (first, last);
    }

    /// <summary>One root, every token reaches it, no token heads itself.</summary>
    public bool IsTree()
    {
        if (Heads.Count(h => h < 0) != 1) return false;
        for (var t = 0; t < Count; t++)
        {
            var (at, steps) = (t, 0);
            while (at >= 0 && steps++ <= Count) at = Heads[at];
            if (at >= 0) return false;
        }
        return true;
    }

    /// <summary>Whether no arc crosses another (arc-standard can build only such trees).</summary>
    public bool IsProjective()
    {
        for (var d = 0; d < Count; d++)
        {
            var h = Heads[d];
            if (h < 0) continue;
            var (low, high) = (Math.Min(h, d), Math.Max(h, d));
            for (var between = low + 1; between < high; between++)
            {
                if (!Dominates(h, between)) return false;
            }
        }
        return true;
    }

    private bool Dominates(int ancestor, int token)
    {
        for (var at = token; at >= 0; at = Heads[at])
        {
            if (at == ancestor) return true;
        }
        return false;
    }
}
