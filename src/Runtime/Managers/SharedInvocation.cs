using System.Buffers;
using System.Buffers.Binary;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Wire;

namespace Multiprocessing.Managers;

/// <summary>
/// One request being served in a manager's server: the member asked for, its arguments and its result. Used by
/// generated dispatchers, which read the arguments as the member's own parameter types: the server deserializes
/// nothing else.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SharedInvocation
{
    private readonly ReadOnlyMemory<byte> _arguments;
    private readonly SharedObjectTable _objects;
    private readonly IBufferWriter<byte> _reply;
    private int _offset;

    internal SharedInvocation(ulong memberId, ReadOnlyMemory<byte> arguments, SharedObjectTable objects, IBufferWriter<byte> reply, CancellationToken cancellationToken)
    {
        MemberId = memberId;
        _arguments = arguments;
        _objects = objects;
        _reply = reply;
        CancellationToken = cancellationToken;
    }

    /// <summary>The id of the method, property accessor or constructor asked for.</summary>
    public ulong MemberId { get; }

    /// <summary>Cancelled when the connection that sent the request closes (its process died or gave up waiting), or the server shuts down.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The shared object the call returned, registered in the server's table, once it has returned one.</summary>
    internal SharedObjectHandle? SharedResult { get; private set; }

    /// <summary>Reads the next argument.</summary>
    public T Read<[DynamicallyAccessedMembers(WireSerializer.Members)] T>()
    {
        T? value = default;
        try
        {
            _offset += WireSerializer.Deserialize(_arguments.Span[_offset..], ref value);
        }
        catch (Exception exception) when (exception is MemoryPackSerializationException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new ManagerRequestException($"The arguments of the request are malformed at byte {_offset} of {_arguments.Length}: {exception.Message}");
        }

        return value!;
    }

    /// <summary>Confirms that every byte of the arguments was read: left-over bytes mean the caller sent something else.</summary>
    public void EndArguments()
    {
        if (_offset != _arguments.Length)
        {
            throw new ManagerRequestException($"The request has {_arguments.Length - _offset} unexpected bytes after its last argument; the caller and the server probably come from different builds.");
        }
    }

    /// <summary>Records the value the member returned, serialized straight into the reply.</summary>
    public void Return<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(T value)
    {
        _reply.Write([(byte)ReplyStatus.Returned]);
        WireSerializer.Serialize(_reply, value);
    }

    /// <summary>Awaits an asynchronous member and records its value.</summary>
    public async ValueTask ReturnAsync<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(Task<T> pending) => Return(await pending.ConfigureAwait(false));

    /// <summary>Awaits an asynchronous member and records its value.</summary>
    public async ValueTask ReturnAsync<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(ValueTask<T> pending) => Return(await pending.ConfigureAwait(false));

    /// <summary>Records a <c>[Shared]</c> object the member returned: it joins the server's objects and the caller gets a proxy of it.</summary>
    public void ReturnShared<T>(T? value)
        where T : class => SharedResult = _objects.Add(
            value ?? throw new InvalidOperationException($"The member returned null where a [Shared] {typeof(T).Name} was expected: a proxy cannot stand for nothing."));

    /// <summary>Awaits an asynchronous member that returns a <c>[Shared]</c> object and records it.</summary>
    public async ValueTask ReturnSharedAsync<T>(Task<T> pending)
        where T : class => ReturnShared(await pending.ConfigureAwait(false));

    /// <summary>Awaits an asynchronous member that returns a <c>[Shared]</c> object and records it.</summary>
    public async ValueTask ReturnSharedAsync<T>(ValueTask<T> pending)
        where T : class => ReturnShared(await pending.ConfigureAwait(false));

    /// <summary>The exception a dispatcher throws for a member id it does not have.</summary>
    public Exception UnknownMember(string typeName) =>
        new ManagerRequestException($"{typeName} has no shared member with id 0x{MemberId:X16}; the caller and the server probably come from different builds.");

    internal static void WriteHandle(Span<byte> destination, SharedObjectHandle handle)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, handle.ObjectId);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], handle.TypeId);
    }
}

/// <summary>A request the server refuses: it names an unknown object or member, or its arguments cannot be read.</summary>
internal sealed class ManagerRequestException(string message) : Exception(message);
