using MemoryPack;
using Multiprocessing.Managers;

namespace Multiprocessing;

/// <summary>
/// A reentrant lock that lives in a <see cref="Manager"/>'s server (Python's <c>manager.RLock()</c>): the thread that
/// holds it may acquire it again, and must release it as many times. Create one with <see cref="Manager.RLock"/>.
/// </summary>
/// <remarks>
/// As with Python's <c>RLock</c>, the owner is the calling thread of the calling process: in asynchronous code, release
/// on the thread that acquired, or use a <see cref="SemaphoreProxy"/>. A process killed while it holds the lock leaves
/// it held (as in Python); one killed while it waits takes nothing: the server cancels its wait.
/// </remarks>
[MemoryPackable]
public sealed partial class RLockProxy : BaseProxy, IReleasableProxy
{
    private readonly Proxy<ManagerRLockCore> _lock;

    internal RLockProxy(Proxy<ManagerRLockCore> rlock)
        : base(rlock) => _lock = rlock;

    [MemoryPackConstructor]
    private RLockProxy(ProxyReference reference)
        : base(reference) => _lock = As<ManagerRLockCore>();

    /// <summary>Whether some thread of some process holds the lock now.</summary>
    public bool IsLocked => _lock.IsLocked;

    /// <summary>How many times the calling thread holds the lock (0 when it does not).</summary>
    public int RecursionCount => _lock.RecursionCount(ManagerOwner.Current);

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <summary>Waits until the lock is free (or already the calling thread's) and takes it.</summary>
    public void Acquire() => Acquire(Timeout.InfiniteTimeSpan);

    /// <summary>Takes the lock if it becomes free within <paramref name="timeout"/>; whether it was taken.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once.</param>
    public bool Acquire(TimeSpan timeout) => Completed(_lock.AcquireAsync(ManagerOwner.Current, CheckTimeout(timeout), ManagerClient.Blocking));

    /// <summary>Takes the lock if it is free now.</summary>
    public bool TryAcquire() => Acquire(TimeSpan.Zero);

    /// <summary>Waits until the lock is free and takes it, without blocking the calling thread.</summary>
    /// <param name="cancellationToken">Stops waiting; the lock is then not taken.</param>
    public Task AcquireAsync(CancellationToken cancellationToken = default) => AcquireAsync(Timeout.InfiniteTimeSpan, cancellationToken);

    /// <summary>Takes the lock if it becomes free within <paramref name="timeout"/>, without blocking the calling thread.</summary>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Stops waiting; the lock is then not taken.</param>
    public Task<bool> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _lock.AcquireAsync(ManagerOwner.Current, CheckTimeout(timeout), cancellationToken);

    /// <summary>Releases once.</summary>
    /// <exception cref="RemoteException">The calling thread does not hold the lock (a <see cref="SynchronizationLockException"/> in the server).</exception>
    public void Release() => _lock.Release(ManagerOwner.Current);

    /// <summary>Acquires and returns a scope whose <c>Dispose</c> releases: <c>using (rlock.EnterScope()) { ... }</c>.</summary>
    public ProxyScope EnterScope()
    {
        Acquire();
        return new ProxyScope(this);
    }
}
