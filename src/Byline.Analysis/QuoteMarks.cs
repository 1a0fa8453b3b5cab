namespace Byline.Analysis;

/// <summary>The quotation marks of English news copy and how each one may be used.</summary>
public static class QuoteMarks
{
    /// <summary>The double marks, for a vectorised search instead of testing every character.</summary>
    private static readonly Byline.Text.CharSetSearch Doubles = new("\"“”„«»");

    /// <summary>The index of the next double mark at or after <paramref name="from"/>, or -1.</summary>
    public static int NextDouble(string text, int from)
    {
        if (from >= text.Length) return -1;
        var found = Doubles.IndexOfAny(text.AsSpan(from));
        return found < 0 ? -1 : from + found;
    }

    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’' or '‹' or '›';

    public static bool IsDouble(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    /// <summary>The closing mark that typographically matches an opening one.</summary>
    public static char ClosingFor(char opening) => opening switch
    {
        '“' => '”',
        '„' => '“',
        '«' => '»',
        '‘' => '’',
        '‹' => '›',
        _ => opening,
    };
}
