using Byline.Analysis;
using Byline.Text;
using Byline.Workspace;

namespace Byline.Cli;

/// <summary>
/// Checks articles on all cores. Results come back in input order whatever order the articles finish in, so
/// every output format is the same from run to run; <c>finished</c> sees each article as it completes (jsonl).
/// </summary>
public static class ArticleChecker
{
    /// <param name="withFigures">Also take each article's report figures (for jsonl, which carries them).</param>
    /// <param name="withIdentities">Also each finding's fingerprint and fixes (see <see cref="ArticleResult.From"/>).</param>
    public static ArticleResult[] CheckAll(IReadOnlyList<ArticleInput> inputs, Severity threshold, bool withFigures, bool withIdentities,
        Action<ArticleResult>? finished, ProgressLine? progress)
    {
        var results = new ArticleResult[inputs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, inputs.Count, options, i =>
        {
            var result = CheckOne(inputs[i], threshold, withFigures, withIdentities);
            results[i] = result;
            finished?.Invoke(result);
            progress?.Advance(result.Bytes);
        });
        return results;
    }

    public static ArticleResult CheckOne(ArticleInput input, Severity threshold, bool withFigures, bool withIdentities = true)
    {
        var error = new StringWriter();
        ArticleDocument? document;
        long fileBytes;
        using (PhaseTimer.Summed("check: read, decode, parse an article"))
        {
            document = ArticleInputs.TryLoad(input, error, out fileBytes);
        }
        if (document is null)
        {
            return ArticleResult.Unreadable(input.DisplayPath, error.ToString().TrimEnd());
        }
        using var phase = PhaseTimer.Summed("check: analyse an article, keep its findings");
        return ArticleResult.From(input.DisplayPath, document, threshold, withIdentities) with
        {
            Bytes = fileBytes, // as read: no second look-up of the file's length
            Figures = withFigures ? Byline.Reports.ArticleFigures.From(input.DisplayPath, document) : null,
        };
    }

    public static long FileLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
