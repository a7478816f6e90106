namespace Multiprocessing.Tests.Synchronization;

public sealed class ProcessLockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Children_incrementing_a_value_under_its_lock_lose_no_update()
    {
        const int Children = 4;
        const int Times = 5_000;
        using var counter = new SharedValue<int>(0);
        var children = Enumerable.Range(0, Children).Select(_ => Process.Create(SharingEntries.IncrementLocked, counter, Times)).ToList();
        children.ForEach(p => p.Start());
        children.ForEach(p => p.Join());

        Assert.All(children, p => Assert.Equal(0, p.ExitCode));
        Assert.Equal(Children * Times, counter.Value);
    }

    [Fact]
    public void Acquire_with_a_timeout_returns_false_while_another_process_holds_the_lock()
    {
        using var processLock = new ProcessLock();
        using var acquired = new ProcessEvent();
        using var release = new ProcessEvent();
        using var child = Process.Create(SharingEntries.HoldLockUntilSet, processLock, acquired, release);
        child.Start();
        Assert.True(acquired.Wait(Patience));

        Assert.Equal(child.Pid, processLock.HolderPid);
        Assert.False(processLock.Acquire(TimeSpan.FromMilliseconds(100)));
        Assert.False(processLock.TryAcquire());

        release.Set();
        Assert.True(processLock.Acquire(Patience));
        Assert.Equal(Environment.ProcessId, processLock.HolderPid);
        processLock.Release();
        child.Join();
        Assert.Equal(0, child.ExitCode);
    }

    [Fact]
    public void Releasing_a_lock_nobody_holds_throws()
    {
        using var processLock = new ProcessLock();
        Assert.Throws<SynchronizationLockException>(processLock.Release);

        processLock.Acquire();
        processLock.Release();
        var exception = Assert.Throws<SynchronizationLockException>(processLock.Release);
        Assert.Contains("no process holds it", exception.Message);
    }

    [Fact]
    public void A_scope_holds_the_lock_until_disposed_and_the_lock_is_not_reentrant()
    {
        using var processLock = new ProcessLock();
        using (processLock.EnterScope())
        {
            Assert.False(processLock.TryAcquire());
            Assert.False(processLock.Acquire(TimeSpan.FromMilliseconds(20)));
        }

        Assert.True(processLock.TryAcquire());
        processLock.Release();
    }

    [Fact]
    public async Task An_asynchronous_acquire_can_be_cancelled_and_then_succeeds_once_released()
    {
        using var processLock = new ProcessLock();
        processLock.Acquire();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => processLock.AcquireAsync(cancellation.Token));
        Assert.False(await processLock.AcquireAsync(TimeSpan.FromMilliseconds(50)));

        var waiting = processLock.AcquireAsync();
        processLock.Release();
        await waiting.WaitAsync(Patience);
        Assert.Equal(Environment.ProcessId, processLock.HolderPid);
        processLock.Release();
    }

    [Fact]
    public void A_lock_whose_holder_was_killed_is_taken_over_and_reported_as_abandoned()
    {
        using var processLock = new ProcessLock();
        using var acquired = new ProcessEvent();
        using var child = Process.Create(SharingEntries.HoldLockForever, processLock, acquired);
        child.Start();
        Assert.True(acquired.Wait(Patience));
        child.Kill();
        child.Join();

        var exception = Assert.Throws<AbandonedLockException>(processLock.Acquire);
        Assert.Equal(child.Pid, exception.OwnerPid);
        Assert.Equal(Environment.ProcessId, processLock.HolderPid);
        processLock.Release();
        Assert.True(processLock.TryAcquire());
        processLock.Release();
    }

    [Fact]
    public async Task A_waiter_already_asleep_when_the_holder_is_killed_takes_the_lock_over()
    {
        using var processLock = new ProcessLock();
        using var acquired = new ProcessEvent();
        using var child = Process.Create(SharingEntries.HoldLockForever, processLock, acquired);
        child.Start();
        Assert.True(acquired.Wait(Patience));

        var waiting = processLock.AcquireAsync();
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        child.Kill();

        var exception = await Assert.ThrowsAsync<AbandonedLockException>(() => waiting.WaitAsync(Patience));
        Assert.Equal(child.Pid, exception.OwnerPid);
        processLock.Release();
    }
}
