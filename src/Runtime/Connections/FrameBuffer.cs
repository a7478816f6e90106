using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multiprocessing.Connections;

/// <summary>
/// Outgoing frames, each a 4-byte little-endian length and then the body that a serializer or a copy writes after it.
/// A connection keeps one between sends and writes one frame at a time (<see cref="Reset"/>, then <see cref="Complete"/>),
/// so that sending small messages allocates nothing; a pool channel writes several back to back
/// (<see cref="BeginFrame"/> and <see cref="EndFrame"/>) and sends them in one write.
/// </summary>
internal sealed class FrameBuffer : IBufferWriter<byte>
{
    public const int HeaderSize = sizeof(int);

    // A buffer grown for one large message is not kept: it would pin that much memory for the owner's lifetime.
    private readonly int _retainedCapacity;
    private readonly int _initialCapacity;
    private byte[] _buffer;
    private int _written;
    private int _frameStart = -1;

    /// <summary>Creates a buffer with one frame started.</summary>
    /// <param name="capacity">The initial size in bytes.</param>
    /// <param name="retainedCapacity">The largest size kept across <see cref="Reset"/> and <see cref="Clear"/>; a larger buffer is dropped.</param>
    public FrameBuffer(int capacity = 256, int retainedCapacity = 1 << 20)
    {
        _initialCapacity = Math.Max(capacity, HeaderSize);
        _retainedCapacity = retainedCapacity;
        _buffer = new byte[_initialCapacity];
        BeginFrame();
    }

    /// <summary>Whether <paramref name="length"/> is a body length a frame may announce (0 to <see cref="Connection.MaxMessageSize"/>).</summary>
    public static bool IsValidLength(int length) => (uint)length <= Connection.MaxMessageSize;

    /// <summary>The length of the current frame's body so far.</summary>
    public int BodyLength => _written - _frameStart - HeaderSize;

    /// <summary>The body of the current frame so far, for patching a field written as a placeholder.</summary>
    public Span<byte> Body => _buffer.AsSpan(_frameStart + HeaderSize, BodyLength);

    /// <summary>Every byte written: the frames ended so far, and the current one if it is not ended.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    /// <summary>How many bytes are written, headers included.</summary>
    public int WrittenCount => _written;

    /// <summary>Starts a new frame, dropping a buffer that one large message made big.</summary>
    public void Reset()
    {
        Clear();
        BeginFrame();
    }

    /// <summary>Drops every frame; the next one starts with <see cref="BeginFrame"/>.</summary>
    public void Clear()
    {
        if (_buffer.Length > _retainedCapacity)
        {
            _buffer = new byte[_initialCapacity];
        }

        _written = 0;
        _frameStart = -1;
    }

    /// <summary>Starts a frame after the ones already written: reserves its header.</summary>
    public void BeginFrame()
    {
        _frameStart = _written;
        GetSpan(HeaderSize);
        _written += HeaderSize;
    }

    /// <summary>Forgets the current frame's body, keeping its header: the frame is written again from its start.</summary>
    public void RestartFrame() => _written = _frameStart + HeaderSize;

    /// <summary>Writes the current frame's length into its header; the next frame starts with <see cref="BeginFrame"/>.</summary>
    /// <exception cref="ArgumentException">The body is longer than a frame may be.</exception>
    public void EndFrame()
    {
        int length = BodyLength;
        if (!IsValidLength(length))
        {
            throw new ArgumentException(
                $"The message is {length:N0} bytes, more than a connection carries ({Connection.MaxMessageSize:N0} bytes); nothing was sent. "
                + "Split it into several messages, or put it in SharedMemory and send its name.");
        }

        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_frameStart), length);
        _frameStart = -1;
    }

    /// <summary>Ends the current frame, unless it is ended already, and returns every frame written, ready to send.</summary>
    public ReadOnlySpan<byte> Complete()
    {
        if (_frameStart >= 0)
        {
            EndFrame();
        }

        return _buffer.AsSpan(0, _written);
    }

    public void Advance(int count) => _written += count;

    /// <summary>
    /// Appends <paramref name="value"/> as its raw bytes, which is how MemoryPack writes a numeric primitive. Only for
    /// such types (never one holding references): a pool worker appends each number of a chunk's results this way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteRaw<T>(T value)
    {
        if (_buffer.Length - _written < Unsafe.SizeOf<T>())
        {
            Reserve(Unsafe.SizeOf<T>());
        }

        Unsafe.WriteUnaligned(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _written), value);
        _written += Unsafe.SizeOf<T>();
    }

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
