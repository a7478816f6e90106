using MemoryPack;

namespace Multiprocessing.Tests;

[MemoryPackable]
public partial record Order(string Customer, List<int> Quantities, Dictionary<string, decimal> Prices);

/// <summary>The entries the runtime tests start in real child processes.</summary>
public static class TestEntries
{
    [ProcessEntry]
    public static void Noop()
    {
    }

    [ProcessEntry]
    public static int Square(int x) => x * x;

    [ProcessEntry]
    public static string Describe(Order order, int multiplier) =>
        $"{order.Customer}:{order.Quantities.Sum() * multiplier}:{order.Prices.Values.Sum()}";

    [ProcessEntry]
    public static async Task<int> SquareLaterAsync(int x)
    {
        await Task.Delay(10);
        return await Task.Run(() => x * x);
    }

    [ProcessEntry]
    public static async ValueTask<string> EchoAsync(string text)
    {
        await Task.Yield();
        return text;
    }

    [ProcessEntry]
    public static async Task WriteFileAsync(string path, string text) => await File.WriteAllTextAsync(path, text);

    [ProcessEntry]
    public static int Throw(string message) => throw new InvalidOperationException(message);

    [ProcessEntry]
    public static void ExitWith(int code) => Environment.Exit(code);

    [ProcessEntry]
    public static void SleepForever() => Thread.Sleep(Timeout.Infinite);

    [ProcessEntry]
    public static async Task<string> WaitForTerminateAsync(string markerPath, CancellationToken cancellationToken)
    {
        File.WriteAllText(markerPath, "started");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            File.WriteAllText(markerPath, "cleaned up");
        }

        return "stopped";
    }

    [ProcessEntry]
    public static void IgnoreTerminate(string markerPath, CancellationToken cancellationToken)
    {
        File.WriteAllText(markerPath, "started");
        Thread.Sleep(Timeout.Infinite);
    }

    [ProcessEntry]
    public static async Task<int> CancelByThrowingAsync(string markerPath, CancellationToken cancellationToken)
    {
        File.WriteAllText(markerPath, "started");
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return 1;
    }

    [ProcessEntry]
    public static string[] WhoAmI() =>
        [Process.Current.Name, Process.Current.Pid.ToString(), Process.Parent?.Pid.ToString() ?? "", Process.Parent?.Name ?? "", Process.Current.IsDaemon.ToString()];

    [ProcessEntry]
    public static string[] Surroundings(string variable) =>
        [Environment.GetEnvironmentVariable(variable) ?? "<unset>", Environment.CurrentDirectory,
         Environment.GetEnvironmentVariable("MULTIPROCESSING_CHILD_FD") ?? "<unset>",
         Console.In.ReadLine() ?? "<end of input>"];

    [ProcessEntry]
    public static string StartGrandchild()
    {
        var grandchild = Process.Create(Noop);
        grandchild.Start();
        grandchild.Join();
        return "started";
    }

    /// <summary>Starts a grandchild that sleeps forever, writes its pid to a file, and sleeps forever itself.</summary>
    [ProcessEntry]
    public static void StartSleepingGrandchild(string pidFile)
    {
        var grandchild = Process.Create(SleepForever);
        grandchild.Start();
        File.WriteAllText(pidFile, grandchild.Pid.ToString());
        Thread.Sleep(Timeout.Infinite);
    }
}

public partial class CopyingProcess : Process
{
    private readonly string _path;
    private int _count;

    public CopyingProcess(string path, int count)
    {
        _path = path;
        _count = count;
    }

    public string Text { get; init; } = "";

    public List<string> Lines { get; } = [];

    [NonSerialized]
    private string _parentOnly = "parent";

    public void SetParentOnly(string value) => _parentOnly = value;

    protected string OutputPath => _path;

    protected override void Run()
    {
        _count++;
        File.WriteAllText(_path, $"{Text}|{_count}|{string.Join(",", Lines)}|{_parentOnly ?? "null"}|{Name}|{Pid == Environment.ProcessId}|{IsAlive}");
    }
}

public partial class AsyncProcess : Process
{
    public string Path { get; set; } = "";

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        await File.WriteAllTextAsync(Path, "async run", cancellationToken);
    }
}

/// <summary>Waits to be terminated, then cleans up: Terminate cancels the token RunAsync receives.</summary>
public partial class CleaningUpProcess : Process
{
    public string MarkerPath { get; set; } = "";

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        File.WriteAllText(MarkerPath, "started");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            File.WriteAllText(MarkerPath, "cleaned up");
        }
    }
}

public abstract partial class Stage : Process
{
    protected string Label = "stage";
}

public sealed partial class WritingStage : Stage
{
    public string OutputPath { get; set; } = "";

    protected override void Run() => File.WriteAllText(OutputPath, Label);
}

public partial class LabelledCopyingProcess : CopyingProcess
{
    public LabelledCopyingProcess(string path, int count, string label)
        : base(path, count) => Label = label;

    public string Label { get; }

    protected override void Run()
    {
        base.Run();
        File.AppendAllText(OutputPath, "|" + Label);
    }
}
