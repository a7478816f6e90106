using System.ComponentModel;
using Multiprocessing.Hosting;

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
