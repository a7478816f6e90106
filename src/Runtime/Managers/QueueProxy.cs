using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Managers;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A queue that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Queue(maxsize)</c>, a <c>queue.Queue</c>
/// in the server): any process with the proxy puts and gets, first in first out, each call one round trip. Create one
/// with <see cref="Manager.Queue{T}"/>; for a queue that programs on other machines reach, publish it
/// (<see cref="Manager.Publish"/>) and find it with <see cref="Manager.FindQueue{T}"/>.
/// </summary>
/// <remarks>
/// Items are serialized with MemoryPack in the caller and kept as bytes in the server. A process killed while it waits
/// to get takes no item: the server cancels its wait. For a queue between the processes of one machine,
/// <see cref="ProcessQueue{T}"/> (shared memory, no server) is much faster.
/// </remarks>
/// <typeparam name="T">The items' type.</typeparam>
[MemoryPackable]
public sealed partial class QueueProxy<[DynamicallyAccessedMembers(WireSerializer.Members)] T> : BaseProxy
{
    private readonly Proxy<ManagerQueueCore> _queue;

    internal QueueProxy(Proxy<ManagerQueueCore> queue)
        : base(queue) => _queue = queue;

    [MemoryPackConstructor]
    private QueueProxy(ProxyReference reference)
        : base(reference) => _queue = As<ManagerQueueCore>();

    /// <summary>The most items the queue holds (0: no limit).</summary>
    public int MaxSize => _queue.MaxSize;

    /// <summary>The number of items now (Python's <c>qsize()</c>).</summary>
    public int Count => _queue.Count;

    /// <summary>Whether the queue is empty now.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Whether the queue is full now.</summary>
    public bool IsFull => MaxSize > 0 && Count >= MaxSize;

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <summary>Puts <paramref name="item"/>, waiting for room in a bounded queue.</summary>
    /// <param name="item">The item.</param>
    public void Put(T item) => Put(item, Timeout.InfiniteTimeSpan);

    /// <summary>Puts <paramref name="item"/>, waiting at most <paramref name="timeout"/> for room.</summary>
    /// <param name="item">The item.</param>
    /// <param name="timeout">How long to wait for room.</param>
    /// <exception cref="QueueFullException">No room came in time.</exception>
    public void Put(T item, TimeSpan timeout)
    {
        if (!Completed(_queue.PutAsync(Encode(item), CheckTimeout(timeout), ManagerClient.Blocking)))
        {
            throw new QueueFullException($"The manager's queue stayed full for {timeout}: the item was not put (Python's queue.Full).");
        }
    }

    /// <summary>Puts <paramref name="item"/> if there is room now; whether it was put.</summary>
    /// <param name="item">The item.</param>
    public bool TryPut(T item) => Completed(_queue.PutAsync(Encode(item), TimeSpan.Zero, ManagerClient.Blocking));

    /// <summary>Puts <paramref name="item"/> without blocking the calling thread.</summary>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Stops waiting for room; the item is then not put.</param>
    public Task PutAsync(T item, CancellationToken cancellationToken = default) => _queue.PutAsync(Encode(item), Timeout.InfiniteTimeSpan, cancellationToken);

    /// <summary>Puts <paramref name="item"/> if room comes within <paramref name="timeout"/>, without blocking the calling thread; whether it was put.</summary>
    /// <param name="item">The item.</param>
    /// <param name="timeout">How long to wait for room.</param>
    /// <param name="cancellationToken">Stops waiting for room; the item is then not put.</param>
    public Task<bool> PutAsync(T item, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _queue.PutAsync(Encode(item), CheckTimeout(timeout), cancellationToken);

    /// <summary>Takes the oldest item, waiting for one.</summary>
    public T Get() => Get(Timeout.InfiniteTimeSpan);

    /// <summary>Takes the oldest item, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait for an item.</param>
    /// <exception cref="QueueEmptyException">No item came in time.</exception>
    public T Get(TimeSpan timeout) => Decode(Completed(_queue.GetAsync(CheckTimeout(timeout), ManagerClient.Blocking)), timeout);

    /// <summary>Takes the oldest item if there is one now.</summary>
    /// <param name="item">The item, or the default.</param>
    public bool TryGet([MaybeNullWhen(false)] out T item)
    {
        var bytes = Completed(_queue.GetAsync(TimeSpan.Zero, ManagerClient.Blocking));
        item = bytes is null ? default : WireSerializer.Deserialize<T>(bytes)!;
        return bytes is not null;
    }

    /// <summary>Takes the oldest item without blocking the calling thread.</summary>
    /// <param name="cancellationToken">Stops waiting; no item is then taken.</param>
    public Task<T> GetAsync(CancellationToken cancellationToken = default) => GetAsync(Timeout.InfiniteTimeSpan, cancellationToken);

    /// <summary>Takes the oldest item within <paramref name="timeout"/>, without blocking the calling thread.</summary>
    /// <param name="timeout">How long to wait for an item.</param>
    /// <param name="cancellationToken">Stops waiting; no item is then taken.</param>
    /// <exception cref="QueueEmptyException">No item came in time.</exception>
    public async Task<T> GetAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Decode(await _queue.GetAsync(CheckTimeout(timeout), cancellationToken).ConfigureAwait(false), timeout);

    /// <summary>Marks one item taken as processed (Python's <c>task_done()</c>).</summary>
    /// <exception cref="RemoteException">Called more times than items were put.</exception>
    public void TaskDone() => _queue.TaskDone();

    /// <summary>Waits until every item put has been marked done with <see cref="TaskDone"/> (Python's <c>join()</c>).</summary>
    public void Join() => Completed(_queue.JoinAsync(Timeout.InfiniteTimeSpan, ManagerClient.Blocking));

    /// <summary>Waits until every item put has been marked done, without blocking the calling thread.</summary>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether every item was done in time.</returns>
    public Task<bool> JoinAsync(TimeSpan timeout, CancellationToken cancellationToken = default) => _queue.JoinAsync(CheckTimeout(timeout), cancellationToken);

    /// <inheritdoc/>
    public override string ToString() => $"{ProxyTypeNames.Of(typeof(QueueProxy<T>))}(object {ObjectId} at {Address})";

    private static byte[] Encode(T item) => WireSerializer.Serialize(item);

    private static T Decode(byte[]? bytes, TimeSpan timeout) =>
        bytes is null
            ? throw new QueueEmptyException($"The manager's queue stayed empty for {timeout} (Python's queue.Empty).")
            : WireSerializer.Deserialize<T>(bytes)!;
}
