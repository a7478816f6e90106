using System.Diagnostics;
using MemoryPack;
using Multiprocessing.Synchronization;

namespace Multiprocessing;

/// <summary>
/// A lock shared between processes: Python's <c>multiprocessing.Lock</c>. Pass it to a
/// <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child gets the same lock.
/// </summary>
/// <remarks>
/// <para>The lock is one 32-bit word in a <see cref="SharedMemory"/> block: zero when free, else the pid of the
/// process that holds it. Acquiring a free lock and releasing a lock nobody waits for are one atomic
/// compare-and-swap each, without a system call; waiters sleep in the kernel (<c>futex</c> on Linux).</para>
/// <para>As in Python, the lock is not re-entrant and is held by a process, not a thread: any thread of any process
/// may release it, and acquiring it twice without releasing blocks.</para>
/// <para>Beyond Python: a lock is never held forever by a dead process. A waiter that finds the holder gone (killed,
/// crashed) takes the lock over and is told by an <see cref="AbandonedLockException"/>, thrown after acquiring, as
/// .NET does with abandoned mutexes. The holder is identified by pid, so this relies on the processes sharing a pid
/// namespace; a holder that exited but is not yet reaped by its parent still counts as alive.</para>
/// </remarks>
[MemoryPackable]
public sealed unsafe partial class ProcessLock : IDisposable
{
    private const int Contended = 0x4000_0000;
    private const int PidMask = Contended - 1;

    // A waiter re-checks the holder's pid this often, since a dead holder never wakes anyone.
    private const int LivenessCheckMilliseconds = 50;
    private const int SpinCount = 20;

    private readonly SharedMemory _block;
    private readonly bool _ownsBlock;
    private readonly int* _word;

    /// <summary>Creates a free lock in a new shared memory block of its own.</summary>
    public ProcessLock()
        : this(SharedMemory.Create(sizeof(int)), 0, ownsBlock: true)
    {
    }

    /// <summary>Attaches to the lock at <paramref name="offset"/> of the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private ProcessLock(string blockName, int offset)
        : this(SharedMemory.Attach(blockName), offset, ownsBlock: true)
    {
    }

    /// <summary>A lock whose word lives at <paramref name="offset"/> of <paramref name="block"/>, aligned to 4.</summary>
    internal ProcessLock(SharedMemory block, int offset, bool ownsBlock)
    {
        if (offset < 0 || offset % sizeof(int) != 0 || offset + sizeof(int) > block.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"A lock word needs 4 aligned bytes inside the {block.Size}-byte block '{block.Name}'.");
        }

        _block = block;
        _ownsBlock = ownsBlock;
        _word = (int*)(block.Address + offset);
        Offset = offset;
    }

    /// <summary>The name of the shared memory block that holds the lock's word.</summary>
    [MemoryPackInclude]
    internal string BlockName => _block.Name;

    /// <summary>Where the lock's word is in its block.</summary>
    [MemoryPackInclude]
    internal int Offset { get; }

    /// <summary>The pid of the process that holds the lock, or 0 when it is free. For diagnostics: it may change at once.</summary>
    [MemoryPackIgnore]
    public int HolderPid => Volatile.Read(ref *_word) & PidMask;

    /// <summary>Waits as long as it takes, then holds the lock (Python's <c>acquire()</c>).</summary>
    /// <exception cref="AbandonedLockException">The previous holder died holding it; the lock is now held by this process.</exception>
    public void Acquire()
    {
        if (!TryAcquireFast())
        {
            AcquireSlow(Timeout.Infinite, CancellationToken.None);
        }
    }

    /// <summary>Waits at most <paramref name="timeout"/> for the lock (Python's <c>acquire(timeout=...)</c>).</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True when the lock is now held; false when the time ran out.</returns>
    /// <exception cref="AbandonedLockException">The previous holder died holding it; the lock is now held by this process.</exception>
    public bool Acquire(TimeSpan timeout)
    {
        int milliseconds = WaitTimeout.ToMilliseconds(timeout);
        return TryAcquireFast() || AcquireSlow(milliseconds, CancellationToken.None);
    }

    /// <summary>Takes the lock only if that needs no waiting (Python's <c>acquire(False)</c>).</summary>
    /// <returns>True when the lock is now held.</returns>
    /// <exception cref="AbandonedLockException">The previous holder died holding it; the lock is now held by this process.</exception>
    public bool TryAcquire() => TryAcquireFast() || AcquireSlow(0, CancellationToken.None);

    /// <summary>Waits for the lock without blocking the calling thread (the wait runs on a thread-pool thread).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first; the lock is not held.</exception>
    /// <exception cref="AbandonedLockException">The previous holder died holding it; the lock is now held by this process.</exception>
    public Task AcquireAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return TryAcquireFast()
            ? Task.CompletedTask
            : Task.Run(() => AcquireSlow(Timeout.Infinite, cancellationToken), cancellationToken);
    }

    /// <summary>Waits at most <paramref name="timeout"/> for the lock without blocking the calling thread.</summary>
    /// <returns>True when the lock is now held; false when the time ran out.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first; the lock is not held.</exception>
    /// <exception cref="AbandonedLockException">The previous holder died holding it; the lock is now held by this process.</exception>
    public Task<bool> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        int milliseconds = WaitTimeout.ToMilliseconds(timeout);
        cancellationToken.ThrowIfCancellationRequested();
        return TryAcquireFast()
            ? Task.FromResult(true)
            : Task.Run(() => AcquireSlow(milliseconds, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Acquires the lock and returns a scope that releases it when disposed:
    /// <c>using (processLock.EnterScope()) { ... }</c>, as with <see cref="System.Threading.Lock.EnterScope"/>.
    /// </summary>
    /// <exception cref="AbandonedLockException">The previous holder died holding it; the lock is now held by this process (release it with <see cref="Release"/>).</exception>
    public Scope EnterScope()
    {
        Acquire();
        return new Scope(this);
    }

    /// <summary>Releases the lock (Python's <c>release()</c>). Any process and thread may release it.</summary>
    /// <exception cref="SynchronizationLockException">The lock is not held (Python raises ValueError).</exception>
    public void Release()
    {
        _block.ThrowIfDisposed();
        int state = Volatile.Read(ref *_word);
        while (true)
        {
            if (state == 0)
            {
                throw new SynchronizationLockException("This ProcessLock is released while no process holds it: acquire it first, and release it once per acquire.");
            }

            int seen = Interlocked.CompareExchange(ref *_word, 0, state);
            if (seen == state)
            {
                break;
            }

            state = seen;
        }

        if ((state & Contended) != 0)
        {
            AddressWait.Wake(_word, 1);
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
    public override string ToString() => $"ProcessLock({BlockName}@{Offset}, holder {HolderPid})";

    private bool TryAcquireFast()
    {
        _block.ThrowIfDisposed();
        return Interlocked.CompareExchange(ref *_word, ProcessIdentity.CurrentPid, 0) == 0;
    }

    private bool AcquireSlow(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        int me = ProcessIdentity.CurrentPid;
        for (int spin = 0; spin < SpinCount && timeoutMilliseconds != 0; spin++)
        {
            Thread.SpinWait(30);
            if (Volatile.Read(ref *_word) == 0 && TryAcquireFast())
            {
                return true;
            }
        }

        long start = Stopwatch.GetTimestamp();
        while (true)
        {
            int state = Volatile.Read(ref *_word);
            if (state == 0)
            {
                // Others may be asleep: keep the contended mark so that our release wakes one of them.
                if (Interlocked.CompareExchange(ref *_word, me | Contended, 0) == 0)
                {
                    return true;
                }

                continue;
            }

            int holder = state & PidMask;
            if (!ProcessIdentity.IsAlive(holder))
            {
                if (Interlocked.CompareExchange(ref *_word, me | Contended, state) == state)
                {
                    throw new AbandonedLockException(holder);
                }

                continue;
            }

            if ((state & Contended) == 0)
            {
                if (Interlocked.CompareExchange(ref *_word, state | Contended, state) != state)
                {
                    continue;
                }

                state |= Contended;
            }

            int remaining = WaitTimeout.Remaining(start, timeoutMilliseconds);
            if (remaining == 0)
            {
                return false;
            }

            cancellationToken.ThrowIfCancellationRequested();
            int slice = remaining < 0 ? LivenessCheckMilliseconds : Math.Min(remaining, LivenessCheckMilliseconds);
            AddressWait.Wait(_word, state, slice);
        }
    }

    /// <summary>Holds a <see cref="ProcessLock"/> until disposed; returned by <see cref="EnterScope"/>.</summary>
    public ref struct Scope
    {
        private ProcessLock? _lock;

        internal Scope(ProcessLock processLock) => _lock = processLock;

        /// <summary>Releases the lock; disposing the same scope again does nothing.</summary>
        public void Dispose()
        {
            var processLock = _lock;
            _lock = null;
            processLock?.Release();
        }
    }
}
