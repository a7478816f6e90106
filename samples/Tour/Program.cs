using Multiprocessing;

ProcessGuard.Enter();

Console.WriteLine($"Tour: main process {Process.Current.Pid}");
var p = Process.Create(Work.Square, 7);
p.Start();
p.Join();
Console.WriteLine($"Square(7) = {await p.Result}, exit code {p.ExitCode}");

static partial class Work
{
    [ProcessEntry]
    public static int Square(int x)
    {
        Console.WriteLine($"child {Process.Current.Name} pid {Environment.ProcessId}, parent {Process.Parent?.Pid}");
        return x * x;
    }
}
