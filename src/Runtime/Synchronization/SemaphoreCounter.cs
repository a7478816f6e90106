using System.Diagnostics;

namespace Multiprocessing.Synchronization;

/// <summary>
/// The count of <see cref="ProcessSemaphore"/> and <see cref="ProcessBoundedSemaphore"/> in shared memory: three
/// 32-bit words, the count (the futex word), the number of sleeping waiters and the bound (negative: none).
/// </summary>
internal sealed unsafe class SemaphoreCounter
{
    public const int Size = 3 * sizeof(int);

    private const int SpinCount = 20;
    private const int CancellationCheckMilliseconds = 50;

    private readonly SharedMemory _block;
    private readonly int* _count;
    private readonly int* _sleepers;
    private readonly int* _bound;

    public SemaphoreCounter(SharedMemory block, int offset)
    {
        if (offset < 0 || offset % sizeof(int) != 0 || offset + Size > block.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"A semaphore needs {Size} aligned bytes inside the {block.Size}-byte block '{block.Name}'.");
        }

        _block = block;
        _count = (int*)(block.Address + offset);
        _sleepers = _count + 1;
        _bound = _count + 2;
    }

    public int Count => Volatile.Read(ref *_count);

    public int Bound => Volatile.Read(ref *_bound);

    /// <summary>Sets the first count and the bound (negative: none) of a new semaphore, before anyone else can see it.</summary>
    public void Initialize(int initialCount, int bound)
    {
        *_count = initialCount;
        *_bound = bound;
    }

    public bool TryTake()
    {
        _block.ThrowIfDisposed();
        int count = Volatile.Read(ref *_count);
        while (count > 0)
        {
            int seen = Interlocked.CompareExchange(ref *_count, count - 1, count);
            if (seen == count)
            {
                return true;
            }

            count = seen;
        }

        return false;
    }

    public bool Take(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        _block.ThrowIfDisposed();
        if (TryTake())
        {
            return true;
        }

        for (int spin = 0; spin < SpinCount && timeoutMilliseconds != 0; spin++)
        {
            Thread.SpinWait(30);
            if (TryTake())
            {
                return true;
            }
        }

        long start = Stopwatch.GetTimestamp();

        // Both sides use full fences: either the releaser sees a sleeper, or the sleeper sees the new count.
        Interlocked.Increment(ref *_sleepers);
        try
        {
            while (!TryTake())
            {
                int remaining = WaitTimeout.Remaining(start, timeoutMilliseconds);
                if (remaining == 0 || cancellationToken.IsCancellationRequested)
                {
                    // A release may have woken us rather than another sleeper: pass the wake-up on.
                    if (Volatile.Read(ref *_count) > 0)
                    {
                        AddressWait.Wake(_count, 1);
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    return false;
                }

                int slice = cancellationToken.CanBeCanceled && (remaining < 0 || remaining > CancellationCheckMilliseconds)
                    ? CancellationCheckMilliseconds
                    : remaining;
                AddressWait.Wait(_count, 0, slice);
            }

            return true;
        }
        finally
        {
            Interlocked.Decrement(ref *_sleepers);
        }
    }

    /// <summary>Takes one without blocking the caller: at once when the count allows, else waiting on a thread-pool thread.</summary>
    public Task<bool> TakeAsync(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return TryTake()
            ? Task.FromResult(true)
            : Task.Run(() => Take(timeoutMilliseconds, cancellationToken), cancellationToken);
    }

    /// <summary>Adds one to the count and wakes a sleeper; false, changing nothing, when the count is at its bound.</summary>
    public bool Give()
    {
        _block.ThrowIfDisposed();
        int bound = Bound;
        int count = Volatile.Read(ref *_count);
        while (true)
        {
            if (bound >= 0 && count >= bound)
            {
                return false;
            }

            int seen = Interlocked.CompareExchange(ref *_count, count + 1, count);
            if (seen == count)
            {
                break;
            }

            count = seen;
        }

        if (Volatile.Read(ref *_sleepers) > 0)
        {
            AddressWait.Wake(_count, 1);
        }

        return true;
    }
}
