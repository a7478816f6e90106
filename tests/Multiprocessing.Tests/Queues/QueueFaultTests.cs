namespace Multiprocessing.Tests.Queues;

public sealed class QueueFaultTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Bytes_that_are_not_a_T_throw_a_clear_exception_and_the_queue_keeps_working()
    {
        using var ints = new ProcessQueue<int>();
        using var strings = ProcessQueue<string>.Attach(ints.BlockName);
        ints.Put(5);

        var exception = Assert.Throws<InvalidDataException>(() => strings.Get(Patience));
        Assert.Contains(ints.BlockName, exception.Message);
        Assert.Contains("System.String", exception.Message);
        Assert.True(strings.IsEmpty);

        strings.Put("still working");
        Assert.Equal("still working", strings.Get(Patience));
    }

    [Fact]
    public void A_producer_killed_while_putting_leaves_only_whole_items_and_the_queue_keeps_working()
    {
        const int Length = 4096;
        using var queue = new ProcessQueue<int[]>(bufferBytes: 256 * 1024);
        using var started = new ProcessEvent();
        using var producer = Process.Create(QueueFaultEntries.PutArraysForever, queue, started, Length);
        producer.Start();
        Assert.True(started.Wait(Patience));

        // Get while it puts, so that it is killed in the middle of a put with the lock held or the ring half-written.
        int expected = 0;
        for (int i = 0; i < 200; i++)
        {
            AssertWhole(queue.Get(Patience), ref expected);
        }

        producer.Kill();
        producer.Join();
        while (queue.TryGet(out var item))
        {
            AssertWhole(item, ref expected);
        }

        // Items left in the ring, if any, were whole and in order (a kill between puts leaves none: the getter may keep up).
        Assert.True(expected >= 200);
        queue.Put([1, 2, 3]);
        Assert.Equal([1, 2, 3], queue.Get(Patience));
        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public void A_consumer_killed_while_getting_does_not_wedge_the_queue()
    {
        using var queue = new ProcessQueue<int[]>(maxSize: 4);
        using var started = new ProcessEvent();
        using var consumer = Process.Create(QueueFaultEntries.GetForever, queue, started);
        consumer.Start();
        Assert.True(started.Wait(Patience));
        for (int i = 0; i < 2000; i++)
        {
            queue.Put(new int[512], Patience);
        }

        consumer.Kill();
        consumer.Join();

        // Whatever the consumer left (up to maxSize items: the queue may be full) is still readable, whole.
        while (queue.TryGet(out var item))
        {
            Assert.Equal(512, item.Length);
        }

        queue.Put([7], Patience);
        Assert.Equal([7], queue.Get(Patience));
        Assert.True(queue.IsEmpty);
    }

    [Theory]
    [InlineData(1 << 20)]
    [InlineData(48 << 20)]
    public void Large_items_from_a_child_arrive_whole(int length)
    {
        using var queue = new ProcessQueue<byte[]>();
        using var child = Process.Create(QueueFaultEntries.PutBytes, queue, length, (byte)0x5A);
        child.Start();
        child.Join();
        Assert.Equal(0, child.ExitCode);

        byte[] item = queue.Get(Patience);
        Assert.Equal(length, item.Length);
        Assert.True(item.AsSpan().IndexOfAnyExcept((byte)0x5A) < 0);
        Assert.Empty(Directory.EnumerateFiles("/dev/shm", "mpq-" + queue.BlockName + "-*"));
    }

    [Fact]
    public async Task Blocks_only_terminated_daemons_still_used_are_removed_when_their_creator_exits()
    {
        using var child = Process.Create(QueueFaultEntries.LeaveQueueToDaemon);
        child.Start();
        string[] names = await child.Result.WaitAsync(Patience);
        await child.JoinAsync().WaitAsync(Patience);
        Assert.Equal(0, child.ExitCode);
        foreach (string name in names)
        {
            Assert.False(File.Exists(Path.Combine("/dev/shm", name)), $"the block {name} outlived every process that used it");
        }
    }

    [Fact]
    public void Large_items_left_in_a_disposed_queue_are_removed_with_it()
    {
        var queue = new ProcessQueue<byte[]>(bufferBytes: 4096);
        string name = queue.BlockName;
        queue.Put(new byte[10_000]);
        queue.Put(new byte[20_000]);
        Assert.Equal(2, Directory.EnumerateFiles("/dev/shm", "mpq-" + name + "-*").Count());
        queue.Dispose();
        Assert.Empty(Directory.EnumerateFiles("/dev/shm", "mpq-" + name + "-*"));
    }

    private static void AssertWhole(int[] item, ref int expected)
    {
        Assert.Equal(4096, item.Length);
        Assert.Equal(expected, item[0]);
        Assert.True(item.AsSpan().IndexOfAnyExcept(expected) < 0, $"item {expected} is torn");
        expected++;
    }
}
