using System.Diagnostics;
using MemoryPack;
using Multiprocessing.Synchronization;

namespace Multiprocessing;

/// <summary>
/// A barrier for a fixed number of parties in any processes: Python's <c>multiprocessing.Barrier</c>. Each party
/// calls <see cref="Wait"/>; all return together once <see cref="Parties"/> have arrived, and the barrier is ready
/// for the next round (generation). Pass it to a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the
/// child gets the same barrier. (<see cref="System.Threading.Barrier"/> is the in-process one, hence the prefix.)
/// </summary>
/// <remarks>
/// <para>A party that times out, <see cref="Abort"/> and <see cref="Reset"/> break the barrier: every party waiting
/// on it, and every later <see cref="Wait"/> until <see cref="Reset"/>, gets a <see cref="BrokenBarrierException"/>,
/// as with Python's <c>BrokenBarrierError</c>.</para>
/// <para><b>The action</b> runs once per generation, after all parties have arrived and before any is released, in
/// the party that arrives last, while it holds the barrier's lock (as in Python, where one of the threads runs it).
/// A delegate cannot travel to another process, so only the instance made with it, or given one with
/// <see cref="SetAction"/>, has an action: a generation completed by a party whose instance has none runs no action.
/// To run it once in every generation whichever party comes last, give every process its action (a static method
/// suits best). An action that throws breaks the barrier; the exception goes to the party that ran it.</para>
/// <para>The barrier's state is a few 32-bit words and a <see cref="ProcessLock"/> in a <see cref="SharedMemory"/>
/// block; waiters sleep in the kernel (<c>futex</c> on Linux). A party that dies while holding the barrier's lock
/// breaks the barrier.</para>
/// </remarks>
[MemoryPackable]
public sealed unsafe partial class ProcessBarrier : IDisposable
{
    private const int Size = 8 * sizeof(int);
    private const int CancellationCheckMilliseconds = 50;

    private readonly SharedMemory _block;
    private readonly ProcessLock _lock;
    private readonly int* _count;
    private readonly int* _generation;
    private readonly int* _broken;
    private readonly int* _epoch;
    private readonly int* _parties;
    private readonly int* _failedGeneration;
    private readonly int* _defaultTimeout;
    private Action? _action;

    /// <summary>Creates a barrier for <paramref name="parties"/> parties (Python's <c>Barrier(parties, action, timeout)</c>).</summary>
    /// <param name="parties">How many parties must call <see cref="Wait"/> for them all to go on; at least 1.</param>
    /// <param name="action">Run once per generation by the last party to arrive, when that party's instance has it; see the remarks.</param>
    /// <param name="timeout">How long a <see cref="Wait"/> without a timeout of its own waits, in every process; null for no limit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parties"/> is below 1, or <paramref name="timeout"/> is negative.</exception>
    public ProcessBarrier(int parties, Action? action = null, TimeSpan? timeout = null)
        : this(SharedMemory.Create(Size), 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parties);
        *_parties = parties;
        *_defaultTimeout = timeout is { } limit ? WaitTimeout.ToMilliseconds(limit) : Timeout.Infinite;
        _action = action;
    }

    /// <summary>Attaches to the barrier at <paramref name="offset"/> of the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private ProcessBarrier(string blockName, int offset)
        : this(SharedMemory.Attach(blockName), offset)
    {
    }

    private ProcessBarrier(SharedMemory block, int offset)
    {
        if (offset < 0 || offset % sizeof(int) != 0 || offset + Size > block.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"A barrier needs {Size} aligned bytes inside the {block.Size}-byte block '{block.Name}'.");
        }

        _block = block;
        _lock = new ProcessLock(block, offset, ownsBlock: false);
        int* words = (int*)(block.Address + offset);
        _count = words + 1;
        _generation = words + 2;
        _broken = words + 3;
        _epoch = words + 4;
        _parties = words + 5;
        _failedGeneration = words + 6;
        _defaultTimeout = words + 7;
        Offset = offset;
    }

    /// <summary>The name of the shared memory block that holds the barrier.</summary>
    [MemoryPackInclude]
    internal string BlockName => _block.Name;

    /// <summary>Where the barrier's words are in its block.</summary>
    [MemoryPackInclude]
    internal int Offset { get; }

    /// <summary>How many parties must arrive for them all to go on (Python's <c>parties</c>).</summary>
    [MemoryPackIgnore]
    public int Parties => Volatile.Read(ref *_parties);

    /// <summary>How many parties wait in the current generation (Python's <c>n_waiting</c>); 0 while broken. For diagnostics: it may change at once.</summary>
    [MemoryPackIgnore]
    public int NWaiting => Broken ? 0 : Volatile.Read(ref *_count);

    /// <summary>Whether the barrier is broken (Python's <c>broken</c>); <see cref="Reset"/> mends it.</summary>
    [MemoryPackIgnore]
    public bool Broken => Volatile.Read(ref *_broken) != 0;

    /// <summary>
    /// Gives this process's instance the action to run when its party completes a generation, or null for none; see
    /// the remarks. Every process needs its own, since a delegate cannot travel between processes.
    /// </summary>
    public void SetAction(Action? action) => _action = action;

    /// <summary>
    /// Arrives at the barrier and waits until all <see cref="Parties"/> have (Python's <c>wait(timeout)</c>).
    /// </summary>
    /// <param name="timeout">How long to wait; null for the barrier's own timeout (none unless given to the constructor).</param>
    /// <returns>This party's arrival index, from 0 to <see cref="Parties"/> - 1, different for each party of a generation.</returns>
    /// <exception cref="BrokenBarrierException">The barrier is broken, or broke while waiting: by this wait timing out, another's timeout, <see cref="Abort"/>, <see cref="Reset"/>, or an action that threw.</exception>
    public int Wait(TimeSpan? timeout = null) => WaitCore(TimeoutMilliseconds(timeout), CancellationToken.None);

    /// <summary>
    /// Arrives at the barrier and waits, without blocking the calling thread, until all <see cref="Parties"/> have
    /// (the wait runs on a thread-pool thread). The action, if this party runs it, runs there too.
    /// </summary>
    /// <param name="timeout">How long to wait; null for the barrier's own timeout (none unless given to the constructor).</param>
    /// <param name="cancellationToken">
    /// Cancels the wait. An arrival cannot be taken back without confusing the others' indices, so cancelling a wait
    /// that has arrived breaks the barrier, as a timeout does, and the other parties get a <see cref="BrokenBarrierException"/>.
    /// </param>
    /// <returns>This party's arrival index, from 0 to <see cref="Parties"/> - 1, different for each party of a generation.</returns>
    /// <exception cref="BrokenBarrierException">The barrier is broken, or broke while waiting.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first; the barrier is broken if this party had arrived.</exception>
    public Task<int> WaitAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        int milliseconds = TimeoutMilliseconds(timeout);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.Run(() => WaitCore(milliseconds, cancellationToken), cancellationToken);
    }

    private int TimeoutMilliseconds(TimeSpan? timeout) =>
        timeout is { } limit ? WaitTimeout.ToMilliseconds(limit) : Volatile.Read(ref *_defaultTimeout);

    private int WaitCore(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        _block.ThrowIfDisposed();
        int index;
        int generation;
        EnterLock();
        try
        {
            if (Broken)
            {
                throw new BrokenBarrierException();
            }

            index = *_count;
            generation = *_generation;
            if (index + 1 == *_parties)
            {
                RunAction();
                *_count = 0;
                Volatile.Write(ref *_generation, generation + 1);
                WakeAll();
                return index;
            }

            *_count = index + 1;
        }
        finally
        {
            _lock.Release();
        }

        return Sleep(index, generation, timeoutMilliseconds, cancellationToken);
    }

    /// <summary>Breaks the barrier: waiting parties, and later waits until <see cref="Reset"/>, get a <see cref="BrokenBarrierException"/> (Python's <c>abort()</c>).</summary>
    public void Abort()
    {
        EnterLock();
        try
        {
            Break();
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Returns the barrier to its empty, unbroken state (Python's <c>reset()</c>). Parties waiting on it get a
    /// <see cref="BrokenBarrierException"/>.
    /// </summary>
    public void Reset()
    {
        EnterLock();
        try
        {
            if (*_count > 0 || Broken)
            {
                int generation = *_generation;
                *_failedGeneration = generation + 1;
                Volatile.Write(ref *_generation, generation + 1);
            }

            *_count = 0;
            Volatile.Write(ref *_broken, 0);
            WakeAll();
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Closes this process's view of the barrier; the last process to close it frees its shared memory.</summary>
    public void Dispose() => _block.Dispose();

    /// <inheritdoc/>
    public override string ToString() => $"ProcessBarrier({BlockName}@{Offset}, {NWaiting}/{Parties} waiting{(Broken ? ", broken" : "")})";

    private int Sleep(int index, int generation, int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();
        while (true)
        {
            // Read first: a change after this makes the kernel return at once instead of sleeping.
            int epoch = Volatile.Read(ref *_epoch);
            if (Outcome(index, generation) is { } arrived)
            {
                return arrived;
            }

            int remaining = WaitTimeout.Remaining(start, timeoutMilliseconds);
            if (remaining == 0 || cancellationToken.IsCancellationRequested)
            {
                return TimeOut(index, generation, cancellationToken);
            }

            // With a token, wake now and then to look at it; the kernel cannot watch a CancellationToken.
            int slice = cancellationToken.CanBeCanceled && (remaining < 0 || remaining > CancellationCheckMilliseconds)
                ? CancellationCheckMilliseconds
                : remaining;
            AddressWait.Wait(_epoch, epoch, slice);
        }
    }

    // The index when our generation went through, an exception when it was broken or reset, null while it fills.
    private int? Outcome(int index, int generation)
    {
        if (Volatile.Read(ref *_generation) != generation)
        {
            return Volatile.Read(ref *_failedGeneration) == generation + 1
                ? throw new BrokenBarrierException("The ProcessBarrier was reset while this party waited on it.")
                : index;
        }

        return Broken ? throw new BrokenBarrierException() : null;
    }

    private int TimeOut(int index, int generation, CancellationToken cancellationToken)
    {
        EnterLock();
        try
        {
            if (Volatile.Read(ref *_generation) == generation && !Broken)
            {
                Break();
                cancellationToken.ThrowIfCancellationRequested();
                throw new BrokenBarrierException("The ProcessBarrier timed out before all its parties arrived, and is now broken. Call Reset() to use it again.");
            }
        }
        finally
        {
            _lock.Release();
        }

        // The generation went through, or broke, just as the time ran out.
        return Outcome(index, generation) ?? throw new BrokenBarrierException();
    }

    private void RunAction()
    {
        try
        {
            _action?.Invoke();
        }
        catch
        {
            Break();
            throw;
        }
    }

    // A party that died holding the lock may have left the words half-changed: break the barrier and go on holding it.
    private void EnterLock()
    {
        try
        {
            _lock.Acquire();
        }
        catch (AbandonedLockException)
        {
            Break();
        }
    }

    private void Break()
    {
        Volatile.Write(ref *_broken, 1);
        WakeAll();
    }

    private void WakeAll()
    {
        Interlocked.Increment(ref *_epoch);
        AddressWait.Wake(_epoch, int.MaxValue);
    }
}
