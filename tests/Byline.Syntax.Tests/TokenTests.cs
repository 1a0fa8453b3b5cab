using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax.Tests;

/// <summary>The token's packed form (kind in the high bits of start and length) gives back what it was made from.</summary>
public class TokenTests
{
    [Test]
    public void Kind_and_span_round_trip_at_the_limits()
    {
        var max = (1 << 30) - 1;
        foreach (var kind in Enum.GetValues<TokenKind>())
        {
            foreach (var (start, length) in new[] { (0, 0), (1, 1), (max, 0), (0, max), (max - 5, 5), (123_456_789, 987_654) })
            {
                var span = new TextSpan(start, length);
                var token = new Token(kind, span);
                Assert.That((token.Kind, token.Span), Is.EqualTo((kind, span)));
                var (k, s) = token;
                Assert.That((k, s), Is.EqualTo((kind, span)));
                foreach (var other in Enum.GetValues<TokenKind>())
                {
                    var moved = token with { Span = new TextSpan(length, start), Kind = other };
                    Assert.That((moved.Kind, moved.Span), Is.EqualTo((other, new TextSpan(length, start))));
                    Assert.That(moved == new Token(other, new TextSpan(length, start)), Is.True);
                }
            }
        }
    }
}
