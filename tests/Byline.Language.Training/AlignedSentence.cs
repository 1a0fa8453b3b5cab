using Byline.Syntax;

namespace Byline.Language.Training;

/// <summary>A treebank sentence in the Syntax tokenizer's tokens, each with its gold tag label and lemma.</summary>
internal sealed record AlignedSentence(string Text, Token[] Tokens, string[] Labels, string[] Lemmas)
{
    /// <summary>The gold dependency tree on the tokens, or null when the treebank words' tree is not one on them.</summary>
    public TokenTree? Tree { get; init; }

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Span.Start, Tokens[i].Span.Length);
}

/// <summary>
/// Maps treebank tokens onto the Syntax tokenizer's tokens by their place in the sentence text:
/// <list type="bullet">
/// <item>a token holding one treebank word takes its tag and lemma;</item>
/// <item>pieces of one treebank token ("Mr" and "." of "Mr.", each "=" of "===") all take that token's tag;
///   a punctuation piece is its own lemma, a word piece takes the token's lemma;</item>
/// <item>a token holding a word and its clitics — following words that start with an apostrophe or are the
///   negation PART/RB ("don't", "country's", "cannot") — takes every part's tag joined with '+' and the lemma of
///   the first word;</item>
/// <item>a token holding other runs of words (hyphenated "well-known" = well - known) takes the tag of its last
///   word that is not punctuation, English compounds being head-final, and the text before that word plus its
///   lemma.</item>
/// </list>
/// A sentence whose tokens cannot be found in its text is skipped and counted.
/// </summary>
internal static class TreebankAlignment
{
    public static AlignedSentence? Align(TreebankSentence sentence)
    {
        var spans = LocateTokens(sentence);
        if (spans is null) return null;
        var tokens = Words.Tokenize(sentence.Text).ToArray();
        var labels = new string[tokens.Length];
        var lemmas = new string[tokens.Length];
        var tokenWords = new TreebankWord[tokens.Length][];
        var next = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            while (next < spans.Length && spans[next].End <= tokens[t].Span.Start) next++;
            var words = new List<(TreebankWord Word, int Start)>();
            for (var u = next; u < spans.Length && spans[u].Start < tokens[t].Span.End; u++)
            {
                words.AddRange(sentence.Tokens[u].Words.Select(w => (w, spans[u].Start)));
            }
            if (words.Count == 0) return null;
            (labels[t], lemmas[t]) = Combine(sentence.Text, tokens[t], words);
            tokenWords[t] = [.. words.Select(w => w.Word)];
        }
        return new AlignedSentence(sentence.Text, tokens, labels, lemmas) { Tree = TokenTree.From(tokenWords) };
    }

    private static (string Label, string Lemma) Combine(string text, Token token, List<(TreebankWord Word, int Start)> words)
    {
        if (words.Count == 1)
        {
            var piece = token.Kind == TokenKind.Punctuation && token.Span.Length < words[0].Word.Form.Length;
            return (words[0].Word.Label, piece ? text.Substring(token.Span.Start, token.Span.Length) : words[0].Word.Lemma);
        }
        if (words.Skip(1).All(w => IsClitic(w.Word)))
        {
            var upos = string.Join('+', words.Select(w => w.Word.Upos));
            var xpos = string.Join('+', words.Select(w => w.Word.Xpos));
            return ($"{upos}/{xpos}", words[0].Word.Lemma);
        }
        var head = words.LastOrDefault(w => w.Word.Upos != "PUNCT");
        if (head.Word is null) head = words[^1];
        var before = Math.Clamp(head.Start - token.Span.Start, 0, token.Span.Length);
        var prefix = text.Substring(token.Span.Start, before);
        if (head.Word.Upos != "PROPN") prefix = prefix.ToLowerInvariant();
        return (head.Word.Label, prefix + head.Word.Lemma);
    }

    private static bool IsClitic(TreebankWord word) =>
        word.Form.StartsWith('\'') || word.Form.StartsWith('’') || (word.Upos == "PART" && word.Xpos == "RB");

    /// <summary>Where each treebank token lies in the sentence text, or null when one cannot be found in order.</summary>
    private static (int Start, int End)[]? LocateTokens(TreebankSentence sentence)
    {
        var spans = new (int, int)[sentence.Tokens.Count];
        var cursor = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            var form = sentence.Tokens[i].Form;
            var at = sentence.Text.IndexOf(form, cursor, StringComparison.Ordinal);
            if (at < 0 || !string.IsNullOrWhiteSpace(sentence.Text[cursor..at])) return null;
            spans[i] = (at, at + form.Length);
            cursor = at + form.Length;
        }
        return spans;
    }
}
