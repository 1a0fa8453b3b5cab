using Byline.LanguageServer.Server;
using StreamJsonRpc;

namespace Byline.LanguageServer.Tests;

/// <summary>The queue on its own, with an integer as the "snapshot": no LSP, no timing.</summary>
public class RequestExecutionQueueTests
{
    private int _state;

    private RequestExecutionQueue<int> CreateQueue() => new(() => _state, new ServerLog(TextWriter.Null));

    [Test]
    public async Task Reads_see_exactly_the_mutations_queued_before_them()
    {
        var queue = CreateQueue();
        var reads = new List<Task<int>>();
        for (var i = 1; i <= 100; i++)
        {
            var value = i;
            _ = queue.ExecuteAsync("set", RequestKind.Mutation, (_, _) => Task.FromResult(_state = value), CancellationToken.None);
            reads.Add(queue.ExecuteAsync("get", RequestKind.Read, (snapshot, _) => Task.FromResult(snapshot), CancellationToken.None));
        }
        Assert.That(await Task.WhenAll(reads), Is.EqualTo(Enumerable.Range(1, 100)));
    }

    [Test]
    public async Task A_mutation_waits_for_the_mutation_before_it()
    {
        var queue = CreateQueue();
        var release = new TaskCompletionSource();
        var log = new List<string>();
        var first = queue.ExecuteAsync("first", RequestKind.Mutation, async (_, _) => { await release.Task; log.Add("first"); return 1; }, CancellationToken.None);
        var second = queue.ExecuteAsync("second", RequestKind.Mutation, (_, _) => { log.Add("second"); return Task.FromResult(2); }, CancellationToken.None);
        release.SetResult();
        await Task.WhenAll(first, second);
        Assert.That(log, Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public async Task A_slow_read_does_not_hold_up_later_work()
    {
        var queue = CreateQueue();
        var release = new TaskCompletionSource<int>();
        var slow = queue.ExecuteAsync("slow", RequestKind.Read, (_, _) => release.Task, CancellationToken.None);
        var mutation = queue.ExecuteAsync("set", RequestKind.Mutation, (_, _) => Task.FromResult(_state = 7), CancellationToken.None);
        var read = queue.ExecuteAsync("get", RequestKind.Read, (snapshot, _) => Task.FromResult(snapshot), CancellationToken.None);
        Assert.That(await read, Is.EqualTo(7));
        Assert.That(slow.IsCompleted, Is.False);
        release.SetResult(0);
        await slow;
        await mutation;
    }

    [Test]
    public void A_request_cancelled_before_it_starts_is_cancelled_without_running()
    {
        var queue = CreateQueue();
        var ran = false;
        var cancelled = queue.ExecuteAsync("read", RequestKind.Read, (_, _) => Task.FromResult(ran = true), new CancellationToken(canceled: true));
        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(ran, Is.False);
    }

    [Test]
    public async Task A_handler_exception_becomes_an_internal_error_and_the_queue_goes_on()
    {
        var queue = CreateQueue();
        var failing = queue.ExecuteAsync<int>("broken", RequestKind.Mutation, (_, _) => throw new InvalidOperationException("boom"), CancellationToken.None);
        var error = (await Assert.ThrowsAsync<LocalRpcException>(async () => await failing))!;
        Assert.That(error.ErrorCode, Is.EqualTo(-32603));
        Assert.That(error.Message, Does.Contain("boom"));
        Assert.That(await queue.ExecuteAsync("next", RequestKind.Mutation, (_, _) => Task.FromResult(42), CancellationToken.None), Is.EqualTo(42));
    }
}
