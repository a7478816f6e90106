using System.Runtime.CompilerServices;

namespace Multiprocessing;

/// <summary>
/// The pending result of a task submitted to a <see cref="ProcessPool"/> whose entry returns nothing: Python's
/// <c>AsyncResult</c>. Wait for it with <see cref="Wait()"/>, <see cref="Get()"/> or <see langword="await"/>.
/// </summary>
public class PoolResult
{
    private readonly Task _task;

    private protected PoolResult(Task task) => _task = task;

    /// <summary>The task, completed when the pool has the outcome and the callback has run.</summary>
    public Task Task => _task;

    /// <summary>Whether the task has completed, successfully or not. Python's <c>ready()</c>.</summary>
    public bool Ready => _task.IsCompleted;

    /// <summary>Whether the task completed without an exception. Python's <c>successful()</c>; throws while the task is not <see cref="Ready"/>.</summary>
    public bool Successful => _task.IsCompleted
        ? _task.IsCompletedSuccessfully
        : throw new InvalidOperationException("The pool task has not completed yet: check Ready, or Wait, before asking whether it was successful.");

    /// <summary>Waits until the task completes; does not throw its exception. Python's <c>wait()</c>.</summary>
    public void Wait() => Wait(Timeout.InfiniteTimeSpan);

    /// <summary>Waits until the task completes or <paramref name="timeout"/> passes; returns whether it completed.</summary>
    public bool Wait(TimeSpan timeout)
    {
        try
        {
            return _task.Wait(timeout);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    /// <summary>Waits for the task and rethrows its exception, as Python's <c>get()</c>.</summary>
    /// <exception cref="RemoteException">The entry threw in the worker.</exception>
    /// <exception cref="ProcessExitedException">The worker running the task died.</exception>
    public void Get() => _task.GetAwaiter().GetResult();

    /// <summary>As <see cref="Get()"/>, but throws <see cref="TimeoutException"/> when the task has not completed within <paramref name="timeout"/>.</summary>
    public void Get(TimeSpan timeout)
    {
        ThrowIfNotCompleted(timeout);
        Get();
    }

    /// <summary>Lets the result be awaited directly.</summary>
    public TaskAwaiter GetAwaiter() => _task.GetAwaiter();

    private protected void ThrowIfNotCompleted(TimeSpan timeout)
    {
        if (!Wait(timeout))
        {
            throw new TimeoutException($"The pool task did not complete within {timeout}; it is still queued or running.");
        }
    }

    /// <summary>A result for an entry that returns nothing.</summary>
    internal static (PoolResult Result, PoolCompletion<bool> Completion) ForVoid(Action? callback, Action<Exception>? errorCallback, Lock callbackGate)
    {
        var completion = new PoolCompletion<bool>(callback is null ? null : _ => callback(), errorCallback, callbackGate);
        return (new PoolResult(completion.Task), completion);
    }
}

/// <summary>
/// The pending result of a task submitted to a <see cref="ProcessPool"/>: Python's <c>AsyncResult</c>, also awaitable
/// and available as a <see cref="Task{TResult}"/>.
/// </summary>
/// <typeparam name="T">The entry's result (an array of results for <c>MapAsync</c>).</typeparam>
public sealed class PoolResult<T> : PoolResult
{
    private readonly Task<T> _task;

    internal PoolResult(Task<T> task)
        : base(task) => _task = task;

    /// <summary>The task, completed with the result when the pool has it and the callback has run.</summary>
    public new Task<T> Task => _task;

    /// <summary>Waits for the result and returns it, or rethrows the task's exception. Python's <c>get()</c>.</summary>
    /// <exception cref="RemoteException">The entry threw in the worker.</exception>
    /// <exception cref="ProcessExitedException">The worker running the task died.</exception>
    public new T Get() => _task.GetAwaiter().GetResult();

    /// <summary>As <see cref="Get()"/>, but throws <see cref="TimeoutException"/> when the result is not there within <paramref name="timeout"/>.</summary>
    public new T Get(TimeSpan timeout)
    {
        ThrowIfNotCompleted(timeout);
        return Get();
    }

    /// <summary>Lets the result be awaited directly.</summary>
    public new TaskAwaiter<T> GetAwaiter() => _task.GetAwaiter();
}
