using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;

namespace Multiprocessing.Hosting;

/// <summary>Collects the serialized arguments of one entry call, in parameter order. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntryArgumentWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>Appends one argument.</summary>
    public void Write<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>(in T value) => MemoryPackSerializer.Serialize(_buffer, value);

    internal byte[] ToArray() => _buffer.WrittenSpan.ToArray();
}
