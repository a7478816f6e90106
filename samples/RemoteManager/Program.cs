// Python's "remote manager": a server listens on TCP with an authentication key, and another program connects to
// it by address and key and uses the objects it publishes.
//     dotnet run --project samples/RemoteManager                     serves on 127.0.0.1 and starts a second program
//     dotnet run --project samples/RemoteManager -- use ADDRESS KEY  the second program (any machine that reaches it)
using Multiprocessing;
using SystemProcess = System.Diagnostics.Process;

ProcessGuard.Enter();

if (args is ["use", var address, var hexKey])
{
    using var client = Manager.Connect(address, Convert.FromHexString(hexKey));
    var jobs = client.FindList<string>("jobs");
    jobs.Add($"written by program {Environment.ProcessId} over {address}");
    Console.WriteLine($"second program: the list now has {jobs.Count} items");
    return;
}

byte[] key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
await using var manager = await Manager.StartAsync(new ManagerOptions { Address = "tcp://127.0.0.1:0", AuthKey = key });
var published = manager.List(["written by the server's owner"]);
manager.Publish("jobs", published);
Console.WriteLine($"serving on {manager.Address}");

// The second program: this same executable, started with the address and the key.
string self = Environment.ProcessPath!;
var start = new System.Diagnostics.ProcessStartInfo(self);
if (Path.GetFileNameWithoutExtension(self) == "dotnet")
{
    start.ArgumentList.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
}

foreach (string argument in new[] { "use", manager.Address, Convert.ToHexString(key) })
{
    start.ArgumentList.Add(argument);
}

using (var second = SystemProcess.Start(start)!)
{
    second.WaitForExit();
}

try
{
    Manager.Connect(manager.Address, "not the key"u8);
}
catch (AuthenticationFailedException exception)
{
    Console.WriteLine($"a wrong key is refused: {exception.Message}");
}

Console.WriteLine($"the list: [{string.Join("; ", published.Snapshot())}]");
