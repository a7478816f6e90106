using Multiprocessing.Connections;

namespace Multiprocessing;

/// <summary>Creates connected pairs of <see cref="Connection"/>s: Python's <c>multiprocessing.Pipe()</c>.</summary>
/// <example>
/// <code>
/// var (parentEnd, childEnd) = Pipe.Create();          // parent_conn, child_conn = Pipe()
/// var child = Process.Create(Worker.Greet, childEnd); // Process(target=f, args=(child_conn,))
/// child.Start();
/// Console.WriteLine(parentEnd.Receive&lt;string&gt;()); // print(parent_conn.recv())
/// child.Join();
/// </code>
/// </example>
public static class Pipe
{
    /// <summary>
    /// Creates two connected ends (Python's <c>Pipe(duplex)</c>). Both can send and receive when
    /// <paramref name="duplex"/> is true; otherwise the first only receives and the second only sends.
    /// </summary>
    /// <remarks>The ends are a Unix socket pair, close-on-exec: only a child that is given an end gets it.</remarks>
    public static (Connection First, Connection Second) Create(bool duplex = true)
    {
        var (first, second) = SocketPair.Create("a pipe");
        return (new Connection(new DescriptorHandle(first), readable: true, writable: duplex),
                new Connection(new DescriptorHandle(second), readable: duplex, writable: true));
    }
}
