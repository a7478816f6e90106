using System.Buffers.Binary;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Connections;
using Multiprocessing.Wire;

namespace Multiprocessing.Managers;

/// <summary>One request to a manager's server being written: its header, then its serialized arguments. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ProxyCall
{
    private readonly FrameBuffer _buffer = new(64);

    internal ProxyCall(RequestKind kind, ulong target, ulong member, string displayName)
    {
        DisplayName = displayName;
        var header = _buffer.GetSpan(ManagerProtocol.RequestHeaderSize);
        header[0] = (byte)kind;
        BinaryPrimitives.WriteUInt64LittleEndian(header[1..], target);
        BinaryPrimitives.WriteUInt64LittleEndian(header[9..], member);
        _buffer.Advance(ManagerProtocol.RequestHeaderSize);
    }

    /// <summary>The call as the generated code names it, for error messages (through <see cref="ProxyTypeNames.ForUser"/>, which names a built-in type's call by its proxy).</summary>
    internal string DisplayName { get; }

    /// <summary>The request as it goes on the wire: its length, then the request.</summary>
    internal ReadOnlySpan<byte> Frame => _buffer.Complete();

    /// <summary>Appends one argument.</summary>
    public void Write<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(in T value) => WireSerializer.Serialize(_buffer, value);
}
