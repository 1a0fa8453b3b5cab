using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.Syntax;

namespace Byline.Analysis;

/// <summary>
/// A long article's first analysis, shared with a second processor: while the analysing thread reads the blocks
/// from the first on (attribution facts, then entity candidates), a thread of its own reads them from the last one
/// back, and stops where the two meet (a block the other has made). Each block result is a pure function of its
/// node, made once and published whole (<see cref="BlockResults"/>), so the analysis is the same whichever thread
/// made a block's; at most the block each thread is reading when they meet is read twice. An editor opens an article
/// after the server's preload, when the second processor is idle: the 50 KB open's analysis was ~15 processor-ms on
/// one thread, most of it these per-block reads (Start-up and open, Session 34, in docs/performance.md).
/// </summary>
internal sealed class BlockPrefetch
{
    // Below this many characters the analysis takes a few milliseconds and a second thread is not worth waking.
    internal const int MinimumLength = 16 * 1024;

    private const int NotStarted = 0, Running = 1, Stopped = 2;

    private readonly BlockResultTable _table;
    private readonly bool _entities;
    private readonly KnowledgeBase? _kb;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;
    private volatile bool _stopRequested;

    private BlockPrefetch(BlockResultTable table, bool entities, KnowledgeBase? kb) => (_table, _entities, _kb) = (table, entities, kb);

    /// <summary>
    /// Starts reading <paramref name="table"/>'s blocks from the end on the thread pool when the analysis is a first
    /// one of a long article on a machine with a second processor; null otherwise. With <paramref name="entities"/> it
    /// also scans the entity candidates, against <paramref name="kb"/> or the built-in base, as the analysis does.
    /// </summary>
    public static BlockPrefetch? Start(ArticleSyntaxTree syntax, BlockResultTable table, bool entities, KnowledgeBase? kb)
    {
        if (Environment.ProcessorCount < 2 || syntax.Text.Length < MinimumLength || syntax.Blocks.Length < 2)
        {
            return null;
        }
        var prefetch = new BlockPrefetch(table, entities, kb);
        // A thread of its own, not the pool's: in the server the pool's other worker may be held by a blocking read,
        // and a queued item then waited until the analysis was done (the pool adds workers only after ~0.5 s).
        new Thread(static p => ((BlockPrefetch)p!).Run()) { IsBackground = true, Name = "analysis from the end" }.UnsafeStart(prefetch);
        return prefetch;
    }

    /// <summary>
    /// Stops the reading and returns once no block is being read on its thread any more (at most the block in hand is
    /// finished), so that nothing is published into the table after the analysis releases its words.
    /// </summary>
    public void Stop()
    {
        _stopRequested = true;
        if (Interlocked.CompareExchange(ref _state, Stopped, NotStarted) == NotStarted)
        {
            _done.TrySetResult();
        }
        _done.Task.Wait();
    }

    private void Run()
    {
        if (Interlocked.CompareExchange(ref _state, Running, NotStarted) != NotStarted)
        {
            return;
        }
        try
        {
            ReadSourcing();
            if (_entities && !_stopRequested)
            {
                ReadMentions(_kb ?? KnowledgeBase.Builtin);
            }
        }
        catch (OperationCanceledException)
        {
            // The analysis is cancelled too, and stops this reading: what was made stays valid.
        }
        catch (Exception)
        {
            // The analysing thread reads the same block again and reports what fails where the analysis does.
        }
        finally
        {
            Volatile.Write(ref _state, Stopped);
            _done.TrySetResult();
        }
    }

    private void ReadSourcing()
    {
        var blocks = _table.Syntax.Blocks;
        for (var index = blocks.Length - 1; index >= 0 && !_stopRequested; index--)
        {
            if (!SourcingLinker.IsProse(blocks[index].Kind))
            {
                continue;
            }
            if (_table[index].HasSourcing)
            {
                return;
            }
            _table.SourcingOf(index);
        }
    }

    private void ReadMentions(KnowledgeBase kb)
    {
        var blocks = _table.Syntax.Blocks;
        for (var index = blocks.Length - 1; index >= 0 && !_stopRequested; index--)
        {
            var results = _table[index];
            if (results.HasMentions(kb))
            {
                return;
            }
            results.Mentions(blocks[index].Node, kb);
        }
    }
}
