namespace Multiprocessing;

/// <summary>
/// Completes a pool result: runs the callback or the error callback first, one callback at a time across the pool
/// (Python runs them all on one result-handler thread), then completes the task, so that a caller who waits for the
/// result also sees what the callback did.
/// </summary>
internal sealed class PoolCompletion<T>(Action<T>? callback, Action<Exception>? errorCallback, Lock callbackGate)
{
    private readonly TaskCompletionSource<T> _source = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _completed;

    public Task<T> Task => _source.Task;

    public void Complete(T value)
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return;
        }

        if (callback is not null)
        {
            try
            {
                lock (callbackGate)
                {
                    callback(value);
                }
            }
            catch (Exception exception)
            {
                // A throwing callback must not be lost, nor take the pool's reader with it: the result carries it.
                _source.TrySetException(exception);
                return;
            }
        }

        _source.TrySetResult(value);
    }

    public void Fail(Exception exception)
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return;
        }

        if (errorCallback is not null)
        {
            try
            {
                lock (callbackGate)
                {
                    errorCallback(exception);
                }
            }
            catch (Exception callbackException)
            {
                _source.TrySetException(new AggregateException(exception, callbackException));
                return;
            }
        }

        _source.TrySetException(exception);
    }
}
