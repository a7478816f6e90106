// The seed's third example: a daemonic child that would work for three seconds, ended when the main program
// finishes after one. Python:
//     p = Process(target=fun1); p.daemon = True; p.start(); time.sleep(1)
using Multiprocessing;

ProcessGuard.Enter();

var p = Process.Create(Slow.Work);
p.Daemon = true;
p.Start();
Console.WriteLine($"main process {Environment.ProcessId} started daemon {p.Pid}");
Thread.Sleep(TimeSpan.FromSeconds(1));
Console.WriteLine("main process ends; the daemon is terminated with it");

static class Slow
{
    [ProcessEntry]
    public static void Work()
    {
        Console.WriteLine($"starting {DateTime.Now:HH:mm:ss.fff}");
        Thread.Sleep(TimeSpan.FromSeconds(3));
        Console.WriteLine($"stopping {DateTime.Now:HH:mm:ss.fff}");
    }
}
