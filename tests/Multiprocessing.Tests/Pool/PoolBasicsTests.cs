namespace Multiprocessing.Tests.Pool;

public sealed class PoolBasicsTests
{
    [Fact]
    public void Apply_runs_the_entry_in_a_worker_and_returns_its_value()
    {
        using var pool = new ProcessPool(2);
        Assert.Equal(49, pool.Apply(PoolEntries.Square, 7));
        Assert.Equal(12L, pool.Apply(PoolEntries.Add, 5, 7L));
        Assert.Equal("a|2|2.5", pool.Apply(PoolEntries.Join3, "a", 2, 2.5));
        Assert.Equal("later", pool.Apply(PoolEntries.EchoLaterAsync, "later"));
        pool.Apply(PoolEntries.Nothing, 1);
        Assert.NotEqual(Environment.ProcessId, pool.Apply(PoolEntries.Pid, 0));
    }

    [Fact]
    public void Map_returns_results_in_input_order_for_any_chunk_size()
    {
        using var pool = new ProcessPool(2);
        var items = Enumerable.Range(0, 1000).ToList();
        var expected = items.Select(x => x * x).ToArray();
        Assert.Equal(expected, pool.Map(PoolEntries.Square, items));
        foreach (int chunkSize in new[] { 1, 7, 999, 1000, 5000 })
        {
            Assert.Equal(expected, pool.Map(PoolEntries.Square, items, chunkSize));
        }

        Assert.Empty(pool.Map(PoolEntries.Square, Array.Empty<int>()));
        Assert.Equal(["x", "y"], pool.Map(PoolEntries.EchoLaterAsync, new[] { "x", "y" }));
    }

    [Fact]
    public void Map_of_numbers_of_every_width_returns_them_in_input_order()
    {
        using var pool = new ProcessPool(2);
        var ints = Enumerable.Range(-100_000, 300_000).ToArray();
        Assert.Equal(ints.Select(x => (long)x * x), pool.Map(PoolEntries.SquareLong, ints));
        Assert.Equal(ints.Select(x => x / 2.0), pool.Map(PoolEntries.Half, ints.Select(x => (long)x)));
        Assert.Equal(ints.Select(x => x % 2 == 0), pool.Map(PoolEntries.IsEven, ints.Select(x => (short)x), chunkSize: 777));
        Assert.Equal(ints.Select(x => (char)('a' + ((byte)x % 26))), pool.Imap(PoolEntries.Letter, ints.Select(x => (byte)x), chunkSize: 4096));
    }

    [Theory]
    [InlineData(1_000_000, 2, 31_250)]
    [InlineData(1_000_001, 2, 31_251)]
    [InlineData(100, 4, 2)]
    [InlineData(10, 2, 1)]
    [InlineData(0, 2, 1)]
    public void Default_chunk_size_makes_about_sixteen_chunks_per_worker(int count, int processes, int expected)
    {
        Assert.Equal(expected, Multiprocessing.Pool.PoolPayload.DefaultChunkSize(count, processes));
    }

    [Fact]
    public void Chunks_go_to_workers_whole_one_chunk_per_task()
    {
        using var pool = new ProcessPool(2);

        // With chunks of 25, each run of 25 consecutive items is computed by one worker.
        var results = pool.Map(PoolEntries.ItemAndPid, Enumerable.Range(0, 100), chunkSize: 25);
        Assert.Equal(Enumerable.Range(0, 100), results.Select(r => r.Item));
        foreach (var chunk in results.Chunk(25))
        {
            Assert.Single(chunk.Select(r => r.Pid).Distinct());
        }
    }

    [Fact]
    public void Starmap_spreads_each_tuple_over_the_parameters()
    {
        using var pool = new ProcessPool(2);
        Assert.Equal([3L, 7L, 11L], pool.Starmap(PoolEntries.Add, new[] { (1, 2L), (3, 4L), (5, 6L) }));
        Assert.Equal(["a|1|0.5"], pool.Starmap(PoolEntries.Join3, [("a", 1, 0.5)]));
        Assert.Equal([3L], pool.StarmapAsync(PoolEntries.Add, [(1, 2L)]).Get());
    }

    [Fact]
    public async Task ApplyAsync_gives_an_async_result_with_get_wait_ready_and_successful()
    {
        using var pool = new ProcessPool(2);
        var result = pool.ApplyAsync(PoolEntries.SleepThenReturn, 50, 5);
        Assert.True(result.Wait(TimeSpan.FromSeconds(30)));
        Assert.True(result.Ready);
        Assert.True(result.Successful);
        Assert.Equal(5, result.Get());
        Assert.Equal(5, result.Get(TimeSpan.FromSeconds(1)));
        Assert.Equal(5, await result);
        Assert.Equal(5, await result.Task);
    }

    [Fact]
    public void Get_with_a_timeout_throws_TimeoutException_while_the_task_runs()
    {
        using var pool = new ProcessPool(1);
        var result = pool.ApplyAsync(PoolEntries.SleepThenReturn, 20_000, 1);
        Assert.Throws<TimeoutException>(() => result.Get(TimeSpan.FromMilliseconds(50)));
        Assert.False(result.Ready);
        Assert.Throws<InvalidOperationException>(() => result.Successful);
    }

    [Fact]
    public void An_exception_in_a_task_is_rethrown_with_its_remote_type_and_the_worker_survives()
    {
        using var pool = new ProcessPool(1);
        int pid = pool.Apply(PoolEntries.Pid, 0);
        var exception = Assert.Throws<RemoteException>(() => pool.Apply(PoolEntries.ThrowFor, 13));
        Assert.Equal("System.ArgumentException", exception.RemoteTypeName);
        Assert.Equal("unlucky 13", exception.RemoteMessage);
        Assert.Contains(nameof(PoolEntries.ThrowFor), exception.RemoteStackTrace);
        Assert.StartsWith("PoolWorker-", exception.ProcessName);

        // A failing item fails the whole map, as in Python.
        Assert.Throws<RemoteException>(() => pool.Map(PoolEntries.ThrowFor, Enumerable.Range(0, 20), chunkSize: 3));
        Assert.Equal(pid, pool.Apply(PoolEntries.Pid, 0));
        Assert.Equal(4, pool.Apply(PoolEntries.ThrowFor, 4));
    }
}
