using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// Two children each increment one <see cref="SharedValue{T}"/> 100,000 times under its lock, at the same time.
/// Timed from the moment both are ready (a start event) until both have set their done events; starting and joining
/// them are not timed. Python peer: <c>benchmarks/python/value_increment_locked.py</c>.
/// </summary>
internal sealed class ValueIncrementLocked : BenchmarkCase
{
    private const int Times = 100_000;
    private const int Children = 2;

    public override string Name => "value_increment_locked";

    public override string Unit => "ops/s";

    public override Better Better => Better.Higher;

    public override string Description => $"{Children} processes each incrementing a SharedValue<int> {Times:N0} times under its lock: increments per second";

    protected override double MeasureOnce()
    {
        using var counter = new SharedValue<int>(0);
        using var go = new ProcessEvent();
        var ready = Enumerable.Range(0, Children).Select(_ => new ProcessEvent()).ToArray();
        var done = Enumerable.Range(0, Children).Select(_ => new ProcessEvent()).ToArray();
        var children = Enumerable.Range(0, Children)
            .Select(i => Process.Create(IncrementEntries.Increment, counter, go, ready[i], done[i], Times))
            .ToArray();
        foreach (var child in children)
        {
            child.Start();
        }

        foreach (var readyEvent in ready)
        {
            readyEvent.Wait();
        }

        var stopwatch = Stopwatch.StartNew();
        go.Set();
        foreach (var doneEvent in done)
        {
            doneEvent.Wait();
        }

        stopwatch.Stop();
        foreach (var child in children)
        {
            child.Join();
            child.Dispose();
        }

        foreach (var processEvent in ready.Concat(done))
        {
            processEvent.Dispose();
        }

        if (counter.Value != Children * Times)
        {
            throw new InvalidOperationException($"The counter reached {counter.Value}, not {Children * Times}: the lock let an update through.");
        }

        return Children * Times / stopwatch.Elapsed.TotalSeconds;
    }
}

internal static class IncrementEntries
{
    [ProcessEntry]
    public static void Increment(SharedValue<int> counter, ProcessEvent go, ProcessEvent ready, ProcessEvent done, int times)
    {
        ready.Set();
        go.Wait();
        for (int i = 0; i < times; i++)
        {
            using (counter.EnterScope())
            {
                counter.Value++;
            }
        }

        done.Set();
    }
}
