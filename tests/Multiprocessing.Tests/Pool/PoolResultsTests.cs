namespace Multiprocessing.Tests.Pool;

/// <summary>Callbacks, streams of results, cancellation and submission from many threads.</summary>
public sealed class PoolResultsTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(20);

    [Fact]
    public void Callbacks_run_in_the_parent_one_at_a_time_before_the_result_is_ready()
    {
        using var pool = new ProcessPool(3);
        var seen = new List<(int Value, int Pid)>();
        int running = 0;
        int overlapped = 0;
        var results = Enumerable.Range(0, 20).Select(i => pool.ApplyAsync(PoolEntries.SleepThenReturn, 5, i + 100, callback: value =>
        {
            if (Interlocked.Increment(ref running) > 1)
            {
                overlapped++;
            }

            Thread.Sleep(2);
            lock (seen)
            {
                seen.Add((value, Environment.ProcessId));
            }

            Interlocked.Decrement(ref running);
        })).ToList();

        foreach (var result in results)
        {
            int value = result.Get(Cap);

            // The callback has run by the time the result is ready.
            lock (seen)
            {
                Assert.Contains((value, Environment.ProcessId), seen);
            }
        }

        Assert.Equal(Enumerable.Range(100, 20), seen.Select(s => s.Value).Order());
        Assert.Equal(0, overlapped);
    }

    [Fact]
    public void The_error_callback_gets_the_remote_exception_and_the_callback_is_skipped()
    {
        using var pool = new ProcessPool(1);
        Exception? reported = null;
        bool called = false;
        var result = pool.ApplyAsync(PoolEntries.ThrowFor, 13, callback: _ => called = true, errorCallback: e => reported = e);
        Assert.True(result.Wait(Cap));
        Assert.False(result.Successful);
        var remote = Assert.IsType<RemoteException>(reported);
        Assert.Equal("unlucky 13", remote.RemoteMessage);
        Assert.Same(reported, Assert.Throws<RemoteException>(() => result.Get()));
        Assert.False(called);

        int[]? mapped = null;
        var map = pool.MapAsync(PoolEntries.Square, [1, 2, 3], callback: values => mapped = values);
        Assert.Equal([1, 4, 9], map.Get(Cap));
        Assert.NotNull(mapped);
        Assert.Equal([1, 4, 9], mapped);
    }

    [Fact]
    public void A_throwing_callback_fails_the_result_instead_of_being_lost()
    {
        using var pool = new ProcessPool(1);
        var result = pool.ApplyAsync(PoolEntries.Square, 2, callback: _ => throw new FormatException("bad callback"));
        Assert.Equal("bad callback", Assert.Throws<FormatException>(() => result.Get(Cap)).Message);
        Assert.Equal(9, pool.Apply(PoolEntries.Square, 3));
    }

    [Fact]
    public void Imap_yields_results_in_input_order_even_when_later_items_finish_first()
    {
        using var pool = new ProcessPool(3);
        var sleeps = new[] { 300, 1, 2, 3, 200, 4, 5 };
        Assert.Equal(sleeps, pool.Imap(PoolEntries.Sleep, sleeps).ToList());
        Assert.Equal(sleeps, pool.Map(PoolEntries.Sleep, sleeps, chunkSize: 1));
        Assert.Equal(Enumerable.Range(0, 100).Select(x => x * x), pool.Imap(PoolEntries.Square, Enumerable.Range(0, 100), chunkSize: 7));
    }

    [Fact]
    public async Task ImapUnordered_yields_every_result_in_completion_order()
    {
        using var pool = new ProcessPool(2);
        var results = new List<int>();
        await foreach (int square in pool.ImapUnordered(PoolEntries.Square, Enumerable.Range(0, 200), chunkSize: 9))
        {
            results.Add(square);
        }

        Assert.Equal(Enumerable.Range(0, 200).Select(x => x * x), results.Order());

        // A slow first item does not hold back the others.
        Assert.Equal(1, pool.ImapUnordered(PoolEntries.Sleep, [3000, 1]).First());
    }

    [Fact]
    public async Task Imap_streams_as_an_async_enumerable_and_rethrows_a_failed_item_in_its_turn()
    {
        using var pool = new ProcessPool(2);
        var seen = new List<int>();
        var stream = pool.Imap(PoolEntries.ThrowFor, Enumerable.Range(10, 10));
        var exception = await Assert.ThrowsAsync<RemoteException>(async () =>
        {
            await foreach (int value in stream.AsAsyncEnumerable())
            {
                seen.Add(value);
            }
        });
        Assert.Equal([10, 11, 12], seen);
        Assert.Equal("unlucky 13", exception.RemoteMessage);
        Assert.Throws<InvalidOperationException>(() => stream.GetEnumerator());
    }

    [Fact]
    public void Cancelling_a_token_fails_queued_work_and_leaves_started_work_alone()
    {
        using var pool = new ProcessPool(1);
        using var cancellation = new CancellationTokenSource();
        var running = pool.ApplyAsync(PoolEntries.SleepThenReturn, 500, 1, cancellationToken: cancellation.Token);
        var queued = Enumerable.Range(0, 5).Select(i => pool.ApplyAsync(PoolEntries.Square, i, cancellationToken: cancellation.Token)).ToList();
        Assert.True(Os.Eventually(() => !running.Ready, Cap));
        cancellation.Cancel();
        Assert.All(queued, r => Assert.Throws<OperationCanceledException>(() => r.Get(Cap)));
        Assert.Equal(1, running.Get(Cap));

        var canceledMap = pool.MapAsync(PoolEntries.Square, Enumerable.Range(0, 10), cancellationToken: new CancellationToken(canceled: true));
        Assert.Throws<OperationCanceledException>(() => canceledMap.Get(Cap));
        Assert.Equal(16, pool.Apply(PoolEntries.Square, 4));
    }

    [Fact]
    public async Task Submitting_from_many_threads_at_once_loses_nothing()
    {
        await using var pool = new ProcessPool(2);
        var submitters = Enumerable.Range(0, 8).Select(t => Task.Run(() =>
            Enumerable.Range(t * 100, 100).Select(i => pool.ApplyAsync(PoolEntries.Square, i)).ToList())).ToList();
        var all = (await Task.WhenAll(submitters)).SelectMany(r => r).ToList();
        var values = await Task.WhenAll(all.Select(r => r.Task)).WaitAsync(Cap);
        Assert.Equal(Enumerable.Range(0, 800).Select(x => x * x), values);
    }

    [Fact]
    public void Arguments_that_carry_handles_are_refused_with_a_clear_error()
    {
        using var pool = new ProcessPool(1);
        using var temp = new TempDirectory();
        using var file = File.OpenHandle(temp.File("out"), FileMode.OpenOrCreate, FileAccess.Write);
        var exception = Assert.Throws<InvalidOperationException>(() => pool.ApplyAsync(HandleEntries.WriteTo, new PassedHandle(file), "x"));
        Assert.Contains("pool task", exception.Message);
    }
}
