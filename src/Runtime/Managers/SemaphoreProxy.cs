using MemoryPack;
using Multiprocessing.Managers;

namespace Multiprocessing;

/// <summary>
/// A semaphore that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Semaphore(n)</c> and
/// <c>manager.BoundedSemaphore(n)</c>). Create one with <see cref="Manager.Semaphore"/> or
/// <see cref="Manager.BoundedSemaphore"/>; any process may release.
/// </summary>
/// <remarks>A process killed while it waits takes no permit: the server cancels its wait. One killed while it holds a permit keeps it, as in Python.</remarks>
[MemoryPackable]
public sealed partial class SemaphoreProxy : BaseProxy, IReleasableProxy
{
    private readonly Proxy<ManagerSemaphoreCore> _semaphore;

    internal SemaphoreProxy(Proxy<ManagerSemaphoreCore> semaphore)
        : base(semaphore) => _semaphore = semaphore;

    [MemoryPackConstructor]
    private SemaphoreProxy(ProxyReference reference)
        : base(reference) => _semaphore = As<ManagerSemaphoreCore>();

    /// <summary>The permits free now (Python's <c>get_value()</c>).</summary>
    public int CurrentCount => _semaphore.CurrentCount;

    /// <summary>How many callers wait for a permit now.</summary>
    public int Waiting => _semaphore.Waiting;

    /// <summary>Whether releasing above the initial count fails (a <c>BoundedSemaphore</c>).</summary>
    public bool IsBounded => _semaphore.IsBounded;

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <summary>Waits for a permit and takes it.</summary>
    public void Acquire() => Acquire(Timeout.InfiniteTimeSpan);

    /// <summary>Takes a permit if one is free within <paramref name="timeout"/>; whether one was taken.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once.</param>
    public bool Acquire(TimeSpan timeout) => Completed(_semaphore.AcquireAsync(CheckTimeout(timeout), ManagerClient.Blocking));

    /// <summary>Takes a permit if one is free now.</summary>
    public bool TryAcquire() => Acquire(TimeSpan.Zero);

    /// <summary>Waits for a permit without blocking the calling thread.</summary>
    /// <param name="cancellationToken">Stops waiting; no permit is then taken.</param>
    public Task AcquireAsync(CancellationToken cancellationToken = default) => AcquireAsync(Timeout.InfiniteTimeSpan, cancellationToken);

    /// <summary>Takes a permit if one is free within <paramref name="timeout"/>, without blocking the calling thread.</summary>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Stops waiting; no permit is then taken.</param>
    public Task<bool> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken = default) => _semaphore.AcquireAsync(CheckTimeout(timeout), cancellationToken);

    /// <summary>Gives back one permit.</summary>
    /// <exception cref="RemoteException">A bounded semaphore released more often than acquired (a <see cref="SemaphoreFullException"/> in the server).</exception>
    public void Release() => Release(1);

    /// <summary>Gives back <paramref name="count"/> permits.</summary>
    /// <param name="count">How many; at least 1.</param>
    public void Release(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _semaphore.Release(count);
    }

    /// <summary>Takes a permit and returns a scope whose <c>Dispose</c> gives it back.</summary>
    public ProxyScope EnterScope()
    {
        Acquire();
        return new ProxyScope(this);
    }
}
