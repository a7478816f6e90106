// Written by tools/write-pool-overloads.py; edit that script, not this file.
namespace Multiprocessing;

public sealed partial class ProcessPool
{
    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    public TResult Apply<TResult>(Func<TResult> target) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a value, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<TResult>(Func<TResult> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    public TResult Apply<TResult>(Func<Task<TResult>> target) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<TResult>(Func<Task<TResult>> target, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public void Apply(Action target) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns nothing, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync(Action target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public void Apply(Func<Task> target) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync(Func<Task> target, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    public TResult Apply<T1, TResult>(Func<T1, TResult> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a value, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<T1, TResult>(Func<T1, TResult> target, T1 arg1, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    public TResult Apply<T1, TResult>(Func<T1, Task<TResult>> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<T1, TResult>(Func<T1, Task<TResult>> target, T1 arg1, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    public void Apply<T1>(Action<T1> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns nothing, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync<T1>(Action<T1> target, T1 arg1, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    public void Apply<T1>(Func<T1, Task> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync<T1>(Func<T1, Task> target, T1 arg1, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    public TResult Apply<T1, T2, TResult>(Func<T1, T2, TResult> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a value, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<T1, T2, TResult>(Func<T1, T2, TResult> target, T1 arg1, T2 arg2, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    public TResult Apply<T1, T2, TResult>(Func<T1, T2, Task<TResult>> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<T1, T2, TResult>(Func<T1, T2, Task<TResult>> target, T1 arg1, T2 arg2, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    public void Apply<T1, T2>(Action<T1, T2> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns nothing, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync<T1, T2>(Action<T1, T2> target, T1 arg1, T2 arg2, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    public void Apply<T1, T2>(Func<T1, T2, Task> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync<T1, T2>(Func<T1, T2, Task> target, T1 arg1, T2 arg2, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    public TResult Apply<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a value, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> target, T1 arg1, T2 arg2, T3 arg3, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    public TResult Apply<T1, T2, T3, TResult>(Func<T1, T2, T3, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<T1, T2, T3, TResult>(Func<T1, T2, T3, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    public void Apply<T1, T2, T3>(Action<T1, T2, T3> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns nothing, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync<T1, T2, T3>(Action<T1, T2, T3> target, T1 arg1, T2 arg2, T3 arg3, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    public void Apply<T1, T2, T3>(Func<T1, T2, T3, Task> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync<T1, T2, T3>(Func<T1, T2, T3, Task> target, T1 arg1, T2 arg2, T3 arg3, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="arg4">Argument 4, serialized now.</param>
    public TResult Apply<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, TResult> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a value, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="arg4">Argument 4, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, TResult> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="arg4">Argument 4, serialized now.</param>
    public TResult Apply<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="arg4">Argument 4, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult> ApplyAsync<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, Action<TResult>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="arg4">Argument 4, serialized now.</param>
    public void Apply<T1, T2, T3, T4>(Action<T1, T2, T3, T4> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns nothing, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="arg4">Argument 4, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync<T1, T2, T3, T4>(Action<T1, T2, T3, T4> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a worker and waits for it: Python's <c>apply</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="arg4">Argument 4, serialized now.</param>
    public void Apply<T1, T2, T3, T4>(Func<T1, T2, T3, T4, Task> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, to a worker: Python's <c>apply_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now.</param>
    /// <param name="arg2">Argument 2, serialized now.</param>
    /// <param name="arg3">Argument 3, serialized now.</param>
    /// <param name="arg4">Argument 4, serialized now.</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult ApplyAsync<T1, T2, T3, T4>(Func<T1, T2, T3, T4, Task> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, Action? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a value, on every item in the workers and returns the results in order: Python's <c>map</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T">The entry's parameter.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The items, each one call's argument; enumerated once, now.</param>
    /// <param name="chunkSize">Items sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public TResult[] Map<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int? chunkSize = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a value, for every item: Python's <c>map_async</c>; the result is the array of results in order.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T">The entry's parameter.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The items, each one call's argument; enumerated once, now.</param>
    /// <param name="chunkSize">Items sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult[]> MapAsync<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a value, on every item in the workers, handing out the results in input order as they arrive: Python's <c>imap</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T">The entry's parameter.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The items, each one call's argument; enumerated once, now.</param>
    /// <param name="chunkSize">Items sent to a worker at a time (1 by default, as in Python).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResultStream<TResult> Imap<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a value, on every item in the workers, handing out the results in the order they finish as they arrive: Python's <c>imap_unordered</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T">The entry's parameter.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The items, each one call's argument; enumerated once, now.</param>
    /// <param name="chunkSize">Items sent to a worker at a time (1 by default, as in Python).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResultStream<TResult> ImapUnordered<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, on every item in the workers and returns the results in order: Python's <c>map</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T">The entry's parameter.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The items, each one call's argument; enumerated once, now.</param>
    /// <param name="chunkSize">Items sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public TResult[] Map<T, TResult>(Func<T, Task<TResult>> target, IEnumerable<T> items, int? chunkSize = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, for every item: Python's <c>map_async</c>; the result is the array of results in order.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T">The entry's parameter.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The items, each one call's argument; enumerated once, now.</param>
    /// <param name="chunkSize">Items sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult[]> MapAsync<T, TResult>(Func<T, Task<TResult>> target, IEnumerable<T> items, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, on every item in the workers, handing out the results in input order as they arrive: Python's <c>imap</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T">The entry's parameter.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The items, each one call's argument; enumerated once, now.</param>
    /// <param name="chunkSize">Items sent to a worker at a time (1 by default, as in Python).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResultStream<TResult> Imap<T, TResult>(Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, on every item in the workers, handing out the results in the order they finish as they arrive: Python's <c>imap_unordered</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T">The entry's parameter.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The items, each one call's argument; enumerated once, now.</param>
    /// <param name="chunkSize">Items sent to a worker at a time (1 by default, as in Python).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResultStream<TResult> ImapUnordered<T, TResult>(Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a value, with the elements of every tuple as its arguments and returns the results in order: Python's <c>starmap</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public TResult[] Starmap<T1, T2, TResult>(Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int? chunkSize = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a value, for every tuple of arguments: Python's <c>starmap_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult[]> StarmapAsync<T1, T2, TResult>(Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, with the elements of every tuple as its arguments and returns the results in order: Python's <c>starmap</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public TResult[] Starmap<T1, T2, TResult>(Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int? chunkSize = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, for every tuple of arguments: Python's <c>starmap_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult[]> StarmapAsync<T1, T2, TResult>(Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a value, with the elements of every tuple as its arguments and returns the results in order: Python's <c>starmap</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="T3">The entry's parameter 3.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public TResult[] Starmap<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int? chunkSize = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a value, for every tuple of arguments: Python's <c>starmap_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="T3">The entry's parameter 3.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, with the elements of every tuple as its arguments and returns the results in order: Python's <c>starmap</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="T3">The entry's parameter 3.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public TResult[] Starmap<T1, T2, T3, TResult>(Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int? chunkSize = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, for every tuple of arguments: Python's <c>starmap_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="T3">The entry's parameter 3.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>(Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a value, with the elements of every tuple as its arguments and returns the results in order: Python's <c>starmap</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="T3">The entry's parameter 3.</typeparam>
    /// <typeparam name="T4">The entry's parameter 4.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public TResult[] Starmap<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int? chunkSize = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a value, for every tuple of arguments: Python's <c>starmap_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="T3">The entry's parameter 3.</typeparam>
    /// <typeparam name="T4">The entry's parameter 4.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Calls <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, with the elements of every tuple as its arguments and returns the results in order: Python's <c>starmap</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="T3">The entry's parameter 3.</typeparam>
    /// <typeparam name="T4">The entry's parameter 4.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public TResult[] Starmap<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int? chunkSize = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    /// <summary>Submits <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, for every tuple of arguments: Python's <c>starmap_async</c>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The entry's parameter 1.</typeparam>
    /// <typeparam name="T2">The entry's parameter 2.</typeparam>
    /// <typeparam name="T3">The entry's parameter 3.</typeparam>
    /// <typeparam name="T4">The entry's parameter 4.</typeparam>
    /// <typeparam name="TResult">The entry's result.</typeparam>
    /// <param name="items">The tuples, each one call's arguments; enumerated once, now.</param>
    /// <param name="chunkSize">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>
    /// <param name="callback">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>
    /// <param name="errorCallback">Run in this process with the exception, when the work fails.</param>
    /// <param name="cancellationToken">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>
    public PoolResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) => throw NotIntercepted(target);

    private static InvalidOperationException NotIntercepted(Delegate target) => new(
        $"ProcessPool was given a target that the Multiprocessing generator did not compile: {target?.Method.Name ?? "null"}. "
        + "Pass a static method marked [ProcessEntry] directly, for example pool.Map(Worker.Square, items), not a lambda, a local function or a delegate variable, "
        + "and make sure the project references the Multiprocessing generator.");
}
