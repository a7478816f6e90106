using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Net.Sockets;
using MemoryPack;

namespace Multiprocessing.Wire;

/// <summary>
/// Frames on the socket shared by a parent and its child: a 4-byte little-endian length, then a MemoryPack body.
/// End-of-file on it means the other side is gone, which is how each side learns of the other's death.
/// </summary>
internal static class ControlChannel
{
    // A frame larger than this is taken as corruption rather than allocated.
    private const int MaxFrameLength = 1 << 30;

    public static async ValueTask SendAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>(Socket socket, T message, CancellationToken cancellationToken = default)
    {
        var body = MemoryPackSerializer.Serialize(message);
        var frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, body.Length);
        body.CopyTo(frame.AsSpan(4));
        int sent = 0;
        while (sent < frame.Length)
        {
            sent += await socket.SendAsync(frame.AsMemory(sent), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        }
    }

    public static void Send<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>(Socket socket, T message)
    {
        var body = MemoryPackSerializer.Serialize(message);
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, body.Length);
        SendAll(socket, header);
        SendAll(socket, body);
    }

    /// <summary>Reads one frame, or returns <see langword="null"/> at end-of-file before its first byte.</summary>
    public static async ValueTask<T?> ReceiveAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>(Socket socket, CancellationToken cancellationToken = default) where T : class
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

        return MemoryPackSerializer.Deserialize<T>(body) ?? throw new InvalidDataException("The control channel carried an empty message.");
    }

    /// <summary>Blocking form of <see cref="ReceiveAsync{T}"/>, for a child that has nothing else to do yet.</summary>
    public static T? Receive<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>(Socket socket) where T : class
    {
        var header = new byte[4];
        if (!ReceiveExactly(socket, header))
        {
            return null;
        }

        var body = new byte[ReadLength(header)];
        if (!ReceiveExactly(socket, body))
        {
            throw new InvalidDataException("The control channel ended in the middle of a message.");
        }

        return MemoryPackSerializer.Deserialize<T>(body) ?? throw new InvalidDataException("The control channel carried an empty message.");
    }

    private static int ReadLength(ReadOnlySpan<byte> header)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxFrameLength)
        {
            throw new InvalidDataException($"The control channel announced a message of {length} bytes, which is not a valid length.");
        }

        return length;
    }

    private static void SendAll(Socket socket, ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            data = data[socket.Send(data)..];
        }
    }

    private static bool ReceiveExactly(Socket socket, Span<byte> buffer)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int received = socket.Receive(buffer[read..]);
            if (received == 0)
            {
                return read == 0 ? false : throw new InvalidDataException("The control channel ended in the middle of a message.");
            }

            read += received;
        }

        return true;
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
