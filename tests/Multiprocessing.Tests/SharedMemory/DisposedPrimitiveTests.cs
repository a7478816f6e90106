namespace Multiprocessing.Tests.SharedMemoryBlocks;

/// <summary>A primitive used after Dispose throws a catchable exception; it never crashes the process.</summary>
public sealed class DisposedPrimitiveTests
{
    [Fact]
    public void Every_primitive_used_after_dispose_throws_ObjectDisposedException()
    {
        var processLock = new ProcessLock();
        processLock.Dispose();
        Assert.Throws<ObjectDisposedException>(processLock.Acquire);
        Assert.Throws<ObjectDisposedException>(processLock.Release);

        var processEvent = new ProcessEvent();
        processEvent.Dispose();
        Assert.Throws<ObjectDisposedException>(processEvent.Set);
        Assert.Throws<ObjectDisposedException>(() => processEvent.IsSet);

        var value = new SharedValue<int>(5);
        value.Dispose();
        Assert.Throws<ObjectDisposedException>(() => value.Value);

        var semaphore = new ProcessSemaphore(1);
        semaphore.Dispose();
        Assert.Throws<ObjectDisposedException>(semaphore.Acquire);

        var reentrant = new ProcessRLock();
        reentrant.Dispose();
        Assert.Throws<ObjectDisposedException>(reentrant.Acquire);

        var barrier = new ProcessBarrier(2);
        barrier.Dispose();
        Assert.Throws<ObjectDisposedException>(() => barrier.Wait(TimeSpan.FromMilliseconds(10)));
    }
}
