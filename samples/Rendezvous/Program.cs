// Children meet at an event the parent sets, as with Python's Event:
//     go = Event()
//     def worker(i, go):
//         go.wait(0.05)   # False: not set yet
//         go.wait()       # returns once the parent calls go.set()
// The parent waits until every child has checked in, then sets the event once; all of them go through together.
using Multiprocessing;

ProcessGuard.Enter();

const int Children = 3;

using var go = new ProcessEvent();
using var arrived = new SharedValue<int>(0);
var children = Enumerable.Range(1, Children).Select(i => Process.Create(Rendezvous.Meet, i, go, arrived)).ToList();
children.ForEach(child => child.Start());

while (Volatile.Read(ref arrived.GetReference()) < Children)
{
    Thread.Sleep(5);
}

Console.WriteLine($"parent: all {Children} children are waiting; setting the event");
go.Set();
children.ForEach(child => child.Join());
Console.WriteLine($"parent: all children went through; exit codes {string.Join(", ", children.Select(child => child.ExitCode))}");

static class Rendezvous
{
    [ProcessEntry]
    public static void Meet(int index, ProcessEvent go, SharedValue<int> arrived)
    {
        // Python's wait(timeout) returns False when the time runs out; so does Wait(TimeSpan).
        bool early = go.Wait(TimeSpan.FromMilliseconds(50));
        Console.WriteLine($"child {index} (pid {Environment.ProcessId}): event set after 50 ms? {early}; waiting");
        using (arrived.EnterScope())
        {
            arrived.Value++;
        }

        bool set = go.Wait(TimeSpan.FromSeconds(30));
        Console.WriteLine($"child {index} (pid {Environment.ProcessId}): went through the event: {set}");
    }
}
