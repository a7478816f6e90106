using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Hosting;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>A child process running a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> method that returns a value.</summary>
/// <typeparam name="TResult">The entry's return type (the result of its task, for an asynchronous entry).</typeparam>
public sealed class Process<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult> : Process
{
    private readonly TaskCompletionSource<TResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Process(EntryCall call)
        : base(call)
    {
    }

    /// <summary>
    /// The value the entry returned in the child, once the child has exited. Faults with a <see cref="RemoteException"/>
    /// when the entry threw, and with a <see cref="ProcessExitedException"/> when the child ended without a result.
    /// </summary>
    public Task<TResult> Result => _result.Task;

    /// <summary>Wraps an entry call built by generated code into a process. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static new Process<TResult> FromEntry(EntryCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new Process<TResult>(call);
    }

    private protected override void OnReturned(byte[]? result)
    {
        try
        {
            _result.TrySetResult(WireSerializer.Deserialize<TResult>(result ?? [])!);
        }
        catch (MemoryPackSerializationException exception)
        {
            _result.TrySetException(new InvalidDataException($"The result of process {Name} could not be read as {typeof(TResult).Name}: {exception.Message}", exception));
        }
    }

    private protected override void OnFailed(Exception exception) => _result.TrySetException(exception);
}
