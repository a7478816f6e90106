namespace Multiprocessing.Managers;

/// <summary>The server's side of <see cref="RLockProxy"/>: a reentrant lock whose owner is a thread of a client process.</summary>
[Shared(ConcurrentCalls = true)]
internal sealed class ManagerRLockCore
{
    private readonly OwnedLock _lock = new();

    public int RecursionCount(string owner) => _lock.IsHeldBy(owner) ? _lock.Count : 0;

    public bool IsLocked => _lock.Owner is not null;

    public Task<bool> AcquireAsync(string owner, TimeSpan timeout, CancellationToken cancellationToken) =>
        _lock.AcquireAsync(owner, timeout, cancellationToken);

    public void Release(string owner) => _lock.Release(owner);
}
