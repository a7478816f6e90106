using System.Buffers;

namespace Multiprocessing.Queues;

/// <summary>
/// Lets MemoryPack serialize an item straight into free bytes of a queue's ring. The room is fixed: asking for more
/// throws <see cref="RoomExceededException"/>, and the put falls back to a buffer of its own.
/// </summary>
internal sealed unsafe class RingRegionWriter : IBufferWriter<byte>
{
    private byte* _start;
    private int _length;

    public int WrittenCount { get; private set; }

    /// <summary>Points the writer at <paramref name="length"/> bytes at <paramref name="start"/> (the ring stays mapped while the writers' lock is held).</summary>
    public void Reset(byte* start, int length)
    {
        _start = start;
        _length = length;
        WrittenCount = 0;
    }

    /// <summary>Forgets the room, once the lock that keeps it free is released.</summary>
    public void Clear() => Reset(null, 0);

    public void Advance(int count)
    {
        if (count < 0 || WrittenCount + count > _length)
        {
            throw new RoomExceededException();
        }

        WrittenCount += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) =>
        throw new NotSupportedException("MemoryPack writes through GetSpan; the ring's room is not managed memory.");

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        int left = _length - WrittenCount;
        if (left < Math.Max(sizeHint, 1))
        {
            throw new RoomExceededException();
        }

        return new Span<byte>(_start + WrittenCount, left);
    }

    /// <summary>The item does not fit the room; nothing was published.</summary>
    public sealed class RoomExceededException : Exception
    {
        public RoomExceededException()
            : base("The item is larger than the free room in the queue's ring.")
        {
        }
    }
}
