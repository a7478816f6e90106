using System.Buffers.Binary;
using System.Net.Sockets;
using Multiprocessing.Managers;

namespace Multiprocessing.Tests.Managers;

/// <summary>The shared-memory channel that carries the blocking calls of a local connection (<see cref="ManagerChannel"/>).</summary>
public sealed class ManagerChannelTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_local_connection_carries_calls_through_a_channel_whose_block_name_is_already_removed()
    {
        await using var manager = await Manager.StartAsync();
        var list = manager.List([1, 2]);
        manager.Publish("numbers", list);

        using var connection = ManagerConnection.Open(manager.Address, manager.AuthKey.ToArray(), channel: true);
        Assert.NotNull(connection.ChannelName);
        Assert.False(File.Exists("/dev/shm/" + connection.ChannelName), "the server removes the channel's name as soon as it maps the block");

        var find = new ProxyCall(RequestKind.Find, 0, 0, "Find(\"numbers\")");
        find.Write("numbers");
        var reply = connection.Call(find).Span;
        Assert.Equal(ReplyStatus.ReturnedShared, (ReplyStatus)reply[0]);
        Assert.Equal(list.ObjectId, BinaryPrimitives.ReadUInt64LittleEndian(reply[1..]));

        using var forAwaits = ManagerConnection.Open(manager.Address, manager.AuthKey.ToArray(), channel: false);
        Assert.Null(forAwaits.ChannelName);
    }

    [Fact]
    public async Task Requests_and_replies_too_large_for_the_channel_go_over_the_socket_between_channel_calls()
    {
        await using var manager = await Manager.StartAsync();
        var list = manager.List<string>();
        string[] large = [.. Enumerable.Range(0, 5_000).Select(i => $"item number {i:D6}")];
        Assert.True(large.Sum(item => item.Length) > ManagerChannel.AreaSize);

        list.Add("first");
        list.AddRange(large);
        list.Add("last");
        Assert.Equal(["first", .. large, "last"], list.Snapshot());
        Assert.Equal(large.Length + 2, list.Count);
        Assert.Equal("last", list[list.Count - 1]);
    }

    [Fact]
    public async Task A_server_killed_while_a_call_waits_in_the_channel_fails_the_call_instead_of_hanging()
    {
        await using var manager = await Manager.StartAsync();
        var queue = manager.Queue<int>();
        queue.Put(1);
        Assert.Equal(1, queue.Get());

        // The blocking Get goes through the channel and sleeps there, since no item comes.
        var waiting = Task.Run(() => queue.Get());
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        manager.ServerProcess!.Kill();

        var failure = await Assert.ThrowsAsync<ManagerConnectionException>(() => waiting.WaitAsync(Patience));
        Assert.Contains(manager.Address, failure.Message);
        Assert.Throws<ManagerConnectionException>(() => queue.Put(2));
    }

    [Fact]
    public async Task A_server_refuses_a_channel_on_a_tcp_connection_and_keeps_serving_it()
    {
        byte[] key = "channel key"u8.ToArray();
        await using var manager = await Manager.StartAsync(new ManagerOptions { Address = "tcp://127.0.0.1:0", AuthKey = key });
        var list = manager.List([5]);

        using var connection = ManagerConnection.Open(manager.Address, key, channel: true);
        Assert.Null(connection.ChannelName);

        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.Connect(ManagerAddress.Parse(manager.Address));
        Multiprocessing.Connections.Handshake.Secure(socket, key, asListener: false, CancellationToken.None);
        using var channel = ManagerChannel.Create();
        var open = new ProxyCall(RequestKind.OpenChannel, 0, 0, "OpenChannel");
        open.Write(channel.Name);
        Assert.Equal(ReplyStatus.Refused, ManagerTests.Exchange(socket, open.Frame[4..].ToArray()));

        var find = new ProxyCall(RequestKind.Find, 0, 0, "Find");
        find.Write("nothing published");
        Assert.Equal(ReplyStatus.Refused, ManagerTests.Exchange(socket, find.Frame[4..].ToArray()));
        Assert.Equal([5], list.Snapshot());
    }
}
