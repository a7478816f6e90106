namespace Multiprocessing.Managers;

/// <summary>
/// The server's side of <see cref="ConditionProxy"/>: a reentrant lock and the waiters notified through it, as
/// Python's <c>threading.Condition</c> over an <c>RLock</c>.
/// </summary>
[Shared(ConcurrentCalls = true)]
internal sealed class ManagerConditionCore
{
    private readonly OwnedLock _lock = new();
    private readonly Lock _gate = new();
    private readonly LinkedList<TaskCompletionSource> _waiters = new();

    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count;
            }
        }
    }

    public Task<bool> AcquireAsync(string owner, TimeSpan timeout, CancellationToken cancellationToken) =>
        _lock.AcquireAsync(owner, timeout, cancellationToken);

    public void Release(string owner) => _lock.Release(owner);

    /// <summary>Releases the lock, waits for a notification within <paramref name="timeout"/>, and takes the lock back.</summary>
    public async Task<bool> WaitAsync(string owner, TimeSpan timeout, CancellationToken cancellationToken)
    {
        EnsureHeld(owner, "wait on");
        var notified = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        LinkedListNode<TaskCompletionSource> node;
        lock (_gate)
        {
            node = _waiters.AddLast(notified);
        }

        int held = _lock.Release(owner, all: true);
        bool signalled = true;
        try
        {
            await notified.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            signalled = false;
        }
        finally
        {
            lock (_gate)
            {
                if (node.List is not null)
                {
                    _waiters.Remove(node);
                }
            }
        }

        // A caller that went away does not take the lock back (it would never release it): the cancellation ends here.
        await _lock.RestoreAsync(owner, held, cancellationToken).ConfigureAwait(false);
        return signalled;
    }

    /// <summary>Wakes up to <paramref name="count"/> waiters; the caller must hold the lock.</summary>
    public void Notify(string owner, int count)
    {
        EnsureHeld(owner, "notify");
        lock (_gate)
        {
            for (; count > 0 && _waiters.First is { } first; count--)
            {
                _waiters.RemoveFirst();
                first.Value.SetResult();
            }
        }
    }

    private void EnsureHeld(string owner, string what)
    {
        if (!_lock.IsHeldBy(owner))
        {
            throw new SynchronizationLockException($"Cannot {what} a condition whose lock this thread does not hold: acquire it first (Python raises RuntimeError).");
        }
    }
}
