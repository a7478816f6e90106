using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Authentication;
using MemoryPack;

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
        try
        {
            ManagerAuthentication.AuthenticateAsServer(connection, _key);
            var reply = new ArrayBufferWriter<byte>(256);
            byte[] request = new byte[256];
            Span<byte> prefix = stackalloc byte[4];
            while (ReceiveExactly(connection, prefix))
            {
                int length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
                if (length is < ManagerProtocol.RequestHeaderSize or > ManagerProtocol.MaximumFrameSize)
                {
                    reply.Clear();
                    WriteRefusal(reply, $"a request of {length} bytes is outside the accepted {ManagerProtocol.RequestHeaderSize} to {ManagerProtocol.MaximumFrameSize} bytes; the connection is closed");
                    SendFrame(connection, reply.WrittenSpan);
                    return;
                }

                if (request.Length < length)
                {
                    request = new byte[Math.Max(length, request.Length * 2)];
                }

                if (!ReceiveExactly(connection, request.AsSpan(0, length)))
                {
                    return;
                }

                reply.Clear();
                bool shutdown = Handle(request.AsMemory(0, length), reply, closed.Token);
                SendFrame(connection, reply.WrittenSpan);
                if (shutdown)
                {
                    Dispose();
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or AuthenticationException)
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
        }
    }

    /// <summary>Serves one request into <paramref name="reply"/>; true when it asked the server to shut down.</summary>
    private bool Handle(ReadOnlyMemory<byte> request, ArrayBufferWriter<byte> reply, CancellationToken cancellationToken)
    {
        var kind = (RequestKind)request.Span[0];
        ulong target = BinaryPrimitives.ReadUInt64LittleEndian(request.Span[1..]);
        ulong member = BinaryPrimitives.ReadUInt64LittleEndian(request.Span[9..]);
        var invocation = new SharedInvocation(member, request[ManagerProtocol.RequestHeaderSize..], _objects, cancellationToken);
        try
        {
            switch (kind)
            {
                case RequestKind.Call:
                    Call(_objects.Get(target), invocation);
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
                default:
                    throw new ManagerRequestException($"{(int)kind} is not a request kind.");
            }
        }
        catch (ManagerRequestException refusal)
        {
            reply.Clear();
            WriteRefusal(reply, refusal.Message);
            return false;
        }
        catch (Exception exception)
        {
            reply.Clear();
            reply.Write([(byte)ReplyStatus.Threw]);
            MemoryPackSerializer.Serialize(reply, exception.GetType().FullName);
            MemoryPackSerializer.Serialize(reply, exception.Message);
            MemoryPackSerializer.Serialize(reply, exception.StackTrace);
            return false;
        }

        if (invocation.SharedResult is { } handle)
        {
            WriteHandle(reply, handle);
        }
        else
        {
            reply.Write([(byte)ReplyStatus.Returned]);
            reply.Write(invocation.Result);
        }

        return false;
    }

    private static void Call(SharedObjectEntry entry, SharedInvocation invocation)
    {
        entry.Gate?.Wait(invocation.CancellationToken);
        try
        {
            var pending = entry.Type.Dispatch(entry.Value, invocation);
            if (!pending.IsCompletedSuccessfully)
            {
                pending.AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            entry.Gate?.Release();
        }
    }

    private static void WriteHandle(ArrayBufferWriter<byte> reply, SharedObjectHandle handle)
    {
        reply.Write([(byte)ReplyStatus.ReturnedShared]);
        SharedInvocation.WriteHandle(reply.GetSpan(16), handle);
        reply.Advance(16);
    }

    private static void WriteRefusal(ArrayBufferWriter<byte> reply, string reason)
    {
        reply.Write([(byte)ReplyStatus.Refused]);
        MemoryPackSerializer.Serialize(reply, reason);
    }

    private static void SendFrame(Socket connection, ReadOnlySpan<byte> payload)
    {
        Span<byte> prefix = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(prefix, payload.Length);
        connection.Send(prefix);
        while (!payload.IsEmpty)
        {
            payload = payload[connection.Send(payload)..];
        }
    }

    private static bool ReceiveExactly(Socket connection, Span<byte> buffer)
    {
        bool first = true;
        while (!buffer.IsEmpty)
        {
            int read = connection.Receive(buffer);
            if (read == 0)
            {
                if (first)
                {
                    return false;
                }

                throw new SocketException((int)SocketError.ConnectionReset);
            }

            first = false;
            buffer = buffer[read..];
        }

        return true;
    }
}
