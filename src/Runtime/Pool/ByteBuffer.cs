using System.Buffers;
using System.Buffers.Binary;

namespace Multiprocessing.Pool;

/// <summary>
/// A growable byte buffer that can be rewound and patched: frames are written with a placeholder length that is
/// filled in once the body is known, and a chunk whose item throws drops the results it had already appended.
/// </summary>
internal sealed class ByteBuffer : IBufferWriter<byte>
{
    // A buffer grown for one large chunk is not kept: it would pin that much memory for the pool's lifetime.
    private const int RetainedCapacity = 4 << 20;

    private byte[] _buffer;
    private int _written;

    public ByteBuffer(int capacity = 4096) => _buffer = new byte[capacity];

    public int WrittenCount => _written;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public void Clear()
    {
        if (_buffer.Length > RetainedCapacity)
        {
            _buffer = new byte[4096];
        }

        _written = 0;
    }

    /// <summary>Forgets everything written after <paramref name="position"/>.</summary>
    public void Rewind(int position) => _written = position;

    public void WriteByte(byte value)
    {
        GetSpan(1)[0] = value;
        _written++;
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(GetSpan(4), value);
        _written += 4;
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(GetSpan(8), value);
        _written += 8;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _written += bytes.Length;
    }

    public void PatchInt32(int position, int value) => BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(position), value);

    public void PatchInt64(int position, long value) => BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(position), value);

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
            throw new InvalidOperationException($"A pool message does not fit in one buffer (more than {Array.MaxLength:N0} bytes): use a smaller chunk size.");
        }

        Array.Resize(ref _buffer, (int)Math.Min(wanted, Array.MaxLength));
    }
}
