namespace Multiprocessing.Tests.Synchronization;

public sealed class ProcessSemaphoreTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_semaphore_of_two_lets_at_most_two_of_three_children_in_at_once()
    {
        using var semaphore = new ProcessSemaphore(2);
        using var inside = new SharedValue<int>(0, withLock: false);
        using var peak = new SharedValue<int>(0, withLock: false);
        var children = Enumerable.Range(0, 3).Select(_ => Process.Create(SynchronizationEntries.CountInsideSemaphore, semaphore, inside, peak, 30)).ToList();
        children.ForEach(p => p.Start());
        children.ForEach(p => p.Join());

        Assert.All(children, p => Assert.Equal(0, p.ExitCode));
        Assert.InRange(peak.Value, 1, 2);
        Assert.Equal(0, inside.Value);
        Assert.Equal(2, semaphore.CurrentCount);
    }

    [Fact]
    public void Acquire_times_out_at_zero_and_succeeds_once_a_child_releases()
    {
        using var semaphore = new ProcessSemaphore(0);
        Assert.False(semaphore.TryAcquire());
        Assert.False(semaphore.Acquire(TimeSpan.Zero));
        Assert.False(semaphore.Acquire(TimeSpan.FromMilliseconds(50)));

        using var child = Process.Create(SynchronizationEntries.ReleaseSemaphore, semaphore, 2);
        child.Start();
        Assert.True(semaphore.Acquire(Patience));
        Assert.True(semaphore.Acquire(Patience));
        child.Join();
        Assert.Equal(0, child.ExitCode);
        Assert.Equal(0, semaphore.CurrentCount);
    }

    [Fact]
    public void A_plain_semaphore_may_be_released_above_its_initial_count()
    {
        using var semaphore = new ProcessSemaphore(1);
        semaphore.Release();
        Assert.Equal(2, semaphore.CurrentCount);
        using (semaphore.EnterScope())
        {
            Assert.Equal(1, semaphore.CurrentCount);
        }

        Assert.Equal(2, semaphore.CurrentCount);
    }

    [Fact]
    public async Task An_asynchronous_acquire_can_be_cancelled_and_is_woken_by_a_release()
    {
        using var semaphore = new ProcessSemaphore(0);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => semaphore.AcquireAsync(cancellation.Token));
        Assert.False(await semaphore.AcquireAsync(TimeSpan.FromMilliseconds(30)));

        var waiting = semaphore.AcquireAsync();
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        using var child = Process.Create(SynchronizationEntries.ReleaseSemaphore, semaphore, 1);
        child.Start();
        await waiting.WaitAsync(Patience);
        await child.JoinAsync();
        Assert.Equal(0, semaphore.CurrentCount);
    }

    [Fact]
    public void A_bounded_semaphore_throws_on_a_release_past_its_initial_count()
    {
        using var semaphore = new ProcessBoundedSemaphore(2);
        Assert.Equal(2, semaphore.MaximumCount);
        var exception = Assert.Throws<SemaphoreFullException>(semaphore.Release);
        Assert.Contains("released more times than acquired", exception.Message);
        Assert.Equal(2, semaphore.CurrentCount);

        Assert.True(semaphore.TryAcquire());
        Assert.True(semaphore.Acquire(TimeSpan.Zero));
        Assert.False(semaphore.Acquire(TimeSpan.FromMilliseconds(30)));
        semaphore.Release();
        semaphore.Release();
        Assert.Throws<SemaphoreFullException>(semaphore.Release);
    }

    [Fact]
    public async Task A_child_over_releasing_a_bounded_semaphore_gets_the_exception()
    {
        using var semaphore = new ProcessBoundedSemaphore(1);
        using var child = Process.Create(SynchronizationEntries.OverReleaseBoundedSemaphore, semaphore);
        child.Start();
        Assert.True(await child.Result);
        Assert.Equal(1, semaphore.CurrentCount);
    }
}
