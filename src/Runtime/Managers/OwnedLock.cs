namespace Multiprocessing.Managers;

/// <summary>
/// The lock inside a manager's reentrant lock and condition: an owner (a thread of some client process, named by
/// <see cref="ManagerOwner"/>) holds it, possibly several times over, and waiters queue for it in order. Waits are
/// asynchronous, so that a waiter holds no server thread of its own and a caller that goes away cancels its wait.
/// </summary>
internal sealed class OwnedLock
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(string Owner, TaskCompletionSource Granted)> _waiters = new();
    private string? _owner;
    private int _count;

    /// <summary>The owner now, or null when free.</summary>
    public string? Owner
    {
        get
        {
            lock (_gate)
            {
                return _owner;
            }
        }
    }

    /// <summary>How many times the owner holds it (0 when free).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Takes the lock for <paramref name="owner"/> (again, if it holds it) within <paramref name="timeout"/>.</summary>
    public async Task<bool> AcquireAsync(string owner, TimeSpan timeout, CancellationToken cancellationToken)
    {
        LinkedListNode<(string, TaskCompletionSource)> node;
        lock (_gate)
        {
            if (_owner is null || _owner == owner)
            {
                _owner = owner;
                _count++;
                return true;
            }

            if (timeout == TimeSpan.Zero)
            {
                return false;
            }

            node = _waiters.AddLast((owner, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)));
        }

        try
        {
            await node.Value.Item2.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            lock (_gate)
            {
                if (node.List is not null)
                {
                    _waiters.Remove(node);
                    if (exception is TimeoutException)
                    {
                        return false;
                    }

                    throw;
                }
            }

            // Handed over while the wait ended: a timed-out caller keeps it, a caller that went away passes it on.
            if (exception is TimeoutException)
            {
                return true;
            }

            Release(owner, all: true);
            throw;
        }
    }

    /// <summary>Releases once (or every time, with <paramref name="all"/>); returns how many times it was held.</summary>
    /// <exception cref="SynchronizationLockException"><paramref name="owner"/> does not hold it.</exception>
    public int Release(string owner, bool all = false)
    {
        lock (_gate)
        {
            if (_owner != owner)
            {
                throw new SynchronizationLockException(_owner is null
                    ? "The manager's lock is not held, so it cannot be released."
                    : "The manager's lock is held by another thread or process; only its owner may release it.");
            }

            int held = _count;
            _count = all ? 0 : _count - 1;
            if (_count == 0)
            {
                _owner = null;
                HandOver();
            }

            return held;
        }
    }

    /// <summary>Takes the lock back <paramref name="count"/> times over for <paramref name="owner"/> (a condition's waiter returning).</summary>
    public async Task RestoreAsync(string owner, int count, CancellationToken cancellationToken)
    {
        await AcquireAsync(owner, Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _count = count;
        }
    }

    /// <summary>Whether <paramref name="owner"/> holds the lock now.</summary>
    public bool IsHeldBy(string owner)
    {
        lock (_gate)
        {
            return _owner == owner;
        }
    }

    private void HandOver()
    {
        if (_waiters.First is { } first)
        {
            _waiters.RemoveFirst();
            _owner = first.Value.Owner;
            _count = 1;
            first.Value.Granted.SetResult();
        }
    }
}

/// <summary>
/// Who holds a manager's reentrant lock: the calling thread of the calling process, as Python's <c>RLock</c> counts
/// its owner. Proxies send it with each call, since a connection is shared by a process's threads.
/// </summary>
internal static class ManagerOwner
{
    private static readonly string s_process = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    [ThreadStatic]
    private static string? t_current;

    public static string Current => t_current ??= $"{s_process}/{Environment.CurrentManagedThreadId}";
}
