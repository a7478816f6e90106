namespace Multiprocessing;

/// <summary>
/// A lock that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Lock()</c>): any process with its
/// proxy may acquire it, and any may release it, as with Python's. Create one with <see cref="Manager.Lock"/>; use it
/// through <c>Proxy&lt;ManagerLock&gt;</c>: <c>Acquire</c>, <c>TryAcquire</c>, <c>EnterScope</c>, and the generated
/// <c>AcquireAsync(timeout, cancellationToken)</c>.
/// </summary>
/// <remarks>
/// Unlike a <see cref="ProcessLock"/>, whose uncontended acquire is one atomic instruction on shared memory, each
/// operation is a round trip to the server; a manager's lock is for processes that share the manager's other objects
/// (and for processes on other machines). A process killed while it waits for the lock takes nothing (the server
/// cancels its wait); one killed while it holds the lock leaves it held, as in Python.
/// </remarks>
[Shared(ConcurrentCalls = true)]
public sealed class ManagerLock
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Whether some process holds the lock now.</summary>
    public bool IsLocked => _gate.CurrentCount == 0;

    /// <summary>Takes the lock if it becomes free within <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> tries once, <see cref="Timeout.InfiniteTimeSpan"/> waits for good.</param>
    /// <param name="cancellationToken">Stops waiting; the lock is then not taken.</param>
    /// <returns>Whether the lock was taken.</returns>
    public Task<bool> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken) => _gate.WaitAsync(timeout, cancellationToken);

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
}
