using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MemoryPack;
using Multiprocessing.Hosting;
using Multiprocessing.Wire;

namespace Multiprocessing.Pool;

/// <summary>
/// One unit of work sent to a worker: an entry and the arguments of one call (<c>Apply</c>) or of a chunk of items
/// (<c>Map</c>), and what to do with the outcome. State other than the outcome is guarded by the pool's lock.
/// </summary>
internal abstract class PoolTask(EntryReference entry, ReadOnlyMemory<byte> payload, int itemCount)
{
    public long Id { get; set; }

    public EntryReference Entry { get; } = entry;

    // Checked here, on the submitting thread: a task too large for one frame would otherwise fail in the worker's
    // send loop, where no caller hears of it.
    public ReadOnlyMemory<byte> Payload { get; } = PoolWire.CheckTaskSize(entry, payload);

    public int ItemCount { get; } = itemCount;

    /// <summary>The task's place in the pool's queue while it waits for a worker; <see langword="null"/> once sent.</summary>
    public LinkedListNode<PoolTask>? QueueNode { get; set; }

    public CancellationTokenRegistration Cancellation { get; set; }

    /// <summary>Reads the results a worker sent back; a payload that cannot be read fails the task instead.</summary>
    public void Complete(ReadOnlySpan<byte> results)
    {
        try
        {
            OnReturned(results);
        }
        catch (Exception exception) when (exception is MemoryPackSerializationException or InvalidDataException)
        {
            Fail(new InvalidDataException($"The result of {Entry.DisplayName} sent by a pool worker could not be read: {exception.Message}", exception));
        }
    }

    public abstract void Fail(Exception exception);

    protected abstract void OnReturned(ReadOnlySpan<byte> results);

    /// <summary>Reads <paramref name="count"/> results written back to back into a new array.</summary>
    protected static TResult[] ReadResults<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(ReadOnlySpan<byte> results, int count)
    {
        var values = new TResult[count];
        PoolPayload.ReadResults(results, values.AsSpan());
        return values;
    }
}

/// <summary>An <c>Apply</c> of an entry that returns a value.</summary>
internal sealed class ApplyTask<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(EntryReference entry, ReadOnlyMemory<byte> payload, PoolCompletion<TResult> completion)
    : PoolTask(entry, payload, itemCount: 1)
{
    public override void Fail(Exception exception) => completion.Fail(exception);

    protected override void OnReturned(ReadOnlySpan<byte> results) => completion.Complete(ReadResults<TResult>(results, 1)[0]);
}

/// <summary>An <c>Apply</c> of an entry that returns nothing.</summary>
internal sealed class VoidApplyTask(EntryReference entry, ReadOnlyMemory<byte> payload, PoolCompletion<bool> completion)
    : PoolTask(entry, payload, itemCount: 1)
{
    public override void Fail(Exception exception) => completion.Fail(exception);

    protected override void OnReturned(ReadOnlySpan<byte> results)
    {
        if (!results.IsEmpty)
        {
            throw new InvalidDataException($"an entry that returns nothing sent {results.Length} bytes back");
        }

        completion.Complete(true);
    }
}

/// <summary>One chunk of a <c>Map</c>, <c>Imap</c> or <c>Starmap</c>: its results go to the job's sink.</summary>
internal sealed class ChunkTask<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(EntryReference entry, ReadOnlyMemory<byte> payload, int itemCount, int index, ChunkSink<TResult> sink)
    : PoolTask(entry, payload, itemCount)
{
    public override void Fail(Exception exception) => sink.OnFailed(index, exception);

    protected override void OnReturned(ReadOnlySpan<byte> results) => sink.OnChunk(index, results, ItemCount);
}
