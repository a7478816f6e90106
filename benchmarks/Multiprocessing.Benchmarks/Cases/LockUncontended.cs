using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// Acquire then release of a <see cref="ProcessLock"/> nobody else wants, in one process: the atomic fast path.
/// Python peer: <c>benchmarks/python/lock_uncontended.py</c> (<c>multiprocessing.Lock</c>).
/// </summary>
internal sealed class LockUncontended : BenchmarkCase
{
    private const int Pairs = 1_000_000;

    public override string Name => "lock_uncontended";

    public override string Unit => "ns";

    public override Better Better => Better.Lower;

    public override string Description => $"one acquire + release pair of an uncontended ProcessLock, mean over {Pairs:N0} pairs";

    protected override double MeasureOnce()
    {
        using var processLock = new ProcessLock();
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < Pairs; i++)
        {
            processLock.Acquire();
            processLock.Release();
        }

        stopwatch.Stop();
        return stopwatch.Elapsed.TotalNanoseconds / Pairs;
    }
}
