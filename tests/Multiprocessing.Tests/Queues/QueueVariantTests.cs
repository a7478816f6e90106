namespace Multiprocessing.Tests.Queues;

public sealed class QueueVariantTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Join_waits_until_a_child_has_marked_every_item_done()
    {
        using var queue = new JoinableProcessQueue<int>();
        Assert.True(queue.Join(TimeSpan.Zero));
        for (int i = 1; i <= 100; i++)
        {
            queue.Put(i);
        }

        Assert.Equal(100, queue.UnfinishedTasks);
        Assert.False(queue.Join(TimeSpan.FromMilliseconds(20)));
        using var child = Process.Create(QueueFaultEntries.GetAndMarkDone, queue, 100);
        child.Start();
        Assert.True(await queue.JoinAsync(Patience));
        Assert.Equal(0, queue.UnfinishedTasks);
        Assert.Equal(5050, await child.Result.WaitAsync(Patience));
        Assert.Throws<InvalidOperationException>(queue.TaskDone);
    }

    [Fact]
    public async Task A_join_can_be_cancelled()
    {
        using var queue = new JoinableProcessQueue<int>();
        queue.Put(1);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.JoinAsync(cancellation.Token));
        queue.Get();
        queue.TaskDone();
        queue.Join();
    }

    [Fact]
    public void A_simple_queue_carries_items_from_a_child()
    {
        using var queue = new SimpleProcessQueue<string>();
        Assert.True(queue.IsEmpty);
        using var child = Process.Create(QueueFaultEntries.PutSimple, queue, "hello world");
        child.Start();
        Assert.Equal("hello world", queue.Get());
        child.Join();
        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public async Task ReadAllAsync_ends_once_the_queue_is_completed_and_drained()
    {
        using var queue = new ProcessQueue<int>();
        using var child = Process.Create(QueueEntries.PutRange, queue, 1, 1000);
        child.Start();
        var reading = Task.Run(async () =>
        {
            var items = new List<int>();
            await foreach (int item in queue.ReadAllAsync())
            {
                items.Add(item);
            }

            return items;
        });
        child.Join();
        queue.CompleteAdding();

        var got = await reading.WaitAsync(Patience);
        Assert.Equal(Enumerable.Range(1, 1000), got);
        Assert.Throws<QueueCompletedException>(() => queue.Put(1));
        Assert.Throws<QueueCompletedException>(() => queue.Get());
        Assert.False(queue.TryGet(out _));
    }

    [Fact]
    public async Task Asynchronous_gets_and_puts_wait_time_out_and_can_be_cancelled()
    {
        using var queue = new ProcessQueue<int>(maxSize: 1);
        await Assert.ThrowsAsync<QueueEmptyException>(async () => await queue.GetAsync(TimeSpan.FromMilliseconds(50)));
        using (var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await queue.GetAsync(cancellation.Token));
        }

        var waiting = queue.GetAsync();
        await queue.PutAsync(42);
        Assert.Equal(42, await waiting.AsTask().WaitAsync(Patience));

        await queue.PutAsync(1);
        await Assert.ThrowsAsync<QueueFullException>(async () => await queue.PutAsync(2, TimeSpan.FromMilliseconds(50)));
        var putting = queue.PutAsync(3).AsTask();
        Assert.Equal(1, await queue.GetAsync(Patience));
        await putting.WaitAsync(Patience);
        Assert.Equal(3, queue.Get(Patience));
    }

    [Fact]
    public void Close_stops_this_process_only_and_JoinThread_needs_it()
    {
        using var queue = new ProcessQueue<int>();
        using var other = ProcessQueue<int>.Attach(queue.BlockName);
        Assert.Throws<InvalidOperationException>(queue.JoinThread);
        queue.Put(1);
        queue.Close();
        queue.JoinThread();
        queue.CancelJoinThread();
        Assert.Throws<InvalidOperationException>(() => queue.Put(2));
        Assert.Equal(1, other.Get(Patience));
    }
}
