using System.Collections;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Managers;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A fixed-length array that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Array(typecode, seq)</c>):
/// each element read or write is one round trip, <see cref="ToArray"/> fetches all in one. Create one with
/// <see cref="Manager.Array{T}(IEnumerable{T})"/> or <see cref="Manager.Array{T}(int)"/>.
/// </summary>
/// <typeparam name="T">The elements' type.</typeparam>
[MemoryPackable]
public sealed partial class ArrayProxy<[DynamicallyAccessedMembers(WireSerializer.Members)] T> : BaseProxy, IReadOnlyList<T>
{
    private readonly Proxy<ManagerList> _items;

    internal ArrayProxy(Proxy<ManagerList> items)
        : base(items) => _items = items;

    [MemoryPackConstructor]
    private ArrayProxy(ProxyReference reference)
        : base(reference) => _items = As<ManagerList>();

    /// <summary>The number of elements; fixed when the array was made.</summary>
    [MemoryPackIgnore]
    public int Length => _items.Count;

    [MemoryPackIgnore]
    int IReadOnlyCollection<T>.Count => Length;

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <summary>Gets or sets the element at <paramref name="index"/> (one round trip).</summary>
    /// <param name="index">The element's position.</param>
    /// <exception cref="RemoteException">The index is outside the array (an <see cref="ArgumentOutOfRangeException"/> in the server).</exception>
    public T this[int index]
    {
        get => WireSerializer.Deserialize<T>(_items.Get(index))!;
        set => _items.Set(index, WireSerializer.Serialize(value));
    }

    /// <summary>Every element, fetched in one round trip (Python's <c>arr[:]</c>).</summary>
    public T[] ToArray() => [.. _items.Snapshot().Select(bytes => WireSerializer.Deserialize<T>(bytes)!)];

    /// <summary>Enumerates a copy taken when enumeration starts.</summary>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)ToArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"{ProxyTypeNames.Of(typeof(ArrayProxy<T>))}(object {ObjectId} at {Address})";
}
