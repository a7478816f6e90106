// The seed's client: connects, prints the server's greeting, then sends each line and prints the reply. In Python:
//     s.connect(("localhost", 51423)); print(s.recv(1024).decode())
//     while True:
//         s.send(input(">>>:").encode()); print(s.recv(1024).decode())
//
//     EchoClient [--port N] [line ...]
// The lines come from the arguments or, when there are none, from standard input until it ends.
using System.Net;
using System.Net.Sockets;
using System.Text;

int port = 51423;
var lines = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--port")
    {
        if (i + 1 >= args.Length || !int.TryParse(args[++i], out port) || port is < 1 or > IPEndPoint.MaxPort)
        {
            Console.Error.WriteLine("EchoClient: --port needs a port number from 1 to 65535\nusage: EchoClient [--port N] [line ...]");
            return 2;
        }
    }
    else
    {
        lines.Add(args[i]);
    }
}

using var client = new TcpClient();
try
{
    client.Connect(IPAddress.Loopback, port);
}
catch (SocketException exception)
{
    Console.Error.WriteLine($"EchoClient: cannot connect to 127.0.0.1:{port}: {exception.Message}");
    return 1;
}

using var stream = client.GetStream();
using var reader = new StreamReader(stream, Encoding.UTF8);
using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
Console.WriteLine(reader.ReadLine());

bool interactive = lines.Count == 0 && !Console.IsInputRedirected;
foreach (string line in lines.Count > 0 ? lines : ReadStandardInput(interactive))
{
    writer.Write(line + "\n");
    string? reply = reader.ReadLine();
    if (reply is null)
    {
        Console.Error.WriteLine("EchoClient: the server closed the connection");
        return 1;
    }

    Console.WriteLine(reply);
}

return 0;

static IEnumerable<string> ReadStandardInput(bool prompt)
{
    while (true)
    {
        if (prompt)
        {
            Console.Write(">>>: ");
        }

        if (Console.ReadLine() is not { } line)
        {
            yield break;
        }

        yield return line;
    }
}
