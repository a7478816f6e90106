using Multiprocessing;

// No ProcessGuard.Enter() here: Start must refuse, in every launch mode, rather than work until the app is published.
// The build reports this as MP0006; it is silenced so that the run-time refusal, the last line of defence, stays tested.
#pragma warning disable MP0006
var p = Process.Create(Work.Nothing);
try
{
    p.Start();
    p.Join();
    Console.WriteLine($"started anyway: exit code {p.ExitCode}");
}
catch (InvalidOperationException exception)
{
    Console.WriteLine("refused: " + exception.Message);
}

static class Work
{
    [ProcessEntry]
    public static void Nothing()
    {
    }
}
