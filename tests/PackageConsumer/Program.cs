// Uses the library only through its NuGet package: processes with results, a lock and a shared value across
// processes. Prints "package consumer ok" when everything worked.
using Multiprocessing;

ProcessGuard.Enter();

var square = Process.Create(Work.Square, 12);
square.Start();
int result = await square.Result;

using var counterLock = new ProcessLock();
using var counter = new SharedValue<long>();
var workers = Enumerable.Range(0, 4).Select(_ => Process.Create(Work.Add, counterLock, counter, 1000)).ToList();
workers.ForEach(worker => worker.Start());
foreach (var worker in workers)
{
    await worker.JoinAsync();
}

Console.WriteLine($"square {result}, counter {counter.Value}");
if (result != 144 || counter.Value != 4000)
{
    Console.WriteLine("package consumer FAILED");
    return 1;
}

Console.WriteLine("package consumer ok");
return 0;

static class Work
{
    [ProcessEntry]
    public static int Square(int x) => x * x;

    [ProcessEntry]
    public static void Add(ProcessLock gate, SharedValue<long> counter, int times)
    {
        for (int i = 0; i < times; i++)
        {
            using (gate.EnterScope())
            {
                counter.Value++;
            }
        }
    }
}
