namespace Multiprocessing.Tests;

/// <summary>The entries the pool tests run in real worker processes.</summary>
public static class PoolEntries
{
    // Set by the initializer in each worker; read back by WhoAmI.
    private static string s_initializedWith = "";

    [ProcessEntry]
    public static int Square(int x) => x * x;

    [ProcessEntry]
    public static long Add(int a, long b) => a + b;

    // Numbers of several widths, in and out: a chunk of them travels as raw bytes both ways.
    [ProcessEntry]
    public static long SquareLong(int x) => (long)x * x;

    [ProcessEntry]
    public static double Half(long x) => x / 2.0;

    [ProcessEntry]
    public static bool IsEven(short x) => x % 2 == 0;

    [ProcessEntry]
    public static char Letter(byte x) => (char)('a' + (x % 26));

    [ProcessEntry]
    public static string Join3(string a, int b, double c) => $"{a}|{b}|{c}";

    [ProcessEntry]
    public static async Task<string> EchoLaterAsync(string text)
    {
        await Task.Delay(1);
        return text;
    }

    [ProcessEntry]
    public static void Nothing(int x) => _ = x;

    [ProcessEntry]
    public static int Pid(int x) => Environment.ProcessId + (x * 0);

    /// <summary>The worker's pid with the item, so that tests see which worker ran what.</summary>
    [ProcessEntry]
    public static (int Item, int Pid) ItemAndPid(int x) => (x, Environment.ProcessId);

    [ProcessEntry]
    public static int SleepThenReturn(int milliseconds, int value)
    {
        Thread.Sleep(milliseconds);
        return value;
    }

    [ProcessEntry]
    public static int Sleep(int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return milliseconds;
    }

    [ProcessEntry]
    public static int ThrowFor(int x) => x == 13 ? throw new ArgumentException($"unlucky {x}") : x;

    [ProcessEntry]
    public static int KillSelf(int x)
    {
        Environment.FailFast(null);
        return x;
    }

    /// <summary>Writes the worker's pid to <paramref name="path"/>, so that a test can kill it, then sleeps.</summary>
    [ProcessEntry]
    public static int PidThenSleep(string path, int milliseconds)
    {
        File.WriteAllText(path + ".tmp", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.Move(path + ".tmp", path);
        Thread.Sleep(milliseconds);
        return Environment.ProcessId;
    }

    [ProcessEntry]
    public static void Initialize(string tag) => s_initializedWith = tag + ":" + Environment.ProcessId;

    [ProcessEntry]
    public static string WhoAmI(int x) => s_initializedWith + "#" + x;

    /// <summary>
    /// Starts a pool in this (child) process and returns without disposing it, as a script that never closes its pool:
    /// the process's exit then terminates the workers while the pool sees them go.
    /// </summary>
    [ProcessEntry]
    public static int LeavePoolRunning(int workers)
    {
        var pool = new ProcessPool(workers);
        return pool.Map(Square, Enumerable.Range(0, workers * 4), chunkSize: 1).Length;
    }

    [ProcessEntry]
    public static void FailToInitialize() => throw new InvalidOperationException("no database");
}
