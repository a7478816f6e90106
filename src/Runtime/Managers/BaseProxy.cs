using System.Buffers.Binary;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Managers;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A reference to an object that lives in a <see cref="Manager"/>'s server process (Python's <c>BaseProxy</c>). Every
/// call on a proxy is one round trip to the server, where it runs on the one object; any process that has the proxy
/// (pass it to a <see cref="ProcessEntryAttribute">[ProcessEntry]</see>) reaches the same object.
/// </summary>
public abstract class BaseProxy
{
    private readonly ManagerClient _client;
    private readonly ulong _objectId;
    private readonly ulong _typeId;

    private protected BaseProxy(ManagerClient client, ulong objectId, ulong typeId)
    {
        _client = client;
        _objectId = objectId;
        _typeId = typeId;
    }

    /// <summary>Another proxy of the same object: a hand-written proxy made from the generated proxy of its server type.</summary>
    private protected BaseProxy(BaseProxy other)
        : this(other._client, other._objectId, other._typeId)
    {
    }

    private protected BaseProxy(ProxyReference reference)
        : this(ManagerClient.For(reference.Address, reference.Key), reference.ObjectId, reference.TypeId)
    {
    }

    /// <summary>The address of the manager's server that holds the object.</summary>
    public string Address => _client.Address;

    /// <summary>The object's id in its server.</summary>
    public ulong ObjectId => _objectId;

    /// <summary>What the proxy sends to a child so that it reaches the same object.</summary>
    private protected ProxyReference Reference => ProxyReference.For(_client, _objectId, _typeId);

    internal ManagerClient Client => _client;

    internal ulong TypeId => _typeId;

    /// <summary>Starts a call of the member <paramref name="memberId"/> on the object. Used by generated code.</summary>
    /// <param name="memberId">The member's id, a hash of its signature.</param>
    /// <param name="displayName">The member as a person reads it, for messages.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ProxyCall StartCall(ulong memberId, string displayName) => new(RequestKind.Call, _objectId, memberId, displayName);

    /// <summary>Makes a call that returns nothing. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void Invoke(ProxyCall call) => _client.Call(call, static (client, reply, what) => DecodeNothing(client, reply, what));

    /// <summary>Makes a call that returns a value. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult Invoke<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(ProxyCall call) =>
        _client.Call(call, static (client, reply, what) => DecodeValue<TResult>(client, reply, what));

    /// <summary>Makes a call that returns a <c>[Shared]</c> object, as a proxy of it. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Proxy<TShared> InvokeShared<TShared>(ProxyCall call)
        where TShared : class => _client.Call(call, static (client, reply, what) => DecodeShared<TShared>(client, reply, what));

    /// <summary>Makes an asynchronous call that returns nothing. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task InvokeAsync(ProxyCall call, CancellationToken cancellationToken = default) =>
        _client.CallAsync(call, static (client, reply, what) => DecodeNothing(client, reply, what), cancellationToken);

    /// <summary>A proxy of the same object of another <c>[Shared]</c> type: the hand-written proxies reach their server types through it.</summary>
    internal Proxy<T> As<T>()
        where T : class => new(_client, _objectId, _typeId);

    /// <summary>Makes an asynchronous call that returns a value. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<TResult> InvokeAsync<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(ProxyCall call, CancellationToken cancellationToken = default) =>
        _client.CallAsync(call, static (client, reply, what) => DecodeValue<TResult>(client, reply, what), cancellationToken);

    /// <summary>Makes an asynchronous call that returns a <c>[Shared]</c> object, as a proxy of it. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<Proxy<TShared>> InvokeSharedAsync<TShared>(ProxyCall call, CancellationToken cancellationToken = default)
        where TShared : class => _client.CallAsync(call, static (client, reply, what) => DecodeShared<TShared>(client, reply, what), cancellationToken);

    /// <inheritdoc/>
    public override string ToString() => $"{ProxyTypeNames.Of(GetType())}(object {_objectId} at {_client.Address})";

    /// <summary>A timeout checked as the waits take it: zero or more, or <see cref="Timeout.InfiniteTimeSpan"/>.</summary>
    private protected static TimeSpan CheckTimeout(TimeSpan timeout)
    {
        Synchronization.WaitTimeout.ToMilliseconds(timeout);
        return timeout;
    }

    /// <summary>The result of a call made with <see cref="ManagerClient.Blocking"/>, which has completed on the calling thread.</summary>
    private protected static T Completed<T>(Task<T> call) => call.GetAwaiter().GetResult();

    internal static bool DecodeNothing(ManagerClient client, ReadOnlySpan<byte> reply, string what)
    {
        ManagerClient.Payload(client, reply, what, ReplyStatus.Returned);
        return true;
    }

    internal static TResult DecodeValue<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(ManagerClient client, ReadOnlySpan<byte> reply, string what)
    {
        var payload = ManagerClient.Payload(client, reply, what, ReplyStatus.Returned);
        TResult? value = default;
        WireSerializer.Deserialize(payload, ref value);
        return value!;
    }

    internal static Proxy<TShared> DecodeShared<TShared>(ManagerClient client, ReadOnlySpan<byte> reply, string what)
        where TShared : class
    {
        var payload = ManagerClient.Payload(client, reply, what, ReplyStatus.ReturnedShared);
        return new Proxy<TShared>(client, BinaryPrimitives.ReadUInt64LittleEndian(payload), BinaryPrimitives.ReadUInt64LittleEndian(payload[8..]));
    }
}
