using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;
using Multiprocessing.Connections;

namespace Multiprocessing.Managers;

/// <summary>
/// One authenticated client connection to a manager's server, used by one call at a time: a request frame out, its
/// reply frame in. Blocking calls on a local server go through a shared-memory channel (<see cref="ManagerChannel"/>)
/// when the connection has one, else over the socket synchronously; asynchronous calls await the socket.
/// </summary>
internal sealed class ManagerConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly string _address;
    private byte[] _receiveBuffer = new byte[256];
    private ManagerChannel? _channel;

    private ManagerConnection(Socket socket, string address)
    {
        _socket = socket;
        _address = address;
    }

    /// <summary>The name of the connection's shared-memory channel, for tests; null when it has none.</summary>
    internal string? ChannelName => _channel?.Name;

    /// <summary>Connects and authenticates.</summary>
    /// <param name="address">The server's address.</param>
    /// <param name="key">The authentication key.</param>
    /// <param name="channel">Whether to ask a local server for a shared-memory channel (for blocking calls only).</param>
    public static ManagerConnection Open(string address, byte[] key, bool channel)
    {
        var endPoint = ManagerAddress.Parse(address);
        var socket = ManagerAddress.NewSocket(endPoint);
        try
        {
            socket.Connect(endPoint);
            Connections.Handshake.Secure(socket, key, asListener: false, CancellationToken.None);
            var connection = new ManagerConnection(socket, address);
            if (channel && endPoint is UnixDomainSocketEndPoint)
            {
                connection.TryOpenChannel();
            }

            return connection;
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

    /// <summary>Sends <paramref name="call"/> and returns the reply, which stays valid until the next call.</summary>
    public ReadOnlyMemory<byte> Call(ProxyCall call) => _channel is null ? CallOnSocket(call) : CallThroughChannel(_channel, call);

    private ReadOnlyMemory<byte> CallThroughChannel(ManagerChannel channel, ProxyCall call)
    {
        string what = call.DisplayName;
        try
        {
            var frame = call.Frame;
            if (!channel.SendRequest(frame[FrameBuffer.HeaderSize..]))
            {
                SendAll(frame);
            }

            int length = channel.WaitForReply(_socket) ?? throw Closed(what);
            if (length == ManagerChannel.OnSocket)
            {
                return ReceiveReply(what);
            }

            if (length is < 1 or > ManagerChannel.AreaSize)
            {
                throw new ManagerConnectionException($"The manager at {_address} announced a reply of {length} bytes to {ProxyTypeNames.ForUser(what)} in its shared-memory channel: the channel is corrupted.");
            }

            return channel.Reply(length);
        }
        catch (SocketException exception)
        {
            throw Lost(what, exception);
        }
    }

    private ReadOnlyMemory<byte> CallOnSocket(ProxyCall call)
    {
        string what = call.DisplayName;
        try
        {
            SendAll(call.Frame);
            return ReceiveReply(what);
        }
        catch (SocketException exception)
        {
            throw Lost(what, exception);
        }
    }

    /// <summary>
    /// Asks the server to serve this connection through a new shared-memory channel. A server that refuses (it cannot
    /// open the block: another user's, say) leaves the connection on the socket, as does a block that cannot be made.
    /// </summary>
    private void TryOpenChannel()
    {
        ManagerChannel channel;
        try
        {
            channel = ManagerChannel.Create();
        }
        catch (IOException)
        {
            return;
        }

        try
        {
            var call = new ProxyCall(RequestKind.OpenChannel, 0, 0, "opening a shared-memory channel");
            call.Write(channel.Name);
            if ((ReplyStatus)CallOnSocket(call).Span[0] == ReplyStatus.Returned)
            {
                _channel = channel;
                return;
            }
        }
        catch
        {
            channel.Dispose();
            throw;
        }

        channel.Dispose();
    }

    private void SendAll(ReadOnlySpan<byte> frame)
    {
        while (!frame.IsEmpty)
        {
            frame = frame[_socket.Send(frame)..];
        }
    }

    /// <summary>Receives the reply to the call in flight from the socket.</summary>
    private ReadOnlyMemory<byte> ReceiveReply(string what)
    {
        // One call is in flight per connection, so whatever arrives is this reply: one receive usually brings all of it.
        int received = ReceiveAtLeast(_receiveBuffer, 4, what);
        int length = ReadLength(_receiveBuffer, what);
        EnsureBuffer(4 + length);
        if (received < 4 + length)
        {
            ReceiveAtLeast(_receiveBuffer.AsSpan(received, 4 + length - received), 4 + length - received, what);
        }

        return _receiveBuffer.AsMemory(4, length);
    }

    public async Task<ReadOnlyMemory<byte>> CallAsync(ProxyCall call, CancellationToken cancellationToken)
    {
        string what = call.DisplayName;
        try
        {
            int length = CopyFrame(call, out var frame);
            try
            {
                await _socket.SendAsync(frame.AsMemory(0, length), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(frame);
            }

            var prefix = new byte[4];
            await ReceiveExactlyAsync(prefix, what, cancellationToken).ConfigureAwait(false);
            length = ReadLength(prefix, what);
            EnsureBuffer(length);
            await ReceiveExactlyAsync(_receiveBuffer.AsMemory(0, length), what, cancellationToken).ConfigureAwait(false);
            return _receiveBuffer.AsMemory(0, length);
        }
        catch (SocketException exception)
        {
            throw Lost(what, exception);
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _channel?.Dispose();
    }

    /// <summary>A copy of the call's frame in a pooled array, which an asynchronous send can hold across awaits.</summary>
    private static int CopyFrame(ProxyCall call, out byte[] frame)
    {
        var source = call.Frame;
        frame = ArrayPool<byte>.Shared.Rent(source.Length);
        source.CopyTo(frame);
        return source.Length;
    }

    private int ReadLength(ReadOnlySpan<byte> prefix, string what)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length is < 1 or > ManagerProtocol.MaximumFrameSize)
        {
            throw new ManagerConnectionException($"The manager at {_address} sent a reply of {length} bytes to {ProxyTypeNames.ForUser(what)}: the stream is corrupted.");
        }

        return length;
    }

    private void EnsureBuffer(int length)
    {
        if (_receiveBuffer.Length < length)
        {
            Array.Resize(ref _receiveBuffer, Math.Max(length, _receiveBuffer.Length * 2));
        }
    }

    private int ReceiveAtLeast(Span<byte> buffer, int least, string what)
    {
        int total = 0;
        while (total < least)
        {
            int read = _socket.Receive(buffer[total..]);
            if (read == 0)
            {
                throw Closed(what);
            }

            total += read;
        }

        return total;
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
        new($"The manager at {_address} closed the connection during {ProxyTypeNames.ForUser(what)}: its server process has shut down or died.");

    private ManagerConnectionException Lost(string what, SocketException exception) =>
        new($"The connection to the manager at {_address} failed during {ProxyTypeNames.ForUser(what)} ({exception.Message}): its server process has shut down or died.", exception);
}
