// The seed's first example: ten processes, each started and joined before the next, each printing the time and
// its parent's and its own pid. Python:
//     for i in range(10): p = Process(target=info); p.start(); p.join()
using Multiprocessing;

ProcessGuard.Enter();

Console.WriteLine($"main process {Environment.ProcessId}");
for (int i = 0; i < 10; i++)
{
    var p = Process.Create(Info.Print);
    p.Start();
    p.Join();
}

static class Info
{
    [ProcessEntry]
    public static void Print()
    {
        Console.WriteLine($"the time is {DateTime.Now:HH:mm:ss.fff}");
        Console.WriteLine($"the parent is {Process.Parent?.Pid}; the child process is {Environment.ProcessId}");
        Console.WriteLine($"arguments: {string.Join(' ', Environment.GetCommandLineArgs()[1..])}");
    }
}
