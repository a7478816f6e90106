using MemoryPack;
using Multiprocessing.Managers;

namespace Multiprocessing;

/// <summary>
/// A condition variable that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Condition()</c>), with its
/// own reentrant lock: acquire it, <see cref="Wait()"/> for a <see cref="Notify"/> from another process, release it.
/// Create one with <see cref="Manager.Condition"/>.
/// </summary>
/// <remarks>
/// The lock's owner is the calling thread of the calling process, as in Python. A process killed while it waits is
/// forgotten (it is not notified and does not take the lock back).
/// </remarks>
[MemoryPackable]
public sealed partial class ConditionProxy : BaseProxy, IReleasableProxy
{
    private readonly Proxy<ManagerConditionCore> _condition;

    internal ConditionProxy(Proxy<ManagerConditionCore> condition)
        : base(condition) => _condition = condition;

    [MemoryPackConstructor]
    private ConditionProxy(ProxyReference reference)
        : base(reference) => _condition = As<ManagerConditionCore>();

    /// <summary>How many callers wait for a notification now.</summary>
    public int Waiting => _condition.Waiting;

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <summary>Waits until the lock is free (or already the calling thread's) and takes it.</summary>
    public void Acquire() => Acquire(Timeout.InfiniteTimeSpan);

    /// <summary>Takes the lock if it becomes free within <paramref name="timeout"/>; whether it was taken.</summary>
    /// <param name="timeout">How long to wait.</param>
    public bool Acquire(TimeSpan timeout) => Completed(_condition.AcquireAsync(ManagerOwner.Current, CheckTimeout(timeout), ManagerClient.Blocking));

    /// <summary>Takes the lock if it is free (or already the calling thread's) now.</summary>
    public bool TryAcquire() => Acquire(TimeSpan.Zero);

    /// <summary>Waits until the lock is free and takes it, without blocking the calling thread.</summary>
    /// <param name="cancellationToken">Stops waiting; the lock is then not taken.</param>
    public Task AcquireAsync(CancellationToken cancellationToken = default) => AcquireAsync(Timeout.InfiniteTimeSpan, cancellationToken);

    /// <summary>Takes the lock within <paramref name="timeout"/> without blocking the calling thread; whether it was taken.</summary>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Stops waiting; the lock is then not taken.</param>
    public Task<bool> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _condition.AcquireAsync(ManagerOwner.Current, CheckTimeout(timeout), cancellationToken);

    /// <summary>Releases the lock once.</summary>
    public void Release() => _condition.Release(ManagerOwner.Current);

    /// <summary>Acquires the lock and returns a scope whose <c>Dispose</c> releases it.</summary>
    public ProxyScope EnterScope()
    {
        Acquire();
        return new ProxyScope(this);
    }

    /// <summary>Releases the lock, waits for a notification, and takes the lock back (Python's <c>wait()</c>).</summary>
    /// <exception cref="RemoteException">The calling thread does not hold the lock (a <see cref="SynchronizationLockException"/> in the server).</exception>
    public void Wait() => Wait(Timeout.InfiniteTimeSpan);

    /// <summary>As <see cref="Wait()"/>, for at most <paramref name="timeout"/>; whether a notification came. The lock is taken back either way.</summary>
    /// <param name="timeout">How long to wait for the notification.</param>
    public bool Wait(TimeSpan timeout) => Completed(_condition.WaitAsync(ManagerOwner.Current, CheckTimeout(timeout), ManagerClient.Blocking));

    /// <summary>As <see cref="Wait(TimeSpan)"/>, without blocking the calling thread (continue on the same thread to release: the owner is the thread).</summary>
    /// <param name="timeout">How long to wait for the notification.</param>
    /// <param name="cancellationToken">Stops waiting; the lock is then not taken back.</param>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _condition.WaitAsync(ManagerOwner.Current, CheckTimeout(timeout), cancellationToken);

    /// <summary>Waits until <paramref name="predicate"/> is true, checking it after each notification (Python's <c>wait_for</c>).</summary>
    /// <param name="predicate">Checked with the lock held.</param>
    /// <param name="timeout">How long to wait in all; null for no limit.</param>
    /// <returns>The predicate's last value.</returns>
    public bool WaitFor(Func<bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        bool result = predicate();
        while (!result)
        {
            var left = Timeout.InfiniteTimeSpan;
            if (timeout is { } limit)
            {
                left = limit - System.Diagnostics.Stopwatch.GetElapsedTime(start);
                if (left <= TimeSpan.Zero)
                {
                    break;
                }
            }

            Wait(left);
            result = predicate();
        }

        return result;
    }

    /// <summary>Wakes up to <paramref name="count"/> waiters; the calling thread must hold the lock.</summary>
    /// <param name="count">How many.</param>
    public void Notify(int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _condition.Notify(ManagerOwner.Current, count);
    }

    /// <summary>Wakes every waiter; the calling thread must hold the lock.</summary>
    public void NotifyAll() => Notify(int.MaxValue);
}
