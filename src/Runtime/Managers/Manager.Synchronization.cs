using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Managers;
using Multiprocessing.Wire;

namespace Multiprocessing;

// The built-in shared types beyond the list and dictionary: Python's SyncManager.RLock, Semaphore, BoundedSemaphore,
// Condition, Barrier, Queue, Value, Array and Namespace. Each is a [Shared] class of the runtime served like a user's
// own, behind a hand-written proxy whose blocking forms and timeouts read as those of the Process* types.
public sealed partial class Manager
{
    /// <summary>Creates a reentrant lock in the server (Python's <c>manager.RLock()</c>).</summary>
    public RLockProxy RLock() => new(this.CreateManagerRLockCore());

    /// <summary>Creates a semaphore in the server (Python's <c>manager.Semaphore(value)</c>).</summary>
    /// <param name="initialCount">The permits it starts with.</param>
    public SemaphoreProxy Semaphore(int initialCount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCount);
        return new(this.CreateManagerSemaphoreCore(initialCount, bounded: false));
    }

    /// <summary>Creates a semaphore in the server that refuses to be released above <paramref name="initialCount"/> (Python's <c>manager.BoundedSemaphore(value)</c>).</summary>
    /// <param name="initialCount">The permits it starts with, and the most it holds.</param>
    public SemaphoreProxy BoundedSemaphore(int initialCount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCount);
        return new(this.CreateManagerSemaphoreCore(initialCount, bounded: true));
    }

    /// <summary>Creates a condition variable, with its own reentrant lock, in the server (Python's <c>manager.Condition()</c>).</summary>
    public ConditionProxy Condition() => new(this.CreateManagerConditionCore());

    /// <summary>Creates a barrier for <paramref name="parties"/> callers in the server (Python's <c>manager.Barrier(parties)</c>).</summary>
    /// <param name="parties">How many callers pass together; at least 1.</param>
    public BarrierProxy Barrier(int parties)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parties);
        return new(this.CreateManagerBarrierCore(parties));
    }

    /// <summary>Creates a queue in the server (Python's <c>manager.Queue(maxsize)</c>).</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="maxSize">The most items it holds; 0 for no limit.</param>
    public QueueProxy<T> Queue<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(int maxSize = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSize);
        return new(this.CreateManagerQueueCore(ProxyTypeNames.Of(typeof(QueueProxy<T>)), maxSize));
    }

    /// <summary>Creates a value in the server (Python's <c>manager.Value(typecode, value)</c>).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">Its first value.</param>
    public ValueProxy<T> Value<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(T value) =>
        new(this.CreateManagerValueCore(WireSerializer.Serialize(value)));

    /// <summary>Creates a fixed-length array in the server holding <paramref name="items"/> (Python's <c>manager.Array(typecode, seq)</c>).</summary>
    /// <typeparam name="T">The elements' type.</typeparam>
    /// <param name="items">The elements, sent in one round trip.</param>
    public ArrayProxy<T> Array<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(this.CreateManagerList(ProxyTypeNames.Of(typeof(ArrayProxy<T>)), [.. items.Select(item => WireSerializer.Serialize(item))]));
    }

    /// <summary>Creates an array of <paramref name="length"/> default elements in the server (Python's <c>manager.Array(typecode, n)</c>).</summary>
    /// <typeparam name="T">The elements' type.</typeparam>
    /// <param name="length">How many elements.</param>
    public ArrayProxy<T> Array<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return Array(Enumerable.Repeat(default(T)!, length));
    }

    /// <summary>Creates an empty namespace in the server (Python's <c>manager.Namespace()</c>).</summary>
    public NamespaceProxy Namespace() => new(this.CreateManagerDictionary(nameof(NamespaceProxy)));

    /// <summary>The queue published under <paramref name="name"/> (Python's remote <c>get_queue()</c>).</summary>
    /// <typeparam name="T">The items' type it was created with.</typeparam>
    /// <param name="name">The name it was published under.</param>
    /// <exception cref="InvalidOperationException">Nothing is published under that name, or something other than a <see cref="QueueProxy{T}"/> of <typeparamref name="T"/>.</exception>
    public QueueProxy<T> FindQueue<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(string name) =>
        new(FindCollection<ManagerQueueCore, QueueProxy<T>>(name, static queue => queue.Description));
}
