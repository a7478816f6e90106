using System.Diagnostics;
using MemoryPack;
using Multiprocessing.Synchronization;

namespace Multiprocessing;

/// <summary>
/// A condition variable shared between processes: Python's <c>multiprocessing.Condition</c>. Hold its lock, then
/// <see cref="Wait()"/> for another process to <see cref="Notify"/>; waiting releases the lock and takes it back
/// before returning. Pass it to a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child gets the same
/// condition and the same lock.
/// </summary>
/// <remarks>
/// <para>The lock is a <see cref="ProcessRLock"/> made for the condition (Python's default) or the
/// <see cref="ProcessLock"/> or <see cref="ProcessRLock"/> given to the constructor. Waiting or notifying without
/// holding it throws <see cref="SynchronizationLockException"/>, as Python raises <c>RuntimeError</c>; for a
/// <see cref="ProcessLock"/>, which has no owning thread, "holding" means that this process holds it.</para>
/// <para>Three 32-bit words in a <see cref="SharedMemory"/> block carry the waits: the number of waiters not yet
/// notified, the number of wake-ups handed out but not yet taken, and a sequence number the waiters sleep on
/// (<c>futex</c> on Linux). <see cref="Notify"/> hands out at most <c>n</c> wake-ups, so exactly that many waiters
/// return from their wait, though not necessarily the ones that waited longest. A waiter whose process dies while
/// waiting still counts as a waiter, and a later notify may spend a wake-up on it.</para>
/// </remarks>
[MemoryPackable]
public sealed unsafe partial class ProcessCondition : IDisposable
{
    private const int Size = 3 * sizeof(int);
    private const int DefaultLockOffset = 16;
    private const int CancellationCheckMilliseconds = 50;

    private readonly SharedMemory _block;
    private readonly ProcessLock? _plainLock;
    private readonly ProcessRLock? _reentrantLock;
    private readonly bool _ownsLock;
    private readonly int* _sequence;
    private readonly int* _waiters;
    private readonly int* _wakeups;

    /// <summary>Creates a condition with a new <see cref="ProcessRLock"/> of its own (Python's <c>Condition()</c>).</summary>
    public ProcessCondition()
        : this(SharedMemory.Create(DefaultLockOffset + ProcessRLock.Size), 0)
    {
        _reentrantLock = new ProcessRLock(_block, DefaultLockOffset, ownsBlock: false);
        _ownsLock = true;
    }

    /// <summary>Creates a condition over <paramref name="lock"/> (Python's <c>Condition(lock)</c>); disposing the condition leaves the lock open.</summary>
    /// <param name="lock">The lock that callers of <see cref="Wait()"/> and <see cref="Notify"/> must hold.</param>
    public ProcessCondition(ProcessLock @lock)
        : this(SharedMemory.Create(Size), 0)
    {
        ArgumentNullException.ThrowIfNull(@lock);
        _plainLock = @lock;
    }

    /// <summary>Creates a condition over the re-entrant <paramref name="lock"/> (Python's <c>Condition(rlock)</c>); disposing the condition leaves the lock open.</summary>
    /// <param name="lock">The lock that callers of <see cref="Wait()"/> and <see cref="Notify"/> must hold.</param>
    public ProcessCondition(ProcessRLock @lock)
        : this(SharedMemory.Create(Size), 0)
    {
        ArgumentNullException.ThrowIfNull(@lock);
        _reentrantLock = @lock;
    }

    /// <summary>Attaches to the condition in the block <paramref name="blockName"/>, over the lock that came with it (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private ProcessCondition(string blockName, int offset, ProcessLock? plainLock, ProcessRLock? reentrantLock)
        : this(SharedMemory.Attach(blockName), offset)
    {
        _plainLock = plainLock;
        _reentrantLock = reentrantLock;
        _ownsLock = true;
    }

    private ProcessCondition(SharedMemory block, int offset)
    {
        _block = block;
        _sequence = (int*)(block.Address + offset);
        _waiters = _sequence + 1;
        _wakeups = _sequence + 2;
        Offset = offset;
    }

    /// <summary>The name of the shared memory block that holds the condition's words.</summary>
    [MemoryPackInclude]
    internal string BlockName => _block.Name;

    /// <summary>Where the condition's words are in its block.</summary>
    [MemoryPackInclude]
    internal int Offset { get; }

    /// <summary>The lock, when it is a <see cref="ProcessLock"/>; travels with the condition.</summary>
    [MemoryPackInclude]
    internal ProcessLock? PlainLock => _plainLock;

    /// <summary>The lock, when it is a <see cref="ProcessRLock"/>; travels with the condition.</summary>
    [MemoryPackInclude]
    internal ProcessRLock? ReentrantLock => _reentrantLock;

    /// <summary>Acquires the condition's lock (Python's <c>acquire()</c>).</summary>
    /// <exception cref="AbandonedLockException">The lock's previous holder died holding it; it is now held here.</exception>
    public void Acquire()
    {
        if (_reentrantLock is not null)
        {
            _reentrantLock.Acquire();
        }
        else
        {
            _plainLock!.Acquire();
        }
    }

    /// <summary>Waits at most <paramref name="timeout"/> for the condition's lock (Python's <c>acquire(timeout=...)</c>).</summary>
    /// <returns>True when the lock is now held; false when the time ran out.</returns>
    /// <exception cref="AbandonedLockException">The lock's previous holder died holding it; it is now held here.</exception>
    public bool Acquire(TimeSpan timeout) => _reentrantLock?.Acquire(timeout) ?? _plainLock!.Acquire(timeout);

    /// <summary>
    /// Acquires the condition's lock asynchronously. With a <see cref="ProcessRLock"/> (the default) the lock belongs
    /// to the thread the returned task completes on; see <see cref="ProcessRLock.AcquireAsync(CancellationToken)"/>.
    /// </summary>
    /// <exception cref="AbandonedLockException">The lock's previous holder died holding it; it is now held here.</exception>
    public Task AcquireAsync(CancellationToken cancellationToken = default) =>
        _reentrantLock?.AcquireAsync(cancellationToken) ?? _plainLock!.AcquireAsync(cancellationToken);

    /// <summary>Releases the condition's lock (Python's <c>release()</c>).</summary>
    /// <exception cref="SynchronizationLockException">The lock is not held (by this thread, for a <see cref="ProcessRLock"/>).</exception>
    public void Release()
    {
        if (_reentrantLock is not null)
        {
            _reentrantLock.Release();
        }
        else
        {
            _plainLock!.Release();
        }
    }

    /// <summary>Acquires the condition's lock until the returned scope is disposed: <c>using (condition.EnterScope()) { ... }</c> (Python's <c>with condition:</c>).</summary>
    /// <exception cref="AbandonedLockException">The lock's previous holder died holding it; it is now held here (release it with <see cref="Release"/>).</exception>
    public Scope EnterScope()
    {
        Acquire();
        return new Scope(this);
    }

    /// <summary>Releases the lock, waits until notified, and takes the lock back (Python's <c>wait()</c>).</summary>
    /// <exception cref="SynchronizationLockException">The lock is not held.</exception>
    /// <exception cref="AbandonedLockException">Taking the lock back found its holder dead; it is held again all the same.</exception>
    public void Wait() => WaitCore(Timeout.Infinite);

    /// <summary>Releases the lock, waits at most <paramref name="timeout"/> to be notified, and takes the lock back (Python's <c>wait(timeout)</c>).</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever. Taking the lock back may add to it.</param>
    /// <returns>True when notified; false when the time ran out. The lock is held again either way.</returns>
    /// <exception cref="SynchronizationLockException">The lock is not held.</exception>
    /// <exception cref="AbandonedLockException">Taking the lock back found its holder dead; it is held again all the same.</exception>
    public bool Wait(TimeSpan timeout) => WaitCore(WaitTimeout.ToMilliseconds(timeout));

    /// <summary>
    /// Releases the lock, waits to be notified without blocking the calling thread (on a thread-pool thread), and
    /// takes the lock back before the task completes. A <see cref="ProcessRLock"/> is taken back for the thread that
    /// called this method, which alone may release it: see <see cref="ProcessRLock"/>'s remarks.
    /// </summary>
    /// <exception cref="SynchronizationLockException">The lock is not held.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before a notification; the lock is held again all the same.</exception>
    public Task WaitAsync(CancellationToken cancellationToken = default) => WaitCoreAsync(Timeout.Infinite, cancellationToken);

    /// <summary>
    /// Releases the lock, waits at most <paramref name="timeout"/> to be notified without blocking the calling thread,
    /// and takes the lock back before the task completes (see <see cref="WaitAsync(CancellationToken)"/>).
    /// </summary>
    /// <returns>True when notified; false when the time ran out. The lock is held again either way.</returns>
    /// <exception cref="SynchronizationLockException">The lock is not held.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before a notification; the lock is held again all the same.</exception>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitCoreAsync(WaitTimeout.ToMilliseconds(timeout), cancellationToken);

    /// <summary>
    /// Waits until <paramref name="predicate"/> is true, checking it first and after each notification, with the lock
    /// held (Python's <c>wait_for(predicate, timeout)</c>).
    /// </summary>
    /// <param name="predicate">The state to wait for; called with the lock held.</param>
    /// <param name="timeout">How long to wait in all; null waits forever.</param>
    /// <returns>The last value of <paramref name="predicate"/>: false when the time ran out first.</returns>
    /// <exception cref="SynchronizationLockException">The lock is not held.</exception>
    public bool WaitFor(Func<bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        int total = timeout is { } limit ? WaitTimeout.ToMilliseconds(limit) : Timeout.Infinite;
        long start = Stopwatch.GetTimestamp();
        bool result = predicate();
        while (!result)
        {
            int remaining = WaitTimeout.Remaining(start, total);
            if (remaining == 0)
            {
                break;
            }

            WaitCore(remaining);
            result = predicate();
        }

        return result;
    }

    /// <summary>Wakes up to <paramref name="n"/> of the waiters (Python's <c>notify(n)</c>); the caller keeps the lock.</summary>
    /// <param name="n">How many waiters to wake at most; exactly this many when as many wait.</param>
    /// <exception cref="SynchronizationLockException">The lock is not held.</exception>
    public void Notify(int n = 1)
    {
        _block.ThrowIfDisposed();
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ThrowIfNotHeld("notify");
        int count = Math.Min(n, Volatile.Read(ref *_waiters));
        if (count <= 0)
        {
            return;
        }

        Interlocked.Add(ref *_waiters, -count);
        Interlocked.Add(ref *_wakeups, count);
        Interlocked.Increment(ref *_sequence);

        // Every sleeper looks; only as many as there are wake-ups return.
        AddressWait.Wake(_sequence, int.MaxValue);
    }

    /// <summary>Wakes every waiter (Python's <c>notify_all()</c>); the caller keeps the lock.</summary>
    /// <exception cref="SynchronizationLockException">The lock is not held.</exception>
    public void NotifyAll() => Notify(int.MaxValue);

    /// <summary>Closes this process's view of the condition, and of its lock when the condition made it or received it in a child.</summary>
    public void Dispose()
    {
        if (_ownsLock)
        {
            _plainLock?.Dispose();
            _reentrantLock?.Dispose();
        }

        _block.Dispose();
    }

    /// <inheritdoc/>
    public override string ToString() => $"ProcessCondition({BlockName}@{Offset}, {Volatile.Read(ref *_waiters)} waiting)";

    private bool WaitCore(int timeoutMilliseconds)
    {
        _block.ThrowIfDisposed();
        int saved = BeginWait();
        return EndWait(Sleep(timeoutMilliseconds, CancellationToken.None), saved, Environment.CurrentManagedThreadId, CancellationToken.None);
    }

    private Task<bool> WaitCoreAsync(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int saved = BeginWait();
        int thread = Environment.CurrentManagedThreadId;

        // No token for Task.Run: the lock must be taken back even when the wait is cancelled before it starts.
        return Task.Run(() => EndWait(Sleep(timeoutMilliseconds, cancellationToken), saved, thread, cancellationToken), CancellationToken.None);
    }

    // On the thread that holds the lock: registers the waiter and lets go of the lock, returning what to restore.
    private int BeginWait()
    {
        ThrowIfNotHeld("wait");

        // Counted while the lock is held, so that a notify made after we let go of it sees us.
        Interlocked.Increment(ref *_waiters);
        return _reentrantLock?.ReleaseAll() ?? ReleasePlain();
    }

    // Takes the lock back for the waiting thread, then settles a wait that ended without a wake-up.
    private bool EndWait(bool notified, int saved, int thread, CancellationToken cancellationToken)
    {
        AbandonedLockException? abandoned = null;
        try
        {
            if (_reentrantLock is not null)
            {
                _reentrantLock.AcquireRestore(saved, thread);
            }
            else
            {
                _plainLock!.Acquire();
            }
        }
        catch (AbandonedLockException exception)
        {
            abandoned = exception;
        }

        if (!notified)
        {
            notified = SettleTimeout();
        }

        if (abandoned is not null)
        {
            throw abandoned;
        }

        if (!notified)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return notified;
    }

    private int ReleasePlain()
    {
        _plainLock!.Release();
        return 1;
    }

    private bool Sleep(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();
        while (true)
        {
            // Read before looking for a wake-up, so that a notify in between changes it and the kernel does not sleep.
            int sequence = Volatile.Read(ref *_sequence);
            if (TryTakeWakeup())
            {
                return true;
            }

            int remaining = WaitTimeout.Remaining(start, timeoutMilliseconds);
            if (remaining == 0 || cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            // With a token, wake now and then to look at it; the kernel cannot watch a CancellationToken.
            int slice = cancellationToken.CanBeCanceled && (remaining < 0 || remaining > CancellationCheckMilliseconds)
                ? CancellationCheckMilliseconds
                : remaining;
            AddressWait.Wait(_sequence, sequence, slice);
        }
    }

    // With the lock held again after a timeout. Waiters plus untaken wake-ups count everyone still in a wait, us
    // included: while a waiter is left uncounted by notifies, we leave as one of those; otherwise a notify counted us,
    // so we take our wake-up and report the notification, as Python does.
    private bool SettleTimeout()
    {
        if (Volatile.Read(ref *_waiters) > 0)
        {
            Interlocked.Decrement(ref *_waiters);
            return false;
        }

        return TryTakeWakeup();
    }

    private bool TryTakeWakeup()
    {
        int wakeups = Volatile.Read(ref *_wakeups);
        while (wakeups > 0)
        {
            int seen = Interlocked.CompareExchange(ref *_wakeups, wakeups - 1, wakeups);
            if (seen == wakeups)
            {
                return true;
            }

            wakeups = seen;
        }

        return false;
    }

    private void ThrowIfNotHeld(string action)
    {
        bool held = _reentrantLock?.IsHeldByCurrentThread ?? _plainLock!.HolderPid == ProcessIdentity.CurrentPid;
        if (!held)
        {
            throw new SynchronizationLockException($"Cannot {action} on a ProcessCondition whose lock is not held{(_reentrantLock is null ? " by this process" : " by this thread")}: acquire it first, with condition.EnterScope() or Acquire().");
        }
    }

    /// <summary>Holds a <see cref="ProcessCondition"/>'s lock until disposed; returned by <see cref="EnterScope"/>.</summary>
    public ref struct Scope
    {
        private ProcessCondition? _condition;

        internal Scope(ProcessCondition condition) => _condition = condition;

        /// <summary>Releases the lock; disposing the same scope again does nothing.</summary>
        public void Dispose()
        {
            var condition = _condition;
            _condition = null;
            condition?.Release();
        }
    }
}
