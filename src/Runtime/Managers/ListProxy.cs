using System.Collections;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Managers;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A list that lives in a <see cref="Manager"/>'s server (Python's <c>manager.list()</c>, a <c>ListProxy</c>). As in
/// Python, each call is one round trip that runs on the one list, so an <c>Add</c> from any process is never lost;
/// <see cref="Snapshot"/> fetches every item in one call. Pass it to a
/// <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child reaches the same list.
/// </summary>
/// <remarks>
/// Items are serialized with MemoryPack; the server keeps their bytes and never deserializes them, so
/// <see cref="Contains"/>, <see cref="IndexOf"/> and <see cref="Remove"/> compare serialized forms (equal for equal
/// primitives, strings, records of those). Enumerating takes a snapshot first. A failed call (an index out of range)
/// throws a <see cref="RemoteException"/> naming the server's exception.
/// </remarks>
/// <typeparam name="T">The items' type: anything MemoryPack serializes.</typeparam>
[MemoryPackable]
public sealed partial class ListProxy<[DynamicallyAccessedMembers(WireSerializer.Members)] T> : BaseProxy, IList<T>, IReadOnlyList<T>
{
    private readonly Proxy<ManagerList> _list;

    internal ListProxy(Proxy<ManagerList> list)
        : base(list.Client, list.ObjectId, list.TypeId)
    {
        _list = list;
    }

    [MemoryPackConstructor]
    private ListProxy(ProxyReference reference)
        : base(reference)
    {
        _list = new Proxy<ManagerList>(Client, ObjectId, TypeId);
    }

    /// <summary>The number of items now (one round trip).</summary>
    public int Count => _list.Count;

    /// <inheritdoc/>
    bool ICollection<T>.IsReadOnly => false;

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <summary>Gets or sets the item at <paramref name="index"/> (one round trip).</summary>
    /// <param name="index">The item's position.</param>
    public T this[int index]
    {
        get => Decode(_list.Get(index));
        set => _list.Set(index, Encode(value));
    }

    /// <summary>Appends <paramref name="item"/> (Python's <c>append</c>).</summary>
    /// <param name="item">The item.</param>
    public void Add(T item) => _list.Append(Encode(item));

    /// <summary>Appends every item of <paramref name="items"/> in one round trip (Python's <c>extend</c>).</summary>
    /// <param name="items">The items.</param>
    public void AddRange(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _list.Extend([.. items.Select(Encode)]);
    }

    /// <summary>Inserts <paramref name="item"/> at <paramref name="index"/>.</summary>
    /// <param name="index">Where.</param>
    /// <param name="item">The item.</param>
    public void Insert(int index, T item) => _list.Insert(index, Encode(item));

    /// <summary>Removes the item at <paramref name="index"/>.</summary>
    /// <param name="index">Where.</param>
    public void RemoveAt(int index) => _list.RemoveAt(index);

    /// <summary>Removes the first item equal to <paramref name="item"/>; whether there was one.</summary>
    /// <param name="item">The item.</param>
    public bool Remove(T item) => _list.Remove(Encode(item));

    /// <summary>The position of the first item equal to <paramref name="item"/>, or -1.</summary>
    /// <param name="item">The item.</param>
    public int IndexOf(T item) => _list.IndexOf(Encode(item));

    /// <summary>Whether an item equals <paramref name="item"/>.</summary>
    /// <param name="item">The item.</param>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <summary>Removes every item.</summary>
    public void Clear() => _list.Clear();

    /// <summary>Every item, fetched in one round trip (Python's <c>list(proxy)</c> or <c>proxy._getvalue()</c>).</summary>
    public List<T> Snapshot() => [.. _list.Snapshot().Select(Decode)];

    /// <inheritdoc/>
    public void CopyTo(T[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

    /// <summary>Enumerates a snapshot taken when enumeration starts.</summary>
    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"{ProxyTypeNames.Of(typeof(ListProxy<T>))}(object {ObjectId} at {Address})";

    private static byte[] Encode(T item) => WireSerializer.Serialize(item);

    private static T Decode(byte[] bytes) => WireSerializer.Deserialize<T>(bytes)!;
}
