using System.Collections;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Managers;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A dictionary that lives in a <see cref="Manager"/>'s server (Python's <c>manager.dict()</c>, a <c>DictProxy</c>).
/// Each call is one round trip on the one dictionary; <see cref="Snapshot"/> fetches every pair in one call. A
/// read-modify-write such as <c>d[k] += 1</c> is two calls: hold a <see cref="Manager.Lock"/> around it.
/// </summary>
/// <remarks>
/// Keys and values are serialized with MemoryPack; the server compares keys by their serialized bytes and never
/// deserializes anything. Enumerating takes a snapshot first.
/// </remarks>
/// <typeparam name="TKey">The keys' type.</typeparam>
/// <typeparam name="TValue">The values' type.</typeparam>
[MemoryPackable]
public sealed partial class DictionaryProxy<[DynamicallyAccessedMembers(WireSerializer.Members)] TKey, [DynamicallyAccessedMembers(WireSerializer.Members)] TValue>
    : BaseProxy, IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly Proxy<ManagerDictionary> _dictionary;

    internal DictionaryProxy(Proxy<ManagerDictionary> dictionary)
        : base(dictionary.Client, dictionary.ObjectId, dictionary.TypeId)
    {
        _dictionary = dictionary;
    }

    [MemoryPackConstructor]
    private DictionaryProxy(ProxyReference reference)
        : base(reference)
    {
        _dictionary = new Proxy<ManagerDictionary>(Client, ObjectId, TypeId);
    }

    /// <summary>The number of pairs now (one round trip).</summary>
    public int Count => _dictionary.Count;

    /// <inheritdoc/>
    bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;

    /// <summary>The keys, fetched in one round trip.</summary>
    public ICollection<TKey> Keys => [.. _dictionary.Keys().Select(Decode<TKey>)];

    /// <summary>The values, fetched in one round trip.</summary>
    public ICollection<TValue> Values => [.. _dictionary.Values().Select(Decode<TValue>)];

    IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;

    IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <summary>Gets or sets the value of <paramref name="key"/> (one round trip).</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">Getting a key that is not there.</exception>
    public TValue this[TKey key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the manager's dictionary.");
        set => _dictionary.Set(Encode(key), Encode(value));
    }

    /// <summary>Adds a pair; throws (a <see cref="RemoteException"/> for an <see cref="ArgumentException"/>) when the key is there.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public void Add(TKey key, TValue value) => _dictionary.Add(Encode(key), Encode(value));

    /// <inheritdoc/>
    public void Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

    /// <summary>The value of <paramref name="key"/>, if it is there (one round trip).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value, or the default.</param>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        var bytes = _dictionary.Find(Encode(key));
        value = bytes is null ? default : Decode<TValue>(bytes);
        return bytes is not null;
    }

    /// <summary>Whether <paramref name="key"/> is there.</summary>
    /// <param name="key">The key.</param>
    public bool ContainsKey(TKey key) => _dictionary.ContainsKey(Encode(key));

    /// <summary>Removes <paramref name="key"/>; whether it was there.</summary>
    /// <param name="key">The key.</param>
    public bool Remove(TKey key) => _dictionary.Remove(Encode(key));

    /// <inheritdoc/>
    public bool Remove(KeyValuePair<TKey, TValue> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<TValue>.Default.Equals(value, item.Value) && Remove(item.Key);

    /// <inheritdoc/>
    public bool Contains(KeyValuePair<TKey, TValue> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<TValue>.Default.Equals(value, item.Value);

    /// <summary>Removes every pair.</summary>
    public void Clear() => _dictionary.Clear();

    /// <summary>Every pair, fetched in one round trip (Python's <c>dict(proxy)</c>).</summary>
    public Dictionary<TKey, TValue> Snapshot()
    {
        var items = _dictionary.Items();
        var snapshot = new Dictionary<TKey, TValue>(items.Length / 2);
        for (int i = 0; i + 1 < items.Length; i += 2)
        {
            snapshot[Decode<TKey>(items[i])] = Decode<TValue>(items[i + 1]);
        }

        return snapshot;
    }

    /// <inheritdoc/>
    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => ((ICollection<KeyValuePair<TKey, TValue>>)Snapshot()).CopyTo(array, arrayIndex);

    /// <summary>Enumerates a snapshot taken when enumeration starts.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"{ProxyTypeNames.Of(typeof(DictionaryProxy<TKey, TValue>))}(object {ObjectId} at {Address})";

    private static byte[] Encode<[DynamicallyAccessedMembers(WireSerializer.Members)] TItem>(TItem item) => WireSerializer.Serialize(item);

    private static TItem Decode<[DynamicallyAccessedMembers(WireSerializer.Members)] TItem>(byte[] bytes) => WireSerializer.Deserialize<TItem>(bytes)!;
}
