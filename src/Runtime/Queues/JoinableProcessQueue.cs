using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Queues;
using Multiprocessing.Synchronization;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A <see cref="ProcessQueue{T}"/> that also counts unfinished tasks: Python's <c>multiprocessing.JoinableQueue</c>.
/// Every item put is a task; a consumer calls <see cref="TaskDone"/> when it has finished one, and
/// <see cref="Join()"/> waits until every item ever put has been marked done, in whichever processes.
/// </summary>
/// <typeparam name="T">The item type: anything MemoryPack serializes. Every process must use the same type.</typeparam>
[MemoryPackable]
public sealed partial class JoinableProcessQueue<[DynamicallyAccessedMembers(WireSerializer.Members)] T> : ProcessQueue<T>
{
    /// <summary>Creates an empty queue in a new shared memory block (Python's <c>JoinableQueue(maxsize)</c>).</summary>
    /// <param name="maxSize">The most items the queue holds; 0 (the default) for no limit but its buffer.</param>
    /// <param name="bufferBytes">The size of the shared buffer the items are stored in (4 KiB to 1 GiB); a put waits while it lacks room.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSize"/> is negative, or <paramref name="bufferBytes"/> is out of range.</exception>
    public JoinableProcessQueue(int maxSize = 0, int bufferBytes = DefaultBufferBytes)
        : base(QueueEndpoint<T>.Create(maxSize, bufferBytes))
    {
    }

    /// <summary>Attaches to the queue in the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private JoinableProcessQueue(string blockName)
        : base(QueueEndpoint<T>.Attach(blockName))
    {
    }

    /// <summary>Items put but not yet marked done with <see cref="TaskDone"/> (approximate while others work).</summary>
    [MemoryPackIgnore]
    public int UnfinishedTasks => Endpoint.Ring.UnfinishedTasks;

    /// <summary>
    /// Marks one item got earlier as finished (Python's <c>task_done()</c>); any process may call it. When every item
    /// put has been marked, the waits of <see cref="Join()"/> return.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called more times than items were put (Python raises ValueError).</exception>
    public void TaskDone() => Endpoint.TaskDone();

    /// <summary>Waits until every item put has been marked done (Python's <c>join()</c>).</summary>
    public void Join() => Endpoint.JoinTasks(Timeout.Infinite, CancellationToken.None);

    /// <summary>Waits at most <paramref name="timeout"/> until every item put has been marked done.</summary>
    /// <returns>True when no task is unfinished; false when the time ran out first.</returns>
    public bool Join(TimeSpan timeout) => Endpoint.JoinTasks(WaitTimeout.ToMilliseconds(timeout), CancellationToken.None);

    /// <summary>Waits until every item put has been marked done without blocking the caller (the wait runs on a thread-pool thread).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public Task JoinAsync(CancellationToken cancellationToken = default) => JoinAsync(Timeout.InfiniteTimeSpan, cancellationToken);

    /// <summary>Waits at most <paramref name="timeout"/> until every item put has been marked done, without blocking the caller.</summary>
    /// <returns>True when no task is unfinished; false when the time ran out first.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public Task<bool> JoinAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        int milliseconds = WaitTimeout.ToMilliseconds(timeout);
        cancellationToken.ThrowIfCancellationRequested();
        return UnfinishedTasks <= 0
            ? Task.FromResult(true)
            : Task.Run(() => Endpoint.JoinTasks(milliseconds, cancellationToken), cancellationToken);
    }
}
