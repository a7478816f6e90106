using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using Multiprocessing.Wire;

namespace Multiprocessing.Pool;

/// <summary>Where the chunks of one <c>Map</c>, <c>Imap</c> or <c>ImapUnordered</c> call deliver their results.</summary>
internal abstract class ChunkSink<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>
{
    /// <summary>Chunk <paramref name="index"/> returned: its <paramref name="count"/> results, as the worker wrote them.</summary>
    /// <exception cref="InvalidDataException">The bytes do not hold that many results.</exception>
    public abstract void OnChunk(int index, ReadOnlySpan<byte> results, int count);

    public abstract void OnFailed(int index, Exception exception);
}

/// <summary>
/// <c>Map</c>: the results in input order, delivered once every chunk is in; the first failure fails the call. Each
/// chunk is read straight into its place in the result array: chunks of different workers fill different slices.
/// </summary>
internal sealed class MapSink<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(int count, int chunkSize, int chunkCount, PoolCompletion<TResult[]> completion)
    : ChunkSink<TResult>
{
    private readonly TResult[] _results = new TResult[count];
    private int _remaining = chunkCount;

    public override void OnChunk(int index, ReadOnlySpan<byte> results, int count)
    {
        PoolPayload.ReadResults(results, _results.AsSpan(index * chunkSize, count));
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            completion.Complete(_results);
        }
    }

    public override void OnFailed(int index, Exception exception) => completion.Fail(exception);
}

/// <summary>
/// <c>Imap</c> and <c>ImapUnordered</c>: chunks handed to the reader as they arrive, in input order or in
/// completion order. A failed chunk is delivered in its turn, as its exception.
/// </summary>
internal sealed class StreamSink<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(int chunkCount, bool ordered) : ChunkSink<TResult>
{
    private readonly TaskCompletionSource<TResult[]>[] _ordered = ordered ? CreateSlots(chunkCount) : [];
    private readonly Channel<Task<TResult[]>> _unordered = Channel.CreateUnbounded<Task<TResult[]>>();

    public int ChunkCount => chunkCount;

    public override void OnChunk(int index, ReadOnlySpan<byte> bytes, int count)
    {
        var results = new TResult[count];
        PoolPayload.ReadResults(bytes, results.AsSpan());
        if (ordered)
        {
            _ordered[index].TrySetResult(results);
        }
        else
        {
            _unordered.Writer.TryWrite(Task.FromResult(results));
        }
    }

    public override void OnFailed(int index, Exception exception)
    {
        if (ordered)
        {
            _ordered[index].TrySetException(exception);
        }
        else
        {
            _unordered.Writer.TryWrite(Task.FromException<TResult[]>(exception));
        }
    }

    /// <summary>The <paramref name="turn"/>-th chunk to hand out: chunk <paramref name="turn"/>, or the <paramref name="turn"/>-th to finish.</summary>
    public async ValueTask<TResult[]> NextAsync(int turn, CancellationToken cancellationToken)
    {
        var chunk = ordered ? _ordered[turn].Task : await _unordered.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return await chunk.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static TaskCompletionSource<TResult[]>[] CreateSlots(int count)
    {
        var slots = new TaskCompletionSource<TResult[]>[count];
        for (int i = 0; i < count; i++)
        {
            slots[i] = new TaskCompletionSource<TResult[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return slots;
    }
}
