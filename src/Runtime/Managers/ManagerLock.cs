namespace Multiprocessing;

/// <summary>
/// A lock that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Lock()</c>): any process with its
/// proxy may acquire it, and any may release it, as with Python's. Create one with <see cref="Manager.Lock"/>; use it
/// through <c>Proxy&lt;ManagerLock&gt;</c>, whose <c>Acquire</c> blocks in the server until the lock is free.
/// </summary>
/// <remarks>
/// Unlike a <see cref="ProcessLock"/>, whose uncontended acquire is one atomic instruction on shared memory, each
/// operation is a round trip to the server; a manager's lock is for processes that share the manager's other objects
/// (and for processes on other machines).
/// </remarks>
[Shared(ConcurrentCalls = true)]
public sealed class ManagerLock
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits until the lock is free and takes it.</summary>
    public void Acquire() => _gate.Wait();

    /// <summary>Takes the lock if it becomes free within <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once.</param>
    /// <returns>Whether the lock was taken.</returns>
    public bool TryAcquire(TimeSpan timeout) => _gate.Wait(timeout);

    /// <summary>Frees the lock.</summary>
    /// <exception cref="SynchronizationLockException">The lock is not held (Python raises <c>ValueError</c>).</exception>
    public void Release()
    {
        try
        {
            _gate.Release();
        }
        catch (SemaphoreFullException)
        {
            throw new SynchronizationLockException("The manager's lock is not held, so it cannot be released.");
        }
    }

    /// <summary>Whether some process holds the lock now.</summary>
    public bool IsLocked => _gate.CurrentCount == 0;
}
