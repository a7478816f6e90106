namespace Multiprocessing.Managers;

/// <summary>
/// The server's side of <see cref="ListProxy{T}"/>: a list of serialized items. The server never deserializes them,
/// so it serves lists of any element type without knowing it, and compares items by their bytes (MemoryPack writes
/// equal values of the types it serializes as equal bytes).
/// </summary>
[Shared]
internal sealed class ManagerList
{
    private readonly List<byte[]> _items = [];

    /// <param name="description">The proxy's type as users name it (<c>ListProxy&lt;int&gt;</c>), which finding the list by name checks.</param>
    /// <param name="items">The serialized items it starts with.</param>
    public ManagerList(string description, byte[][] items)
    {
        Description = description;
        _items.AddRange(items);
    }

    public string Description { get; }

    public int Count => _items.Count;

    public byte[] Get(int index) => _items[index];

    public void Set(int index, byte[] item) => _items[index] = item;

    public void Append(byte[] item) => _items.Add(item);

    public void Extend(byte[][] items) => _items.AddRange(items);

    public void Insert(int index, byte[] item) => _items.Insert(index, item);

    public void RemoveAt(int index) => _items.RemoveAt(index);

    public int IndexOf(byte[] item) => _items.FindIndex(candidate => candidate.AsSpan().SequenceEqual(item));

    public bool Remove(byte[] item)
    {
        int index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        _items.RemoveAt(index);
        return true;
    }

    public void Clear() => _items.Clear();

    public byte[][] Snapshot() => [.. _items];
}
