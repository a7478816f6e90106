// Written by tools/write-create-overloads.py; edit that script, not this file.
using System.Diagnostics.CodeAnalysis;
using Multiprocessing.Wire;

namespace Multiprocessing;

public partial class Process
{
    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public static Process Create(Action target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public static Process Create(Func<Task> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public static Process Create(Func<ValueTask> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    public static Process<TResult> Create<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<TResult> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    public static Process<TResult> Create<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<Task<TResult>> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    public static Process<TResult> Create<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<ValueTask<TResult>> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public static Process Create(Action<CancellationToken> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public static Process Create(Func<CancellationToken, Task> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    public static Process Create(Func<CancellationToken, ValueTask> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    public static Process<TResult> Create<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<CancellationToken, TResult> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    public static Process<TResult> Create<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<CancellationToken, Task<TResult>> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    public static Process<TResult> Create<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<CancellationToken, ValueTask<TResult>> target) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process Create<T1>(Action<T1> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process Create<T1>(Func<T1, Task> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process Create<T1>(Func<T1, ValueTask> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, TResult> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, Task<TResult>> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, ValueTask<TResult>> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process Create<T1>(Action<T1, CancellationToken> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process Create<T1>(Func<T1, CancellationToken, Task> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process Create<T1>(Func<T1, CancellationToken, ValueTask> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, CancellationToken, TResult> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, CancellationToken, Task<TResult>> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, CancellationToken, ValueTask<TResult>> target, T1 arg1) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process Create<T1, T2>(Action<T1, T2> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process Create<T1, T2>(Func<T1, T2, Task> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process Create<T1, T2>(Func<T1, T2, ValueTask> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, TResult> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, Task<TResult>> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, ValueTask<TResult>> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process Create<T1, T2>(Action<T1, T2, CancellationToken> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process Create<T1, T2>(Func<T1, T2, CancellationToken, Task> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process Create<T1, T2>(Func<T1, T2, CancellationToken, ValueTask> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, CancellationToken, TResult> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, CancellationToken, Task<TResult>> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, CancellationToken, ValueTask<TResult>> target, T1 arg1, T2 arg2) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3>(Action<T1, T2, T3> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3>(Func<T1, T2, T3, Task> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3>(Func<T1, T2, T3, ValueTask> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, TResult> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, ValueTask<TResult>> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3>(Action<T1, T2, T3, CancellationToken> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3>(Func<T1, T2, T3, CancellationToken, Task> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3>(Func<T1, T2, T3, CancellationToken, ValueTask> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, CancellationToken, TResult> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, CancellationToken, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, CancellationToken, ValueTask<TResult>> target, T1 arg1, T2 arg2, T3 arg3) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4>(Action<T1, T2, T3, T4> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4>(Func<T1, T2, T3, T4, Task> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4>(Func<T1, T2, T3, T4, ValueTask> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, TResult> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, ValueTask<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4>(Action<T1, T2, T3, T4, CancellationToken> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4>(Func<T1, T2, T3, T4, CancellationToken, Task> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4>(Func<T1, T2, T3, T4, CancellationToken, ValueTask> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, CancellationToken, TResult> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, CancellationToken, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, CancellationToken, ValueTask<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5>(Action<T1, T2, T3, T4, T5> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5>(Func<T1, T2, T3, T4, T5, Task> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5>(Func<T1, T2, T3, T4, T5, ValueTask> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, TResult> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, ValueTask<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5>(Action<T1, T2, T3, T4, T5, CancellationToken> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5>(Func<T1, T2, T3, T4, T5, CancellationToken, Task> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5>(Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, CancellationToken, TResult> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, CancellationToken, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, CancellationToken, ValueTask<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5, T6>(Action<T1, T2, T3, T4, T5, T6> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5, T6>(Func<T1, T2, T3, T4, T5, T6, Task> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5, T6>(Func<T1, T2, T3, T4, T5, T6, ValueTask> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, T6, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, T6, TResult> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, T6, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, T6, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, T6, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns nothing, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5, T6>(Action<T1, T2, T3, T4, T5, T6, CancellationToken> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5, T6>(Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process Create<T1, T2, T3, T4, T5, T6>(Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a value, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, T6, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, T6, CancellationToken, TResult> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="Task{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, T6, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, T6, CancellationToken, Task<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);

    /// <summary>Creates a process that runs <paramref name="target"/>, a [ProcessEntry] method that returns a <see cref="ValueTask{TResult}"/>, in a child. Its trailing <see cref="CancellationToken"/> is bound in the child and cancelled by <see cref="Terminate"/>.</summary>
    /// <param name="target">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>
    /// <typeparam name="T1">The type of argument 1.</typeparam>
    /// <typeparam name="T2">The type of argument 2.</typeparam>
    /// <typeparam name="T3">The type of argument 3.</typeparam>
    /// <typeparam name="T4">The type of argument 4.</typeparam>
    /// <typeparam name="T5">The type of argument 5.</typeparam>
    /// <typeparam name="T6">The type of argument 6.</typeparam>
    /// <typeparam name="TResult">The entry's result, returned through <see cref="Process{TResult}.Result"/>.</typeparam>
    /// <param name="arg1">Argument 1, serialized now and passed to the child.</param>
    /// <param name="arg2">Argument 2, serialized now and passed to the child.</param>
    /// <param name="arg3">Argument 3, serialized now and passed to the child.</param>
    /// <param name="arg4">Argument 4, serialized now and passed to the child.</param>
    /// <param name="arg5">Argument 5, serialized now and passed to the child.</param>
    /// <param name="arg6">Argument 6, serialized now and passed to the child.</param>
    public static Process<TResult> Create<T1, T2, T3, T4, T5, T6, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(Func<T1, T2, T3, T4, T5, T6, CancellationToken, ValueTask<TResult>> target, T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6) => throw NotIntercepted(target);
}
