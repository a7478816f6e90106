using System.Buffers.Binary;
using System.Net.Sockets;
using Multiprocessing.Managers;

namespace Multiprocessing.Tests.Managers;

public sealed class ManagerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Ten_children_append_to_one_list_proxy()
    {
        await using var manager = await Manager.StartAsync();
        var list = manager.List<int>();
        var children = Enumerable.Range(0, 10).Select(i => Process.Create(ManagerEntries.AppendToList, list, i)).ToList();
        children.ForEach(p => p.Start());
        foreach (var child in children)
        {
            await child.JoinAsync(Patience);
            Assert.Equal(0, child.ExitCode);
            child.Dispose();
        }

        Assert.Equal(Enumerable.Range(0, 10), list.Snapshot().Order());
        Assert.Equal(10, list.Count);
    }

    [Fact]
    public async Task A_manager_uses_the_familys_key_by_default_and_a_given_key_travels_with_its_proxies()
    {
        await using (var familyManager = await Manager.StartAsync())
        {
            Assert.True(familyManager.AuthKey.SequenceEqual(Process.Current.AuthKey.Span));
        }

        await using var manager = await Manager.StartAsync(new ManagerOptions { AuthKey = "a key of its own"u8.ToArray() });
        Assert.False(manager.AuthKey.SequenceEqual(Process.Current.AuthKey.Span));
        var list = manager.List<int>();
        using var child = Process.Create(ManagerEntries.AppendToList, list, 5);
        child.Start();
        await child.JoinAsync(Patience);
        Assert.Equal(0, child.ExitCode);
        Assert.Equal([5], list.Snapshot());
        Assert.Throws<ArgumentException>(() => Manager.Start(new ManagerOptions { AuthKey = [] }));
    }

    [Fact]
    public async Task List_and_dictionary_proxies_behave_as_the_collection_interfaces_say()
    {
        await using var manager = await Manager.StartAsync();
        IList<string> list = manager.List(["a", "b"]);
        list.Add("c");
        list.Insert(0, "z");
        Assert.Equal(["z", "a", "b", "c"], list.ToArray());
        Assert.Equal(2, list.IndexOf("b"));
        Assert.True(list.Remove("a"));
        Assert.False(list.Contains("a"));
        list[0] = "y";
        Assert.Equal("y", list[0]);
        var outOfRange = Assert.Throws<RemoteException>(() => list[10]);
        Assert.Equal("System.ArgumentOutOfRangeException", outOfRange.RemoteTypeName);

        IDictionary<string, int> dictionary = manager.Dictionary<string, int>();
        dictionary["one"] = 1;
        dictionary.Add("two", 2);
        Assert.Equal(2, dictionary.Count);
        Assert.True(dictionary.TryGetValue("two", out int two));
        Assert.Equal(2, two);
        Assert.False(dictionary.ContainsKey("three"));
        Assert.Throws<KeyNotFoundException>(() => dictionary["three"]);
        Assert.Equal("System.ArgumentException", Assert.Throws<RemoteException>(() => dictionary.Add("one", 9)).RemoteTypeName);
        Assert.Equal(new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 }, ((DictionaryProxy<string, int>)dictionary).Snapshot());
        Assert.True(dictionary.Remove("one"));
        Assert.Equal(["two"], dictionary.Keys);
    }

    [Fact]
    public async Task Increments_under_the_managers_lock_from_processes_and_threads_lose_no_update()
    {
        await using var manager = await Manager.StartAsync();
        var counts = manager.Dictionary<string, int>();
        counts["n"] = 0;
        var managerLock = manager.Lock();
        var children = Enumerable.Range(0, 3).Select(_ => Process.Create(ManagerEntries.IncrementUnderLock, counts, managerLock, "n", 3, 50)).ToList();
        children.ForEach(p => p.Start());
        ManagerEntries.IncrementUnderLock(counts, managerLock, "n", 2, 50);
        foreach (var child in children)
        {
            await child.JoinAsync(Patience);
            Assert.Equal(0, child.ExitCode);
            child.Dispose();
        }

        Assert.Equal((3 * 3 * 50) + (2 * 50), counts["n"]);
        Assert.False(managerLock.IsLocked);
        Assert.Throws<RemoteException>(() => managerLock.Release());
    }

    [Fact]
    public async Task An_exception_in_the_server_is_rethrown_with_its_type_message_and_stack()
    {
        await using var manager = await Manager.StartAsync();
        var counter = manager.CreateCounter();
        var failure = Assert.Throws<RemoteException>(() => counter.Fail("no funds"));
        Assert.Equal("System.InvalidOperationException", failure.RemoteTypeName);
        Assert.Equal("no funds", failure.RemoteMessage);
        Assert.Contains("Counter.Fail", failure.RemoteStackTrace);
        Assert.Equal(1, counter.Add(1));
    }

    [Fact]
    public async Task A_member_returning_a_shared_object_returns_a_proxy_of_it()
    {
        await using var manager = await Manager.StartAsync();
        var counter = manager.CreateCounter(1, "parent");
        var child = counter.Child(40);
        Assert.NotEqual(counter.ObjectId, child.ObjectId);
        Assert.Equal(42, child.Add(2));
        Assert.Equal("parent/child", child.Name);
        Assert.Equal(1, counter.Value);
    }

    [Fact]
    public async Task A_dead_server_makes_calls_fail_with_a_clear_error_instead_of_hanging()
    {
        await using var manager = await Manager.StartAsync();
        var counter = manager.CreateCounter();
        counter.Add(1);
        manager.ServerProcess!.Kill();
        await manager.ServerProcess.JoinAsync(Patience);

        var call = Task.Run(() => counter.Add(1));
        var failure = await Assert.ThrowsAsync<ManagerConnectionException>(() => call.WaitAsync(Patience));
        Assert.Contains(manager.Address, failure.Message);
        await Assert.ThrowsAsync<ManagerConnectionException>(() => counter.AddLaterAsync(1, CancellationToken.None).WaitAsync(Patience));

        // The killed server could not remove its socket file; shutting the manager down does.
        string socketPath = manager.Address["unix:".Length..];
        Assert.True(File.Exists(socketPath));
        await manager.ShutdownAsync();
        Assert.False(File.Exists(socketPath), $"{socketPath} outlived its manager");
    }

    [Fact]
    public async Task A_remote_manager_on_tcp_is_reached_by_address_and_key_and_refuses_a_wrong_key()
    {
        byte[] key = "the right key"u8.ToArray();
        await using var manager = await Manager.StartAsync(new ManagerOptions { Address = "tcp://127.0.0.1:0", AuthKey = key });
        Assert.StartsWith("tcp://127.0.0.1:", manager.Address);
        Assert.DoesNotContain(":0", manager.Address[^2..]);
        var jobs = manager.List<string>();
        manager.Publish("jobs", jobs);

        using (var client = Manager.Connect(manager.Address, key))
        {
            client.FindList<string>("jobs").Add("from a client");
            Assert.Throws<InvalidOperationException>(() => client.FindList<string>("missing"));
        }

        Assert.Equal(["from a client"], jobs.Snapshot());
        Assert.Throws<AuthenticationFailedException>(() => Manager.Connect(manager.Address, "a wrong key"u8));
        Assert.Single(jobs.Snapshot());
    }

    [Fact]
    public async Task Malformed_and_oversized_requests_are_refused_and_the_server_keeps_serving()
    {
        await using var manager = await Manager.StartAsync();
        var list = manager.List<int>();
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Connect(ManagerAddress.Parse(manager.Address));
        Multiprocessing.Connections.Handshake.Secure(socket, manager.AuthKey.ToArray(), asListener: false, CancellationToken.None);

        // Unknown request kind, unknown object, arguments that are not what the member reads: each refused, the connection kept.
        Assert.Equal(ReplyStatus.Refused, Exchange(socket, [99, .. new byte[16]]));
        Assert.Equal(ReplyStatus.Refused, Exchange(socket, Request(RequestKind.Call, 12345, 1)));
        Assert.Equal(ReplyStatus.Refused, Exchange(socket, [.. Request(RequestKind.Call, list.ObjectId, 0xFFFF), 1, 2, 3]));
        Assert.Equal(ReplyStatus.Refused, Exchange(socket, [.. Request(RequestKind.Create, 0xBAD, 0xBAD)]));

        // A length beyond the limit: refused without reading the body, and that connection closed.
        Assert.Equal(ReplyStatus.Refused, Exchange(socket, [], declaredLength: int.MaxValue));
        Assert.Equal(0, socket.Receive(new byte[1]));

        list.Add(7);
        Assert.Equal([7], list.Snapshot());
    }

    [Fact]
    public async Task A_client_that_fails_the_handshake_is_dropped_and_others_are_served()
    {
        await using var manager = await Manager.StartAsync();
        var list = manager.List<int>();
        using (var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            socket.Connect(ManagerAddress.Parse(manager.Address));
            Assert.Throws<AuthenticationFailedException>(() => Multiprocessing.Connections.Handshake.Secure(socket, "not the key"u8.ToArray(), asListener: false, CancellationToken.None));
            socket.ReceiveTimeout = 30_000;
            Assert.Equal(0, socket.Receive(new byte[1]));
        }

        list.Add(1);
        Assert.Single(list.Snapshot());
    }

    private static byte[] Request(RequestKind kind, ulong target, ulong member)
    {
        var request = new byte[ManagerProtocol.RequestHeaderSize];
        request[0] = (byte)kind;
        BinaryPrimitives.WriteUInt64LittleEndian(request.AsSpan(1), target);
        BinaryPrimitives.WriteUInt64LittleEndian(request.AsSpan(9), member);
        return request;
    }

    /// <summary>Sends one request frame (with <paramref name="declaredLength"/> in its prefix, if given) and returns the reply's status.</summary>
    internal static ReplyStatus Exchange(Socket socket, byte[] request, int? declaredLength = null)
    {
        socket.ReceiveTimeout = 30_000;
        var frame = new byte[4 + request.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, declaredLength ?? request.Length);
        request.CopyTo(frame, 4);
        socket.Send(frame);
        var prefix = new byte[4];
        ReceiveExactly(socket, prefix);
        var reply = new byte[BinaryPrimitives.ReadInt32LittleEndian(prefix)];
        ReceiveExactly(socket, reply);
        return (ReplyStatus)reply[0];
    }

    private static void ReceiveExactly(Socket socket, Span<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            int read = socket.Receive(buffer);
            Assert.NotEqual(0, read);
            buffer = buffer[read..];
        }
    }
}
