// Python's producer/consumer over a multiprocessing.Queue: one process puts a random number every 0.3 s, another
// takes one every 0.2 s. Made finite: the producer puts a fixed count, then the queue is completed, which ends the
// consumer's loop once it has taken every number (Python would put a sentinel such as None).
using Multiprocessing;

ProcessGuard.Enter();

const int Count = 5;
using var queue = new ProcessQueue<int>();
using var producer = Process.Create(Work.Produce, queue, Count);
using var consumer = Process.Create(Work.Consume, queue);
producer.Start();
consumer.Start();
producer.Join();
queue.CompleteAdding();            // no more numbers: the consumer ends once the queue is drained
int taken = await consumer.Result;
Console.WriteLine($"the producer stored {Count} numbers, the consumer got {taken}");

static class Work
{
    [ProcessEntry]
    public static void Produce(ProcessQueue<int> queue, int count)
    {
        for (int i = 0; i < count; i++)
        {
            Thread.Sleep(300);
            int number = Random.Shared.Next(1, 101);
            Console.WriteLine($"store a number: {number}");
            queue.Put(number);
        }
    }

    [ProcessEntry]
    public static async Task<int> Consume(ProcessQueue<int> queue)
    {
        int taken = 0;
        await foreach (int number in queue.ReadAllAsync())
        {
            Console.WriteLine($"got a number: {number}");
            taken++;
            await Task.Delay(200);
        }

        return taken;
    }
}
