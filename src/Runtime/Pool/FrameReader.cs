using System.Buffers.Binary;
using System.Net.Sockets;

namespace Multiprocessing.Pool;

/// <summary>
/// Reads length-prefixed frames (a 4-byte little-endian length, then the body) from a stream socket, many per
/// receive when the peer batched them. A frame's memory stays valid until the next read.
/// </summary>
internal sealed class FrameReader(Socket socket)
{
    private const int MaxFrameSize = 1 << 30;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The body of the frame the last successful read returned.</summary>
    public ReadOnlyMemory<byte> Frame { get; private set; }

    /// <summary>Whether a whole frame is already buffered, so that the next read will not wait for the peer.</summary>
    public bool HasBufferedFrame => TryGetLength(out int length) && _end - _start - 4 >= length;

    /// <summary>Reads the next frame; <see langword="false"/> at end-of-file between frames.</summary>
    public async ValueTask<bool> ReadFrameAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (TryGetLength(out int length) && _end - _start - 4 >= length)
            {
                Frame = _buffer.AsMemory(_start + 4, length);
                _start += 4 + length;
                return true;
            }

            MakeRoom(TryGetLength(out length) ? 4 + length : 4);
            int received = await socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (received == 0)
            {
                if (_end != _start)
                {
                    throw new IOException($"The pool channel ended in the middle of a message ({_end - _start} bytes of it arrived).");
                }

                return false;
            }

            _end += received;
        }
    }

    private bool TryGetLength(out int length)
    {
        if (_end - _start < 4)
        {
            length = 0;
            return false;
        }

        length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start));
        if ((uint)length > MaxFrameSize)
        {
            throw new InvalidDataException($"The pool channel carried a message length of {length}, which no pool message has: the stream is corrupted.");
        }

        return true;
    }

    // Moves the unread bytes to the front (the previous frame is no longer in use) and grows the buffer for a large frame.
    private void MakeRoom(int frameSize)
    {
        int unread = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
            _start = 0;
            _end = unread;
        }

        if (frameSize > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(frameSize, 2 * _buffer.Length));
        }
        else if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, 2 * _buffer.Length);
        }
    }
}
