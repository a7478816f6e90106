using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// <c>Map</c> of x → x * x over 1,000,000 ints on a pool of two workers, default chunking: items per second. Starting
/// the pool and one small warm-up <c>Map</c> (which waits for both workers to be up) are not timed.
/// Python peer: <c>benchmarks/python/pool_map_small.py</c>.
/// </summary>
internal sealed class PoolMapSmall : BenchmarkCase
{
    private const int Items = 1_000_000;

    public override string Name => "pool_map_small";

    public override string Unit => "items/s";

    public override Better Better => Better.Higher;

    public override string Description => $"ProcessPool(2).Map of x -> (long)x * x over {Items:N0} ints, default chunk size: items per second (pool start-up untimed)";

    protected override double MeasureOnce()
    {
        int[] items = Enumerable.Range(0, Items).ToArray();
        using var pool = PoolBenchmarks.StartWarm();
        var stopwatch = Stopwatch.StartNew();
        long[] squares = pool.Map(PoolEntries.Square, items);
        stopwatch.Stop();
        PoolBenchmarks.Check(squares.Length == Items && squares[Items - 1] == (long)(Items - 1) * (Items - 1) && squares[12_345] == 12_345L * 12_345, Name);
        return Items / stopwatch.Elapsed.TotalSeconds;
    }
}

/// <summary>
/// 10,000 <c>ApplyAsync</c> calls of a tiny entry on a pool of two workers, then a wait for every result: tasks per
/// second, from the first submission until the last result is got. Python peer: <c>benchmarks/python/pool_apply_async_small.py</c>.
/// </summary>
internal sealed class PoolApplyAsyncSmall : BenchmarkCase
{
    private const int Tasks = 10_000;

    public override string Name => "pool_apply_async_small";

    public override string Unit => "tasks/s";

    public override Better Better => Better.Higher;

    public override string Description => $"{Tasks:N0} ApplyAsync calls of x -> (long)x * x on ProcessPool(2), then Get of each: tasks per second (pool start-up untimed)";

    protected override double MeasureOnce()
    {
        using var pool = PoolBenchmarks.StartWarm();
        var results = new PoolResult<long>[Tasks];
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < Tasks; i++)
        {
            results[i] = pool.ApplyAsync(PoolEntries.Square, i);
        }

        long sum = 0;
        foreach (var result in results)
        {
            sum += result.Get();
        }

        stopwatch.Stop();
        PoolBenchmarks.Check(sum == Enumerable.Range(0, Tasks).Sum(i => (long)i * i), Name);
        return Tasks / stopwatch.Elapsed.TotalSeconds;
    }
}

/// <summary>Pool set-up shared by the pool cases.</summary>
internal static class PoolBenchmarks
{
    /// <summary>The pool size of the throughput cases, as the Python peers' <c>Pool(2)</c>.</summary>
    public const int Workers = 2;

    /// <summary>A pool whose workers have all answered once, so that their start-up stays out of the timing.</summary>
    public static ProcessPool StartWarm(int workers = Workers)
    {
        var pool = new ProcessPool(workers);
        try
        {
            // One chunk per worker: each has to be up to answer.
            pool.Map(PoolEntries.Square, Enumerable.Range(0, workers), chunkSize: 1);
            return pool;
        }
        catch
        {
            pool.Dispose();
            throw;
        }
    }

    public static void Check(bool ok, string name)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"The {name} case computed wrong results.");
        }
    }
}

internal static class PoolEntries
{
    [ProcessEntry]
    public static long Square(int x) => (long)x * x;
}
