namespace Multiprocessing.Tests.Queues;

/// <summary>The entries the queue tests start in real child processes.</summary>
public static class QueueEntries
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [ProcessEntry]
    public static void PutRange(ProcessQueue<int> queue, int first, int count)
    {
        for (int i = 0; i < count; i++)
        {
            queue.Put(first + i);
        }
    }

    [ProcessEntry]
    public static long GetAndSum(ProcessQueue<int> queue, int count)
    {
        long sum = 0;
        for (int i = 0; i < count; i++)
        {
            sum += queue.Get(Patience);
        }

        return sum;
    }

    [ProcessEntry]
    public static long SumUntilCompleted(ProcessQueue<int> queue)
    {
        long sum = 0;
        try
        {
            while (true)
            {
                sum += queue.Get(Patience);
            }
        }
        catch (QueueCompletedException)
        {
            return sum;
        }
    }
}

/// <summary>Entries for the fault, large-item and joinable tests.</summary>
public static class QueueFaultEntries
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Puts arrays whose elements all equal their sequence number, until killed.</summary>
    [ProcessEntry]
    public static void PutArraysForever(ProcessQueue<int[]> queue, ProcessEvent started, int length)
    {
        for (int i = 0; ; i++)
        {
            queue.Put(Enumerable.Repeat(i, length).ToArray());
            if (i == 10)
            {
                started.Set();
            }
        }
    }

    /// <summary>Gets arrays forever, until killed.</summary>
    [ProcessEntry]
    public static void GetForever(ProcessQueue<int[]> queue, ProcessEvent started)
    {
        started.Set();
        while (true)
        {
            queue.Get();
        }
    }

    /// <summary>
    /// Python's daemon-consumer pattern: starts a daemon that gets from a queue forever, disposes its own views once
    /// the daemon is up, and returns the queue's block name. The daemon is terminated when this process exits.
    /// </summary>
    [ProcessEntry]
    public static string[] LeaveQueueToDaemon()
    {
        var queue = new ProcessQueue<int[]>();
        var started = new ProcessEvent();
        var consumer = Process.Create(GetForever, queue, started);
        consumer.Daemon = true;
        consumer.Start();
        started.Wait();
        string[] names = [queue.BlockName, started.BlockName];
        queue.Dispose();
        started.Dispose();
        return names;
    }

    [ProcessEntry]
    public static void PutBytes(ProcessQueue<byte[]> queue, int length, byte fill) =>
        queue.Put(Enumerable.Repeat(fill, length).ToArray());

    [ProcessEntry]
    public static int GetAndMarkDone(JoinableProcessQueue<int> queue, int count)
    {
        int sum = 0;
        for (int i = 0; i < count; i++)
        {
            sum += queue.Get(Patience);
            queue.TaskDone();
        }

        return sum;
    }

    /// <summary>Gets <paramref name="count"/> strings and puts each back on <paramref name="output"/>.</summary>
    [ProcessEntry]
    public static void Relay(ProcessQueue<string> input, ProcessQueue<string> output, int count)
    {
        for (int i = 0; i < count; i++)
        {
            output.Put(input.Get());
        }
    }

    [ProcessEntry]
    public static void PutSimple(SimpleProcessQueue<string> queue, string text) => queue.Put(text);
}
