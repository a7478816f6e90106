using MemoryPack;
using Multiprocessing.SharedMemoryBlocks;

namespace Multiprocessing;

/// <summary>
/// A named block of memory shared between processes: Python's <c>multiprocessing.shared_memory.SharedMemory</c>.
/// Create one with <see cref="Create"/>, open it elsewhere with <see cref="Attach(string)"/> or by passing it to a
/// <see cref="ProcessEntryAttribute">[ProcessEntry]</see> (it travels as its name and is attached in the child).
/// </summary>
/// <remarks>
/// <para>On Linux a block is a file under <c>/dev/shm</c> mapped into each process that opens it. The mapping is
/// zero-filled when created and is not moved or resized afterwards.</para>
/// <para>Clean-up, without Python's resource tracker: every process that has the block open holds a shared
/// <c>flock</c> on its file, which the kernel drops when the process ends in any way (<c>kill -9</c> included).
/// <see cref="Dispose"/> closes this process's view; when no other process holds the block any more, it also removes
/// the name, so the last user to dispose cleans up, even when the other users crashed. <see cref="Unlink"/> removes
/// the name at once (views that are open stay valid; new attaches fail). A block whose users all ended without
/// disposing (crashed, killed) is removed by the next process that creates a block, once the block is a few seconds
/// old: each process sweeps <c>/dev/shm</c> for unheld blocks when it first creates one. Only generated names (those
/// starting with <c>mp-</c>) are swept; a block you named yourself stays until unlinked, as in Python.</para>
/// <para>The spans and memories handed out are valid until <see cref="Dispose"/>; using one afterwards is a
/// use-after-free, as with any unmapped memory. macOS and Windows are not supported yet
/// (<see cref="PlatformNotSupportedException"/>).</para>
/// </remarks>
[MemoryPackable]
public sealed unsafe partial class SharedMemory : IDisposable
{
    private readonly SharedMemoryFile _file;
    private int _disposed;

    private SharedMemory(SharedMemoryFile file) => _file = file;

    /// <summary>Attaches to the block named <paramref name="name"/> when deserialized in a child.</summary>
    [MemoryPackConstructor]
    private SharedMemory(string name)
        : this(SharedMemoryFile.Attach(name, expectedSize: null))
    {
    }

    /// <summary>The block's name, without any directory: what <see cref="Attach(string)"/> takes.</summary>
    [MemoryPackInclude]
    public string Name => _file.Name;

    /// <summary>The size of the block in bytes.</summary>
    [MemoryPackIgnore]
    public int Size => _file.Size;

    /// <summary>The whole block (Python's <c>buf</c>). Valid until <see cref="Dispose"/>.</summary>
    [MemoryPackIgnore]
    public Span<byte> Span
    {
        get
        {
            ThrowIfDisposed();
            return new Span<byte>(_file.Address, _file.Size);
        }
    }

    /// <summary>The whole block as a <see cref="Memory{T}"/>, for asynchronous code. Valid until <see cref="Dispose"/>.</summary>
    [MemoryPackIgnore]
    public Memory<byte> Memory
    {
        get
        {
            ThrowIfDisposed();
            return new UnmanagedMemory(_file.Address, _file.Size).Memory;
        }
    }

    /// <summary>The start of the mapping, for the primitives that keep their state in a block.</summary>
    internal byte* Address
    {
        get
        {
            ThrowIfDisposed();
            return _file.Address;
        }
    }

    /// <summary>Creates a new block of <paramref name="size"/> zeroed bytes.</summary>
    /// <param name="size">The size in bytes; more than zero.</param>
    /// <param name="name">The name, or null for a new unique one. Letters, digits, '-', '_' and '.' only.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid block name.</exception>
    /// <exception cref="IOException">A block with this name exists already.</exception>
    public static SharedMemory Create(int size, string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return new SharedMemory(SharedMemoryFile.Create(size, name));
    }

    /// <summary>Opens the existing block named <paramref name="name"/>, whatever its size.</summary>
    /// <exception cref="FileNotFoundException">No block has this name (never created, or unlinked).</exception>
    public static SharedMemory Attach(string name) => new(SharedMemoryFile.Attach(name, expectedSize: null));

    /// <summary>Opens the existing block named <paramref name="name"/>, which must be <paramref name="size"/> bytes.</summary>
    /// <exception cref="FileNotFoundException">No block has this name (never created, or unlinked).</exception>
    /// <exception cref="ArgumentException">The block exists but its size is not <paramref name="size"/>.</exception>
    public static SharedMemory Attach(string name, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return new(SharedMemoryFile.Attach(name, size));
    }

    /// <summary>
    /// Removes the block's name now (Python's <c>unlink()</c>): no one can attach to it any more, while the views
    /// already open, this one included, stay usable until disposed. Removing a name already removed does nothing.
    /// </summary>
    public void Unlink()
    {
        ThrowIfDisposed();
        _file.Unlink();
    }

    /// <summary>
    /// Closes this process's view of the block (Python's <c>close()</c>); the last process to close it also removes
    /// its name. Never throws; disposing twice does nothing.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _file.Close();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"SharedMemory({Name}, {Size} bytes)";

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed != 0, this);

    /// <summary>Wraps the mapping for <see cref="Memory"/>; owns nothing.</summary>
    private sealed class UnmanagedMemory(byte* address, int length) : System.Buffers.MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(address, length);

        public override System.Buffers.MemoryHandle Pin(int elementIndex = 0) => new(address + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
