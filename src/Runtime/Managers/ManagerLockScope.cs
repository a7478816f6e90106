using Multiprocessing.Managers;

namespace Multiprocessing;

/// <summary>The blocking forms of a manager's lock and event, and Python's <c>with lock:</c> (<c>using (lk.EnterScope()) { ... }</c>).</summary>
public static class ManagerLockExtensions
{
    /// <summary>Waits until the lock is free and takes it.</summary>
    /// <param name="managerLock">A proxy of a manager's lock.</param>
    public static void Acquire(this Proxy<ManagerLock> managerLock) => managerLock.Acquire(Timeout.InfiniteTimeSpan);

    /// <summary>Takes the lock if it becomes free within <paramref name="timeout"/>, as <see cref="ProcessLock.Acquire(TimeSpan)"/> does.</summary>
    /// <param name="managerLock">A proxy of a manager's lock.</param>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once.</param>
    /// <returns>Whether the lock was taken.</returns>
    public static bool Acquire(this Proxy<ManagerLock> managerLock, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(managerLock);
        Synchronization.WaitTimeout.ToMilliseconds(timeout);
        return managerLock.AcquireAsync(timeout, ManagerClient.Blocking).GetAwaiter().GetResult();
    }

    /// <summary>Takes the lock if it is free now (Python's <c>acquire(False)</c>).</summary>
    /// <param name="managerLock">A proxy of a manager's lock.</param>
    /// <returns>Whether the lock was taken.</returns>
    public static bool TryAcquire(this Proxy<ManagerLock> managerLock) => managerLock.Acquire(TimeSpan.Zero);

    /// <summary>Waits until the lock is free and takes it, without blocking the calling thread.</summary>
    /// <param name="managerLock">A proxy of a manager's lock.</param>
    /// <param name="cancellationToken">Stops waiting; the lock is then not taken.</param>
    public static Task AcquireAsync(this Proxy<ManagerLock> managerLock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(managerLock);
        return managerLock.AcquireAsync(Timeout.InfiniteTimeSpan, cancellationToken);
    }

    /// <summary>Acquires the lock and returns a scope whose <c>Dispose</c> releases it.</summary>
    /// <param name="managerLock">A proxy of a manager's lock.</param>
    public static ManagerLockScope EnterScope(this Proxy<ManagerLock> managerLock)
    {
        managerLock.Acquire();
        return new ManagerLockScope(managerLock);
    }

    /// <summary>Waits until the event is set: Python's <c>event.wait()</c>.</summary>
    /// <param name="managerEvent">A proxy of a manager's event.</param>
    public static void Wait(this Proxy<ManagerEvent> managerEvent) => managerEvent.Wait(Timeout.InfiniteTimeSpan);

    /// <summary>Waits until the event is set, at most <paramref name="timeout"/>; whether it was set.</summary>
    /// <param name="managerEvent">A proxy of a manager's event.</param>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits for good.</param>
    public static bool Wait(this Proxy<ManagerEvent> managerEvent, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(managerEvent);
        Synchronization.WaitTimeout.ToMilliseconds(timeout);
        return managerEvent.WaitAsync(timeout, ManagerClient.Blocking).GetAwaiter().GetResult();
    }
}

/// <summary>A held manager's lock, released by <see cref="Dispose"/>.</summary>
public readonly struct ManagerLockScope : IDisposable
{
    private readonly Proxy<ManagerLock> _lock;

    internal ManagerLockScope(Proxy<ManagerLock> managerLock) => _lock = managerLock;

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _lock?.Release();
}
