using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Queues;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A plain first-in first-out queue between processes: Python's <c>multiprocessing.SimpleQueue</c>, with
/// <see cref="Put"/>, <see cref="Get"/>, <see cref="IsEmpty"/> and <see cref="Close"/>, no maximum size and no
/// timeouts. It shares the implementation and the guarantees of <see cref="ProcessQueue{T}"/> (nothing lost when a
/// producer exits, no corruption when a process is killed mid-put or mid-get).
/// </summary>
/// <typeparam name="T">The item type: anything MemoryPack serializes. Every process must use the same type.</typeparam>
[MemoryPackable]
public sealed partial class SimpleProcessQueue<[DynamicallyAccessedMembers(WireSerializer.Members)] T> : IDisposable
{
    private readonly QueueEndpoint<T> _endpoint;

    /// <summary>Creates an empty queue in a new shared memory block (Python's <c>SimpleQueue()</c>).</summary>
    public SimpleProcessQueue()
        : this(QueueEndpoint<T>.Create(0, QueueEndpoint<T>.DefaultCapacity))
    {
    }

    /// <summary>Attaches to the queue in the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private SimpleProcessQueue(string blockName)
        : this(QueueEndpoint<T>.Attach(blockName))
    {
    }

    private SimpleProcessQueue(QueueEndpoint<T> endpoint) => _endpoint = endpoint;

    /// <summary>The name of the shared memory block that holds the queue.</summary>
    [MemoryPackInclude]
    internal string BlockName => _endpoint.Name;

    /// <summary>Whether the queue is empty now (Python's <c>empty()</c>); approximate, since other processes may put or get meanwhile.</summary>
    [MemoryPackIgnore]
    public bool IsEmpty => _endpoint.Ring.Count == 0;

    /// <summary>Puts <paramref name="item"/> (Python's <c>put(item)</c>); waits only while the shared buffer is full.</summary>
    public void Put(T item) => _endpoint.Put(item, Timeout.Infinite, CancellationToken.None);

    /// <summary>Removes and returns the oldest item, waiting as long as it takes (Python's <c>get()</c>).</summary>
    /// <exception cref="InvalidDataException">The item's bytes are not a <typeparamref name="T"/>; it was removed and the queue goes on.</exception>
    public T Get()
    {
        _endpoint.Take(Timeout.Infinite, CancellationToken.None, out T item);
        return item;
    }

    /// <summary>Removes and returns the oldest item without blocking the caller (the wait runs on a thread-pool thread).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before an item was got.</exception>
    public async ValueTask<T> GetAsync(CancellationToken cancellationToken = default) =>
        (await _endpoint.TakeAsync(Timeout.Infinite, cancellationToken).ConfigureAwait(false)).Item;

    /// <summary>Python's <c>close()</c>: this process will use the queue no more; its puts and gets throw from now on.</summary>
    public void Close() => _endpoint.Close();

    /// <summary>Closes this process's view of the queue; the last process to dispose it frees its shared memory.</summary>
    public void Dispose() => _endpoint.Dispose();

    /// <inheritdoc/>
    public override string ToString() => $"SimpleProcessQueue<{typeof(T).Name}>({BlockName})";
}
