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

    /// <summary>
    /// Checks articles on all cores and hands each result to <paramref name="write"/> in input order as soon as it and
    /// every article before it are done, keeping none: the threads take the next article in order, so only the few
    /// finished ahead of a slower one wait. A whole-folder check kept every article's findings to the end (~150 MB
    /// for 10,000 articles, copied by each collection that promoted them).
    /// </summary>
    /// <param name="write">Called under a lock, one article at a time, in input order.</param>
    public static void CheckInOrder(IReadOnlyList<ArticleInput> inputs, Severity threshold, bool withIdentities, bool withText,
        Action<ArticleResult> write, ProgressLine? progress)
    {
        var pending = new ArticleResult?[inputs.Count];
        var gate = new Lock();
        var taken = -1;
        var written = 0;
        void Work()
        {
            for (var i = Interlocked.Increment(ref taken); i < inputs.Count; i = Interlocked.Increment(ref taken))
            {
                var result = CheckOne(inputs[i], threshold, withFigures: false, withIdentities, withText);
                Volatile.Write(ref pending[i], result);
                progress?.Advance(result.Bytes);
                lock (gate)
                {
                    while (written < pending.Length && pending[written] is { } next)
                    {
                        pending[written++] = null;
                        write(next);
                    }
                }
            }
        }
        var helpers = new Task[Math.Max(0, Math.Min(Environment.ProcessorCount, inputs.Count) - 1)];
        for (var h = 0; h < helpers.Length; h++)
        {
            helpers[h] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        Work();
        Task.WaitAll(helpers);
    }

    public static ArticleResult CheckOne(ArticleInput input, Severity threshold, bool withFigures, bool withIdentities = true, bool withText = true)
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
        return ArticleResult.From(input.DisplayPath, document, threshold, withIdentities, withText) with
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
