using MemoryPack;
using Multiprocessing.Synchronization;

namespace Multiprocessing;

/// <summary>
/// A re-entrant lock shared between processes: Python's <c>multiprocessing.RLock</c>. The thread that holds it may
/// acquire it again; it is free once released as many times as acquired. Pass it to a
/// <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child gets the same lock.
/// </summary>
/// <remarks>
/// <para>The owner is a thread of a process (pid and managed thread id): only the owning thread may release it, and
/// any other thread, in this process or another, waits. Releasing from another thread throws
/// <see cref="SynchronizationLockException"/>, as Python raises <c>RuntimeError</c>.</para>
/// <para>Underneath is a <see cref="ProcessLock"/> word plus the owner's pid and thread and the recursion count, in the same
/// <see cref="SharedMemory"/> block; so, as with <see cref="ProcessLock"/>, acquiring a free lock costs no system
/// call, and a lock whose owner process died is taken over by the next acquirer, who is told by an
/// <see cref="AbandonedLockException"/> (it then holds the lock once).</para>
/// <para>The asynchronous acquires wait on a thread-pool thread but acquire for the thread that calls them; since
/// only that thread may release, they suit code that resumes on the same thread. Elsewhere prefer
/// <see cref="ProcessLock"/>, which any thread may release.</para>
/// </remarks>
[MemoryPackable]
public sealed unsafe partial class ProcessRLock : IDisposable
{
    internal const int Size = 4 * sizeof(int);

    private readonly SharedMemory _block;
    private readonly bool _ownsBlock;
    private readonly ProcessLock _lock;
    private readonly int* _ownerThread;
    private readonly int* _count;
    private readonly int* _ownerPid;

    /// <summary>Creates a free lock in a new shared memory block of its own.</summary>
    public ProcessRLock()
        : this(SharedMemory.Create(Size), 0, ownsBlock: true)
    {
    }

    /// <summary>Attaches to the lock at <paramref name="offset"/> of the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private ProcessRLock(string blockName, int offset)
        : this(SharedMemory.Attach(blockName), offset, ownsBlock: true)
    {
    }

    /// <summary>A lock whose words live at <paramref name="offset"/> of <paramref name="block"/>, aligned to 4.</summary>
    internal ProcessRLock(SharedMemory block, int offset, bool ownsBlock)
    {
        if (offset < 0 || offset % sizeof(int) != 0 || offset + Size > block.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"A re-entrant lock needs {Size} aligned bytes inside the {block.Size}-byte block '{block.Name}'.");
        }

        _block = block;
        _ownsBlock = ownsBlock;
        _lock = new ProcessLock(block, offset, ownsBlock: false);
        _ownerThread = (int*)(block.Address + offset) + 1;
        _count = _ownerThread + 1;
        _ownerPid = _count + 1;
        Offset = offset;
    }

    /// <summary>The name of the shared memory block that holds the lock.</summary>
    [MemoryPackInclude]
    internal string BlockName => _block.Name;

    /// <summary>Where the lock's words are in its block.</summary>
    [MemoryPackInclude]
    internal int Offset { get; }

    /// <summary>The pid of the process that holds the lock, or 0 when it is free. For diagnostics: it may change at once.</summary>
    [MemoryPackIgnore]
    public int HolderPid => _lock.HolderPid;

    /// <summary>Whether the calling thread of this process holds the lock (Python's internal <c>_is_owned()</c>).</summary>
    [MemoryPackIgnore]
    public bool IsHeldByCurrentThread => IsOwnedBy(Environment.CurrentManagedThreadId);

    /// <summary>How many times the calling thread holds the lock: 0 when it does not hold it.</summary>
    [MemoryPackIgnore]
    public int RecursionCount => IsHeldByCurrentThread ? Volatile.Read(ref *_count) : 0;

    /// <summary>Waits as long as it takes, then holds the lock once more (Python's <c>acquire()</c>).</summary>
    /// <exception cref="AbandonedLockException">The previous owner's process died holding it; the lock is now held by this thread.</exception>
    public void Acquire() => AcquireFor(Environment.CurrentManagedThreadId, Timeout.Infinite, CancellationToken.None);

    /// <summary>Waits at most <paramref name="timeout"/> for the lock (Python's <c>acquire(timeout=...)</c>).</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True when the lock is now held; false when the time ran out.</returns>
    /// <exception cref="AbandonedLockException">The previous owner's process died holding it; the lock is now held by this thread.</exception>
    public bool Acquire(TimeSpan timeout) =>
        AcquireFor(Environment.CurrentManagedThreadId, WaitTimeout.ToMilliseconds(timeout), CancellationToken.None);

    /// <summary>Takes the lock only if that needs no waiting (Python's <c>acquire(False)</c>).</summary>
    /// <returns>True when the lock is now held.</returns>
    /// <exception cref="AbandonedLockException">The previous owner's process died holding it; the lock is now held by this thread.</exception>
    public bool TryAcquire() => AcquireFor(Environment.CurrentManagedThreadId, 0, CancellationToken.None);

    /// <summary>
    /// Waits for the lock without blocking the calling thread, and acquires it for the calling thread, which alone may
    /// release it (see the remarks).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first; the lock is not held.</exception>
    /// <exception cref="AbandonedLockException">The previous owner's process died holding it; the lock is now held by the calling thread.</exception>
    public Task AcquireAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int thread = Environment.CurrentManagedThreadId;
        return AcquireFor(thread, 0, CancellationToken.None)
            ? Task.CompletedTask
            : Task.Run(() => AcquireFor(thread, Timeout.Infinite, cancellationToken), cancellationToken);
    }

    /// <summary>Waits at most <paramref name="timeout"/> for the lock without blocking the calling thread, and acquires it for the calling thread.</summary>
    /// <returns>True when the lock is now held; false when the time ran out.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first; the lock is not held.</exception>
    /// <exception cref="AbandonedLockException">The previous owner's process died holding it; the lock is now held by the calling thread.</exception>
    public Task<bool> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        int milliseconds = WaitTimeout.ToMilliseconds(timeout);
        cancellationToken.ThrowIfCancellationRequested();
        int thread = Environment.CurrentManagedThreadId;
        return AcquireFor(thread, 0, CancellationToken.None)
            ? Task.FromResult(true)
            : Task.Run(() => AcquireFor(thread, milliseconds, cancellationToken), cancellationToken);
    }

    /// <summary>Acquires the lock and returns a scope that releases it once when disposed: <c>using (rlock.EnterScope()) { ... }</c>.</summary>
    /// <exception cref="AbandonedLockException">The previous owner's process died holding it; the lock is now held by this thread (release it with <see cref="Release"/>).</exception>
    public Scope EnterScope()
    {
        Acquire();
        return new Scope(this);
    }

    /// <summary>Releases the lock once (Python's <c>release()</c>); it is free when released as many times as acquired.</summary>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold the lock (Python raises RuntimeError).</exception>
    public void Release()
    {
        _block.ThrowIfDisposed();
        if (!IsHeldByCurrentThread)
        {
            throw new SynchronizationLockException("This ProcessRLock is released by a thread that does not hold it: only the thread that acquired it may release it, once per acquire.");
        }

        int count = Volatile.Read(ref *_count) - 1;
        Volatile.Write(ref *_count, count);
        if (count == 0)
        {
            ClearOwnership();
            _lock.Release();
        }
    }

    /// <summary>Closes this process's view of the lock; the last process to close it frees its shared memory.</summary>
    public void Dispose()
    {
        if (_ownsBlock)
        {
            _block.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"ProcessRLock({BlockName}@{Offset}, holder {HolderPid})";

    /// <summary>Releases the lock completely, for a condition wait; returns the recursion count to restore.</summary>
    internal int ReleaseAll()
    {
        if (!IsHeldByCurrentThread)
        {
            throw new SynchronizationLockException("This ProcessRLock is not held by the calling thread.");
        }

        int count = Volatile.Read(ref *_count);
        Volatile.Write(ref *_count, 0);
        ClearOwnership();
        _lock.Release();
        return count;
    }

    /// <summary>Acquires the lock again for <paramref name="thread"/> after <see cref="ReleaseAll"/>, with the recursion count it had.</summary>
    internal void AcquireRestore(int count, int thread)
    {
        try
        {
            AcquireFor(thread, Timeout.Infinite, CancellationToken.None);
        }
        finally
        {
            // Held in both cases: an AbandonedLockException is thrown after acquiring.
            Volatile.Write(ref *_count, count);
        }
    }

    private bool IsOwnedBy(int thread) =>
        _lock.HolderPid == ProcessIdentity.CurrentPid
        && Volatile.Read(ref *_ownerPid) == ProcessIdentity.CurrentPid
        && Volatile.Read(ref *_ownerThread) == thread;

    private bool AcquireFor(int thread, int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        _block.ThrowIfDisposed();
        if (IsOwnedBy(thread))
        {
            Volatile.Write(ref *_count, Volatile.Read(ref *_count) + 1);
            return true;
        }

        bool acquired;
        try
        {
            acquired = timeoutMilliseconds switch
            {
                0 => _lock.TryAcquire(),
                _ when !cancellationToken.CanBeCanceled => _lock.Acquire(TimeSpan.FromMilliseconds(timeoutMilliseconds)),

                // Only the asynchronous acquires pass a token, and they already run on a thread-pool thread.
                _ => _lock.AcquireAsync(TimeSpan.FromMilliseconds(timeoutMilliseconds), cancellationToken).GetAwaiter().GetResult(),
            };
        }
        catch (AbandonedLockException)
        {
            TakeOwnership(thread);
            throw;
        }

        if (acquired)
        {
            TakeOwnership(thread);
        }

        return acquired;
    }

    private void TakeOwnership(int thread)
    {
        Volatile.Write(ref *_ownerThread, thread);
        Volatile.Write(ref *_count, 1);
        Volatile.Write(ref *_ownerPid, ProcessIdentity.CurrentPid);
    }

    // The owner's pid is kept apart from the lock word's so that, in the moment between taking over a dead owner's
    // lock and stamping ours, its thread id is not taken for one of ours.
    private void ClearOwnership()
    {
        Volatile.Write(ref *_ownerPid, 0);
        Volatile.Write(ref *_ownerThread, 0);
    }

    /// <summary>Holds a <see cref="ProcessRLock"/> once until disposed; returned by <see cref="EnterScope"/>.</summary>
    public ref struct Scope
    {
        private ProcessRLock? _lock;

        internal Scope(ProcessRLock processLock) => _lock = processLock;

        /// <summary>Releases the lock once; disposing the same scope again does nothing.</summary>
        public void Dispose()
        {
            var processLock = _lock;
            _lock = null;
            processLock?.Release();
        }
    }
}
