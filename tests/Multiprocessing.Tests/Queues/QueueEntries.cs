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
