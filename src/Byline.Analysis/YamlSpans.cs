using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace Byline.Analysis;

/// <summary>Where a YAML problem is, for diagnostics in configuration, review and knowledge-base files.</summary>
public static class YamlSpans
{
    /// <summary>The span between two YamlDotNet marks; an empty span grows to the end of its line so editors show it.</summary>
    public static TextSpan Of(string text, Mark start, Mark? end = null)
    {
        var from = Math.Clamp((int)start.Index, 0, text.Length);
        var to = end is null ? from : Math.Clamp((int)end.Value.Index, from, text.Length);
        if (to == from)
        {
            var lineEnd = text.IndexOfAny(['\r', '\n'], from);
            to = lineEnd < 0 ? text.Length : lineEnd;
        }
        return TextSpan.FromBounds(from, to);
    }
}
