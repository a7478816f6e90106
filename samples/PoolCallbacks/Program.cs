// The seed's process-pool example: five workers, ten apply_async calls of a function that sleeps and returns
// i + 100, each result printed by a callback in the parent, then close and join:
//     def foo(i):
//         time.sleep(2)
//         return i + 100
//     def bar(arg):
//         print('-->exec done:', arg)
//     pool = Pool(5)
//     for i in range(10):
//         pool.apply_async(func=foo, args=(i,), callback=bar)
//     print('end')
//     pool.close()
//     pool.join()
// `--sleep-ms N` shortens the sleep (the tests use it); the default is Python's two seconds.
using System.Globalization;
using Multiprocessing;

ProcessGuard.Enter();

int sleepMilliseconds = args is ["--sleep-ms", var value] ? int.Parse(value, CultureInfo.InvariantCulture) : 2000;

using var pool = new ProcessPool(5);
for (int i = 0; i < 10; i++)
{
    _ = pool.ApplyAsync(Work.Foo, i, sleepMilliseconds, callback: Bar);   // the callback prints the result
}

Console.WriteLine("end");
pool.Close();
pool.Join();

// Runs in the parent, one result at a time, as Python's callbacks run on the pool's result-handler thread.
static void Bar(int result) => Console.WriteLine($"-->exec done: {result} (callback in pid {Environment.ProcessId})");

static class Work
{
    [ProcessEntry]
    public static int Foo(int i, int sleepMilliseconds)
    {
        Thread.Sleep(sleepMilliseconds);
        return i + 100;
    }
}
