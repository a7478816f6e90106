using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Wire;

namespace Multiprocessing.Hosting;

/// <summary>
/// Collects the serialized arguments of pool tasks, back to back. Used by generated code. Unlike a process's
/// arguments, these cannot carry operating-system handles: they go to a worker that is already running.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PoolArgumentWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;

    /// <summary>Creates an empty writer.</summary>
    public PoolArgumentWriter()
        : this(capacity: 64)
    {
    }

    internal PoolArgumentWriter(int capacity) => _buffer = new ArrayBufferWriter<byte>(capacity);

    internal ReadOnlyMemory<byte> WrittenMemory => _buffer.WrittenMemory;

    /// <summary>Appends one argument.</summary>
    public void Write<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(in T value) => WireSerializer.Serialize(_buffer, value);
}
