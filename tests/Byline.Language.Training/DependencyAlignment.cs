namespace Byline.Language.Training;

/// <summary>A treebank sentence in the Syntax tokenizer's tokens with its gold tree: each token's head (-1: root) and relation.</summary>
internal sealed record ParsedSentence(AlignedSentence Sentence, int[] Heads, string[] Relations);

/// <summary>
/// Carries a treebank tree onto the Syntax tokenizer's tokens (the tags are carried by <see cref="TreebankAlignment"/>):
/// <list type="bullet">
/// <item>a token holding several words ("don't", "well-known") takes the head and relation of its one word whose
///   head lies outside the token;</item>
/// <item>a second piece of one treebank word (the "." of "Mr." or "U.S.") hangs on the first piece, as
///   <c>punct</c> when it is punctuation, else <c>flat</c>;</item>
/// <item>a head word maps to the first token that holds it.</item>
/// </list>
/// Relations are made coarse by <see cref="DependencyRelations.Coarse"/>. A sentence whose carried tree is not a
/// tree with one root is skipped and counted.
/// </summary>
internal static class DependencyAlignment
{
    public static ParsedSentence? Align(TreebankSentence sentence)
    {
        if (TreebankAlignment.Align(sentence) is not { } aligned || TreebankAlignment.LocateTokens(sentence) is not { } spans) return null;
        var wordsOf = new List<TreebankWord>[aligned.Tokens.Length];
        var firstToken = new Dictionary<int, int>();
        for (var t = 0; t < aligned.Tokens.Length; t++)
        {
            var span = aligned.Tokens[t].Span;
            wordsOf[t] = [.. spans.Select((s, u) => (s, u)).Where(p => p.s.Start < span.End && span.Start < p.s.End).SelectMany(p => sentence.Tokens[p.u].Words)];
            foreach (var word in wordsOf[t]) firstToken.TryAdd(word.Id, t);
        }
        var heads = new int[aligned.Tokens.Length];
        var relations = new string[aligned.Tokens.Length];
        for (var t = 0; t < heads.Length; t++)
        {
            if (!Attach(aligned, t, wordsOf[t], firstToken, out heads[t], out relations[t])) return null;
        }
        return IsTree(heads) ? new ParsedSentence(aligned, heads, relations) : null;
    }

    private static bool Attach(AlignedSentence aligned, int t, List<TreebankWord> words, Dictionary<int, int> firstToken, out int head, out string relation)
    {
        var own = words.Where(w => firstToken[w.Id] == t).ToList();
        if (own.Count == 0)
        {
            head = firstToken[words[0].Id];
            relation = aligned.Tokens[t].Kind == Byline.Syntax.TokenKind.Punctuation ? "punct" : "flat";
            return true;
        }
        var ids = own.Select(w => w.Id).ToHashSet();
        var representative = own.FirstOrDefault(w => !ids.Contains(w.Head)) ?? own[0];
        relation = DependencyRelations.Coarse(representative.Relation);
        head = -1;
        if (representative.Head == 0) return true;
        return firstToken.TryGetValue(representative.Head, out head) && head != t;
    }

    /// <summary>One root, and every token reaches it.</summary>
    private static bool IsTree(int[] heads)
    {
        if (heads.Count(h => h < 0) != 1) return false;
        for (var t = 0; t < heads.Length; t++)
        {
            var (at, steps) = (t, 0);
            while (at >= 0 && steps++ <= heads.Length) at = heads[at];
            if (at >= 0) return false;
        }
        return true;
    }
}

/// <summary>The relations the parser learns: the universal relations, and the subtypes attribution reads.</summary>
internal static class DependencyRelations
{
    /// <summary>Subtypes kept whole: passive subjects and auxiliaries, the passive agent, relative clauses, possessives.</summary>
    private static readonly HashSet<string> KeptSubtypes = ["nsubj:pass", "aux:pass", "obl:agent", "acl:relcl", "nmod:poss", "csubj:pass"];

    private static readonly HashSet<string> Universal =
    [
        "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound", "conj", "cop", "csubj",
        "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat", "iobj", "list", "mark", "nmod", "nsubj",
        "nummod", "obj", "obl", "parataxis", "punct", "root", "vocative", "xcomp",
    ];

    /// <summary>"obl:tmod" → "obl", "nsubj:pass" stays; "goeswith", "orphan", "reparandum" → "dep".</summary>
    public static string Coarse(string relation)
    {
        if (KeptSubtypes.Contains(relation)) return relation;
        var colon = relation.IndexOf(':');
        var universal = colon < 0 ? relation : relation[..colon];
        return Universal.Contains(universal) ? universal : "dep";
    }
}
