using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>What the running process knows about itself: its name, whether it is a child, its parent.</summary>
internal sealed class ProcessContext
{
    private int _childCounter;

    private ProcessContext(string name, int[] identity, bool daemon, ProcessInfo? parent)
    {
        Name = name;
        Identity = identity;
        IsDaemon = daemon;
        Parent = parent;
    }

    public static ProcessContext Current { get; private set; } = new("MainProcess", [], daemon: false, parent: null);

    public string Name { get; }

    /// <summary>The path of child counters from the main process down, as Python keeps it: <c>[2, 1]</c> is "Process-2:1".</summary>
    public int[] Identity { get; }

    public bool IsDaemon { get; }

    public ProcessInfo? Parent { get; }

    public ProcessInfo Info => new(Name, Environment.ProcessId, IsDaemon);

    public static void BecomeChild(StartRequest request) =>
        Current = new ProcessContext(
            request.ProcessName,
            request.Identity,
            request.Daemon,
            new ProcessInfo(request.ParentName, request.ParentPid, IsDaemon: false));

    public int[] NextChildIdentity() => [.. Identity, Interlocked.Increment(ref _childCounter)];
}
