namespace Multiprocessing.Tests.Synchronization;

public sealed class ProcessConditionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AcquireAsync_takes_the_lock_of_a_condition_over_a_plain_lock()
    {
        using var plain = new ProcessLock();
        using var condition = new ProcessCondition(plain);
        await condition.AcquireAsync();
        Assert.False(plain.TryAcquire());
        condition.Release();
        Assert.True(plain.TryAcquire());
        plain.Release();
    }

    [Fact]
    public void Notify_n_wakes_exactly_n_of_three_waiting_children_and_notify_all_the_rest()
    {
        using var condition = new ProcessCondition();
        using var ready = new ProcessSemaphore(0);
        using var woken = new ProcessSemaphore(0);
        var children = Enumerable.Range(0, 3).Select(_ => Process.Create(SynchronizationEntries.WaitOnCondition, condition, ready, woken)).ToList();
        children.ForEach(p => p.Start());
        for (int i = 0; i < 3; i++)
        {
            Assert.True(ready.Acquire(Patience));
        }

        using (condition.EnterScope())
        {
            condition.Notify(2);
        }

        Assert.True(woken.Acquire(Patience));
        Assert.True(woken.Acquire(Patience));
        Assert.False(woken.Acquire(TimeSpan.FromMilliseconds(200)));

        using (condition.EnterScope())
        {
            condition.NotifyAll();
        }

        Assert.True(woken.Acquire(Patience));
        children.ForEach(p => p.Join());
        Assert.All(children, p => Assert.True(p.Result.IsCompletedSuccessfully && p.Result.Result));
    }

    [Fact]
    public void Waiting_or_notifying_without_the_lock_throws()
    {
        using var condition = new ProcessCondition();
        var exception = Assert.Throws<SynchronizationLockException>(() => condition.Wait(TimeSpan.Zero));
        Assert.Contains("Cannot wait", exception.Message);
        Assert.Throws<SynchronizationLockException>(() => condition.Notify());
        Assert.Throws<SynchronizationLockException>(condition.NotifyAll);

        using var plainLock = new ProcessLock();
        using var overPlainLock = new ProcessCondition(plainLock);
        Assert.Throws<SynchronizationLockException>(() => overPlainLock.Notify());
        using (overPlainLock.EnterScope())
        {
            overPlainLock.Notify();
        }
    }

    [Fact]
    public void A_wait_that_is_not_notified_times_out_with_false_and_holds_the_lock_again()
    {
        using var rlock = new ProcessRLock();
        using var condition = new ProcessCondition(rlock);
        rlock.Acquire();
        rlock.Acquire();
        Assert.False(condition.Wait(TimeSpan.FromMilliseconds(50)));
        Assert.Equal(2, rlock.RecursionCount);
        Assert.False(condition.WaitFor(() => false, TimeSpan.FromMilliseconds(30)));
        Assert.True(condition.WaitFor(() => true, TimeSpan.Zero));
        rlock.Release();
        rlock.Release();
    }

    [Fact]
    public void Wait_for_returns_when_a_child_makes_the_predicate_true_under_a_plain_lock()
    {
        using var plainLock = new ProcessLock();
        using var condition = new ProcessCondition(plainLock);
        using var value = new SharedValue<int>(0, withLock: false);
        using var child = Process.Create(SynchronizationEntries.SetValueAndNotifyAll, condition, value, 5);
        using (condition.EnterScope())
        {
            // The child cannot take the lock until this wait lets go of it.
            child.Start();
            Assert.True(condition.WaitFor(() => value.Value == 5, Patience));
            Assert.Equal(Environment.ProcessId, plainLock.HolderPid);
        }

        child.Join();
        Assert.Equal(0, child.ExitCode);
    }

    [Fact]
    public void A_wait_on_a_recursively_held_lock_lets_a_child_in_and_restores_the_recursion()
    {
        using var rlock = new ProcessRLock();
        using var condition = new ProcessCondition(rlock);
        using var value = new SharedValue<int>(0, withLock: false);
        using var child = Process.Create(SynchronizationEntries.SetValueAndNotifyAll, condition, value, 7);
        rlock.Acquire();
        rlock.Acquire();
        child.Start();
        Assert.True(condition.WaitFor(() => value.Value == 7, Patience));
        Assert.Equal(2, rlock.RecursionCount);
        rlock.Release();
        rlock.Release();
        child.Join();
        Assert.Equal(0, child.ExitCode);
    }

    [Fact]
    public async Task An_asynchronous_wait_is_notified_by_a_child_times_out_or_is_cancelled_and_holds_the_lock_again()
    {
        using var plainLock = new ProcessLock();
        using var condition = new ProcessCondition(plainLock);
        using var value = new SharedValue<int>(0, withLock: false);
        using var child = Process.Create(SynchronizationEntries.SetValueAndNotifyAll, condition, value, 3);
        condition.Acquire();

        // The child cannot take the lock until this wait lets go of it.
        child.Start();
        Assert.True(await condition.WaitAsync(Patience));
        Assert.Equal(3, value.Value);
        Assert.Equal(Environment.ProcessId, plainLock.HolderPid);

        Assert.False(await condition.WaitAsync(TimeSpan.FromMilliseconds(30)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => condition.WaitAsync(cancellation.Token));
        Assert.Equal(Environment.ProcessId, plainLock.HolderPid);
        condition.Release();
        await child.JoinAsync();
        Assert.Equal(0, child.ExitCode);
    }
}
