namespace Multiprocessing.Managers;

/// <summary>
/// The server's side of <see cref="SemaphoreProxy"/>: a counter of permits, bounded (Python's <c>BoundedSemaphore</c>)
/// when releasing above the initial count must fail.
/// </summary>
[Shared(ConcurrentCalls = true)]
internal sealed class ManagerSemaphoreCore
{
    private readonly SemaphoreSlim _permits;
    private readonly bool _bounded;
    private int _waiting;

    public ManagerSemaphoreCore(int initialCount, bool bounded)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCount);
        _permits = bounded ? new SemaphoreSlim(initialCount, Math.Max(initialCount, 1)) : new SemaphoreSlim(initialCount);
        _bounded = bounded;
    }

    public int CurrentCount => _permits.CurrentCount;

    public bool IsBounded => _bounded;

    /// <summary>How many callers wait for a permit now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public async Task<bool> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_permits.Wait(0))
        {
            return true;
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            return await _permits.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public void Release(int count)
    {
        try
        {
            _permits.Release(count);
        }
        catch (SemaphoreFullException)
        {
            throw new SemaphoreFullException("The manager's bounded semaphore was released more times than it was acquired (Python raises ValueError).");
        }
    }
}
