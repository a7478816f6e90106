using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// One producer process puts 200,000 ints on a <see cref="ProcessQueue{T}"/>, the parent gets them: items per second,
/// timed from the start event until the last item is got. Python peer: <c>benchmarks/python/queue_throughput_small.py</c>.
/// </summary>
internal sealed class QueueThroughputSmall : BenchmarkCase
{
    private const int Items = 200_000;

    public override string Name => "queue_throughput_small";

    public override string Unit => "items/s";

    public override Better Better => Better.Higher;

    public override string Description => $"a child puts {Items:N0} ints on a ProcessQueue<int>, the parent gets them: items per second";

    protected override double MeasureOnce()
    {
        using var queue = new ProcessQueue<int>();
        double seconds = QueueTiming.TimeTransfer(queue, Process.Create(QueueEntries.PutInts, queue, QueueTiming.NewGo(out var go), Items), go, () =>
        {
            long sum = 0;
            for (int i = 0; i < Items; i++)
            {
                sum += queue.Get();
            }

            return sum == (long)Items * (Items - 1) / 2;
        });
        return Items / seconds;
    }
}

/// <summary>
/// One producer process puts 500 byte arrays of 1 MiB, the parent gets them: megabytes (10^6 bytes) per second.
/// Python peer: <c>benchmarks/python/queue_throughput_1mib.py</c>.
/// </summary>
internal sealed class QueueThroughput1Mib : BenchmarkCase
{
    private const int Items = 500;
    private const int Size = 1 << 20;

    public override string Name => "queue_throughput_1mib";

    public override string Unit => "MB/s";

    public override Better Better => Better.Higher;

    public override string Description => $"a child puts {Items} byte[] of 1 MiB on a ProcessQueue<byte[]>, the parent gets them: MB/s";

    protected override double MeasureOnce()
    {
        using var queue = new ProcessQueue<byte[]>();
        double seconds = QueueTiming.TimeTransfer(queue, Process.Create(QueueEntries.PutBlobs, queue, QueueTiming.NewGo(out var go), Items, Size), go, () =>
        {
            bool whole = true;
            for (int i = 0; i < Items; i++)
            {
                whole &= queue.Get().Length == Size;
            }

            return whole;
        });
        return (double)Items * Size / 1e6 / seconds;
    }
}

/// <summary>Starting the producer, and timing from its go until the consumer's last item.</summary>
internal static class QueueTiming
{
    public static ProcessEvent NewGo(out ProcessEvent go) => go = new ProcessEvent();

    public static double TimeTransfer(IDisposable queue, Process producer, ProcessEvent go, Func<bool> consume)
    {
        using (go)
        using (producer)
        {
            producer.Start();

            // The child is up once it has put its first item, which is got before the timing starts.
            WaitForFirstItem(queue);
            var stopwatch = Stopwatch.StartNew();
            go.Set();
            bool ok = consume();
            stopwatch.Stop();
            producer.Join();
            if (!ok || producer.ExitCode != 0)
            {
                throw new InvalidOperationException($"The transfer through {queue} went wrong (items ok: {ok}, producer exit code {producer.ExitCode}).");
            }

            return stopwatch.Elapsed.TotalSeconds;
        }
    }

    private static void WaitForFirstItem(IDisposable queue)
    {
        switch (queue)
        {
            case ProcessQueue<int> ints:
                ints.Get();
                break;
            case ProcessQueue<byte[]> blobs:
                blobs.Get();
                break;
        }
    }
}

internal static class QueueEntries
{
    [ProcessEntry]
    public static void PutInts(ProcessQueue<int> queue, ProcessEvent go, int count)
    {
        queue.Put(-1);
        go.Wait();
        for (int i = 0; i < count; i++)
        {
            queue.Put(i);
        }
    }

    [ProcessEntry]
    public static void PutBlobs(ProcessQueue<byte[]> queue, ProcessEvent go, int count, int size)
    {
        byte[] blob = new byte[size];
        queue.Put([]);
        go.Wait();
        for (int i = 0; i < count; i++)
        {
            queue.Put(blob);
        }
    }
}
