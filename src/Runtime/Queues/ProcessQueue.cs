using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using MemoryPack;
using Multiprocessing.Queues;
using Multiprocessing.Synchronization;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A first-in first-out queue shared by any number of producer and consumer processes: Python's
/// <c>multiprocessing.Queue</c>. Pass it to a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child
/// puts on and gets from the same queue. Items are serialized with MemoryPack.
/// </summary>
/// <remarks>
/// <para>The items live in a ring buffer in a <see cref="SharedMemory"/> block, guarded by two
/// <see cref="ProcessLock"/>s (one for producers, one for consumers); waiting processes spin briefly, then sleep in
/// the kernel (<c>futex</c>) until woken. Items larger than half of the buffer are written to a shared memory file of their own, referenced from the ring, so any size up to what an
/// array can hold (about 2 GB serialized) works.</para>
/// <para>There is no feeder thread: <see cref="Put(T)"/> returns once the item is in shared memory. An item put by a
/// process that then exits, at once or by a crash, is never lost, and <see cref="JoinThread"/> has nothing to wait
/// for.</para>
/// <para>A process killed in the middle of a put or a get does not corrupt the queue for the others: an item becomes
/// visible in one 64-bit store made after it is completely written, and is removed in one store after it is
/// completely read. The next process to take the lock is told by the lock's abandonment (see
/// <see cref="AbandonedLockException"/>) and goes on; a half-written item is discarded, and an item whose reader
/// was killed before it finished stays in the queue for another reader.</para>
/// <para><see cref="CompleteAdding"/> closes the queue for every process: puts throw, gets drain what is left, and
/// then <see cref="ReadAllAsync"/> ends and gets throw <see cref="QueueCompletedException"/>. <see cref="Close"/> is
/// Python's <c>close()</c>: it only stops this process's own use of the queue.</para>
/// </remarks>
/// <typeparam name="T">The item type: anything MemoryPack serializes. Every process must use the same type.</typeparam>
[MemoryPackable]
public partial class ProcessQueue<[DynamicallyAccessedMembers(WireSerializer.Members)] T> : IDisposable
{
    /// <summary>The buffer size used when none is given: 4 MiB.</summary>
    public const int DefaultBufferBytes = QueueEndpoint<T>.DefaultCapacity;

    private readonly QueueEndpoint<T> _endpoint;

    /// <summary>Creates an empty queue in a new shared memory block (Python's <c>Queue(maxsize)</c>).</summary>
    /// <param name="maxSize">The most items the queue holds; 0 (the default) for no limit but its buffer.</param>
    /// <param name="bufferBytes">The size of the shared buffer the items are stored in (4 KiB to 1 GiB); a put waits while it lacks room.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSize"/> is negative, or <paramref name="bufferBytes"/> is out of range.</exception>
    public ProcessQueue(int maxSize = 0, int bufferBytes = DefaultBufferBytes)
        : this(QueueEndpoint<T>.Create(maxSize, bufferBytes))
    {
    }

    /// <summary>Attaches to the queue in the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private ProcessQueue(string blockName)
        : this(QueueEndpoint<T>.Attach(blockName))
    {
    }

    /// <summary>A queue over <paramref name="endpoint"/>; for <see cref="JoinableProcessQueue{T}"/>.</summary>
    private protected ProcessQueue(QueueEndpoint<T> endpoint) => _endpoint = endpoint;

    /// <summary>This process's view of the shared queue.</summary>
    private protected QueueEndpoint<T> Endpoint => _endpoint;

    /// <summary>Attaches to an existing queue by block name, whatever its item type (for the tests of mismatched items).</summary>
    internal static ProcessQueue<T> Attach(string blockName) => new(QueueEndpoint<T>.Attach(blockName));

    /// <summary>The name of the shared memory block that holds the queue.</summary>
    [MemoryPackInclude]
    internal string BlockName => _endpoint.Name;

    /// <summary>The most items the queue holds; 0 for no limit but its buffer (Python's <c>maxsize</c>).</summary>
    [MemoryPackIgnore]
    public int MaxSize => _endpoint.Ring.MaxCount;

    /// <summary>The number of items in the queue (Python's <c>qsize()</c>): approximate, since other processes may put or get meanwhile.</summary>
    [MemoryPackIgnore]
    public int Count => _endpoint.Ring.Count;

    // Why a put found no room, for the full exception: its maximum of items, or else its buffer.
    private string FullReason()
    {
        int count = Count;
        string items = count == 1 ? "1 item" : $"{count} items";
        return MaxSize > 0 && count >= MaxSize
            ? $"it holds {items}, its maximum"
            : $"its {_endpoint.Ring.Capacity:N0}-byte buffer has no room for the item ({items} in it)";
    }

    /// <summary>Whether the queue is empty now (Python's <c>empty()</c>); approximate, as <see cref="Count"/>.</summary>
    [MemoryPackIgnore]
    public bool IsEmpty => Count == 0;

    /// <summary>Whether the queue holds <see cref="MaxSize"/> items now (Python's <c>full()</c>); approximate. Always false without a maximum.</summary>
    [MemoryPackIgnore]
    public bool IsFull => MaxSize > 0 && Count >= MaxSize;

    /// <summary>Whether any process called <see cref="CompleteAdding"/>.</summary>
    [MemoryPackIgnore]
    public bool IsAddingCompleted => _endpoint.Ring.IsCompleted;

    /// <summary>Whether adding is completed and every item has been got: gets have nothing more to wait for.</summary>
    [MemoryPackIgnore]
    public bool IsCompleted => IsAddingCompleted && IsEmpty;

    /// <summary>Puts <paramref name="item"/>, waiting as long as it takes for room (Python's <c>put(item)</c>).</summary>
    /// <exception cref="QueueCompletedException"><see cref="CompleteAdding"/> was called.</exception>
    public void Put(T item) => _endpoint.Put(item, Timeout.Infinite, CancellationToken.None);

    /// <summary>Puts <paramref name="item"/>, waiting at most <paramref name="timeout"/> for room (Python's <c>put(item, timeout=t)</c>).</summary>
    /// <param name="item">The item.</param>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> does not wait (Python's <c>put_nowait</c>).</param>
    /// <exception cref="QueueFullException">There was no room before the timeout; the item was not put.</exception>
    /// <exception cref="QueueCompletedException"><see cref="CompleteAdding"/> was called.</exception>
    public void Put(T item, TimeSpan timeout)
    {
        if (!_endpoint.Put(item, WaitTimeout.ToMilliseconds(timeout), CancellationToken.None))
        {
            throw new QueueFullException($"The queue '{BlockName}' had no room for {timeout.TotalMilliseconds} ms: {FullReason()}.");
        }
    }

    /// <summary>Puts <paramref name="item"/> only if there is room now.</summary>
    /// <returns>True when the item was put.</returns>
    /// <exception cref="QueueCompletedException"><see cref="CompleteAdding"/> was called.</exception>
    public bool TryPut(T item) => _endpoint.Put(item, 0, CancellationToken.None);

    /// <summary>Puts <paramref name="item"/> without blocking the caller (a wait for room runs on a thread-pool thread).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the item was put.</exception>
    /// <exception cref="QueueCompletedException"><see cref="CompleteAdding"/> was called.</exception>
    public async ValueTask PutAsync(T item, CancellationToken cancellationToken = default) =>
        await _endpoint.PutAsync(item, Timeout.Infinite, cancellationToken).ConfigureAwait(false);

    /// <summary>Puts <paramref name="item"/> without blocking the caller, waiting at most <paramref name="timeout"/> for room.</summary>
    /// <exception cref="QueueFullException">There was no room before the timeout; the item was not put.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the item was put.</exception>
    /// <exception cref="QueueCompletedException"><see cref="CompleteAdding"/> was called.</exception>
    public async ValueTask PutAsync(T item, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!await _endpoint.PutAsync(item, WaitTimeout.ToMilliseconds(timeout), cancellationToken).ConfigureAwait(false))
        {
            throw new QueueFullException($"The queue '{BlockName}' had no room for {timeout.TotalMilliseconds} ms: {FullReason()}.");
        }
    }

    /// <summary>Removes and returns the oldest item, waiting as long as it takes (Python's <c>get()</c>).</summary>
    /// <exception cref="QueueCompletedException">The queue is completed and empty: no item will ever come.</exception>
    /// <exception cref="InvalidDataException">The item's bytes are not a <typeparamref name="T"/>; it was removed and the queue goes on.</exception>
    public T Get() => Got(_endpoint.Take(Timeout.Infinite, CancellationToken.None, out T item), item, Timeout.InfiniteTimeSpan);

    /// <summary>Removes and returns the oldest item, waiting at most <paramref name="timeout"/> (Python's <c>get(timeout=t)</c>).</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> does not wait (Python's <c>get_nowait</c>).</param>
    /// <exception cref="QueueEmptyException">No item came before the timeout.</exception>
    /// <exception cref="QueueCompletedException">The queue is completed and empty: no item will ever come.</exception>
    /// <exception cref="InvalidDataException">The item's bytes are not a <typeparamref name="T"/>; it was removed and the queue goes on.</exception>
    public T Get(TimeSpan timeout) => Got(_endpoint.Take(WaitTimeout.ToMilliseconds(timeout), CancellationToken.None, out T item), item, timeout);

    /// <summary>Removes the oldest item only if there is one now.</summary>
    /// <returns>True when <paramref name="item"/> was got; false when the queue is empty (or completed and empty).</returns>
    /// <exception cref="InvalidDataException">The item's bytes are not a <typeparamref name="T"/>; it was removed and the queue goes on.</exception>
    public bool TryGet([MaybeNullWhen(false)] out T item) => _endpoint.Take(0, CancellationToken.None, out item) == TakeOutcome.Taken;

    /// <summary>Removes and returns the oldest item without blocking the caller (a wait runs on a thread-pool thread).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before an item was got.</exception>
    /// <exception cref="QueueCompletedException">The queue is completed and empty.</exception>
    /// <exception cref="InvalidDataException">The item's bytes are not a <typeparamref name="T"/>; it was removed and the queue goes on.</exception>
    public async ValueTask<T> GetAsync(CancellationToken cancellationToken = default)
    {
        var (outcome, item) = await _endpoint.TakeAsync(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        return Got(outcome, item, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Removes and returns the oldest item without blocking the caller, waiting at most <paramref name="timeout"/>.</summary>
    /// <exception cref="QueueEmptyException">No item came before the timeout.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before an item was got.</exception>
    /// <exception cref="QueueCompletedException">The queue is completed and empty.</exception>
    /// <exception cref="InvalidDataException">The item's bytes are not a <typeparamref name="T"/>; it was removed and the queue goes on.</exception>
    public async ValueTask<T> GetAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var (outcome, item) = await _endpoint.TakeAsync(WaitTimeout.ToMilliseconds(timeout), cancellationToken).ConfigureAwait(false);
        return Got(outcome, item, timeout);
    }

    /// <summary>
    /// Reads items as they come, until the queue is completed (<see cref="CompleteAdding"/>, by any process) and
    /// drained: <c>await foreach (var item in queue.ReadAllAsync(token)) { ... }</c>. Several readers, in this process
    /// or others, share the items: each item goes to one of them.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidDataException">An item's bytes are not a <typeparamref name="T"/>; it was removed, and reading again goes on.</exception>
    public async IAsyncEnumerable<T> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var (outcome, item) = await _endpoint.TakeAsync(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            if (outcome == TakeOutcome.Completed)
            {
                yield break;
            }

            yield return item;
        }
    }

    /// <summary>
    /// Completes the queue for every process: later puts, here and in every other process, throw
    /// <see cref="QueueCompletedException"/>; the items already in are still got, and once they are gone gets throw
    /// <see cref="QueueCompletedException"/> and <see cref="ReadAllAsync"/> ends. Waiting puts and gets wake at once.
    /// Completing twice does nothing.
    /// </summary>
    public void CompleteAdding() => _endpoint.Ring.Complete();

    /// <summary>
    /// Python's <c>close()</c>: this process will use the queue no more; its puts and gets throw
    /// <see cref="InvalidOperationException"/> from now on. Other processes are not affected, and every item this
    /// process put is already in shared memory. To end the readers of all processes, use <see cref="CompleteAdding"/>.
    /// </summary>
    public void Close() => _endpoint.Close();

    /// <summary>
    /// Python's <c>join_thread()</c>, kept for ported code: there is no feeder thread, every put item is in shared
    /// memory already, so this returns at once. As in Python, it may only be called after <see cref="Close"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Close"/> was not called.</exception>
    public void JoinThread()
    {
        if (!_endpoint.IsClosed)
        {
            throw new InvalidOperationException("JoinThread may be called only after Close, as in Python (there is nothing to wait for: puts are complete when they return).");
        }
    }

    /// <summary>Python's <c>cancel_join_thread()</c>, kept for ported code: does nothing, since no data is ever left behind in a buffer of this process.</summary>
    public void CancelJoinThread()
    {
    }

    /// <summary>Closes this process's view of the queue; the last process to dispose it frees its shared memory and any items left in it.</summary>
    public void Dispose() => _endpoint.Dispose();

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name.Split('`')[0]}<{typeof(T).Name}>({BlockName}, {Count} items)";

    private T Got(TakeOutcome outcome, T item, TimeSpan timeout) => outcome switch
    {
        TakeOutcome.Taken => item,
        TakeOutcome.Completed => throw new QueueCompletedException($"The queue '{BlockName}' was completed (CompleteAdding) and is empty: no item will come."),
        _ => throw new QueueEmptyException($"The queue '{BlockName}' stayed empty for {timeout.TotalMilliseconds} ms."),
    };
}
