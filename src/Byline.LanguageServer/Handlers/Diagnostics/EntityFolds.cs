using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Folds a document's entity shift into fresh coordinates once a pull has answered, on a pool thread, so that no
/// keystroke pays for it. After an edit the entities are the previous analysis' very objects read through the edits
/// since (<see cref="Byline.Analysis.Entities.LinkedEntities"/>), and when those reach the shift's cap the next analysis
/// must first move every mention (~17,000 in a 1 MB article): on the diagnostics path, every 64th keystroke. Folded
/// here well before the cap (<see cref="Byline.Analysis.Entities.ArticleEntities.FoldIfDue"/>), the fold is taken up by
/// whichever later analysis of the same entities comes after it is done. One fold runs at a time: a fold still running
/// when the next pull answers is left to finish, and the next pull after it starts another if one is still due.
/// </summary>
internal static class EntityFolds
{
    private static int s_running;

    /// <summary>
    /// Starts folding <paramref name="document"/>'s entities when that is due; returns at once. Called after the pull's
    /// report, which read the document's diagnostics, so its analysis is made and reading it analyses nothing.
    /// </summary>
    public static void AfterPull(ArticleDocument document)
    {
        if (document.Analysis?.Entities is not { FoldDue: true } entities || Interlocked.CompareExchange(ref s_running, 1, 0) != 0)
        {
            return;
        }
        ThreadPool.UnsafeQueueUserWorkItem(static entities =>
        {
            try
            {
                using var phase = Byline.Text.PhaseTimer.Once("fold the entities' shift after a pull");
                entities.FoldIfDue();
            }
            catch (Exception)
            {
                // Never the server's end: the next analysis that needs the fold makes it itself (and reports what fails).
            }
            finally
            {
                Volatile.Write(ref s_running, 0);
            }
        }, entities, preferLocal: false);
    }
}
