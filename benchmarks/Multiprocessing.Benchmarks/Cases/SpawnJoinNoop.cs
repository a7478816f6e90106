using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// Starts and joins a process whose entry does nothing: the fixed cost of one child, from <c>Start()</c> until
/// <c>Join()</c> returns (launch, runtime start-up, guard, control channel, exit, reaping).
/// Python peer: <c>benchmarks/python/spawn_join_noop.py</c>.
/// </summary>
internal sealed class SpawnJoinNoop : BenchmarkCase
{
    public override string Name => "spawn_join_noop";

    public override string Unit => "ms";

    public override Better Better => Better.Lower;

    public override string Description => "Start() + Join() of a process whose entry does nothing";

    protected override double MeasureOnce()
    {
        using var process = Process.Create(NoopEntries.Noop);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.Join();
        stopwatch.Stop();

        // Outside the timing: Join() can return a moment before ExitCode is set, while Completion is only
        // finished after it, so wait for Completion (which also raises if the child failed) before checking.
        process.Completion.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The no-op child {process.Pid} exited with {process.ExitCode}.");
        }

        return Milliseconds(stopwatch);
    }
}

internal static class NoopEntries
{
    [ProcessEntry]
    public static void Noop()
    {
    }
}
