using MemoryPack;
using Multiprocessing.Synchronization;

namespace Multiprocessing;

/// <summary>
/// A counting semaphore shared between processes that cannot be released above its initial count: Python's
/// <c>multiprocessing.BoundedSemaphore</c>. Each acquire takes one from the count, waiting while it is zero; each
/// release gives one back, and a release past the initial count throws. Pass it to a
/// <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child gets the same semaphore.
/// </summary>
/// <remarks>
/// <para>The count is a 32-bit word in a <see cref="SharedMemory"/> block: acquiring while it is above zero and
/// releasing while nobody waits are one atomic instruction each; waiters sleep in the kernel (<c>futex</c> on the
/// count word on Linux). Any thread of any process may release; the bound, kept in the block, catches a release
/// that has no acquire to match, as Python does. <see cref="ProcessSemaphore"/> is the unbounded one.</para>
/// <para>Unlike a lock, a semaphore has no owner, so a process that dies having acquired it does not give its count
/// back.</para>
/// </remarks>
[MemoryPackable]
public sealed partial class ProcessBoundedSemaphore : IDisposable
{
    private readonly SharedMemory _block;
    private readonly SemaphoreCounter _counter;

    /// <summary>Creates a semaphore whose count starts at <paramref name="initialCount"/> and may never exceed (Python's <c>BoundedSemaphore(value)</c>).</summary>
    /// <param name="initialCount">The count to start with, zero or more; Python's default is 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialCount"/> is negative.</exception>
    public ProcessBoundedSemaphore(int initialCount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCount);
        _block = SharedMemory.Create(SemaphoreCounter.Size);
        _counter = new SemaphoreCounter(_block, 0);
        _counter.Initialize(initialCount, bound: initialCount);
    }

    /// <summary>Attaches to the semaphore at <paramref name="offset"/> of the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private ProcessBoundedSemaphore(string blockName, int offset)
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
    /// <exception cref="SemaphoreFullException">The count is at its initial value already: this release has no acquire to match (Python raises ValueError). The count is unchanged.</exception>
    public void Release()
    {
        if (!_counter.Give())
        {
            throw new SemaphoreFullException($"This ProcessBoundedSemaphore is released more times than acquired: its count is at its initial value {_counter.Bound} already. Release once per acquire.");
        }
    }

    /// <summary>The initial count, which the count may never exceed.</summary>
    [MemoryPackIgnore]
    public int MaximumCount => _counter.Bound;

    /// <summary>Closes this process's view of the semaphore; the last process to close it frees its shared memory.</summary>
    public void Dispose() => _block.Dispose();

    /// <inheritdoc/>
    public override string ToString() => $"ProcessBoundedSemaphore({BlockName}@{Offset}, count {CurrentCount})";

    /// <summary>Holds one of a <see cref="ProcessBoundedSemaphore"/>'s count until disposed; returned by <see cref="EnterScope"/>.</summary>
    public ref struct Scope
    {
        private ProcessBoundedSemaphore? _semaphore;

        internal Scope(ProcessBoundedSemaphore semaphore) => _semaphore = semaphore;

        /// <summary>Releases; disposing the same scope again does nothing.</summary>
        public void Dispose()
        {
            var semaphore = _semaphore;
            _semaphore = null;
            semaphore?.Release();
        }
    }
}
