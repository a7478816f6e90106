using MemoryPack;
using System.Net.Sockets;
using System.Text;

namespace Multiprocessing.Tests;

public static class SocketEntries
{
    /// <summary>
    /// The seed's handler: greets the client with this child's pid, then echoes what it sends until it closes.
    /// Returns the number of bytes echoed; a client that resets the connection ends the echo like a close does.
    /// </summary>
    [ProcessEntry]
    public static int Echo(Socket connection)
    {
        using (connection)
        {
            connection.Send(Encoding.UTF8.GetBytes($"hello from pid {Environment.ProcessId}\n"));
            return EchoUntilClosed(connection);
        }
    }

    /// <summary>One child of a pool sharing a listening socket: accepts one connection and serves it as <see cref="Echo"/>.</summary>
    [ProcessEntry]
    public static int AcceptOne(Socket listener)
    {
        using (listener)
        {
            return Echo(listener.Accept());
        }
    }

    /// <summary>Greets every connection of a list, so that sockets inside a collection are seen to travel too.</summary>
    [ProcessEntry]
    public static int GreetAll(List<Socket> connections)
    {
        foreach (var connection in connections)
        {
            using (connection)
            {
                connection.Send(Encoding.UTF8.GetBytes($"hello from pid {Environment.ProcessId}\n"));
            }
        }

        return connections.Count;
    }

    /// <summary>Returns a socket hidden in a record: a handle cannot go back to the parent.</summary>
    [ProcessEntry]
    public static SocketHolder ReturnsHiddenSocket(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        return new SocketHolder(port, socket);
    }

    /// <summary>What the child's socket says about itself, to compare with the parent's.</summary>
    [ProcessEntry]
    public static string Describe(Socket socket)
    {
        using (socket)
        {
            return $"{socket.AddressFamily} {socket.SocketType} {socket.ProtocolType} {socket.LocalEndPoint} {socket.RemoteEndPoint}";
        }
    }

    private static int EchoUntilClosed(Socket connection)
    {
        var buffer = new byte[1024];
        int total = 0;
        try
        {
            int received;
            while ((received = connection.Receive(buffer)) > 0)
            {
                connection.Send(buffer.AsSpan(0, received));
                total += received;
            }
        }
        catch (SocketException exception) when (exception.SocketErrorCode is SocketError.ConnectionReset or SocketError.Shutdown)
        {
            // The client went away without closing: nothing more to echo.
        }

        return total;
    }
}

/// <summary>A process subclass whose state holds a socket: it travels with the rest of the state.</summary>
public sealed partial class SocketGreeter : Process
{
    public Socket? Connection { get; set; }

    public string Greeting { get; set; } = "";

    protected override void Run()
    {
        using (Connection)
        {
            Connection!.Send(Encoding.UTF8.GetBytes($"{Greeting} from pid {Environment.ProcessId}\n"));
        }
    }
}

/// <summary>A record that carries a socket, which MemoryPack serializes only when told to.</summary>
[MemoryPackable]
public partial record SocketHolder(int Port, [property: MemoryPackAllowSerialize] Socket? Socket);
