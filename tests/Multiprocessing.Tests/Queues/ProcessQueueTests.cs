namespace Multiprocessing.Tests.Queues;

public sealed class ProcessQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Items_put_by_a_child_that_exits_at_once_are_all_got_in_order()
    {
        const int Count = 10_000;
        using var queue = new ProcessQueue<int>();
        using var child = Process.Create(QueueEntries.PutRange, queue, 1, Count);
        child.Start();
        child.Join();
        Assert.Equal(0, child.ExitCode);

        Assert.Equal(Count, queue.Count);
        for (int i = 1; i <= Count; i++)
        {
            Assert.Equal(i, queue.Get(TimeSpan.Zero));
        }

        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public async Task Items_of_changing_sizes_go_round_a_small_ring_whole_and_in_order()
    {
        // Sizes grow, shrink and jump, so that items are written into the ring in place, outgrow the room they were
        // given, wrap at the ring's end, and (the 3,000-character ones) go to files of their own.
        const int Count = 3_000;
        var random = new Random(1234);
        var items = Enumerable.Range(0, Count)
            .Select(i => new string((char)('a' + (i % 26)), i % 97 == 0 ? 3_000 : random.Next(0, 900)))
            .ToList();
        using var input = new ProcessQueue<string>(bufferBytes: 4096);
        using var output = new ProcessQueue<string>(bufferBytes: 4096);
        using var relay = Process.Create(QueueFaultEntries.Relay, input, output, Count);
        relay.Start();

        var putting = Task.Run(() => items.ForEach(item => input.Put(item, Patience)));
        for (int i = 0; i < Count; i++)
        {
            Assert.Equal(items[i], output.Get(Patience));
        }

        await putting.WaitAsync(Patience);
        await relay.JoinAsync().WaitAsync(Patience);
        Assert.Equal(0, relay.ExitCode);
        Assert.True(output.IsEmpty);
    }

    [Fact]
    public async Task A_child_gets_what_the_parent_puts_while_it_waits()
    {
        const int Count = 5_000;
        using var queue = new ProcessQueue<int>(maxSize: 10);
        using var child = Process.Create(QueueEntries.GetAndSum, queue, Count);
        child.Start();
        for (int i = 1; i <= Count; i++)
        {
            queue.Put(i, Patience);
        }

        Assert.Equal((long)Count * (Count + 1) / 2, await child.Result.WaitAsync(Patience));
    }

    [Fact]
    public async Task Two_producers_and_two_consumers_move_every_item_exactly_once()
    {
        const int PerProducer = 20_000;
        using var queue = new ProcessQueue<int>(maxSize: 100);
        var consumers = Enumerable.Range(0, 2).Select(_ => Process.Create(QueueEntries.SumUntilCompleted, queue)).ToList();
        var producers = Enumerable.Range(0, 2).Select(i => Process.Create(QueueEntries.PutRange, queue, 1 + (i * PerProducer), PerProducer)).ToList();
        consumers.ForEach(p => p.Start());
        producers.ForEach(p => p.Start());
        producers.ForEach(p => Assert.True(p.Join(Patience)));
        Assert.All(producers, p => Assert.Equal(0, p.ExitCode));
        queue.CompleteAdding();

        long total = 0;
        foreach (var consumer in consumers)
        {
            total += await consumer.Result.WaitAsync(Patience);
            consumer.Dispose();
        }

        producers.ForEach(p => p.Dispose());
        const long N = 2 * PerProducer;
        Assert.Equal(N * (N + 1) / 2, total);
        Assert.True(queue.IsCompleted);
    }

    [Fact]
    public void Get_on_an_empty_queue_times_out_with_QueueEmptyException_and_TryGet_returns_false()
    {
        using var queue = new ProcessQueue<string>();
        Assert.Throws<QueueEmptyException>(() => queue.Get(TimeSpan.FromMilliseconds(50)));
        Assert.Throws<QueueEmptyException>(() => queue.Get(TimeSpan.Zero));
        Assert.False(queue.TryGet(out _));
        queue.Put("x");
        Assert.True(queue.TryGet(out var item));
        Assert.Equal("x", item);
    }

    [Fact]
    public void Put_on_a_full_queue_times_out_with_QueueFullException_and_TryPut_returns_false()
    {
        using var queue = new ProcessQueue<int>(maxSize: 2);
        Assert.Equal(2, queue.MaxSize);
        queue.Put(1);
        Assert.True(queue.TryPut(2));
        Assert.True(queue.IsFull);
        Assert.False(queue.TryPut(3));
        Assert.Throws<QueueFullException>(() => queue.Put(3, TimeSpan.FromMilliseconds(50)));
        Assert.Equal(1, queue.Get());
        queue.Put(3, TimeSpan.Zero);
        Assert.Equal([2, 3], [queue.Get(), queue.Get()]);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_clear_exceptions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProcessQueue<int>(maxSize: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProcessQueue<int>(bufferBytes: 100));
        using var queue = new ProcessQueue<int>();
        Assert.Throws<ArgumentOutOfRangeException>(() => queue.Get(TimeSpan.FromMilliseconds(-5)));
    }
}
