// The seed's second example: a process subclass that overrides Run. Python:
//     class MyProcess(Process):
//         def run(self): print(...)
// In C# the subclass is partial: the generator copies its fields and auto-properties to the child, where Run runs.
using Multiprocessing;

ProcessGuard.Enter();

var p = new GreetingProcess { Greeting = "hello from a subclass" };
p.Start();
p.Join();
Console.WriteLine($"main process {Environment.ProcessId}: child exited with code {p.ExitCode}");

partial class GreetingProcess : Process
{
    public string Greeting { get; set; } = "";

    protected override void Run()
    {
        Console.WriteLine($"{Greeting}: the time is {DateTime.Now:HH:mm:ss.fff}");
        Console.WriteLine($"the parent is {Process.Parent?.Pid}; the child process is {Environment.ProcessId} ({Name})");
    }
}
