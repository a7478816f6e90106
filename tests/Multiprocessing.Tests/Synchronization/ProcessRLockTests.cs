namespace Multiprocessing.Tests.Synchronization;

public sealed class ProcessRLockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void The_owning_thread_reacquires_and_the_lock_is_free_after_as_many_releases()
    {
        using var rlock = new ProcessRLock();
        Assert.True(rlock.TryAcquire());
        Assert.True(rlock.Acquire(TimeSpan.Zero));
        using (rlock.EnterScope())
        {
            Assert.Equal(3, rlock.RecursionCount);
        }

        rlock.Release();
        Assert.True(rlock.IsHeldByCurrentThread);
        Assert.Equal(1, rlock.RecursionCount);
        rlock.Release();
        Assert.False(rlock.IsHeldByCurrentThread);
        Assert.Equal(0, rlock.HolderPid);
        Assert.Throws<SynchronizationLockException>(rlock.Release);
    }

    [Fact]
    public void Another_thread_of_the_same_process_waits_and_cannot_release()
    {
        using var rlock = new ProcessRLock();
        rlock.Acquire();
        bool acquired = true;
        Exception? releaseFailure = null;
        var other = new Thread(() =>
        {
            acquired = rlock.Acquire(TimeSpan.FromMilliseconds(50));
            releaseFailure = Record(rlock.Release);
        });
        other.Start();
        other.Join();

        Assert.False(acquired);
        Assert.IsType<SynchronizationLockException>(releaseFailure);
        rlock.Release();
    }

    [Fact]
    public void A_child_holding_it_makes_the_parent_time_out_and_the_parent_cannot_release_it()
    {
        using var rlock = new ProcessRLock();
        using var acquired = new ProcessEvent();
        using var release = new ProcessEvent();
        using var child = Process.Create(SynchronizationEntries.HoldRLockTwiceUntilSet, rlock, acquired, release);
        child.Start();
        Assert.True(acquired.Wait(Patience));

        Assert.Equal(child.Pid, rlock.HolderPid);
        Assert.False(rlock.Acquire(TimeSpan.FromMilliseconds(100)));
        Assert.False(rlock.TryAcquire());
        var exception = Assert.Throws<SynchronizationLockException>(rlock.Release);
        Assert.Contains("does not hold it", exception.Message);

        release.Set();
        Assert.True(rlock.Acquire(Patience));
        rlock.Release();
        child.Join();
        Assert.Equal(2, ResultOf(child));
    }

    [Fact]
    public void A_child_releasing_a_lock_the_parent_holds_gets_an_exception()
    {
        // Synchronous on purpose: the owner is this thread, which an await could leave.
        using var rlock = new ProcessRLock();
        rlock.Acquire();
        using var child = Process.Create(SynchronizationEntries.ReleaseRLockNotHeld, rlock);
        child.Start();
        child.Join();
        Assert.True(ResultOf(child));
        Assert.True(rlock.IsHeldByCurrentThread);
        rlock.Release();
    }

    [Fact]
    public void A_lock_whose_owner_was_killed_is_taken_over_and_reported_as_abandoned()
    {
        using var rlock = new ProcessRLock();
        using var acquired = new ProcessEvent();
        using var child = Process.Create(SynchronizationEntries.HoldRLockForever, rlock, acquired);
        child.Start();
        Assert.True(acquired.Wait(Patience));
        child.Kill();
        child.Join();

        var exception = Assert.Throws<AbandonedLockException>(rlock.Acquire);
        Assert.Equal(child.Pid, exception.OwnerPid);
        Assert.True(rlock.IsHeldByCurrentThread);
        Assert.Equal(1, rlock.RecursionCount);
        rlock.Release();
        Assert.Equal(0, rlock.HolderPid);
    }

    [Fact]
    public async Task An_asynchronous_acquire_can_be_cancelled()
    {
        using var rlock = new ProcessRLock();
        using var acquired = new ProcessEvent();
        using var release = new ProcessEvent();
        using var child = Process.Create(SynchronizationEntries.HoldRLockTwiceUntilSet, rlock, acquired, release);
        child.Start();
        Assert.True(acquired.Wait(Patience));

        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rlock.AcquireAsync(cancellation.Token));
        Assert.False(await rlock.AcquireAsync(TimeSpan.FromMilliseconds(30)));
        release.Set();
        Assert.Equal(2, await child.Result);
    }

    private static T ResultOf<T>(Process<T> process) => process.Result.GetAwaiter().GetResult();

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
