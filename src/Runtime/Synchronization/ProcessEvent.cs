using System.Diagnostics;
using MemoryPack;
using Multiprocessing.Synchronization;

namespace Multiprocessing;

/// <summary>
/// A flag that processes wait on: Python's <c>multiprocessing.Event</c>. <see cref="Set"/> wakes every waiter and
/// makes later waits return at once, until <see cref="Clear"/>. Pass it to a
/// <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child gets the same event.
/// </summary>
/// <remarks>
/// The event is two 32-bit words in a <see cref="SharedMemory"/> block: the flag and the number of sleeping waiters.
/// Waiters sleep in the kernel (<c>futex</c> on Linux); <see cref="Set"/> makes a system call only when someone sleeps.
/// </remarks>
[MemoryPackable]
public sealed unsafe partial class ProcessEvent : IDisposable
{
    private const int Size = 2 * sizeof(int);
    private const int SpinCount = 50;
    private const int CancellationCheckMilliseconds = 50;

    private readonly SharedMemory _block;
    private readonly bool _ownsBlock;
    private readonly int* _flag;
    private readonly int* _sleepers;

    /// <summary>Creates an event that is not set, in a new shared memory block of its own.</summary>
    public ProcessEvent()
        : this(SharedMemory.Create(Size), 0, ownsBlock: true)
    {
    }

    /// <summary>Attaches to the event at <paramref name="offset"/> of the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private ProcessEvent(string blockName, int offset)
        : this(SharedMemory.Attach(blockName), offset, ownsBlock: true)
    {
    }

    /// <summary>An event whose words live at <paramref name="offset"/> of <paramref name="block"/>, aligned to 4.</summary>
    internal ProcessEvent(SharedMemory block, int offset, bool ownsBlock)
    {
        if (offset < 0 || offset % sizeof(int) != 0 || offset + Size > block.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"An event needs {Size} aligned bytes inside the {block.Size}-byte block '{block.Name}'.");
        }

        _block = block;
        _ownsBlock = ownsBlock;
        _flag = (int*)(block.Address + offset);
        _sleepers = _flag + 1;
        Offset = offset;
    }

    /// <summary>The name of the shared memory block that holds the event.</summary>
    [MemoryPackInclude]
    internal string BlockName => _block.Name;

    /// <summary>Where the event's words are in its block.</summary>
    [MemoryPackInclude]
    internal int Offset { get; }

    /// <summary>Whether the event is set (Python's <c>is_set()</c>).</summary>
    [MemoryPackIgnore]
    public bool IsSet
    {
        get
        {
            _block.ThrowIfDisposed();
            return Volatile.Read(ref *_flag) != 0;
        }
    }

    /// <summary>Sets the event and wakes every process and thread waiting on it (Python's <c>set()</c>).</summary>
    public void Set()
    {
        _block.ThrowIfDisposed();
        // Both sides use full fences (Interlocked): either the waiter sees the flag, or we see the waiter.
        if (Interlocked.Exchange(ref *_flag, 1) == 0 && Volatile.Read(ref *_sleepers) > 0)
        {
            AddressWait.Wake(_flag, int.MaxValue);
        }
    }

    /// <summary>Resets the event, so that waits block again (Python's <c>clear()</c>).</summary>
    public void Clear()
    {
        _block.ThrowIfDisposed();
        Interlocked.Exchange(ref *_flag, 0);
    }

    /// <summary>Waits until the event is set; returns at once if it is (Python's <c>wait()</c>).</summary>
    public void Wait() => WaitCore(Timeout.Infinite, CancellationToken.None);

    /// <summary>Waits at most <paramref name="timeout"/> for the event (Python's <c>wait(timeout)</c>).</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> only looks, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True when the event is set; false when the time ran out first.</returns>
    public bool Wait(TimeSpan timeout) => WaitCore(WaitTimeout.ToMilliseconds(timeout), CancellationToken.None);

    /// <summary>Waits until the event is set without blocking the calling thread (the wait runs on a thread-pool thread).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public Task WaitAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return IsSet ? Task.CompletedTask : Task.Run(() => WaitCore(Timeout.Infinite, cancellationToken), cancellationToken);
    }

    /// <summary>Waits at most <paramref name="timeout"/> for the event without blocking the calling thread.</summary>
    /// <returns>True when the event is set; false when the time ran out first.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        int milliseconds = WaitTimeout.ToMilliseconds(timeout);
        cancellationToken.ThrowIfCancellationRequested();
        return IsSet ? Task.FromResult(true) : Task.Run(() => WaitCore(milliseconds, cancellationToken), cancellationToken);
    }

    /// <summary>Closes this process's view of the event; the last process to close it frees its shared memory.</summary>
    public void Dispose()
    {
        if (_ownsBlock)
        {
            _block.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"ProcessEvent({BlockName}@{Offset}, {(IsSet ? "set" : "not set")})";

    private bool WaitCore(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        _block.ThrowIfDisposed();
        if (IsSet)
        {
            return true;
        }

        // A short spin catches a set that comes within microseconds (a ping-pong) without two system calls.
        for (int spin = 0; spin < SpinCount && timeoutMilliseconds != 0; spin++)
        {
            Thread.SpinWait(30);
            if (IsSet)
            {
                return true;
            }
        }

        long start = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref *_sleepers);
        try
        {
            while (Volatile.Read(ref *_flag) == 0)
            {
                int remaining = WaitTimeout.Remaining(start, timeoutMilliseconds);
                if (remaining == 0)
                {
                    return false;
                }

                cancellationToken.ThrowIfCancellationRequested();

                // With a token, wake now and then to look at it; the kernel cannot watch a CancellationToken.
                int slice = cancellationToken.CanBeCanceled && (remaining < 0 || remaining > CancellationCheckMilliseconds)
                    ? CancellationCheckMilliseconds
                    : remaining;
                AddressWait.Wait(_flag, 0, slice);
            }

            return true;
        }
        finally
        {
            Interlocked.Decrement(ref *_sleepers);
        }
    }
}
