namespace Multiprocessing.Tests.SharedMemoryBlocks;

public sealed class SharedMemoryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static string PathOf(SharedMemory block) => "/dev/shm/" + block.Name;

    [Fact]
    public void Views_of_one_block_see_the_same_bytes()
    {
        using var block = SharedMemory.Create(100);
        using var view = SharedMemory.Attach(block.Name, 100);
        Assert.Equal(100, view.Size);
        Assert.All(view.Span.ToArray(), b => Assert.Equal(0, b));

        block.Span[42] = 7;
        Assert.Equal(7, view.Span[42]);
        Assert.Equal(7, view.Memory.Span[42]);
    }

    [Fact]
    public async Task A_child_writes_into_a_block_passed_as_an_argument()
    {
        using var block = SharedMemory.Create(64);
        using var child = Process.Create(SharingEntries.FillBlock, block, (byte)9);
        child.Start();
        Assert.Equal(64, await child.Result);
        Assert.All(block.Span.ToArray(), b => Assert.Equal(9, b));
    }

    [Fact]
    public void Bad_input_gives_errors_that_say_what_is_wrong()
    {
        var missing = Assert.Throws<FileNotFoundException>(() => SharedMemory.Attach("mp-test-no-such-block"));
        Assert.Contains("'mp-test-no-such-block'", missing.Message);

        Assert.Throws<ArgumentOutOfRangeException>(() => SharedMemory.Create(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SharedMemory.Create(-1));
        Assert.Throws<ArgumentException>(() => SharedMemory.Create(8, "a/b"));

        using var block = SharedMemory.Create(16);
        var wrongSize = Assert.Throws<ArgumentException>(() => SharedMemory.Attach(block.Name, 32));
        Assert.Contains("16 bytes", wrongSize.Message);
        var taken = Assert.Throws<IOException>(() => SharedMemory.Create(16, block.Name));
        Assert.Contains("exists already", taken.Message);
    }

    [Fact]
    public void The_last_view_to_close_removes_the_block()
    {
        var block = SharedMemory.Create(8);
        var view = SharedMemory.Attach(block.Name);
        string path = PathOf(block);

        block.Dispose();
        Assert.True(File.Exists(path));
        view.Dispose();
        Assert.False(File.Exists(path));
        Assert.Throws<FileNotFoundException>(() => SharedMemory.Attach(block.Name));
    }

    [Fact]
    public void Unlink_removes_the_name_at_once_and_open_views_stay_usable()
    {
        using var block = SharedMemory.Create(8);
        block.Unlink();
        Assert.False(File.Exists(PathOf(block)));
        Assert.Throws<FileNotFoundException>(() => SharedMemory.Attach(block.Name));
        block.Span[0] = 1;
        Assert.Equal(1, block.Span[0]);
    }

    [Fact]
    public void A_killed_holder_does_not_keep_the_block_alive()
    {
        var block = SharedMemory.Create(8);
        string path = PathOf(block);
        using var attached = new ProcessEvent();
        using var child = Process.Create(SharingEntries.HoldBlockForever, block, attached);
        child.Start();
        Assert.True(attached.Wait(Patience));
        child.Kill();
        child.Join();

        block.Dispose();
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_raw_shared_value_has_no_lock_and_travels_to_children()
    {
        using var value = new SharedValue<long>(40, withLock: false);
        Assert.False(value.HasLock);
        Assert.Throws<InvalidOperationException>(value.GetLock);

        using var child = Process.Create(SharingEntries.AddToRawValue, value, 2L);
        child.Start();
        Assert.Equal(42, await child.Result);
        Assert.Equal(42, value.Value);
    }
}
