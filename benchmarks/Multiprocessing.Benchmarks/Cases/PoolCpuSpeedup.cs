using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// The speed-up of a CPU-bound <c>Map</c> on a pool of <see cref="Process.CpuCount"/> workers over the same work in a
/// serial loop in this process: summing the Collatz steps of every number below 3,000,000, in 64 ranges of one chunk each.
/// Both sides are timed in the same repetition (the serial loop first); starting the pool and warming its workers up
/// are not timed. Python peer: <c>benchmarks/python/pool_cpu_speedup.py</c> (a smaller limit: it computes the same
/// way, only slower).
/// </summary>
internal sealed class PoolCpuSpeedup : BenchmarkCase
{
    private const long Limit = 3_000_000;
    private const int Ranges = 64;

    public override string Name => "pool_cpu_speedup";

    public override string Unit => "x";

    public override Better Better => Better.Higher;

    public override string Description => $"serial time / ProcessPool({Process.CpuCount}).Map time for the Collatz steps of the numbers below {Limit:N0} in {Ranges} ranges";

    protected override double MeasureOnce()
    {
        var ranges = Enumerable.Range(0, Ranges).Select(i => (Limit * i / Ranges, Limit * (i + 1) / Ranges)).ToArray();

        var serial = Stopwatch.StartNew();
        long serialTotal = 0;
        foreach (var (start, end) in ranges)
        {
            serialTotal += CollatzEntries.Steps(start, end);
        }

        serial.Stop();

        using var pool = PoolBenchmarks.StartWarm(Process.CpuCount);
        var parallel = Stopwatch.StartNew();
        long poolTotal = pool.Starmap(CollatzEntries.Steps, ranges, chunkSize: 1).Sum();
        parallel.Stop();
        PoolBenchmarks.Check(poolTotal == serialTotal, Name);
        return serial.Elapsed / parallel.Elapsed;
    }
}

internal static class CollatzEntries
{
    /// <summary>The total number of Collatz steps of every n in [start, end): deliberately CPU-bound, nothing to transfer.</summary>
    [ProcessEntry]
    public static long Steps(long start, long end)
    {
        long steps = 0;
        for (long n = Math.Max(start, 1); n < end; n++)
        {
            for (long x = n; x != 1; steps++)
            {
                x = (x & 1) == 0 ? x >> 1 : (3 * x) + 1;
            }
        }

        return steps;
    }
}
