using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;
using MemoryPack;
using Multiprocessing.Connections;
using Multiprocessing.Wire;

namespace Multiprocessing.Managers;

/// <summary>
/// The server side of a manager: it accepts connections, authenticates each before reading anything else, and serves
/// each connection's requests on a thread of its own (so that a blocking call waits alone), against one table of
/// shared objects. A malformed request is answered with a refusal and the connection goes on; an oversized one is
/// refused and that connection closed, since the rest of its stream cannot be trusted. Other connections never notice.
/// </summary>
internal sealed class ManagerServer : IDisposable
{
    private readonly Socket _listener;
    private readonly byte[] _key;
    private readonly SharedObjectTable _objects = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<Socket> _connections = [];
    private readonly string? _socketPath;

    private ManagerServer(Socket listener, byte[] key, string address, string? socketPath)
    {
        _listener = listener;
        _key = key;
        Address = address;
        _socketPath = socketPath;
    }

    /// <summary>The address clients connect to (with the actual port when port 0 was asked for).</summary>
    public string Address { get; }

    /// <summary>Completes when a client asked the server to shut down.</summary>
    public Task Stopped => _stopped.Task;

    public static ManagerServer Listen(string address, byte[] key)
    {
        var endPoint = ManagerAddress.Parse(address);
        var listener = ManagerAddress.NewSocket(endPoint);
        string? socketPath = (endPoint as UnixDomainSocketEndPoint)?.ToString();
        try
        {
            listener.Bind(endPoint);
            listener.Listen(128);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        var server = new ManagerServer(listener, key, ManagerAddress.Format(listener.LocalEndPoint!), socketPath);
        new Thread(server.AcceptLoop) { IsBackground = true, Name = "Manager accept" }.Start();
        return server;
    }

    public void Dispose()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        _stopping.Cancel();
        _listener.Dispose();
        lock (_connections)
        {
            _connections.ForEach(connection => connection.Dispose());
        }

        if (_socketPath is not null)
        {
            File.Delete(_socketPath);
        }

        _stopped.TrySetResult();
    }

    private void AcceptLoop()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = _listener.Accept();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                return;
            }

            if (connection.AddressFamily != AddressFamily.Unix)
            {
                connection.NoDelay = true;
            }

            lock (_connections)
            {
                _connections.Add(connection);
            }

            new Thread(() => Serve(connection)) { IsBackground = true, Name = "Manager connection" }.Start();
        }
    }

    private void Serve(Socket connection)
    {
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        ManagerChannel? channel = null;
        try
        {
            Connections.Handshake.Secure(connection, _key, asListener: true, closed.Token);
            var reply = new FrameBuffer();
            byte[] request = new byte[256];
            while (true)
            {
                int length;
                try
                {
                    length = channel is null ? ReceiveRequest(connection, ref request) : ReceiveRequest(connection, channel, ref request);
                }
                catch (ManagerRequestException refusal)
                {
                    // The rest of the stream cannot be trusted: answer, and close the connection.
                    reply.Reset();
                    WriteRefusal(reply, refusal.Message);
                    SendReply(connection, channel, reply.Complete());
                    return;
                }

                if (length == 0)
                {
                    return;
                }

                var body = request.AsMemory(0, length);
                reply.Reset();
                if (channel is null && (RequestKind)body.Span[0] == RequestKind.OpenChannel)
                {
                    // Answered over the socket: the client turns to the channel once it has the answer.
                    channel = OpenChannel(connection, body, reply);
                    SendAll(connection, reply.Complete());
                    continue;
                }

                bool shutdown = Handle(connection, body, reply, closed);
                SendReply(connection, channel, reply.Complete());
                if (shutdown)
                {
                    Dispose();
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or AuthenticationFailedException or OperationCanceledException)
        {
            // A client that left, failed authentication, or a server shutting down: only this connection ends.
        }
        finally
        {
            closed.Cancel();
            lock (_connections)
            {
                _connections.Remove(connection);
            }

            connection.Dispose();
            channel?.Dispose();
        }
    }

    /// <summary>
    /// Reads the next request frame from the socket into <paramref name="request"/>: the request's length, or 0 when
    /// the client closed the connection between frames.
    /// </summary>
    /// <exception cref="ManagerRequestException">The frame announces a length outside the accepted range; its body is not read.</exception>
    private static int ReceiveRequest(Socket connection, ref byte[] request)
    {
        // One request is in flight per connection, so one receive usually brings the whole frame and nothing more.
        int received = ReceiveAtLeast(connection, request, 0, 4);
        if (received == 0)
        {
            return 0;
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(request);
        CheckLength(length, ManagerProtocol.MaximumFrameSize);
        if (request.Length < 4 + length)
        {
            Array.Resize(ref request, Math.Max(4 + length, request.Length * 2));
        }

        if (received < 4 + length && ReceiveAtLeast(connection, request, received, 4 + length) == 0)
        {
            return 0;
        }

        // The frame's body moves to the front, where a request read from the channel lands too.
        request.AsSpan(4, length).CopyTo(request);
        return length;
    }

    /// <summary>Waits for the next request in <paramref name="channel"/> (or on the socket, when it says so); 0 when the client went away.</summary>
    /// <exception cref="ManagerRequestException">The channel announces a length outside the accepted range.</exception>
    private static int ReceiveRequest(Socket connection, ManagerChannel channel, ref byte[] request)
    {
        int? announced = channel.WaitForRequest(connection);
        if (announced is not { } length)
        {
            return 0;
        }

        if (length == ManagerChannel.OnSocket)
        {
            return ReceiveRequest(connection, ref request);
        }

        CheckLength(length, ManagerChannel.AreaSize);
        if (request.Length < length)
        {
            Array.Resize(ref request, Math.Max(length, request.Length * 2));
        }

        channel.CopyRequest(request.AsSpan(0, length));
        return length;
    }

    private static void CheckLength(int length, int maximum)
    {
        if (length < ManagerProtocol.RequestHeaderSize || length > maximum)
        {
            throw new ManagerRequestException($"a request of {length} bytes is outside the accepted {ManagerProtocol.RequestHeaderSize} to {maximum} bytes; the connection is closed");
        }
    }

    /// <summary>Serves an <see cref="RequestKind.OpenChannel"/> request: the channel, or null (and a refusal in <paramref name="reply"/>) when it cannot be opened.</summary>
    private ManagerChannel? OpenChannel(Socket connection, ReadOnlyMemory<byte> request, FrameBuffer reply)
    {
        var invocation = new SharedInvocation(0, request[ManagerProtocol.RequestHeaderSize..], _objects, reply, CancellationToken.None);
        try
        {
            if (connection.AddressFamily != AddressFamily.Unix)
            {
                throw new ManagerRequestException("a shared-memory channel is for clients on this machine, and this connection is not a Unix domain socket");
            }

            string name = invocation.Read<string>();
            invocation.EndArguments();
            var channel = ManagerChannel.Attach(name);
            reply.Write([(byte)ReplyStatus.Returned]);
            return channel;
        }
        catch (ManagerRequestException refusal)
        {
            WriteRefusal(reply, refusal.Message);
            return null;
        }
    }

    /// <summary>Sends a reply frame through the connection's channel when it has one and the reply fits, else over the socket.</summary>
    private static void SendReply(Socket connection, ManagerChannel? channel, ReadOnlySpan<byte> frame)
    {
        if (channel is null || !channel.SendReply(frame[FrameBuffer.HeaderSize..]))
        {
            SendAll(connection, frame);
        }
    }

    /// <summary>Serves one request into <paramref name="reply"/>; true when it asked the server to shut down.</summary>
    private bool Handle(Socket connection, ReadOnlyMemory<byte> request, FrameBuffer reply, CancellationTokenSource closed)
    {
        var kind = (RequestKind)request.Span[0];
        ulong target = BinaryPrimitives.ReadUInt64LittleEndian(request.Span[1..]);
        ulong member = BinaryPrimitives.ReadUInt64LittleEndian(request.Span[9..]);
        var invocation = new SharedInvocation(member, request[ManagerProtocol.RequestHeaderSize..], _objects, reply, closed.Token);
        try
        {
            switch (kind)
            {
                case RequestKind.Call:
                    Call(connection, _objects.Get(target), invocation, closed);
                    break;
                case RequestKind.Create:
                    var type = SharedTypeRegistry.Find(target)
                        ?? throw new ManagerRequestException($"The server has no [Shared] type with id 0x{target:X16}; the caller and the server probably come from different builds.");
                    invocation.ReturnShared(type.Create(invocation));
                    break;
                case RequestKind.Find:
                    string name = invocation.Read<string>();
                    invocation.EndArguments();
                    WriteHandle(reply, _objects.Find(name));
                    return false;
                case RequestKind.Publish:
                    string published = invocation.Read<string>();
                    invocation.EndArguments();
                    _objects.Publish(published, target);
                    break;
                case RequestKind.Shutdown:
                    reply.Write([(byte)ReplyStatus.Returned]);
                    return true;
                case RequestKind.OpenChannel:
                    throw new ManagerRequestException("This connection has a shared-memory channel already.");
                default:
                    throw new ManagerRequestException($"{(int)kind} is not a request kind.");
            }
        }
        catch (ManagerRequestException refusal)
        {
            reply.Reset();
            WriteRefusal(reply, refusal.Message);
            return false;
        }
        catch (Exception exception)
        {
            reply.Reset();
            reply.Write([(byte)ReplyStatus.Threw]);
            WireSerializer.Serialize(reply, exception.GetType().FullName);
            WireSerializer.Serialize(reply, exception.Message);
            WireSerializer.Serialize(reply, exception.StackTrace);
            return false;
        }

        if (invocation.SharedResult is { } handle)
        {
            WriteHandle(reply, handle);
        }
        else if (reply.BodyLength == 0)
        {
            // A member that returns nothing; one that returns a value wrote its status and value already.
            reply.Write([(byte)ReplyStatus.Returned]);
        }

        return false;
    }

    /// <summary>
    /// Runs a call on <paramref name="entry"/>. A call that does not finish at once (a wait for a lock, a queue's item)
    /// is watched together with its connection: a client that goes away while it waits (killed, or gave up) cancels the
    /// wait, so that a dead process never takes a lock or an item it cannot use.
    /// </summary>
    private static void Call(Socket connection, SharedObjectEntry entry, SharedInvocation invocation, CancellationTokenSource closed)
    {
        entry.Gate?.Wait(invocation.CancellationToken);
        try
        {
            var pending = entry.Type.Dispatch(entry.Value, invocation);
            if (!pending.IsCompleted)
            {
                WaitWatchingConnection(connection, pending.AsTask(), closed);
                return;
            }

            pending.GetAwaiter().GetResult();
        }
        finally
        {
            entry.Gate?.Release();
        }
    }

    private static void WaitWatchingConnection(Socket connection, Task pending, CancellationTokenSource closed)
    {
        using var finished = new CancellationTokenSource();
        var hangUp = connection.ReceiveAsync(new byte[1], SocketFlags.Peek, finished.Token).AsTask();
        if (Task.WaitAny(pending, hangUp) == 1)
        {
            // Nothing may arrive while a call is in flight: the peer closed (or broke the protocol), so the call is moot.
            closed.Cancel();
        }

        finished.Cancel();
        try
        {
            hangUp.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled, or the connection failed: either way the watch is over.
        }

        pending.GetAwaiter().GetResult();
    }

    private static void WriteHandle(FrameBuffer reply, SharedObjectHandle handle)
    {
        reply.Write([(byte)ReplyStatus.ReturnedShared]);
        SharedInvocation.WriteHandle(reply.GetSpan(16), handle);
        reply.Advance(16);
    }

    private static void WriteRefusal(FrameBuffer reply, string reason)
    {
        reply.Write([(byte)ReplyStatus.Refused]);
        WireSerializer.Serialize(reply, reason);
    }

    private static void SendAll(Socket connection, ReadOnlySpan<byte> frame)
    {
        while (!frame.IsEmpty)
        {
            frame = frame[connection.Send(frame)..];
        }
    }

    /// <summary>Receives into <paramref name="buffer"/> from <paramref name="offset"/> until it holds <paramref name="least"/> bytes; 0 when the peer closed between frames.</summary>
    private static int ReceiveAtLeast(Socket connection, byte[] buffer, int offset, int least)
    {
        int total = offset;
        while (total < least)
        {
            int read = connection.Receive(buffer.AsSpan(total));
            if (read == 0)
            {
                if (total == 0)
                {
                    return 0;
                }

                throw new SocketException((int)SocketError.ConnectionReset);
            }

            total += read;
        }

        return total;
    }
}
