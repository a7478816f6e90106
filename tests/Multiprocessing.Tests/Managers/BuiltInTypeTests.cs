namespace Multiprocessing.Tests.Managers;

/// <summary>The manager's built-in types beyond list and dictionary, used from real child processes.</summary>
public sealed class BuiltInTypeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_semaphore_lets_at_most_its_count_of_children_in_at_once()
    {
        await using var manager = await Manager.StartAsync();
        var semaphore = manager.Semaphore(2);
        var inside = manager.List<int>();
        var children = Enumerable.Range(0, 5).Select(_ => Process.Create(BuiltInEntries.EnterSemaphore, semaphore, inside)).ToList();
        children.ForEach(p => p.Start());
        await JoinAll(children);

        // Each child appended +1 after acquiring and -1 before releasing; the server ran the appends one at a time.
        var events = inside.Snapshot();
        Assert.Equal(10, events.Count);
        int running = 0, most = 0;
        foreach (int change in events)
        {
            running += change;
            most = Math.Max(most, running);
        }

        Assert.Equal(0, running);
        Assert.InRange(most, 1, 2);
        Assert.Equal(2, semaphore.CurrentCount);
    }

    [Fact]
    public async Task Semaphores_time_out_refuse_when_empty_and_a_bounded_one_refuses_an_extra_release()
    {
        await using var manager = await Manager.StartAsync();
        var semaphore = manager.Semaphore(1);
        Assert.True(semaphore.TryAcquire());
        Assert.False(semaphore.TryAcquire());
        Assert.False(semaphore.Acquire(TimeSpan.FromMilliseconds(50)));
        Assert.False(await semaphore.AcquireAsync(TimeSpan.FromMilliseconds(50)));
        semaphore.Release(2);
        Assert.Equal(2, semaphore.CurrentCount);

        var bounded = manager.BoundedSemaphore(1);
        Assert.True(bounded.IsBounded);
        using (bounded.EnterScope())
        {
            Assert.Equal(0, bounded.CurrentCount);
        }

        var failure = Assert.Throws<RemoteException>(() => bounded.Release());
        Assert.Equal(typeof(SemaphoreFullException).FullName, failure.RemoteTypeName);
        Assert.Throws<ArgumentOutOfRangeException>(() => bounded.Acquire(TimeSpan.FromMilliseconds(-5)));
    }

    [Fact]
    public async Task A_cancelled_asynchronous_acquire_takes_no_permit()
    {
        await using var manager = await Manager.StartAsync();
        var semaphore = manager.Semaphore(0);
        using var cancel = new CancellationTokenSource();
        var waiting = semaphore.AcquireAsync(cancel.Token);
        await Until(() => semaphore.Waiting == 1);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Patience));
        await Until(() => semaphore.Waiting == 0);
        semaphore.Release();
        Assert.True(semaphore.TryAcquire());
    }

    [Fact]
    public async Task A_condition_wakes_a_child_waiting_for_a_value()
    {
        await using var manager = await Manager.StartAsync();
        var condition = manager.Condition();
        var state = manager.Value("wait");
        using var child = Process.Create(BuiltInEntries.WaitForGo, condition, state);
        child.Start();
        await Until(() => condition.Waiting == 1);
        using (condition.EnterScope())
        {
            state.Value = "go";
            condition.NotifyAll();
        }

        Assert.True(await child.Result.WaitAsync(Patience));
        Assert.Equal("go, seen", state.Value);
    }

    [Fact]
    public async Task A_condition_wait_times_out_and_notify_without_the_lock_is_refused()
    {
        await using var manager = await Manager.StartAsync();
        var condition = manager.Condition();
        var refused = Assert.Throws<RemoteException>(() => condition.Notify());
        Assert.Equal(typeof(SynchronizationLockException).FullName, refused.RemoteTypeName);
        Assert.Equal(typeof(SynchronizationLockException).FullName, Assert.Throws<RemoteException>(() => condition.Wait(TimeSpan.Zero)).RemoteTypeName);

        condition.Acquire();
        condition.Acquire();
        Assert.False(condition.Wait(TimeSpan.FromMilliseconds(50)));
        Assert.False(condition.WaitFor(() => false, TimeSpan.FromMilliseconds(50)));

        // Taken back as often as it was held: two releases, and the third is refused.
        condition.Release();
        condition.Release();
        Assert.Throws<RemoteException>(() => condition.Release());
    }

    [Fact]
    public void A_reentrant_lock_belongs_to_one_thread_of_one_process()
    {
        // Synchronous on purpose: the owner is the calling thread, which an await could change.
        using var manager = Manager.Start();
        var rlock = manager.RLock();
        rlock.Acquire();
        Assert.True(rlock.Acquire(TimeSpan.Zero));
        Assert.Equal(2, rlock.RecursionCount);
        Assert.False(TryFromChild(rlock));

        var otherThread = Assert.Throws<AggregateException>(() => Task.Run(rlock.Release).Wait(Patience));
        Assert.Equal(typeof(SynchronizationLockException).FullName, Assert.IsType<RemoteException>(otherThread.InnerException).RemoteTypeName);
        rlock.Release();
        rlock.Release();
        Assert.False(rlock.IsLocked);
        Assert.True(TryFromChild(rlock));
        Assert.False(rlock.IsLocked);
    }

    [Fact]
    public async Task A_barrier_lets_children_and_the_parent_through_together()
    {
        await using var manager = await Manager.StartAsync();
        var barrier = manager.Barrier(4);
        var children = Enumerable.Range(0, 3).Select(_ => Process.Create(BuiltInEntries.PassBarrier, barrier)).ToList();
        children.ForEach(p => p.Start());
        int mine = await barrier.WaitAsync(Patience);
        var indices = new List<int> { mine };
        foreach (var child in children)
        {
            indices.Add(await child.Result.WaitAsync(Patience));
            child.Dispose();
        }

        Assert.Equal([0, 1, 2, 3], indices.Order());
        Assert.Equal(0, barrier.NWaiting);
        Assert.False(barrier.Broken);
    }

    [Fact]
    public async Task A_barrier_wait_that_times_out_breaks_it_until_reset()
    {
        await using var manager = await Manager.StartAsync();
        var barrier = manager.Barrier(2);
        Assert.Equal(2, barrier.Parties);
        Assert.Throws<BrokenBarrierException>(() => barrier.Wait(TimeSpan.FromMilliseconds(50)));
        Assert.True(barrier.Broken);
        await Assert.ThrowsAsync<BrokenBarrierException>(() => barrier.WaitAsync(Patience));
        barrier.Reset();
        Assert.False(barrier.Broken);
    }

    [Fact]
    public async Task A_queue_carries_every_item_of_two_producer_children_to_the_consumer()
    {
        await using var manager = await Manager.StartAsync();
        var queue = manager.Queue<int>(maxSize: 3);
        var producers = Enumerable.Range(0, 2).Select(i => Process.Create(BuiltInEntries.Produce, queue, i * 1000, 50)).ToList();
        producers.ForEach(p => p.Start());
        var received = new List<int>();
        for (int i = 0; i < 100; i++)
        {
            received.Add(queue.Get(Patience));
            queue.TaskDone();
        }

        await JoinAll(producers);
        Assert.Equal(Enumerable.Range(0, 50).Concat(Enumerable.Range(1000, 50)), received.Order());
        Assert.True(queue.IsEmpty);
        Assert.True(await queue.JoinAsync(Patience));
        Assert.Throws<QueueEmptyException>(() => queue.Get(TimeSpan.FromMilliseconds(20)));
        Assert.False(queue.TryGet(out _));
        Assert.True(queue.TryPut(1) && queue.TryPut(2) && queue.TryPut(3));
        Assert.True(queue.IsFull);
        Assert.False(queue.TryPut(4));
        Assert.Throws<QueueFullException>(() => queue.Put(4, TimeSpan.FromMilliseconds(20)));
        Assert.Equal(1, await queue.GetAsync());
        Assert.False(await queue.JoinAsync(TimeSpan.FromMilliseconds(20)));
    }

    [Fact]
    public async Task Value_increments_under_the_managers_lock_from_children_lose_nothing()
    {
        await using var manager = await Manager.StartAsync();
        var total = manager.Value(0);
        var managerLock = manager.Lock();
        var children = Enumerable.Range(0, 3).Select(_ => Process.Create(BuiltInEntries.IncrementValue, total, managerLock, 100)).ToList();
        children.ForEach(p => p.Start());
        BuiltInEntries.IncrementValue(total, managerLock, 100);
        await JoinAll(children);
        Assert.Equal(400, total.Value);
    }

    [Fact]
    public async Task An_array_and_a_namespace_are_written_by_a_child_and_read_by_the_parent()
    {
        await using var manager = await Manager.StartAsync();
        var squares = manager.Array<int>(5);
        var settings = manager.Namespace();
        using (var child = Process.Create(BuiltInEntries.FillArrayAndNamespace, squares, settings))
        {
            child.Start();
            await child.JoinAsync(Patience);
            Assert.Equal(0, child.ExitCode);
        }

        Assert.Equal([0, 1, 4, 9, 16], squares.ToArray());
        Assert.Equal(5, squares.Length);
        Assert.Equal("ada", settings.Get<string>("name"));
        Assert.Equal(3, settings.Get<int>("count"));
        Assert.Equal(["count", "name"], settings.Names.Order());
        Assert.Throws<KeyNotFoundException>(() => settings.Get<int>("missing"));
        Assert.True(settings.Remove("count"));
        Assert.False(settings.TryGet<int>("count", out _));
        Assert.Equal("System.ArgumentOutOfRangeException", Assert.Throws<RemoteException>(() => squares[5]).RemoteTypeName);
    }

    [Fact]
    public async Task An_event_wakes_a_child_and_times_out_when_unset()
    {
        await using var manager = await Manager.StartAsync();
        var ready = manager.Event();
        Assert.False(ready.Wait(TimeSpan.FromMilliseconds(20)));
        var gate = manager.Lock();
        Assert.True(gate.Acquire(TimeSpan.FromSeconds(5)));
        Assert.False(await Task.Run(() => gate.Acquire(TimeSpan.FromMilliseconds(20))));
        gate.Release();
        using var child = Process.Create(BuiltInEntries.WaitForEvent, ready);
        child.Start();
        ready.Set();
        Assert.True(await child.Result.WaitAsync(Patience));
        ready.Clear();
        Assert.False(ready.IsSet);
    }

    [Fact]
    public async Task The_server_survives_children_killed_while_waiting_and_while_holding()
    {
        await using var manager = await Manager.StartAsync();
        var semaphore = manager.Semaphore(0);
        var condition = manager.Condition();
        var managerLock = manager.Lock();
        var marks = manager.List<string>();

        using var semaphoreWaiter = Process.Create(BuiltInEntries.WaitForever, semaphore, condition, "semaphore");
        using var conditionWaiter = Process.Create(BuiltInEntries.WaitForever, semaphore, condition, "condition");
        using var holder = Process.Create(BuiltInEntries.HoldLockForever, managerLock, marks);
        semaphoreWaiter.Start();
        conditionWaiter.Start();
        holder.Start();
        await Until(() => semaphore.Waiting == 1 && condition.Waiting == 1 && marks.Count == 1);

        foreach (var child in new[] { semaphoreWaiter, conditionWaiter, holder })
        {
            child.Kill();
            await child.JoinAsync(Patience);
        }

        // The dead waiters are forgotten: the permit released next is there to take, and nobody waits on the condition.
        await Until(() => semaphore.Waiting == 0 && condition.Waiting == 0);
        semaphore.Release();
        Assert.True(semaphore.TryAcquire());
        using (condition.EnterScope())
        {
            condition.NotifyAll();
        }

        // A lock held by a process that died stays held, as in Python; everything else is served as before.
        Assert.True(managerLock.IsLocked);
        Assert.False(managerLock.TryAcquire());
        marks.Add("after");
        Assert.Equal(["holding", "after"], marks.Snapshot());
    }

    private static bool TryFromChild(RLockProxy rlock)
    {
        using var child = Process.Create(BuiltInEntries.TryTakeAndRelease, rlock);
        child.Start();
        Assert.True(child.Join(Patience));
        return child.Result.GetAwaiter().GetResult();
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true within 30 s.");
            await Task.Delay(10);
        }
    }

    private static async Task JoinAll(IEnumerable<Process> children)
    {
        foreach (var child in children)
        {
            await child.JoinAsync(Patience);
            Assert.Equal(0, child.ExitCode);
            child.Dispose();
        }
    }
}

/// <summary>The child sides of <see cref="BuiltInTypeTests"/>.</summary>
public static class BuiltInEntries
{
    [ProcessEntry]
    public static void EnterSemaphore(SemaphoreProxy semaphore, ListProxy<int> inside)
    {
        using (semaphore.EnterScope())
        {
            inside.Add(1);
            Thread.Sleep(50);
            inside.Add(-1);
        }
    }

    [ProcessEntry]
    public static bool WaitForGo(ConditionProxy condition, ValueProxy<string> state)
    {
        using (condition.EnterScope())
        {
            bool go = condition.WaitFor(() => state.Value == "go", TimeSpan.FromSeconds(30));
            state.Value += ", seen";
            return go;
        }
    }

    [ProcessEntry]
    public static bool TryTakeAndRelease(RLockProxy rlock)
    {
        if (!rlock.TryAcquire())
        {
            return false;
        }

        rlock.Release();
        return true;
    }

    [ProcessEntry]
    public static int PassBarrier(BarrierProxy barrier) => barrier.Wait(TimeSpan.FromSeconds(30));

    [ProcessEntry]
    public static void Produce(QueueProxy<int> queue, int first, int count)
    {
        for (int i = first; i < first + count; i++)
        {
            queue.Put(i);
        }
    }

    [ProcessEntry]
    public static void IncrementValue(ValueProxy<int> total, Proxy<ManagerLock> managerLock, int times)
    {
        for (int i = 0; i < times; i++)
        {
            using (managerLock.EnterScope())
            {
                total.Value += 1;
            }
        }
    }

    [ProcessEntry]
    public static void FillArrayAndNamespace(ArrayProxy<int> squares, NamespaceProxy settings)
    {
        for (int i = 0; i < squares.Length; i++)
        {
            squares[i] = i * i;
        }

        settings.Set("name", "ada");
        settings.Set("count", 3);
    }

    [ProcessEntry]
    public static bool WaitForEvent(Proxy<ManagerEvent> ready)
    {
        // Python's event.wait(): no timeout; the test's own cap bounds it.
        ready.Wait();
        return ready.IsSet;
    }

    [ProcessEntry]
    public static void WaitForever(SemaphoreProxy semaphore, ConditionProxy condition, string which)
    {
        if (which == "semaphore")
        {
            semaphore.Acquire();
        }
        else
        {
            condition.Acquire();
            condition.Wait();
        }
    }

    [ProcessEntry]
    public static void HoldLockForever(Proxy<ManagerLock> managerLock, ListProxy<string> marks)
    {
        managerLock.Acquire();
        marks.Add("holding");
        Thread.Sleep(Timeout.Infinite);
    }
}
