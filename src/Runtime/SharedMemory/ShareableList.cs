using System.Collections;
using System.Text;
using MemoryPack;

namespace Multiprocessing;

/// <summary>
/// A fixed-length list of simple items in one <see cref="SharedMemory"/> block: Python's
/// <c>multiprocessing.shared_memory.ShareableList</c>. Items are <see cref="int"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/>, <see cref="string"/>, <see cref="byte"/> arrays or null. Create one with
/// <see cref="Create"/>, open it elsewhere with <see cref="Attach"/> or by passing it to a
/// <see cref="ProcessEntryAttribute">[ProcessEntry]</see> (it travels as its block's name).
/// </summary>
/// <remarks>
/// <para>Each item has a slot whose size is fixed when the list is created. A number, a bool or null takes 8 bytes;
/// a string (in UTF-8) or a byte array takes its length rounded up to a multiple of 8, and always more than its
/// length, as in Python; <c>minimumSlotBytes</c> makes every string and byte-array slot at least that large. Setting
/// an item stores any supported value that fits its slot, whatever the type before; a value that does not fit
/// throws <see cref="ArgumentException"/>, as Python raises <c>ValueError</c>.</para>
/// <para>Layout of the block (native byte order, all fields 32-bit integers):</para>
/// <list type="table">
/// <item><term>0</term><description>the magic number <c>0x4C53504D</c> ("MPSL"), written last when created</description></item>
/// <item><term>4</term><description>the number of items, n</description></item>
/// <item><term>8 + 16 i</term><description>item i's descriptor: kind (0 null, 1 int, 2 long, 3 double, 4 bool,
/// 5 string, 6 byte array), offset of its slot from the start of the block, slot size in bytes, bytes in use
/// (strings and byte arrays)</description></item>
/// <item><term>8 + 16 n, rounded up to 8</term><description>the slots, one after another, each a multiple of 8 bytes</description></item>
/// </list>
/// <para>Like Python's, the list has no lock: a reader may see an item that another process is writing half-changed.
/// Guard writes that race with reads by a <see cref="ProcessLock"/> of your own. The last process to dispose the
/// list frees its block.</para>
/// </remarks>
[MemoryPackable]
public sealed unsafe partial class ShareableList : IReadOnlyList<object?>, IDisposable
{
    private const int Magic = 0x4C53504D;
    private const int HeaderSize = 8;
    private const int DescriptorSize = 16;
    private const int Alignment = 8;

    private readonly SharedMemory _block;
    private readonly byte* _start;

    private ShareableList(SharedMemory block, bool validate)
    {
        _block = block;
        _start = block.Address;
        if (validate)
        {
            Validate();
        }

        Count = *(int*)(_start + 4);
    }

    /// <summary>Attaches to the list in the block named <paramref name="name"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private ShareableList(string name)
        : this(SharedMemory.Attach(name), validate: true)
    {
    }

    private enum Kind
    {
        Null = 0,
        Int32 = 1,
        Int64 = 2,
        Double = 3,
        Boolean = 4,
        String = 5,
        Bytes = 6,
    }

    /// <summary>The name of the block that holds the list: what <see cref="Attach"/> takes.</summary>
    [MemoryPackInclude]
    public string Name => _block.Name;

    /// <summary>The shared memory block that holds the list (Python's <c>shm</c>).</summary>
    [MemoryPackIgnore]
    public SharedMemory Block => _block;

    /// <summary>The number of items (Python's <c>len(list)</c>); fixed when the list is created.</summary>
    [MemoryPackIgnore]
    public int Count { get; }

    /// <summary>The item at <paramref name="index"/>: an <see cref="int"/>, <see cref="long"/>, <see cref="double"/>,
    /// <see cref="bool"/>, <see cref="string"/>, <see cref="byte"/> array (a copy) or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    /// <exception cref="ArgumentException">Setting: the value is of another type, or does not fit the item's slot (see <see cref="GetSlotSize"/>).</exception>
    public object? this[int index]
    {
        get => Read(Descriptor(index));
        set => Write(Descriptor(index), index, value);
    }

    /// <summary>Creates a list holding <paramref name="items"/> in a new shared memory block.</summary>
    /// <param name="items">The items: <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
    /// <see cref="string"/>, <see cref="byte"/> arrays or null.</param>
    /// <param name="minimumSlotBytes">The least number of bytes each string and byte-array slot holds, so that longer
    /// values can be stored later; 0 sizes each slot by its first value, as Python does.</param>
    /// <param name="name">The block's name, or null for a new unique one.</param>
    /// <exception cref="ArgumentException">An item is of an unsupported type.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumSlotBytes"/> is negative, or the items need more than 2 GB.</exception>
    public static ShareableList Create(IEnumerable<object?> items, int minimumSlotBytes = 0, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumSlotBytes);
        var values = items.ToArray();
        var capacities = new int[values.Length];
        long size = RoundUp(HeaderSize + ((long)DescriptorSize * values.Length));
        for (int i = 0; i < values.Length; i++)
        {
            int length = EncodedLength(values[i], i, nameof(items));
            capacities[i] = values[i] is string or byte[]
                ? (int)Math.Min(int.MaxValue - Alignment, RoundUp(Math.Max(length + 1L, minimumSlotBytes)))
                : Alignment;
            size += capacities[i];
        }

        if (size > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(items), $"These items need {size} bytes: more than one shared memory block holds (2 GB).");
        }

        var block = SharedMemory.Create((int)size, name);
        *(int*)(block.Address + 4) = values.Length;
        var list = new ShareableList(block, validate: false);
        try
        {
            int offset = (int)RoundUp(HeaderSize + ((long)DescriptorSize * values.Length));
            for (int i = 0; i < values.Length; i++)
            {
                int* descriptor = list.Descriptor(i, values.Length);
                descriptor[1] = offset;
                descriptor[2] = capacities[i];
                list.Write(descriptor, i, values[i]);
                offset += capacities[i];
            }

            Volatile.Write(ref *(int*)list._start, Magic);
            return list;
        }
        catch
        {
            list.Dispose();
            throw;
        }
    }

    /// <summary>Opens the list in the existing block named <paramref name="name"/> (Python's <c>ShareableList(name=...)</c>).</summary>
    /// <exception cref="FileNotFoundException">No block has this name.</exception>
    /// <exception cref="InvalidDataException">The block does not hold a list made by <see cref="Create"/>.</exception>
    public static ShareableList Attach(string name) => new(name);

    /// <summary>The number of items equal to <paramref name="value"/> (Python's <c>count(value)</c>); see <see cref="IndexOf"/> for equality.</summary>
    public int CountOf(object? value) => this.Count(item => ItemEquals(item, value));

    /// <summary>
    /// The index of the first item equal to <paramref name="value"/>, or -1 when there is none (Python's <c>index</c>
    /// raises instead). Integers are equal by value whether <see cref="int"/> or <see cref="long"/>, byte arrays by
    /// content, everything else by <see cref="object.Equals(object?, object?)"/>.
    /// </summary>
    public int IndexOf(object? value)
    {
        for (int i = 0; i < Count; i++)
        {
            if (ItemEquals(this[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The size in bytes of item <paramref name="index"/>'s slot: the longest UTF-8 string or byte array it can hold.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public int GetSlotSize(int index) => Descriptor(index)[2];

    /// <summary>Reads the items one by one; each is read when reached.</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes this process's view of the list; the last process to close it frees its block.</summary>
    public void Dispose() => _block.Dispose();

    /// <inheritdoc/>
    public override string ToString() => $"ShareableList({Name}, {Count} items)";

    private static long RoundUp(long value) => (value + Alignment - 1) / Alignment * Alignment;

    private static int EncodedLength(object? value, int index, string parameter) => value switch
    {
        null => 0,
        int => sizeof(int),
        long => sizeof(long),
        double => sizeof(double),
        bool => 1,
        string text => Encoding.UTF8.GetByteCount(text),
        byte[] bytes => bytes.Length,
        _ => throw new ArgumentException($"Item {index} is a {value.GetType()}: a ShareableList holds int, long, double, bool, string, byte[] or null.", parameter),
    };

    private static bool ItemEquals(object? item, object? value) => (item, value) switch
    {
        (byte[] left, byte[] right) => left.AsSpan().SequenceEqual(right),
        (int or long, int or long) => Convert.ToInt64(item) == Convert.ToInt64(value),
        _ => Equals(item, value),
    };

    private int* Descriptor(int index) => Descriptor(index, Count);

    private int* Descriptor(int index, int count)
    {
        if ((uint)index >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be from 0 to {count - 1}: this ShareableList has {count} items.");
        }

        return (int*)(_block.Address + HeaderSize + (DescriptorSize * index));
    }

    private object? Read(int* descriptor)
    {
        byte* slot = _start + descriptor[1];
        int length = Math.Clamp(descriptor[3], 0, descriptor[2]);
        return (Kind)descriptor[0] switch
        {
            Kind.Int32 => *(int*)slot,
            Kind.Int64 => *(long*)slot,
            Kind.Double => *(double*)slot,
            Kind.Boolean => *slot != 0,
            Kind.String => Encoding.UTF8.GetString(slot, length),
            Kind.Bytes => new ReadOnlySpan<byte>(slot, length).ToArray(),
            _ => null,
        };
    }

    private void Write(int* descriptor, int index, object? value)
    {
        int length = EncodedLength(value, index, nameof(value));
        int capacity = descriptor[2];
        if (length > capacity)
        {
            throw new ArgumentException(
                $"Item {index} cannot hold this {value!.GetType().Name} of {length} bytes: its slot is {capacity} bytes, fixed when the list was created (pass minimumSlotBytes to ShareableList.Create for room to grow).",
                nameof(value));
        }

        byte* slot = _start + descriptor[1];
        Kind kind;
        switch (value)
        {
            case int number:
                *(int*)slot = number;
                kind = Kind.Int32;
                break;
            case long number:
                *(long*)slot = number;
                kind = Kind.Int64;
                break;
            case double number:
                *(double*)slot = number;
                kind = Kind.Double;
                break;
            case bool flag:
                *slot = flag ? (byte)1 : (byte)0;
                kind = Kind.Boolean;
                break;
            case string text:
                Encoding.UTF8.GetBytes(text, new Span<byte>(slot, capacity));
                kind = Kind.String;
                break;
            case byte[] bytes:
                bytes.CopyTo(new Span<byte>(slot, capacity));
                kind = Kind.Bytes;
                break;
            default:
                kind = Kind.Null;
                break;
        }

        descriptor[3] = length;
        descriptor[0] = (int)kind;
    }

    private void Validate()
    {
        int size = _block.Size;
        int count = size >= HeaderSize ? *(int*)(_start + 4) : -1;
        bool valid = size >= HeaderSize
            && Volatile.Read(ref *(int*)_start) == Magic
            && count >= 0
            && HeaderSize + ((long)DescriptorSize * count) <= size;
        for (int i = 0; valid && i < count; i++)
        {
            int* descriptor = (int*)(_start + HeaderSize + (DescriptorSize * i));
            valid = descriptor[1] >= 0 && descriptor[2] >= 0 && (long)descriptor[1] + descriptor[2] <= size
                && descriptor[0] is >= (int)Kind.Null and <= (int)Kind.Bytes;
        }

        if (!valid)
        {
            _block.Dispose();
            throw new InvalidDataException($"The shared memory block '{_block.Name}' does not hold a ShareableList: attach to a block made by ShareableList.Create.");
        }
    }
}
