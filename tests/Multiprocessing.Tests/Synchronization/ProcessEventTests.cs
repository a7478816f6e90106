namespace Multiprocessing.Tests.Synchronization;

public sealed class ProcessEventTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Events_carry_a_signal_to_a_child_and_back()
    {
        using var go = new ProcessEvent();
        using var done = new ProcessEvent();
        using var child = Process.Create(SharingEntries.WaitThenSet, go, done);
        child.Start();

        Assert.False(done.Wait(TimeSpan.FromMilliseconds(100)));
        go.Set();
        Assert.True(done.Wait(Patience));
        Assert.True(await child.Result);
    }

    [Fact]
    public void Wait_returns_at_once_when_set_and_times_out_when_not()
    {
        using var processEvent = new ProcessEvent();
        Assert.False(processEvent.IsSet);
        Assert.False(processEvent.Wait(TimeSpan.Zero));
        Assert.False(processEvent.Wait(TimeSpan.FromMilliseconds(30)));

        processEvent.Set();
        Assert.True(processEvent.IsSet);
        Assert.True(processEvent.Wait(TimeSpan.Zero));
        processEvent.Wait();

        processEvent.Clear();
        Assert.False(processEvent.IsSet);
        Assert.False(processEvent.Wait(TimeSpan.FromMilliseconds(10)));
    }

    [Fact]
    public async Task An_asynchronous_wait_completes_on_set_and_can_be_cancelled()
    {
        using var processEvent = new ProcessEvent();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => processEvent.WaitAsync(cancellation.Token));
        Assert.False(await processEvent.WaitAsync(TimeSpan.FromMilliseconds(20)));

        var waiting = processEvent.WaitAsync();
        processEvent.Set();
        await waiting.WaitAsync(Patience);
    }
}
