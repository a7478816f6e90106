namespace Multiprocessing.Managers;

/// <summary>
/// The server's side of <see cref="DictionaryProxy{TKey, TValue}"/>: serialized values by serialized key, compared by
/// their bytes, so that the server serves any key and value types without deserializing them.
/// </summary>
[Shared]
internal sealed class ManagerDictionary
{
    private readonly Dictionary<byte[], byte[]> _items = new(ByteContentComparer.Instance);

    /// <param name="description">The proxy's type as users name it (<c>DictionaryProxy&lt;string, int&gt;</c>), which finding the dictionary by name checks.</param>
    public ManagerDictionary(string description) => Description = description;

    public string Description { get; }

    public int Count => _items.Count;

    /// <summary>The value of <paramref name="key"/>, or null when it is absent (a serialized value is never empty).</summary>
    public byte[]? Find(byte[] key) => _items.TryGetValue(key, out var value) ? value : null;

    public void Set(byte[] key, byte[] value) => _items[key] = value;

    public void Add(byte[] key, byte[] value)
    {
        if (!_items.TryAdd(key, value))
        {
            throw new ArgumentException("An item with the same key has already been added.", nameof(key));
        }
    }

    public bool Remove(byte[] key) => _items.Remove(key);

    public bool ContainsKey(byte[] key) => _items.ContainsKey(key);

    public void Clear() => _items.Clear();

    public byte[][] Keys() => [.. _items.Keys];

    public byte[][] Values() => [.. _items.Values];

    /// <summary>Keys and values, alternating, in one reply: the snapshot's one round trip.</summary>
    public byte[][] Items() => [.. _items.SelectMany(pair => new[] { pair.Key, pair.Value })];

    private sealed class ByteContentComparer : IEqualityComparer<byte[]>
    {
        public static readonly ByteContentComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
