// The seed's concurrent socket server: each accepted connection is handed to a new child process, which greets the
// client and echoes what it sends. In Python:
//     def handle(conn, addr):
//         print("The connection is from %s at %s port" % addr)
//         conn.send(b"Hello World")
//         ...echo...
//     s.bind(("localhost", 51423)); s.listen(5)
//     while True:
//         conn, addr = s.accept()
//         p = Process(target=handle, args=(conn, addr))   # memory is not shared: the connection is passed explicitly
//         p.start()
//         conn.close()
//
//     EchoServer [--port N] [--max-connections N]
// --port 0 takes any free port; the port is printed either way. Without --max-connections it serves until Ctrl+C.
using System.Net;
using System.Net.Sockets;
using System.Text;
using Multiprocessing;

ProcessGuard.Enter();

if (!ServerOptions.TryParse(args, out var options, out string? error))
{
    Console.Error.WriteLine($"EchoServer: {error}\nusage: EchoServer [--port N (default 51423, 0 = any free port)] [--max-connections N]");
    return 2;
}

using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
listener.Bind(new IPEndPoint(IPAddress.Loopback, options.Port));
listener.Listen(16);
Console.WriteLine($"listening on {listener.LocalEndPoint} (pid {Environment.ProcessId})");

var children = new List<Process>();
for (int served = 0; served < options.MaxConnections; served++)
{
    var connection = listener.Accept();
    var child = Process.Create(Handler.Handle, connection, connection.RemoteEndPoint!.ToString()!);
    child.Start();

    // The child holds its own copy of the connection from Start on; this one is no longer needed here.
    connection.Dispose();
    children.Add(child);
    children.RemoveAll(finished => finished.ExitCode is not null);
}

children.ForEach(child => child.Join());
Console.WriteLine($"served {options.MaxConnections} connections; every child has exited");
return 0;

static class Handler
{
    [ProcessEntry]
    public static void Handle(Socket connection, string address)
    {
        using (connection)
        {
            Console.WriteLine($"The connection is from {address} (child pid {Environment.ProcessId})");
            connection.Send(Encoding.UTF8.GetBytes($"Hello World from pid {Environment.ProcessId}\n"));
            var buffer = new byte[1024];
            try
            {
                int received;
                while ((received = connection.Receive(buffer)) > 0)
                {
                    connection.Send(buffer.AsSpan(0, received));
                }
            }
            catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionReset)
            {
                // The client went away without closing the connection: there is nobody left to echo to.
            }
        }
    }
}

sealed record ServerOptions(int Port, int MaxConnections)
{
    public static bool TryParse(string[] args, out ServerOptions options, out string? error)
    {
        options = new ServerOptions(51423, int.MaxValue);
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is not ("--port" or "--max-connections"))
            {
                error = $"unknown argument '{name}'";
                return false;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[++i], out int value) || value < 0)
            {
                error = $"{name} needs a number of 0 or more";
                return false;
            }

            if (name == "--port" && value > IPEndPoint.MaxPort)
            {
                error = $"--port must be at most {IPEndPoint.MaxPort}";
                return false;
            }

            options = name == "--port" ? options with { Port = value } : options with { MaxConnections = value };
        }

        return true;
    }
}
