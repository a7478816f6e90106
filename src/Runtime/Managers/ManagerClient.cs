using System.Collections.Concurrent;
using MemoryPack;

namespace Multiprocessing.Managers;

/// <summary>
/// This process's way to one manager's server: a pool of authenticated connections shared by every proxy of that
/// server, so that calls from several threads run side by side (Python opens one connection per thread), and a
/// blocking call on one thread (a lock's acquire) does not hold up the others. Blocking calls and asynchronous ones
/// keep separate pools: a blocking call to a local server goes through its connection's shared-memory channel, which an
/// awaited call cannot wait on without holding a thread.
/// </summary>
internal sealed class ManagerClient
{
    private static readonly ConcurrentDictionary<string, ManagerClient> s_clients = new(StringComparer.Ordinal);

    /// <summary>
    /// A token that is never cancelled, which the blocking forms of waiting calls (a lock's <c>Acquire</c>) pass to
    /// their generated asynchronous member: the call then runs on the calling thread, a blocking round trip without a
    /// thread hop, and the server still serves it as a wait it can cancel when the caller goes away.
    /// </summary>
    internal static readonly CancellationToken Blocking = new CancellationTokenSource().Token;

    private readonly ConcurrentBag<ManagerConnection> _idle = [];
    private readonly ConcurrentBag<ManagerConnection> _idleForAwaits = [];
    private readonly byte[] _key;

    private ManagerClient(string address, byte[] key)
    {
        Address = address;
        _key = key;
    }

    public string Address { get; }

    internal byte[] Key => _key;

    /// <summary>The client of the server at <paramref name="address"/>, shared by every proxy of it in this process.</summary>
    public static ManagerClient For(string address, byte[] key)
    {
        var client = s_clients.GetOrAdd(address, static (address, key) => new ManagerClient(address, key), key);
        return client._key.AsSpan().SequenceEqual(key) ? client : new ManagerClient(address, key);
    }

    /// <summary>Opens a connection now, so that a wrong address or key fails here rather than at the first call.</summary>
    public void Probe() => _idle.Add(ManagerConnection.Open(Address, _key, channel: true));

    /// <summary>Sends one request and decodes its reply; <paramref name="decode"/> runs before the connection is reused.</summary>
    public TResult Call<TResult>(ProxyCall call, ReplyDecoder<TResult> decode)
    {
        var connection = Rent();
        ReadOnlyMemory<byte> reply;
        try
        {
            reply = connection.Call(call);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        try
        {
            return decode(this, reply.Span, call.DisplayName);
        }
        finally
        {
            _idle.Add(connection);
        }
    }

    public Task<TResult> CallAsync<TResult>(ProxyCall call, ReplyDecoder<TResult> decode, CancellationToken cancellationToken) =>
        cancellationToken == Blocking ? Task.FromResult(Call(call, decode)) : CallOnSocketAsync(call, decode, cancellationToken);

    private async Task<TResult> CallOnSocketAsync<TResult>(ProxyCall call, ReplyDecoder<TResult> decode, CancellationToken cancellationToken)
    {
        var connection = _idleForAwaits.TryTake(out var idle) ? idle : ManagerConnection.Open(Address, _key, channel: false);
        ReadOnlyMemory<byte> reply;
        try
        {
            reply = await connection.CallAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A cancelled call leaves its reply unread: the connection cannot serve another call.
            connection.Dispose();
            throw;
        }

        try
        {
            return decode(this, reply.Span, call.DisplayName);
        }
        finally
        {
            _idleForAwaits.Add(connection);
        }
    }

    /// <summary>Closes the idle connections (those in use close when their call ends and the server is gone).</summary>
    public void CloseIdle()
    {
        while (_idle.TryTake(out var connection) || _idleForAwaits.TryTake(out connection))
        {
            connection.Dispose();
        }
    }

    private ManagerConnection Rent() => _idle.TryTake(out var connection) ? connection : ManagerConnection.Open(Address, _key, channel: true);

    /// <summary>The status of <paramref name="reply"/>, after throwing what a failed call throws.</summary>
    public static ReadOnlySpan<byte> Payload(ManagerClient client, ReadOnlySpan<byte> reply, string what, ReplyStatus expected)
    {
        var status = (ReplyStatus)reply[0];
        var payload = reply[1..];
        if (status == expected)
        {
            return payload;
        }

        switch (status)
        {
            case ReplyStatus.Threw:
                string? type = null, message = null, stackTrace = null;
                int offset = MemoryPackSerializer.Deserialize(payload, ref type);
                offset += MemoryPackSerializer.Deserialize(payload[offset..], ref message);
                MemoryPackSerializer.Deserialize(payload[offset..], ref stackTrace);
                throw new RemoteException("manager at " + client.Address, type ?? "?", message ?? string.Empty, stackTrace, null);
            case ReplyStatus.Refused:
                string? reason = null;
                MemoryPackSerializer.Deserialize(payload, ref reason);
                throw new InvalidOperationException($"The manager at {client.Address} refused {ProxyTypeNames.ForUser(what)}: {reason}");
            default:
                throw new ManagerConnectionException($"The manager at {client.Address} answered {ProxyTypeNames.ForUser(what)} with status {(int)status}, which does not fit the call: the stream is corrupted or the server is another build.");
        }
    }
}

/// <summary>Turns a reply into the call's result, or throws what it reports.</summary>
internal delegate TResult ReplyDecoder<TResult>(ManagerClient client, ReadOnlySpan<byte> reply, string what);
