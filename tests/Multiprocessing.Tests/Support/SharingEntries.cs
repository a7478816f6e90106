namespace Multiprocessing.Tests;

/// <summary>The entries the lock, event and shared memory tests start in real child processes.</summary>
public static class SharingEntries
{
    [ProcessEntry]
    public static void IncrementLocked(SharedValue<int> counter, int times)
    {
        for (int i = 0; i < times; i++)
        {
            using (counter.EnterScope())
            {
                counter.Value++;
            }
        }
    }

    [ProcessEntry]
    public static void HoldLockUntilSet(ProcessLock processLock, ProcessEvent acquired, ProcessEvent release)
    {
        processLock.Acquire();
        acquired.Set();
        release.Wait();
        processLock.Release();
    }

    [ProcessEntry]
    public static void HoldLockForever(ProcessLock processLock, ProcessEvent acquired)
    {
        processLock.Acquire();
        acquired.Set();
        Thread.Sleep(Timeout.Infinite);
    }

    [ProcessEntry]
    public static bool WaitThenSet(ProcessEvent go, ProcessEvent done)
    {
        bool set = go.Wait(TimeSpan.FromSeconds(30));
        done.Set();
        return set;
    }

    [ProcessEntry]
    public static void HoldBlockForever(SharedMemory block, ProcessEvent attached)
    {
        attached.Set();
        Thread.Sleep(Timeout.Infinite);
    }

    [ProcessEntry]
    public static int FillBlock(SharedMemory block, byte value)
    {
        block.Span.Fill(value);
        return block.Size;
    }

    [ProcessEntry]
    public static long AddToRawValue(SharedValue<long> value, long amount)
    {
        Interlocked.Add(ref value.GetReference(), amount);
        return value.Value;
    }
}
