using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Language;

/// <summary>The Syntax tokenizer's tokens for a piece of text: what the tagger reads and was trained on.</summary>
public static class Words
{
    public static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return [.. tokens];
    }
}
