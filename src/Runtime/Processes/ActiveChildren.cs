namespace Multiprocessing;

/// <summary>
/// The children this process started that have not exited, and what happens to them when it exits normally:
/// daemons are terminated, the others joined, as in Python.
/// </summary>
internal static class ActiveChildren
{
    private static readonly Lock s_gate = new();
    private static readonly HashSet<Process> s_children = [];
    private static bool s_exitHandlerInstalled;

    public static void Add(Process process)
    {
        lock (s_gate)
        {
            s_children.Add(process);
            if (!s_exitHandlerInstalled)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => FinishAtExit();
                s_exitHandlerInstalled = true;
            }
        }
    }

    public static void Remove(Process process)
    {
        lock (s_gate)
        {
            s_children.Remove(process);
        }
    }

    public static IReadOnlyList<Process> Snapshot()
    {
        lock (s_gate)
        {
            return [.. s_children];
        }
    }

    private static void FinishAtExit()
    {
        // A child in a snapshot may exit and be disposed by its owner before its turn comes (a pool disposes each
        // worker it sees end, and terminating the daemons makes them all end at once): it needs nothing more.
        foreach (var child in Snapshot())
        {
            if (child.Daemon)
            {
                try
                {
                    ProcessLog.TerminatingDaemon(MultiprocessingLogging.Logger, child.Name, child.Pid ?? 0);
                    child.Terminate();
                }
                catch (ObjectDisposedException)
                {
                }
            }
        }

        foreach (var child in Snapshot())
        {
            try
            {
                child.Join();
            }
            catch (ObjectDisposedException)
            {
            }
        }

        // Terminated daemons never disposed what they used; what only they kept open is this process's to remove.
        SharedMemoryBlocks.AbandonedBlocks.SweepOwn();
    }
}
