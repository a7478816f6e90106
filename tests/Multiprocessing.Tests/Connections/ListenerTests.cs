using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Multiprocessing.Tests.Connections;

public sealed class ListenerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_child_connects_over_TCP_with_the_key_it_inherited()
    {
        using var listener = new Listener("127.0.0.1:0");
        Assert.Matches(@"^127\.0\.0\.1:\d+$", listener.Address);
        using var child = Process.Create(ConnectionEntries.ConnectAndGreet, listener.Address);
        child.Start();

        using var connection = await listener.AcceptAsync().WaitAsync(Patience);
        Assert.IsType<IPEndPoint>(listener.LastAccepted);
        Assert.Equal($"hello from {child.Pid}", connection.Receive<string>());
        connection.Send("welcome");
        Assert.Equal("welcome", await child.Result.WaitAsync(Patience));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_listener_without_an_address_is_a_private_Unix_socket_removed_on_close()
    {
        string path;
        using (var listener = new Listener())
        {
            path = listener.Address;
            Assert.True(File.Exists(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
            using var child = Process.Create(ConnectionEntries.ConnectAndGreet, path);
            child.Start();
            using var connection = listener.Accept();
            Assert.StartsWith("hello from", connection.Receive<string>());
            connection.Send("unix");
            Assert.Equal("unix", await child.Result.WaitAsync(Patience));
        }

        Assert.False(File.Exists(path));
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public async Task A_Unix_socket_at_a_given_path_and_an_explicit_key_work_in_process()
    {
        var directory = Directory.CreateTempSubdirectory("mp-test-");
        try
        {
            string path = Path.Combine(directory.FullName, "s.sock");
            byte[] key = Encoding.UTF8.GetBytes("secret password");
            using var listener = new Listener(path, authKey: key);
            var accepting = Task.Run(listener.Accept);
            using var client = await Client.ConnectAsync(path, authKey: key).WaitAsync(Patience);
            using var server = await accepting.WaitAsync(Patience);
            client.Send(5);
            Assert.Equal(5, server.Receive<int>());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_wrong_key_is_refused_on_both_sides()
    {
        using var listener = new Listener("127.0.0.1:0", authKey: "right"u8.ToArray());
        var accepting = Task.Run(listener.Accept);
        var refused = Assert.Throws<AuthenticationFailedException>(() => Client.Connect(listener.Address, authKey: "wrong"u8.ToArray()));
        Assert.Contains("refused", refused.Message);
        var rejected = await Assert.ThrowsAsync<AuthenticationFailedException>(() => accepting.WaitAsync(Patience));
        Assert.Contains("wrong digest", rejected.Message);
    }

    [Fact]
    public async Task A_peer_that_skips_the_handshake_has_its_message_refused_unread()
    {
        using var listener = new Listener("127.0.0.1:0");
        var accepting = Task.Run(listener.Accept);
        using var unauthenticated = Client.Connect(listener.Address, authenticate: false);
        unauthenticated.Send("a payload that must never be deserialized");
        await Assert.ThrowsAsync<AuthenticationFailedException>(() => accepting.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_huge_frame_instead_of_an_answer_is_refused_without_reading_it()
    {
        using var listener = new Listener("127.0.0.1:0");
        var accepting = Task.Run(listener.Accept);
        using var raw = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        raw.Connect(listener.EndPoint);

        var challenge = ReadFrame(raw);
        Assert.StartsWith("#CHALLENGE#", Encoding.ASCII.GetString(challenge));
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, 500 << 20);
        raw.Send(header);
        raw.Send(new byte[1000]);

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => accepting.WaitAsync(Patience));
        Assert.Contains("524,288,000-byte message", error.Message);
    }

    [Fact]
    public async Task A_wrong_digest_from_a_raw_peer_gets_FAILURE_and_the_connection_closes()
    {
        using var listener = new Listener("127.0.0.1:0");
        var accepting = Task.Run(listener.Accept);
        using var raw = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        raw.Connect(listener.EndPoint);
        ReadFrame(raw);
        raw.Send([32, 0, 0, 0, .. new byte[32]]);
        Assert.Equal("#FAILURE#", Encoding.ASCII.GetString(ReadFrame(raw)));
        await Assert.ThrowsAsync<AuthenticationFailedException>(() => accepting.WaitAsync(Patience));
        Assert.Equal(0, raw.Receive(new byte[1]));
    }

    [Fact]
    public async Task Without_authentication_on_both_sides_it_works_as_Pythons_default()
    {
        using var listener = new Listener("127.0.0.1:0", authenticate: false);
        var accepting = listener.AcceptAsync();
        using var client = Client.Connect(listener.EndPoint, authenticate: false);
        using var server = await accepting.WaitAsync(Patience);
        server.Send("plain");
        Assert.Equal("plain", client.Receive<string>());
    }

    [Fact]
    public async Task Bad_addresses_and_missing_listeners_are_clear_errors()
    {
        Assert.Contains("host:port", Assert.Throws<ArgumentException>(() => new Listener("no-port-here")).Message);
        Assert.Throws<ArgumentException>(() => Client.Connect("127.0.0.1:99999"));
        Assert.Throws<ArgumentException>(() => new Listener("127.0.0.1:0", authKey: Array.Empty<byte>()));

        int freePort;
        using (var probe = new Listener("127.0.0.1:0"))
        {
            freePort = ((IPEndPoint)probe.EndPoint).Port;
        }

        Assert.Contains("Could not connect to 127.0.0.1:" + freePort, Assert.Throws<IOException>(() => Client.Connect($"127.0.0.1:{freePort}")).Message);
        Assert.Throws<IOException>(() => Client.Connect("/nonexistent/dir/listener.sock"));

        using var listener = new Listener("127.0.0.1:0");
        Assert.Contains("Cannot listen on", Assert.Throws<IOException>(() => new Listener(listener.Address)).Message);

        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listener.AcceptAsync(cancellation.Token));
    }

    private static byte[] ReadFrame(Socket socket)
    {
        var header = new byte[4];
        ReadExactly(socket, header);
        var body = new byte[BinaryPrimitives.ReadInt32LittleEndian(header)];
        ReadExactly(socket, body);
        return body;
    }

    private static void ReadExactly(Socket socket, byte[] buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = socket.Receive(buffer, total, buffer.Length - total, SocketFlags.None);
            Assert.True(read > 0, "the listener closed the connection early");
            total += read;
        }
    }
}
