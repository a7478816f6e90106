// Written by tools/write-pool-overloads.py; edit that script, not this file.
namespace Multiprocessing;

public sealed partial class PoolInitializer
{
    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public static PoolInitializer Create(Action target) => throw NotIntercepted(target);

    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public static PoolInitializer Create(Func<Task> target) => throw NotIntercepted(target);

    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized for each worker as it starts.</param>
    public static PoolInitializer Create<T1>(Action<T1> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized for each worker as it starts.</param>
    public static PoolInitializer Create<T1>(Func<T1, Task> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized for each worker as it starts.</param>
    /// <param name="arg2">Argument 2, serialized for each worker as it starts.</param>
    public static PoolInitializer Create<T1, T2>(Action<T1, T2> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized for each worker as it starts.</param>
    /// <param name="arg2">Argument 2, serialized for each worker as it starts.</param>
    public static PoolInitializer Create<T1, T2>(Func<T1, T2, Task> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized for each worker as it starts.</param>
    /// <param name="arg2">Argument 2, serialized for each worker as it starts.</param>
    /// <param name="arg3">Argument 3, serialized for each worker as it starts.</param>
    public static PoolInitializer Create<T1, T2, T3>(Action<T1, T2, T3> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized for each worker as it starts.</param>
    /// <param name="arg2">Argument 2, serialized for each worker as it starts.</param>
    /// <param name="arg3">Argument 3, serialized for each worker as it starts.</param>
    public static PoolInitializer Create<T1, T2, T3>(Func<T1, T2, T3, Task> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized for each worker as it starts.</param>
    /// <param name="arg2">Argument 2, serialized for each worker as it starts.</param>
    /// <param name="arg3">Argument 3, serialized for each worker as it starts.</param>
    /// <param name="arg4">Argument 4, serialized for each worker as it starts.</param>
    public static PoolInitializer Create<T1, T2, T3, T4>(Action<T1, T2, T3, T4> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>An initializer that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, once in each worker.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized for each worker as it starts.</param>
    /// <param name="arg2">Argument 2, serialized for each worker as it starts.</param>
    /// <param name="arg3">Argument 3, serialized for each worker as it starts.</param>
    /// <param name="arg4">Argument 4, serialized for each worker as it starts.</param>
    public static PoolInitializer Create<T1, T2, T3, T4>(Func<T1, T2, T3, T4, Task> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);
}
