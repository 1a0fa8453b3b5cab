using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Byline.Syntax;

/// <summary>Why a YAML text could not be read, and where (YamlDotNet marks, 0-based character index).</summary>
public sealed record YamlReadError(Mark Start, Mark End, string Message);

/// <summary>
/// Reads YAML written by users (configuration, ledgers, knowledge bases, front matter) without ever throwing.
/// YamlDotNet builds nodes recursively, so deep nesting (tens of thousands of <c>[</c>) would overflow the stack,
/// which no handler can catch: the depth is checked first by streaming the parser's events, which keeps its
/// own stack on the heap.
/// </summary>
public static class YamlReading
{
    /// <summary>Deeper than any configuration, ledger or front matter needs, and far from the stack's limit.</summary>
    public const int MaxDepth = 64;

    /// <summary>The first reason the text cannot be read as YAML: a syntax error or nesting deeper than <see cref="MaxDepth"/>.</summary>
    public static YamlReadError? Check(string text)
    {
        var last = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart when ++depth > MaxDepth:
                        return new YamlReadError(parser.Current.Start, parser.Current.End,
                            $"The YAML is nested more than {MaxDepth} levels deep; Byline does not read it.");
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                }
            }
            return null;
        }
        catch (YamlException e)
        {
            return new YamlReadError(e.Start, e.End, e.InnerException?.Message ?? e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet's scanner throws these on some malformed input (an InvalidOperationException from a
            // plain scalar, for one): still the user's text, reported after the last event read.
            return new YamlReadError(last, last, $"The YAML cannot be read after this point ({e.Message}).");
        }
    }

    /// <summary>The YAML stream of <paramref name="text"/>, or null with the reason in <paramref name="error"/>.</summary>
    public static YamlStream? Load(string text, out YamlReadError? error)
    {
        error = Check(text);
        if (error is not null)
        {
            return null;
        }
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
            return yaml;
        }
        catch (YamlException e)
        {
            error = new YamlReadError(e.Start, e.End, e.InnerException?.Message ?? e.Message);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            // A duplicate key or an alias the model cannot build: still the user's text, never a crash.
            error = new YamlReadError(Mark.Empty, Mark.Empty, e.Message);
        }
        return null;
    }
}
