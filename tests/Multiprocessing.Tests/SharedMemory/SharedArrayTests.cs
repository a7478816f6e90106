namespace Multiprocessing.Tests.SharedMemoryBlocks;

public sealed class SharedArrayTests
{
    [Fact]
    public void Elements_start_zeroed_or_as_given_and_spans_see_the_shared_memory()
    {
        using var zeroed = new SharedArray<int>(5);
        Assert.Equal(5, zeroed.Length);
        Assert.Equal(new int[5], zeroed.ToArray());

        using var array = new SharedArray<int>([1, 2, 3]);
        Assert.Equal([1, 2, 3], array.ToArray());
        array[1] = 20;
        array[2]++;
        Assert.Equal(20, array.AsSpan()[1]);
        array.AsSpan()[0] = 10;
        Assert.Equal(10, array[0]);
        Assert.Equal([20, 4], array.AsSpan(1, 2).ToArray());
        Assert.Equal(1, Interlocked.Increment(ref zeroed[4]));

        var snapshot = array.ToArray();
        array[0] = 99;
        Assert.Equal(10, snapshot[0]);
    }

    [Fact]
    public void Bad_lengths_and_indexes_say_what_is_wrong()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new SharedArray<int>(-1));
        Assert.Contains("zero or more", negative.Message);
        var huge = Assert.Throws<ArgumentOutOfRangeException>(() => new SharedArray<long>(int.MaxValue));
        Assert.Contains("do not fit", huge.Message);

        using var array = new SharedArray<short>(3);
        var beyond = Assert.Throws<ArgumentOutOfRangeException>(() => array[3]);
        Assert.Contains("has 3 elements", beyond.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => array[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => array.AsSpan(2, 2));

        using var empty = new SharedArray<byte>(0);
        Assert.Empty(empty.ToArray());

        array.Dispose();
        Assert.Throws<ObjectDisposedException>(() => array.AsSpan());
    }

    [Fact]
    public void A_raw_array_has_no_lock()
    {
        using var array = new SharedArray<int>(2, withLock: false);
        Assert.False(array.HasLock);
        Assert.Throws<InvalidOperationException>(array.GetLock);
        Assert.Throws<InvalidOperationException>(() => { using var scope = array.EnterScope(); });
    }

    [Fact]
    public async Task Children_change_the_same_elements_under_its_lock()
    {
        using var array = new SharedArray<long>(4);
        Assert.True(array.HasLock);
        var children = Enumerable.Range(0, 3).Select(_ => Process.Create(CollectionEntries.AddToEachLocked, array, 2000)).ToList();
        children.ForEach(child => child.Start());
        foreach (var child in children)
        {
            await child.Completion;
            child.Dispose();
        }

        Assert.Equal([6000L, 6000L, 6000L, 6000L], array.ToArray());
    }

    [Fact]
    public async Task A_raw_array_travels_to_a_child()
    {
        using var array = new SharedArray<double>([1.5, 2.5], withLock: false);
        using var child = Process.Create(CollectionEntries.SumAndDouble, array);
        child.Start();
        Assert.Equal(4.0, await child.Result);
        Assert.Equal([3.0, 5.0], array.ToArray());
    }
}
