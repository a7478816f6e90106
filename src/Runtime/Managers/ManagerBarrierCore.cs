namespace Multiprocessing.Managers;

/// <summary>
/// The server's side of <see cref="BarrierProxy"/>: <c>parties</c> callers wait until all have arrived, as Python's
/// <c>threading.Barrier</c>. A waiter that times out, or whose process goes away, breaks the barrier for everyone,
/// since the others would otherwise wait for a party that is not coming.
/// </summary>
[Shared(ConcurrentCalls = true)]
internal sealed class ManagerBarrierCore
{
    private readonly Lock _gate = new();
    private readonly int _parties;
    private TaskCompletionSource<bool> _round = NewRound();
    private int _arrived;
    private bool _broken;

    public ManagerBarrierCore(int parties)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parties);
        _parties = parties;
    }

    public int Parties => _parties;

    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _broken ? 0 : _arrived;
            }
        }
    }

    public bool Broken
    {
        get
        {
            lock (_gate)
            {
                return _broken;
            }
        }
    }

    /// <summary>Waits for the other parties; returns this caller's arrival index, 0 to parties - 1.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> round;
        int index;
        lock (_gate)
        {
            ThrowIfBroken();
            round = _round;
            index = _arrived++;
            if (_arrived == _parties)
            {
                _arrived = 0;
                _round = NewRound();
                round.SetResult(true);
                return index;
            }
        }

        bool passed;
        try
        {
            passed = await round.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            Abort();
            if (exception is TimeoutException)
            {
                throw new BrokenBarrierException($"The barrier's other parties did not arrive within {timeout}; it is now broken for every waiter.");
            }

            throw;
        }

        return passed ? index : throw new BrokenBarrierException("The barrier was broken (aborted, reset, or a waiter gave up) while this party waited.");
    }

    /// <summary>Breaks the barrier: waiters and later callers get <see cref="BrokenBarrierException"/> until <see cref="Reset"/>.</summary>
    public void Abort()
    {
        lock (_gate)
        {
            _broken = true;
            _arrived = 0;
            _round.TrySetResult(false);
        }
    }

    /// <summary>Returns to the empty state; waiters now get <see cref="BrokenBarrierException"/>.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _round.TrySetResult(false);
            _round = NewRound();
            _arrived = 0;
            _broken = false;
        }
    }

    private static TaskCompletionSource<bool> NewRound() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void ThrowIfBroken()
    {
        if (_broken)
        {
            throw new BrokenBarrierException("The barrier is broken: call Reset before using it again.");
        }
    }
}
