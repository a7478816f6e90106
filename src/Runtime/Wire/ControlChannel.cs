using System.Buffers.Binary;
using System.Net.Sockets;

namespace Multiprocessing.Wire;

/// <summary>
/// The parent's side of the socket it shares with a child: frames of a 4-byte little-endian length and a body
/// encoded by <see cref="WireCodec"/>. End-of-file means the child is gone.
/// </summary>
internal static class ControlChannel
{
    // A frame larger than this is taken as corruption rather than allocated.
    public const int MaxFrameLength = 1 << 30;

    public static async ValueTask SendAsync(Socket socket, byte[] body, CancellationToken cancellationToken = default)
    {
        var frame = Frame(body);
        int sent = 0;
        while (sent < frame.Length)
        {
            sent += await socket.SendAsync(frame.AsMemory(sent), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads one frame's body, or returns <see langword="null"/> at end-of-file before its first byte.</summary>
    public static async ValueTask<byte[]?> ReceiveAsync(Socket socket, CancellationToken cancellationToken = default)
    {
        var header = new byte[4];
        if (!await ReceiveExactlyAsync(socket, header, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var body = new byte[ReadLength(header)];
        if (!await ReceiveExactlyAsync(socket, body, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidDataException("The control channel ended in the middle of a message.");
        }

        return body;
    }

    public static byte[] Frame(byte[] body)
    {
        var frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, body.Length);
        body.CopyTo(frame.AsSpan(4));
        return frame;
    }

    public static int ReadLength(ReadOnlySpan<byte> header)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxFrameLength)
        {
            throw new InvalidDataException($"The control channel announced a message of {length} bytes, which is not a valid length.");
        }

        return length;
    }

    private static async ValueTask<bool> ReceiveExactlyAsync(Socket socket, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int received = await socket.ReceiveAsync(buffer[read..], SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (received == 0)
            {
                return read == 0 ? false : throw new InvalidDataException("The control channel ended in the middle of a message.");
            }

            read += received;
        }

        return true;
    }
}
