using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// The seed's concurrent socket server, one new child per accepted connection, in connections per second. One
/// repetition: <see cref="Connections"/> connections from <see cref="Clients"/> client threads of this process, each
/// reading the child's greeting, sending one line and reading it back, then closing. The server accepts, starts
/// <c>Process.Create(Handle, connection)</c> and disposes its copy. Timed from the first connect until the last client
/// has its echo; the children (each ends when its client closes) are joined and checked afterwards, untimed.
/// Python peer: <c>benchmarks/python/socket_handoff.py</c>.
/// </summary>
internal class SocketHandoff : BenchmarkCase
{
    private const int Connections = 20;
    private const int Clients = 4;

    public override string Name => "socket_handoff";

    public override string Unit => "conn/s";

    public override Better Better => Better.Higher;

    public override string Description => $"{Connections} connections, each accepted, handed to a new child, greeted and echoed once";

    protected override double MeasureOnce()
    {
        PrepareStarts();
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(16);
        var children = new List<Process>();
        var server = new Thread(() =>
        {
            for (int i = 0; i < Connections; i++)
            {
                using var connection = listener.Accept();
                var child = Process.Create(HandoffEntries.Handle, connection);
                child.Start();
                children.Add(child);
            }
        });

        var clients = Enumerable.Range(0, Clients).Select(_ => new Thread(() => Converse(listener.LocalEndPoint!, Connections / Clients))).ToList();
        server.Start();
        var stopwatch = Stopwatch.StartNew();
        clients.ForEach(client => client.Start());
        clients.ForEach(client => client.Join());
        stopwatch.Stop();
        server.Join();

        foreach (var child in children)
        {
            child.Completion.GetAwaiter().GetResult();
            if (child.ExitCode != 0)
            {
                throw new InvalidOperationException($"The handler {child.Pid} exited with {child.ExitCode}.");
            }

            child.Dispose();
        }

        return Connections / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>How children are started; the cold case starts each one new.</summary>
    protected virtual void PrepareStarts()
    {
    }

    private static void Converse(EndPoint server, int count)
    {
        for (int i = 0; i < count; i++)
        {
            using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            client.Connect(server);
            using var stream = new NetworkStream(client);
            using var reader = new StreamReader(stream, Encoding.ASCII);
            if (reader.ReadLine() is not { } greeting || !greeting.StartsWith("Hello World", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A handler sent no greeting.");
            }

            string line = $"echo {i}";
            stream.Write(Encoding.ASCII.GetBytes(line + "\n"));
            if (reader.ReadLine() != line)
            {
                throw new InvalidOperationException("A handler echoed something else.");
            }
        }
    }
}

/// <summary>
/// <see cref="SocketHandoff"/> with <see cref="Process.KeepWarm"/>: each connection goes to a child that was started
/// ahead and waits, and a replacement starts in the background. Python peer: the same server on the forkserver start
/// method (<c>benchmarks/python/socket_handoff_warm.py</c>), Python's own way to start children ahead.
/// </summary>
internal sealed class SocketHandoffWarm : SocketHandoff
{
    private const int WarmChildren = 4;

    public override string Name => "socket_handoff_warm";

    public override string Description => $"{base.Description}, {WarmChildren} children kept warm (Python: forkserver)";

    protected override void PrepareStarts() => Process.KeepWarm(WarmChildren);
}

internal static class HandoffEntries
{
    /// <summary>The seed's handler, echoing until the client closes.</summary>
    [ProcessEntry]
    public static void Handle(Socket connection)
    {
        using (connection)
        {
            connection.Send("Hello World\n"u8);
            var buffer = new byte[1024];
            int received;
            while ((received = connection.Receive(buffer)) > 0)
            {
                connection.Send(buffer.AsSpan(0, received));
            }
        }
    }
}
