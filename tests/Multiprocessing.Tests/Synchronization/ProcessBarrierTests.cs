using System.Diagnostics;

namespace Multiprocessing.Tests.Synchronization;

public sealed class ProcessBarrierTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Three_children_and_the_parent_pass_three_generations_with_distinct_indices_and_one_action_each()
    {
        const int Rounds = 3;
        using var indexBits = new SharedValue<long>(0, withLock: false);
        using var actionRuns = new SharedValue<int>(0, withLock: false);
        using var barrier = new ProcessBarrier(4, () => Interlocked.Increment(ref actionRuns.GetReference()));
        Assert.Equal(4, barrier.Parties);
        var children = Enumerable.Range(0, 3).Select(_ => Process.Create(SynchronizationEntries.PassBarrierRounds, barrier, indexBits, actionRuns, Rounds)).ToList();
        children.ForEach(p => p.Start());
        for (int round = 0; round < Rounds; round++)
        {
            SynchronizationEntries.RecordArrival(barrier, indexBits, round);
        }

        children.ForEach(p => p.Join());
        Assert.All(children, p => Assert.Equal(0, p.ExitCode));
        Assert.Equal((1L << (Rounds * 4)) - 1, indexBits.Value);
        Assert.Equal(Rounds, actionRuns.Value);
        Assert.False(barrier.Broken);
        Assert.Equal(0, barrier.NWaiting);
    }

    [Fact]
    public async Task A_timeout_breaks_the_barrier_until_reset()
    {
        using var barrier = new ProcessBarrier(2);
        var exception = Assert.Throws<BrokenBarrierException>(() => barrier.Wait(TimeSpan.FromMilliseconds(50)));
        Assert.Contains("timed out", exception.Message);
        Assert.True(barrier.Broken);
        Assert.Throws<BrokenBarrierException>(() => barrier.Wait(Patience));

        barrier.Reset();
        Assert.False(barrier.Broken);
        using var child = Process.Create(SynchronizationEntries.WaitOnBarrier, barrier);
        child.Start();
        int mine = barrier.Wait(Patience);
        int theirs = await child.Result;
        Assert.Equal(1, mine + theirs);
    }

    [Fact]
    public void A_default_timeout_given_to_the_constructor_applies_to_waits_without_one()
    {
        using var barrier = new ProcessBarrier(2, timeout: TimeSpan.FromMilliseconds(30));
        Assert.Throws<BrokenBarrierException>(() => barrier.Wait());
        Assert.True(barrier.Broken);
    }

    [Fact]
    public async Task Abort_wakes_a_waiting_child_with_the_exception()
    {
        using var barrier = new ProcessBarrier(2);
        using var child = Process.Create(SynchronizationEntries.WaitOnBarrier, barrier);
        child.Start();
        await WaitUntil(() => barrier.NWaiting == 1);

        barrier.Abort();
        Assert.Equal(-1, await child.Result);
        Assert.True(barrier.Broken);
        Assert.Equal(0, barrier.NWaiting);
    }

    [Fact]
    public async Task Reset_wakes_a_waiting_child_with_the_exception_and_leaves_the_barrier_usable()
    {
        using var barrier = new ProcessBarrier(2);
        using var first = Process.Create(SynchronizationEntries.WaitOnBarrier, barrier);
        first.Start();
        await WaitUntil(() => barrier.NWaiting == 1);

        barrier.Reset();
        Assert.Equal(-1, await first.Result);
        Assert.False(barrier.Broken);

        using var second = Process.Create(SynchronizationEntries.WaitOnBarrier, barrier);
        second.Start();
        Assert.InRange(barrier.Wait(Patience), 0, 1);
        Assert.InRange(await second.Result, 0, 1);
    }

    [Fact]
    public void An_action_that_throws_breaks_the_barrier_and_reaches_the_party_that_ran_it()
    {
        using var barrier = new ProcessBarrier(1, () => throw new InvalidOperationException("action failed"));
        Assert.Throws<InvalidOperationException>(() => barrier.Wait());
        Assert.True(barrier.Broken);

        barrier.Reset();
        barrier.SetAction(null);
        Assert.Equal(0, barrier.Wait());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProcessBarrier(0));
    }

    [Fact]
    public async Task An_asynchronous_wait_passes_with_a_child_and_cancelling_one_breaks_the_barrier()
    {
        using var barrier = new ProcessBarrier(2);
        using var child = Process.Create(SynchronizationEntries.WaitOnBarrier, barrier);
        child.Start();
        int mine = await barrier.WaitAsync(Patience);
        Assert.Equal(1, mine + await child.Result);

        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => barrier.WaitAsync(cancellationToken: cancellation.Token));
        Assert.True(barrier.Broken);
        await Assert.ThrowsAsync<BrokenBarrierException>(() => barrier.WaitAsync(Patience));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, "The condition did not become true in time.");
            await Task.Delay(5);
        }
    }
}
