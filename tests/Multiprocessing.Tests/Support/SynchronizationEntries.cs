namespace Multiprocessing.Tests;

/// <summary>The entries the RLock, semaphore, condition and barrier tests start in real child processes.</summary>
public static class SynchronizationEntries
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [ProcessEntry]
    public static int HoldRLockTwiceUntilSet(ProcessRLock rlock, ProcessEvent acquired, ProcessEvent release)
    {
        rlock.Acquire();
        rlock.Acquire();
        int depth = rlock.RecursionCount;
        acquired.Set();
        release.Wait(Patience);
        rlock.Release();
        rlock.Release();
        return depth;
    }

    [ProcessEntry]
    public static bool ReleaseRLockNotHeld(ProcessRLock rlock)
    {
        try
        {
            rlock.Release();
            return false;
        }
        catch (SynchronizationLockException)
        {
            return true;
        }
    }

    [ProcessEntry]
    public static void HoldRLockForever(ProcessRLock rlock, ProcessEvent acquired)
    {
        rlock.Acquire();
        rlock.Acquire();
        acquired.Set();
        Thread.Sleep(Timeout.Infinite);
    }

    [ProcessEntry]
    public static void CountInsideSemaphore(ProcessSemaphore semaphore, SharedValue<int> inside, SharedValue<int> peak, int rounds)
    {
        for (int i = 0; i < rounds; i++)
        {
            using (semaphore.EnterScope())
            {
                int now = Interlocked.Increment(ref inside.GetReference());
                int seen = peak.Value;
                while (now > seen && Interlocked.CompareExchange(ref peak.GetReference(), now, seen) != seen)
                {
                    seen = peak.Value;
                }

                Thread.Sleep(1);
                Interlocked.Decrement(ref inside.GetReference());
            }
        }
    }

    [ProcessEntry]
    public static void ReleaseSemaphore(ProcessSemaphore semaphore, int times)
    {
        for (int i = 0; i < times; i++)
        {
            semaphore.Release();
        }
    }

    [ProcessEntry]
    public static bool OverReleaseBoundedSemaphore(ProcessBoundedSemaphore semaphore)
    {
        semaphore.Acquire();
        semaphore.Release();
        try
        {
            semaphore.Release();
            return false;
        }
        catch (SemaphoreFullException)
        {
            return true;
        }
    }

    [ProcessEntry]
    public static bool WaitOnCondition(ProcessCondition condition, ProcessSemaphore ready, ProcessSemaphore woken)
    {
        using (condition.EnterScope())
        {
            // Still holding the lock: the parent cannot notify before this wait has begun.
            ready.Release();
            bool notified = condition.Wait(Patience);
            woken.Release();
            return notified;
        }
    }

    [ProcessEntry]
    public static void SetValueAndNotifyAll(ProcessCondition condition, SharedValue<int> value, int newValue)
    {
        using (condition.EnterScope())
        {
            value.Value = newValue;
            condition.NotifyAll();
        }
    }

    [ProcessEntry]
    public static void PassBarrierRounds(ProcessBarrier barrier, SharedValue<long> indexBits, SharedValue<int> actionRuns, int rounds)
    {
        barrier.SetAction(() => Interlocked.Increment(ref actionRuns.GetReference()));
        for (int round = 0; round < rounds; round++)
        {
            RecordArrival(barrier, indexBits, round);
        }
    }

    /// <summary>Waits at the barrier and sets bit <c>round * Parties + index</c>, so that a repeated index would leave a bit unset.</summary>
    public static void RecordArrival(ProcessBarrier barrier, SharedValue<long> indexBits, int round)
    {
        int index = barrier.Wait(Patience);
        Interlocked.Or(ref indexBits.GetReference(), 1L << (round * barrier.Parties + index));
    }

    [ProcessEntry]
    public static int WaitOnBarrier(ProcessBarrier barrier)
    {
        try
        {
            return barrier.Wait(Patience);
        }
        catch (BrokenBarrierException)
        {
            return -1;
        }
    }
}
