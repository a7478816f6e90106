using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// Two producer processes each put 100,000 ints on one <see cref="ProcessQueue{T}"/> while two consumer processes
/// each get 100,000: items per second, timed from the start event until both consumers have set their done events.
/// Python peer: <c>benchmarks/python/queue_mpmc_small.py</c>.
/// </summary>
internal sealed class QueueMpmcSmall : BenchmarkCase
{
    private const int PerProcess = 100_000;

    public override string Name => "queue_mpmc_small";

    public override string Unit => "items/s";

    public override Better Better => Better.Higher;

    public override string Description => $"2 producer processes put {PerProcess:N0} ints each on one ProcessQueue<int>, 2 consumer processes get them: items per second";

    protected override double MeasureOnce()
    {
        using var queue = new ProcessQueue<int>();
        using var go = new ProcessEvent();
        var ready = Enumerable.Range(0, 4).Select(_ => new ProcessEvent()).ToArray();
        var done = Enumerable.Range(0, 2).Select(_ => new ProcessEvent()).ToArray();
        var processes = new List<Process>
        {
            Process.Create(MpmcEntries.Produce, queue, go, ready[0], PerProcess),
            Process.Create(MpmcEntries.Produce, queue, go, ready[1], PerProcess),
            Process.Create(MpmcEntries.Consume, queue, go, ready[2], done[0], PerProcess),
            Process.Create(MpmcEntries.Consume, queue, go, ready[3], done[1], PerProcess),
        };
        processes.ForEach(p => p.Start());
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
        foreach (var process in processes)
        {
            process.Join();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"A queue_mpmc_small process exited with {process.ExitCode}.");
            }

            process.Dispose();
        }

        foreach (var processEvent in ready.Concat(done))
        {
            processEvent.Dispose();
        }

        return 2 * PerProcess / stopwatch.Elapsed.TotalSeconds;
    }
}

internal static class MpmcEntries
{
    [ProcessEntry]
    public static void Produce(ProcessQueue<int> queue, ProcessEvent go, ProcessEvent ready, int count)
    {
        ready.Set();
        go.Wait();
        for (int i = 0; i < count; i++)
        {
            queue.Put(i);
        }
    }

    [ProcessEntry]
    public static void Consume(ProcessQueue<int> queue, ProcessEvent go, ProcessEvent ready, ProcessEvent done, int count)
    {
        ready.Set();
        go.Wait();
        for (int i = 0; i < count; i++)
        {
            queue.Get();
        }

        done.Set();
    }
}
