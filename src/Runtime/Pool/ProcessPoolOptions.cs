namespace Multiprocessing;

/// <summary>How a <see cref="ProcessPool"/> runs its workers: Python's <c>Pool(processes, initializer, initargs, maxtasksperchild)</c>.</summary>
public sealed class ProcessPoolOptions
{
    /// <summary>The number of worker processes; <see langword="null"/> for <see cref="Process.CpuCount"/>.</summary>
    public int? Processes { get; init; }

    /// <summary>
    /// An entry run once in each worker before its first task (and in each replacement worker), made with
    /// <c>PoolInitializer.Create(Worker.Setup, args...)</c> and its overloads. Its arguments are serialized for each worker start.
    /// </summary>
    public PoolInitializer? Initializer { get; init; }

    /// <summary>
    /// How many tasks a worker runs before it exits and is replaced by a fresh one (a chunk of a map counts as one
    /// task, as in Python); 0, the default, for no limit.
    /// </summary>
    public int MaxTasksPerChild { get; init; }

    /// <summary>Start workers only when there is work for them, rather than all of them when the pool is created.</summary>
    public bool StartOnDemand { get; init; }
}
