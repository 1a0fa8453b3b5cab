using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax.Tests;

/// <summary>Structural checks shared by the property tests.</summary>
internal static class TreeShape
{
    /// <summary>Everything observable about a tree, flattened so two trees compare with one equality.</summary>
    public static string Describe(ArticleSyntaxTree tree)
    {
        var writer = new System.Text.StringBuilder();
        foreach (var block in tree.Blocks)
        {
            writer.Append(block.Kind).Append(block.Span).Append('{');
            foreach (var sentence in block.Sentences)
            {
                writer.Append(sentence.Span).Append('[');
                foreach (var token in sentence.Tokens)
                {
                    writer.Append(token.Kind).Append(token.Span);
                }
                writer.Append(']');
            }
            writer.Append("}\n");
        }
        return writer.ToString();
    }

    /// <summary>Blocks sorted, disjoint, non-empty and inside the text; sentences inside blocks; tokens inside sentences.</summary>
    public static void AssertInvariants(ArticleSyntaxTree tree)
    {
        var text = tree.Text.ToString();
        var previousEnd = 0;
        foreach (var block in tree.Blocks)
        {
            Assert.That(block.Start, Is.GreaterThanOrEqualTo(previousEnd), $"block {block} overlaps the one before");
            Assert.That(block.Span.Length, Is.GreaterThan(0));
            Assert.That(block.Span.End, Is.LessThanOrEqualTo(text.Length));
            Assert.That(text.Substring(block.Start, block.Span.Length), Is.EqualTo(block.Text));
            Assert.That(char.IsWhiteSpace(block.Text[0]) || char.IsWhiteSpace(block.Text[^1]), Is.False, "blocks are trimmed");
            previousEnd = block.Span.End;
            var sentenceEnd = block.Start;
            foreach (var sentence in block.Sentences)
            {
                Assert.That(sentence.Span.Start, Is.GreaterThanOrEqualTo(sentenceEnd));
                Assert.That(sentence.Span.End, Is.LessThanOrEqualTo(block.Span.End));
                sentenceEnd = sentence.Span.End;
                var tokenEnd = sentence.Span.Start;
                foreach (var token in sentence.Tokens)
                {
                    Assert.That(token.Span.Start, Is.GreaterThanOrEqualTo(tokenEnd));
                    Assert.That(token.Span.Length, Is.GreaterThan(0));
                    Assert.That(token.Span.End, Is.LessThanOrEqualTo(sentence.Span.End));
                    Assert.That(char.IsWhiteSpace(text[token.Span.Start]), Is.False);
                    tokenEnd = token.Span.End;
                }
            }
        }
    }

    public static bool Contains(TextSpan outer, TextSpan inner) => inner.Start >= outer.Start && inner.End <= outer.End;
}
