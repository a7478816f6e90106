using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;

namespace Multiprocessing.Managers;

/// <summary>
/// One authenticated client connection to a manager's server, used by one call at a time: a request frame out, its
/// reply frame in. Blocking calls use the socket synchronously (the fastest round trip), asynchronous calls await it.
/// </summary>
internal sealed class ManagerConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly string _address;
    private byte[] _receiveBuffer = new byte[256];

    private ManagerConnection(Socket socket, string address)
    {
        _socket = socket;
        _address = address;
    }

    public static ManagerConnection Open(string address, byte[] key)
    {
        var endPoint = ManagerAddress.Parse(address);
        var socket = ManagerAddress.NewSocket(endPoint);
        try
        {
            socket.Connect(endPoint);
            ManagerAuthentication.AuthenticateAsClient(socket, key);
            return new ManagerConnection(socket, address);
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            throw new ManagerConnectionException($"Cannot connect to the manager at {address}: {exception.Message}. Is it running?", exception);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends <paramref name="request"/> and returns the reply, which stays valid until the next call.</summary>
    public ReadOnlyMemory<byte> Call(ReadOnlyMemory<byte> request, string what)
    {
        try
        {
            Send(request.Span);
            Span<byte> prefix = stackalloc byte[4];
            ReceiveExactly(prefix, what);
            int length = ReadLength(prefix, what);
            EnsureBuffer(length);
            ReceiveExactly(_receiveBuffer.AsSpan(0, length), what);
            return _receiveBuffer.AsMemory(0, length);
        }
        catch (SocketException exception)
        {
            throw Lost(what, exception);
        }
    }

    public async Task<ReadOnlyMemory<byte>> CallAsync(ReadOnlyMemory<byte> request, string what, CancellationToken cancellationToken)
    {
        try
        {
            var frame = ArrayPool<byte>.Shared.Rent(request.Length + 4);
            try
            {
                BinaryPrimitives.WriteInt32LittleEndian(frame, request.Length);
                request.CopyTo(frame.AsMemory(4));
                await _socket.SendAsync(frame.AsMemory(0, request.Length + 4), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(frame);
            }

            var prefix = new byte[4];
            await ReceiveExactlyAsync(prefix, what, cancellationToken).ConfigureAwait(false);
            int length = ReadLength(prefix, what);
            EnsureBuffer(length);
            await ReceiveExactlyAsync(_receiveBuffer.AsMemory(0, length), what, cancellationToken).ConfigureAwait(false);
            return _receiveBuffer.AsMemory(0, length);
        }
        catch (SocketException exception)
        {
            throw Lost(what, exception);
        }
    }

    public void Dispose() => _socket.Dispose();

    private void Send(ReadOnlySpan<byte> request)
    {
        int total = request.Length + 4;
        var frame = total <= 1024 ? stackalloc byte[total] : new byte[total];
        BinaryPrimitives.WriteInt32LittleEndian(frame, request.Length);
        request.CopyTo(frame[4..]);
        while (!frame.IsEmpty)
        {
            frame = frame[_socket.Send(frame)..];
        }
    }

    private int ReadLength(ReadOnlySpan<byte> prefix, string what)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length is < 1 or > ManagerProtocol.MaximumFrameSize)
        {
            throw new ManagerConnectionException($"The manager at {_address} sent a reply of {length} bytes to {what}: the stream is corrupted.");
        }

        return length;
    }

    private void EnsureBuffer(int length)
    {
        if (_receiveBuffer.Length < length)
        {
            _receiveBuffer = new byte[Math.Max(length, _receiveBuffer.Length * 2)];
        }
    }

    private void ReceiveExactly(Span<byte> buffer, string what)
    {
        while (!buffer.IsEmpty)
        {
            int read = _socket.Receive(buffer);
            if (read == 0)
            {
                throw Closed(what);
            }

            buffer = buffer[read..];
        }
    }

    private async ValueTask ReceiveExactlyAsync(Memory<byte> buffer, string what, CancellationToken cancellationToken)
    {
        while (!buffer.IsEmpty)
        {
            int read = await _socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw Closed(what);
            }

            buffer = buffer[read..];
        }
    }

    private ManagerConnectionException Closed(string what) =>
        new($"The manager at {_address} closed the connection during {what}: its server process has shut down or died.");

    private ManagerConnectionException Lost(string what, SocketException exception) =>
        new($"The connection to the manager at {_address} failed during {what} ({exception.Message}): its server process has shut down or died.", exception);
}
