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
}
