using System.IO.Pipes;
using System.Text;
using MemoryPack;

namespace Multiprocessing.Tests.Handles;

public sealed class InheritedHandleTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_child_writes_to_a_pipe_it_received_as_an_argument_and_end_of_file_follows_its_exit()
    {
        using var reader = new AnonymousPipeServerStream(PipeDirection.In);
        var p = Process.Create(HandleEntries.WriteTo, new PassedHandle(reader.ClientSafePipeHandle), "through an inherited pipe");

        // The call holds its own copy from Create on, so the parent can let go of the write end before Start, and
        // the copy is released at Start: otherwise the read below would never see end-of-file.
        reader.DisposeLocalCopyOfClientHandle();
        p.Start();

        var text = await ReadToEndAsync(reader).WaitAsync(Cap);
        Assert.Equal("through an inherited pipe", text);
        await p.JoinAsync().WaitAsync(Cap);
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public async Task Several_handles_arrive_in_argument_order()
    {
        using var first = new AnonymousPipeServerStream(PipeDirection.In);
        using var second = new AnonymousPipeServerStream(PipeDirection.In);
        var p = Process.Create(HandleEntries.WriteToBoth, new PassedHandle(first.ClientSafePipeHandle), new PassedHandle(second.ClientSafePipeHandle));
        first.DisposeLocalCopyOfClientHandle();
        second.DisposeLocalCopyOfClientHandle();
        p.Start();

        Assert.Equal("first", await ReadToEndAsync(first).WaitAsync(Cap));
        Assert.Equal("second", await ReadToEndAsync(second).WaitAsync(Cap));
        await p.JoinAsync().WaitAsync(Cap);
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public async Task A_process_that_is_never_started_releases_its_copies_when_disposed()
    {
        using var reader = new AnonymousPipeServerStream(PipeDirection.In);
        var p = Process.Create(HandleEntries.WriteTo, new PassedHandle(reader.ClientSafePipeHandle), "never sent");
        reader.DisposeLocalCopyOfClientHandle();
        p.Dispose();

        Assert.Equal(string.Empty, await ReadToEndAsync(reader).WaitAsync(Cap));
    }

    [Fact]
    public void A_handle_outside_a_process_argument_is_refused_with_a_clear_error()
    {
        using var reader = new AnonymousPipeServerStream(PipeDirection.In);
        var exception = Assert.Throws<InvalidOperationException>(() => MemoryPackSerializer.Serialize(new PassedHandle(reader.ClientSafePipeHandle)));
        Assert.Contains("PassedHandle can be sent to another process only as an argument of a process it starts", exception.Message);
    }

    [Fact]
    public void A_closed_handle_is_refused_when_the_process_is_created()
    {
        using var reader = new AnonymousPipeServerStream(PipeDirection.In);
        var handle = reader.ClientSafePipeHandle;
        handle.Dispose();
        var exception = Assert.Throws<ObjectDisposedException>(() => Process.Create(HandleEntries.WriteTo, new PassedHandle(handle), "x"));
        Assert.Contains("PassedHandle is closed", exception.Message);
    }

    [Fact]
    public async Task Children_and_grandchildren_inherit_the_authentication_key()
    {
        var key = Process.Current.AuthKey.ToArray();
        Assert.Equal(32, key.Length);
        Assert.Contains(key, b => b != 0);

        var child = Process.Create(HandleEntries.AuthKeyOfChild);
        var grandchild = Process.Create(HandleEntries.AuthKeyOfGrandchild);
        child.Start();
        grandchild.Start();
        Assert.Equal(key, await child.Result.WaitAsync(Cap));
        Assert.Equal(key, await grandchild.Result.WaitAsync(Cap));
    }

    private static async Task<string> ReadToEndAsync(Stream stream)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        return await text.ReadToEndAsync();
    }
}
