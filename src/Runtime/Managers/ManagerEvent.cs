namespace Multiprocessing;

/// <summary>
/// An event that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Event()</c>). Create one with
/// <see cref="Manager.Event"/>; use it through <c>Proxy&lt;ManagerEvent&gt;</c>: <c>Set</c>, <c>Clear</c>,
/// <c>IsSet</c>, <c>Wait</c>, and the generated <c>WaitAsync(timeout, cancellationToken)</c>.
/// </summary>
[Shared(ConcurrentCalls = true)]
public sealed class ManagerEvent
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _set = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the event is set.</summary>
    public bool IsSet
    {
        get
        {
            lock (_gate)
            {
                return _set.Task.IsCompleted;
            }
        }
    }

    /// <summary>Sets the event: every waiter returns, and later waits return at once until <see cref="Clear"/>.</summary>
    public void Set()
    {
        lock (_gate)
        {
            _set.TrySetResult();
        }
    }

    /// <summary>Clears the event.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_set.Task.IsCompleted)
            {
                _set = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Waits until the event is set, at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits for good.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether the event was set.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task set;
        lock (_gate)
        {
            set = _set.Task;
        }

        try
        {
            await set.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
