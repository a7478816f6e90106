// The seed's Pipe example, as in Python:
//     def f(conn):
//         conn.send("hello world")
//         conn.close()
//     parent_conn, child_conn = Pipe()
//     p = Process(target=f, args=(child_conn,))
//     p.start()
//     print(parent_conn.recv())
//     p.join()
// The child end is an ordinary [ProcessEntry] argument: the child gets its own copy of it.
using Multiprocessing;

ProcessGuard.Enter();

var (parentEnd, childEnd) = Pipe.Create();
var p = Process.Create(PipeHello.F, childEnd);
p.Start();
childEnd.Close();                       // the child holds its copy; ours would only keep the pipe open
Console.WriteLine(parentEnd.Receive<string>());
p.Join();

try
{
    parentEnd.Receive<string>();
}
catch (ConnectionClosedException)
{
    Console.WriteLine($"the child closed its end and exited with {p.ExitCode}");
}

static class PipeHello
{
    [ProcessEntry]
    public static void F(Connection connection)
    {
        connection.Send("hello world");
        connection.Close();
    }
}
