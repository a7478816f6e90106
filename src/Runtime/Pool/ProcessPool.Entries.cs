using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Multiprocessing.Hosting;
using Multiprocessing.Pool;
using Multiprocessing.Wire;

namespace Multiprocessing;

// What the generated interceptors call: the entry is named by id and its arguments are already serialized.
public sealed partial class ProcessPool
{
    /// <summary>Runs an entry that returns a value in a worker and waits for it. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult ApplyEntry<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(EntryReference entry, PoolArgumentWriter arguments) =>
        ApplyAsyncEntry<TResult>(entry, arguments, null, null, CancellationToken.None).Get();

    /// <summary>Runs an entry that returns nothing in a worker and waits for it. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void ApplyEntry(EntryReference entry, PoolArgumentWriter arguments) =>
        ApplyAsyncEntry(entry, arguments, null, null, CancellationToken.None).Get();

    /// <summary>Submits an entry that returns a value. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public PoolResult<TResult> ApplyAsyncEntry<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(
        EntryReference entry, PoolArgumentWriter arguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var completion = new PoolCompletion<TResult>(callback, errorCallback, _callbackGate);
        Submit([new ApplyTask<TResult>(entry, arguments.WrittenMemory, completion)], cancellationToken);
        return new PoolResult<TResult>(completion.Task);
    }

    /// <summary>Submits an entry that returns nothing. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public PoolResult ApplyAsyncEntry(
        EntryReference entry, PoolArgumentWriter arguments, Action? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var (result, completion) = PoolResult.ForVoid(callback, errorCallback, _callbackGate);
        Submit([new VoidApplyTask(entry, arguments.WrittenMemory, completion)], cancellationToken);
        return result;
    }

    /// <summary>Maps an entry over items in chunks and waits for all results. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult[] MapEntry<[DynamicallyAccessedMembers(WireSerializer.Members)] T, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(
        EntryReference entry, IEnumerable<T> items, Action<PoolArgumentWriter, T> write, int? chunkSize, CancellationToken cancellationToken) =>
        MapAsyncEntry<T, TResult>(entry, items, write, chunkSize, null, null, cancellationToken).Get();

    /// <summary>Maps an entry over items in chunks. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public PoolResult<TResult[]> MapAsyncEntry<[DynamicallyAccessedMembers(WireSerializer.Members)] T, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(
        EntryReference entry, IEnumerable<T> items, Action<PoolArgumentWriter, T> write, int? chunkSize, Action<TResult[]>? callback, Action<Exception>? errorCallback,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        var span = PoolPayload.Materialize(items, out _);
        int size = chunkSize ?? PoolPayload.DefaultChunkSize(span.Length, Processes);
        PoolPayload.ThrowIfBadChunkSize(size);
        var completion = new PoolCompletion<TResult[]>(callback, errorCallback, _callbackGate);
        int chunkCount = (span.Length + size - 1) / size;
        if (chunkCount == 0)
        {
            ThrowIfClosed();
            completion.Complete([]);
            return new PoolResult<TResult[]>(completion.Task);
        }

        var sink = new MapSink<TResult>(span.Length, size, chunkCount, completion);
        Submit(CreateChunks(entry, span, write, size, sink), cancellationToken);
        return new PoolResult<TResult[]>(completion.Task);
    }

    /// <summary>Maps an entry over items, results in input order as they arrive. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public PoolResultStream<TResult> ImapEntry<[DynamicallyAccessedMembers(WireSerializer.Members)] T, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(
        EntryReference entry, IEnumerable<T> items, Action<PoolArgumentWriter, T> write, int chunkSize, CancellationToken cancellationToken) =>
        Stream<T, TResult>(entry, items, write, chunkSize, ordered: true, cancellationToken);

    /// <summary>Maps an entry over items, results in completion order. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public PoolResultStream<TResult> ImapUnorderedEntry<[DynamicallyAccessedMembers(WireSerializer.Members)] T, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(
        EntryReference entry, IEnumerable<T> items, Action<PoolArgumentWriter, T> write, int chunkSize, CancellationToken cancellationToken) =>
        Stream<T, TResult>(entry, items, write, chunkSize, ordered: false, cancellationToken);

    /// <summary>Maps an entry over tuples of arguments and waits for all results. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult[] StarmapEntry<[DynamicallyAccessedMembers(WireSerializer.Members)] T, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(
        EntryReference entry, IEnumerable<T> items, Action<PoolArgumentWriter, T> write, int? chunkSize, CancellationToken cancellationToken) =>
        MapAsyncEntry<T, TResult>(entry, items, write, chunkSize, null, null, cancellationToken).Get();

    /// <summary>Maps an entry over tuples of arguments. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public PoolResult<TResult[]> StarmapAsyncEntry<[DynamicallyAccessedMembers(WireSerializer.Members)] T, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(
        EntryReference entry, IEnumerable<T> items, Action<PoolArgumentWriter, T> write, int? chunkSize, Action<TResult[]>? callback, Action<Exception>? errorCallback,
        CancellationToken cancellationToken) =>
        MapAsyncEntry(entry, items, write, chunkSize, callback, errorCallback, cancellationToken);

    private PoolResultStream<TResult> Stream<T, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(
        EntryReference entry, IEnumerable<T> items, Action<PoolArgumentWriter, T> write, int chunkSize, bool ordered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        PoolPayload.ThrowIfBadChunkSize(chunkSize);
        var span = PoolPayload.Materialize(items, out _);
        int chunkCount = (span.Length + chunkSize - 1) / chunkSize;
        var sink = new StreamSink<TResult>(chunkCount, ordered);
        if (chunkCount == 0)
        {
            ThrowIfClosed();
        }
        else
        {
            Submit(CreateChunks(entry, span, write, chunkSize, sink), cancellationToken);
        }

        return new PoolResultStream<TResult>(sink);
    }

    private static List<PoolTask> CreateChunks<T, [DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(
        EntryReference entry, ReadOnlySpan<T> items, Action<PoolArgumentWriter, T> write, int chunkSize, ChunkSink<TResult> sink)
    {
        var chunks = new List<PoolTask>((items.Length + chunkSize - 1) / chunkSize);
        for (int start = 0, index = 0; start < items.Length; start += chunkSize, index++)
        {
            var chunk = items.Slice(start, Math.Min(chunkSize, items.Length - start));
            chunks.Add(new ChunkTask<TResult>(entry, PoolPayload.WriteChunk(chunk, write), chunk.Length, index, sink));
        }

        return chunks;
    }
}
