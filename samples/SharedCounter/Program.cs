// Several processes add to one counter in shared memory, as in Python's docs:
//     counter = Value('i', 0)
//     def add(counter, n):
//         for _ in range(n):
//             with counter.get_lock():
//                 counter.value += 1
// Run once under the value's lock (no increment is lost) and once without it (increments are lost: `Value++`
// reads, adds and writes back, and another process can write in between).
using Multiprocessing;

ProcessGuard.Enter();

const int Workers = 4;
const int Increments = 200_000;
const int Expected = Workers * Increments;

using var locked = new SharedValue<int>(0);
Race(locked, useLock: true);
Console.WriteLine($"{Workers} processes x {Increments} increments under the lock: {locked.Value} (expected {Expected})");

using var unlocked = new SharedValue<int>(0);
Race(unlocked, useLock: false);
Console.WriteLine($"{Workers} processes x {Increments} increments without the lock: {unlocked.Value} (expected {Expected}; {Expected - unlocked.Value} lost)");

// Starts the workers, lets them go together once all are ready (so that they really overlap), and joins them.
static void Race(SharedValue<int> counter, bool useLock)
{
    using var ready = new SharedValue<int>(0, withLock: false);
    using var go = new ProcessEvent();
    var workers = Enumerable.Range(0, Workers)
        .Select(_ => Process.Create(Counter.Add, counter, Increments, useLock, ready, go))
        .ToList();
    workers.ForEach(worker => worker.Start());
    while (Volatile.Read(ref ready.GetReference()) < Workers)
    {
        Thread.Sleep(1);
    }

    go.Set();
    foreach (var worker in workers)
    {
        worker.Join();
        if (worker.ExitCode != 0)
        {
            throw new InvalidOperationException($"{worker.Name} failed with exit code {worker.ExitCode}");
        }
    }
}

static class Counter
{
    [ProcessEntry]
    public static void Add(SharedValue<int> counter, int times, bool useLock, SharedValue<int> ready, ProcessEvent go)
    {
        Interlocked.Increment(ref ready.GetReference());
        go.Wait();
        for (int i = 0; i < times; i++)
        {
            if (useLock)
            {
                using (counter.EnterScope())
                {
                    counter.Value++;
                }
            }
            else
            {
                counter.Value++;
            }
        }
    }
}
