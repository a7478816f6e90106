using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using MemoryPack;

namespace Multiprocessing.Tests.Sockets;

public sealed class SocketHandoffTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_connection_is_greeted_and_echoed_by_its_own_child_and_every_child_exits()
    {
        const int Clients = 4;
        using var listener = Listen();
        var children = new List<Process<int>>();

        // The seed's server: accept, hand the connection to a new child, close the parent's copy, accept again.
        var server = Task.Run(async () =>
        {
            for (int i = 0; i < Clients; i++)
            {
                var connection = await listener.AcceptAsync();
                var child = Process.Create(SocketEntries.Echo, connection);
                child.Start();
                connection.Dispose();
                lock (children)
                {
                    children.Add(child);
                }
            }
        });

        var replies = await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => Converse(listener, $"message {i}")));
        await server.WaitAsync(Cap);

        var pids = replies.Select(reply => reply.Pid).ToList();
        Assert.Equal(Clients, pids.Distinct().Count());
        Assert.DoesNotContain(Environment.ProcessId, pids);
        Assert.Equal(Enumerable.Range(0, Clients).Select(i => $"message {i}"), replies.Select(reply => reply.Echo));
        foreach (var child in children)
        {
            Assert.Equal(("message 0\n").Length, await child.Result.WaitAsync(Cap));
            await child.JoinAsync().WaitAsync(Cap);
            Assert.Equal(0, child.ExitCode);
            Assert.Contains(child.Pid!.Value, pids);
        }
    }

    [Fact]
    public async Task The_parent_closing_its_copy_right_after_start_leaves_the_childs_connection_open()
    {
        using var listener = Listen();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        var connection = await listener.AcceptAsync();

        var child = Process.Create(SocketEntries.Echo, connection);
        child.Start();
        connection.Dispose();

        using var stream = new NetworkStream(client);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Assert.Matches(@"^hello from pid \d+$", await reader.ReadLineAsync().WaitAsync(Cap));

        // Sent after the parent's copy is gone: only the child can answer.
        await stream.WriteAsync(Encoding.UTF8.GetBytes("still there?\n"));
        Assert.Equal("still there?", await reader.ReadLineAsync().WaitAsync(Cap));
        client.Shutdown(SocketShutdown.Send);
        Assert.Equal("still there?\n".Length, await child.Result.WaitAsync(Cap));
        Assert.Equal(0, child.ExitCode);
    }

    [Fact]
    public async Task A_client_that_disconnects_abruptly_ends_its_child_cleanly()
    {
        using var listener = Listen();
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        using (var connection = await listener.AcceptAsync())
        {
            var child = Process.Create(SocketEntries.Echo, connection);
            child.Start();
            connection.Close();

            var greeting = new byte[64];
            Assert.True(await client.ReceiveAsync(greeting).WaitAsync(Cap) > 0);

            // Linger 0: closing sends a reset instead of an orderly end, as a crashed or killed client would.
            client.LingerState = new LingerOption(true, 0);
            client.Close();

            Assert.Equal(0, await child.Result.WaitAsync(Cap));
            await child.JoinAsync().WaitAsync(Cap);
            Assert.Equal(0, child.ExitCode);
        }
    }

    [Fact]
    public async Task Children_sharing_one_listening_socket_each_accept_a_connection_on_the_same_port()
    {
        const int Children = 3;
        var listener = Listen();
        var endPoint = listener.LocalEndPoint!;
        var pool = Enumerable.Range(0, Children).Select(_ => Process.Create(SocketEntries.AcceptOne, listener)).ToList();
        pool.ForEach(child => child.Start());

        // The parent does not accept at all: the port stays open because the children hold the listening socket.
        listener.Dispose();

        var replies = await Task.WhenAll(Enumerable.Range(0, Children).Select(i => Converse(endPoint, $"pooled {i}")));
        Assert.Equal(Children, replies.Select(reply => reply.Pid).Distinct().Count());
        Assert.Equal(pool.Select(child => child.Pid!.Value).Order(), replies.Select(reply => reply.Pid).Order());
        foreach (var child in pool)
        {
            Assert.Equal("pooled 0\n".Length, await child.Result.WaitAsync(Cap));
            Assert.Equal(0, child.ExitCode);
        }
    }

    [Fact]
    public async Task The_child_sees_the_same_connection_as_the_parent()
    {
        using var listener = Listen();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        using var connection = await listener.AcceptAsync();

        var child = Process.Create(SocketEntries.Describe, connection);
        child.Start();
        Assert.Equal(
            $"{connection.AddressFamily} {connection.SocketType} {connection.ProtocolType} {connection.LocalEndPoint} {connection.RemoteEndPoint}",
            await child.Result.WaitAsync(Cap));
    }

    [Fact]
    public async Task Sockets_inside_a_list_and_in_a_process_subclasss_state_travel_too()
    {
        using var listener = Listen();
        var clients = new List<Socket>();
        var connections = new List<Socket>();
        for (int i = 0; i < 3; i++)
        {
            var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await client.ConnectAsync(listener.LocalEndPoint!);
            clients.Add(client);
            connections.Add(await listener.AcceptAsync());
        }

        var greetAll = Process.Create(SocketEntries.GreetAll, connections.Take(2).ToList());
        using var greeter = new SocketGreeter { Connection = connections[2], Greeting = "good day" };
        greetAll.Start();
        greeter.Start();
        connections.ForEach(connection => connection.Dispose());

        Assert.Equal(2, await greetAll.Result.WaitAsync(Cap));
        await greeter.JoinAsync().WaitAsync(Cap);
        Assert.Equal(0, greeter.ExitCode);
        var lines = await Task.WhenAll(clients.Select(ReadLineAsync));
        Assert.Equal($"hello from pid {greetAll.Pid}", lines[0]);
        Assert.Equal($"hello from pid {greetAll.Pid}", lines[1]);
        Assert.Equal($"good day from pid {greeter.Pid}", lines[2]);
        clients.ForEach(client => client.Dispose());
    }

    [Fact]
    public void A_socket_outside_a_process_argument_is_refused_with_a_clear_error()
    {
        using var listener = Listen();
        var exception = Assert.Throws<InvalidOperationException>(() => MemoryPackSerializer.Serialize(listener));
        Assert.Contains("Socket can be sent to another process only as an argument of a process it starts", exception.Message);
    }

    [Fact]
    public async Task A_socket_hidden_in_a_result_fails_in_the_child_with_the_same_clear_error()
    {
        using var p = Process.Create(SocketEntries.ReturnsHiddenSocket, 1);
        p.Start();
        var exception = await Assert.ThrowsAsync<RemoteException>(() => p.Result.WaitAsync(Cap));
        Assert.Equal(typeof(InvalidOperationException).FullName, exception.RemoteTypeName);
        Assert.Contains("Socket can be sent to another process only as an argument of a process it starts", exception.RemoteMessage);
    }

    [Fact]
    public void A_closed_socket_is_refused_when_the_process_is_created()
    {
        var listener = Listen();
        listener.Dispose();
        var exception = Assert.Throws<ObjectDisposedException>(() => Process.Create(SocketEntries.Echo, listener));
        Assert.Contains("Socket", exception.Message);
    }

    private static async Task<string?> ReadLineAsync(Socket client)
    {
        using var reader = new StreamReader(new NetworkStream(client), Encoding.UTF8);
        return await reader.ReadLineAsync().WaitAsync(Cap);
    }

    private static Socket Listen()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(16);
        return listener;
    }

    private static Task<(int Pid, string Echo)> Converse(Socket listener, string message) => Converse(listener.LocalEndPoint!, message);

    // A client of the echo protocol: reads the greeting, sends one line, reads it back, closes.
    private static async Task<(int Pid, string Echo)> Converse(EndPoint server, string message)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(server).WaitAsync(Cap);
        using var stream = new NetworkStream(client);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string greeting = await reader.ReadLineAsync().WaitAsync(Cap) ?? "";
        var pid = Regex.Match(greeting, @"^hello from pid (\d+)$");
        Assert.True(pid.Success, $"unexpected greeting '{greeting}'");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(message + "\n"));
        string echo = await reader.ReadLineAsync().WaitAsync(Cap) ?? "";
        return (int.Parse(pid.Groups[1].Value), echo);
    }
}
