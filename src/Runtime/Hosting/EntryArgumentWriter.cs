using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Microsoft.Win32.SafeHandles;
using Multiprocessing.Wire;

namespace Multiprocessing.Hosting;

/// <summary>Collects the serialized arguments of one entry call, in parameter order. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntryArgumentWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly List<SafeFileHandle> _handles = [];

    /// <summary>Appends one argument.</summary>
    public void Write<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(in T value)
    {
        var copy = value;
        InheritedHandles.Collect(_handles, () => MemoryPackSerializer.Serialize(_buffer, copy));
    }

    internal byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    /// <summary>The handles the arguments exported, in slot order; the caller takes ownership.</summary>
    internal SafeFileHandle[] TakeHandles()
    {
        var handles = _handles.ToArray();
        _handles.Clear();
        return handles;
    }
}
