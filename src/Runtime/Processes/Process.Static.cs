using System.ComponentModel;
using Multiprocessing.Hosting;
using Multiprocessing.Launching;

namespace Multiprocessing;

public partial class Process
{
    /// <summary>The running process: Python's <c>current_process()</c>.</summary>
    public static ProcessInfo Current => ProcessContext.Current.Info;

    /// <summary>The process that started this one, or <see langword="null"/> in the main process: Python's <c>parent_process()</c>.</summary>
    public static ProcessInfo? Parent => ProcessContext.Current.Parent;

    /// <summary>The number of processors, the usual size for a set of workers: Python's <c>cpu_count()</c>.</summary>
    public static int CpuCount => Environment.ProcessorCount;

    /// <summary>The children of this process that have started and not yet exited: Python's <c>active_children()</c>.</summary>
    public static IReadOnlyList<Process> GetActiveChildren() => ActiveChildren.Snapshot();

    /// <summary>
    /// Keeps <paramref name="count"/> children started ahead and waiting, so that <see cref="Start"/> hands its call to
    /// one of them at once instead of starting a new process (which costs tens of milliseconds of runtime start-up).
    /// A replacement starts in the background after each start. 0, the default, turns this off and ends the waiting
    /// children. Python's counterpart is the <c>forkserver</c> start method.
    /// </summary>
    /// <remarks>
    /// A warm child was started before the call it runs: it has the environment variables and working directory the
    /// program had then, not those set afterwards. Everything else is as for a child started by the call: its pid,
    /// name, arguments (handles such as sockets included, up to 16 per call; a call with more starts a new child),
    /// exit code and lifetime. Waiting children end when the program ends. Linux only in this version.
    /// </remarks>
    /// <param name="count">How many children to keep waiting (0 to 64).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above 64.</exception>
    /// <exception cref="PlatformNotSupportedException">A positive count on a platform other than Linux.</exception>
    /// <exception cref="InvalidOperationException">Called in a child before <see cref="ProcessGuard.Enter"/> (the guard is missing or late).</exception>
    public static void KeepWarm(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 64);
        if (count > 0 && !OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Process.KeepWarm is supported on Linux only in this version.");
        }

        if (ChildRunner.IsChildRequested)
        {
            // Left alone, every child would keep children of its own warm, and they theirs.
            throw new InvalidOperationException(
                "Process.KeepWarm was called in a child process before ProcessGuard.Enter(): code before the guard runs again in every child. "
                + "Call ProcessGuard.Enter() as the first statement of the entry point, before Process.KeepWarm (Python: if __name__ == \"__main__\":).");
        }

        WarmChildren.Keep(count);
    }

    /// <summary>Wraps an entry call built by generated code into a process. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Process FromEntry(EntryCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new Process(call);
    }

    private static InvalidOperationException NotIntercepted(Delegate target) => new(
        $"Process.Create was given a target that the Multiprocessing generator did not compile: {target?.Method.Name ?? "null"}. "
        + "Pass a static method marked [ProcessEntry] directly, for example Process.Create(Worker.Run, 42), not a lambda, a local function or a delegate variable, "
        + "and make sure the project references the Multiprocessing generator.");
}
