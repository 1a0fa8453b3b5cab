namespace Byline.Analysis;

/// <summary>The quotation marks of English news copy and how each one may be used.</summary>
public static class QuoteMarks
{
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
