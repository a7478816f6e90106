namespace Multiprocessing;

/// <summary>Python's <c>with lock:</c> for a manager's lock: <c>using (lk.EnterScope()) { ... }</c>.</summary>
public static class ManagerLockExtensions
{
    /// <summary>Acquires the lock and returns a scope whose <c>Dispose</c> releases it.</summary>
    /// <param name="managerLock">A proxy of a manager's lock.</param>
    public static ManagerLockScope EnterScope(this Proxy<ManagerLock> managerLock)
    {
        ArgumentNullException.ThrowIfNull(managerLock);
        managerLock.Acquire();
        return new ManagerLockScope(managerLock);
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
