using MemoryPack;
using Multiprocessing.Synchronization;

namespace Multiprocessing;

/// <summary>
/// A counting semaphore shared between processes: Python's <c>multiprocessing.Semaphore</c>. Each acquire takes one
/// from the count, waiting while it is zero; each release gives one back. Pass it to a
/// <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child gets the same semaphore.
/// </summary>
/// <remarks>
/// <para>The count is a 32-bit word in a <see cref="SharedMemory"/> block: acquiring while it is above zero and
/// releasing while nobody waits are one atomic instruction each; waiters sleep in the kernel (<c>futex</c> on the
/// count word on Linux). Any thread of any process may release, and releases are not bounded: see
/// <see cref="ProcessBoundedSemaphore"/> for Python's <c>BoundedSemaphore</c>.</para>
/// <para>Unlike a lock, a semaphore has no owner, so a process that dies having acquired it does not give its count
/// back.</para>
/// </remarks>
[MemoryPackable]
public sealed partial class ProcessSemaphore : IDisposable
{
    private readonly SharedMemory _block;
    private readonly SemaphoreCounter _counter;

    /// <summary>Creates a semaphore whose count starts at <paramref name="initialCount"/> (Python's <c>Semaphore(value)</c>).</summary>
    /// <param name="initialCount">The count to start with, zero or more; Python's default is 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialCount"/> is negative.</exception>
    public ProcessSemaphore(int initialCount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCount);
        _block = SharedMemory.Create(SemaphoreCounter.Size);
        _counter = new SemaphoreCounter(_block, 0);
        _counter.Initialize(initialCount, bound: -1);
    }

    /// <summary>Attaches to the semaphore at <paramref name="offset"/> of the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private ProcessSemaphore(string blockName, int offset)
    {
        _block = SharedMemory.Attach(blockName);
        _counter = new SemaphoreCounter(_block, offset);
        Offset = offset;
    }

    /// <summary>The name of the shared memory block that holds the semaphore.</summary>
    [MemoryPackInclude]
    internal string BlockName => _block.Name;

    /// <summary>Where the semaphore's words are in its block.</summary>
    [MemoryPackInclude]
    internal int Offset { get; }

    /// <summary>The count now (Python's <c>get_value()</c>). For diagnostics: it may change at once.</summary>
    [MemoryPackIgnore]
    public int CurrentCount => _counter.Count;

    /// <summary>Waits until the count is above zero and takes one (Python's <c>acquire()</c>).</summary>
    public void Acquire() => _counter.Take(Timeout.Infinite, CancellationToken.None);

    /// <summary>Waits at most <paramref name="timeout"/> to take one from the count (Python's <c>acquire(timeout=...)</c>).</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True when one was taken; false when the time ran out.</returns>
    public bool Acquire(TimeSpan timeout) => _counter.Take(WaitTimeout.ToMilliseconds(timeout), CancellationToken.None);

    /// <summary>Takes one from the count only if it is above zero (Python's <c>acquire(False)</c>).</summary>
    /// <returns>True when one was taken.</returns>
    public bool TryAcquire() => _counter.TryTake();

    /// <summary>Waits to take one from the count without blocking the calling thread (the wait runs on a thread-pool thread).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first; nothing was taken.</exception>
    public Task AcquireAsync(CancellationToken cancellationToken = default) => _counter.TakeAsync(Timeout.Infinite, cancellationToken);

    /// <summary>Waits at most <paramref name="timeout"/> to take one from the count without blocking the calling thread.</summary>
    /// <returns>True when one was taken; false when the time ran out.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first; nothing was taken.</exception>
    public Task<bool> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _counter.TakeAsync(WaitTimeout.ToMilliseconds(timeout), cancellationToken);

    /// <summary>Acquires and returns a scope that releases when disposed: <c>using (semaphore.EnterScope()) { ... }</c>.</summary>
    public Scope EnterScope()
    {
        Acquire();
        return new Scope(this);
    }

    /// <summary>Gives one back to the count and wakes a waiter (Python's <c>release()</c>). Any process and thread may release.</summary>
    public void Release() => _counter.Give();

    /// <summary>Closes this process's view of the semaphore; the last process to close it frees its shared memory.</summary>
    public void Dispose() => _block.Dispose();

    /// <inheritdoc/>
    public override string ToString() => $"ProcessSemaphore({BlockName}@{Offset}, count {CurrentCount})";

    /// <summary>Holds one of a <see cref="ProcessSemaphore"/>'s count until disposed; returned by <see cref="EnterScope"/>.</summary>
    public ref struct Scope
    {
        private ProcessSemaphore? _semaphore;

        internal Scope(ProcessSemaphore semaphore) => _semaphore = semaphore;

        /// <summary>Releases; disposing the same scope again does nothing.</summary>
        public void Dispose()
        {
            var semaphore = _semaphore;
            _semaphore = null;
            semaphore?.Release();
        }
    }
}
