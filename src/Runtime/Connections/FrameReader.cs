using System.Buffers.Binary;
using System.Net.Sockets;

namespace Multiprocessing.Connections;

/// <summary>
/// Reads the frames <see cref="FrameBuffer"/> writes from a stream socket, buffered: many frames per receive when the
/// peer sent them together. A frame's memory stays valid until the next read. For a channel only its owner reads
/// (a pool's worker channel); a <see cref="Connection"/> reads unbuffered instead, because a copy of it may be handed
/// to a child, which must find every byte not yet received still in the socket.
/// </summary>
internal sealed class FrameReader(Socket socket, string channelName)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The body of the frame the last successful read returned.</summary>
    public ReadOnlyMemory<byte> Frame { get; private set; }

    /// <summary>Whether a whole frame is already buffered, so that the next read will not wait for the peer.</summary>
    public bool HasBufferedFrame => TryGetLength(out int length) && _end - _start - FrameBuffer.HeaderSize >= length;

    /// <summary>Reads the next frame; <see langword="false"/> at end-of-file between frames.</summary>
    /// <exception cref="IOException">The stream ended in the middle of a frame.</exception>
    /// <exception cref="InvalidDataException">A header announces a length no frame has.</exception>
    public async ValueTask<bool> ReadFrameAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (TryGetLength(out int length) && _end - _start - FrameBuffer.HeaderSize >= length)
            {
                Frame = _buffer.AsMemory(_start + FrameBuffer.HeaderSize, length);
                _start += FrameBuffer.HeaderSize + length;
                return true;
            }

            MakeRoom(FrameBuffer.HeaderSize + (TryGetLength(out length) ? length : 0));
            int received = await socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (received == 0)
            {
                if (_end != _start)
                {
                    throw new IOException($"The {channelName} ended in the middle of a message ({_end - _start} bytes of it arrived).");
                }

                return false;
            }

            _end += received;
        }
    }

    private bool TryGetLength(out int length)
    {
        if (_end - _start < FrameBuffer.HeaderSize)
        {
            length = 0;
            return false;
        }

        length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start));
        if (!FrameBuffer.IsValidLength(length))
        {
            throw new InvalidDataException($"The {channelName} carried a message length of {length}, which no message has: the stream is corrupted.");
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
