using System.Buffers;
using System.Buffers.Binary;

namespace Multiprocessing.Connections;

/// <summary>
/// One outgoing frame: a 4-byte little-endian length, then the body that a serializer or a copy writes after it.
/// Kept by a connection between sends, so that sending small messages allocates nothing.
/// </summary>
internal sealed class FrameBuffer : IBufferWriter<byte>
{
    public const int HeaderSize = sizeof(int);

    // A buffer grown for one large message is not kept: it would pin that much memory for the connection's lifetime.
    private const int RetainedCapacity = 1 << 20;

    private byte[] _buffer;
    private int _written;

    public FrameBuffer(int capacity = 256)
    {
        _buffer = new byte[Math.Max(capacity, HeaderSize)];
        _written = HeaderSize;
    }

    public int BodyLength => _written - HeaderSize;

    /// <summary>Starts a new frame, dropping a buffer that one large message made big.</summary>
    public void Reset()
    {
        if (_buffer.Length > RetainedCapacity)
        {
            _buffer = new byte[256];
        }

        _written = HeaderSize;
    }

    /// <summary>Writes the length into the header and returns header and body, ready to send.</summary>
    public ReadOnlySpan<byte> Complete()
    {
        int length = BodyLength;
        if (length > Connection.MaxMessageSize)
        {
            throw new ArgumentException(
                $"The message is {length:N0} bytes, more than a connection carries ({Connection.MaxMessageSize:N0} bytes); nothing was sent. "
                + "Split it into several messages, or put it in SharedMemory and send its name.");
        }

        BinaryPrimitives.WriteInt32LittleEndian(_buffer, length);
        return _buffer.AsSpan(0, _written);
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        long wanted = Math.Max((long)_written + needed, 2L * _buffer.Length);
        if ((long)_written + needed > Array.MaxLength)
        {
            throw new ArgumentException($"The message does not fit in one buffer (more than {Array.MaxLength:N0} bytes); nothing was sent.");
        }

        Array.Resize(ref _buffer, (int)Math.Min(wanted, Array.MaxLength));
    }
}
