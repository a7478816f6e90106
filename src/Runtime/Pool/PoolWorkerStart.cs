using System.Net.Sockets;
using MemoryPack;
using Multiprocessing.Hosting;

namespace Multiprocessing.Pool;

/// <summary>
/// The first argument of a pool worker: its end of the channel to the pool (inherited as a descriptor), how many
/// tasks it runs before it exits, and the initializer to run first, whose own arguments follow this one.
/// </summary>
[MemoryPackable]
internal sealed partial class PoolWorkerStart
{
    [MemoryPackInclude]
    private int _channelSlot;

    public PoolWorkerStart(SafeSocketHandle channel) => Channel = channel;

    [MemoryPackConstructor]
    private PoolWorkerStart()
    {
    }

    [MemoryPackIgnore]
    public SafeSocketHandle? Channel { get; private set; }

    /// <summary>Tasks to run before exiting, so that the pool starts a fresh worker; 0 for no limit.</summary>
    public int MaxTasks { get; set; }

    public ulong InitializerId { get; set; }

    public string? InitializerAssembly { get; set; }

    public string? InitializerName { get; set; }

    /// <summary>The initializer entry, or <see langword="null"/> for none; its arguments follow in the payload.</summary>
    [MemoryPackIgnore]
    public EntryReference? Initializer
    {
        get => InitializerAssembly is null ? null : new EntryReference(InitializerId, InitializerAssembly, InitializerName ?? string.Empty);
        set => (InitializerId, InitializerAssembly, InitializerName) = value is { } entry ? (entry.Id, entry.AssemblyName, entry.DisplayName) : (0UL, null, null);
    }

    [MemoryPackOnSerializing]
    private void Export() => _channelSlot = InheritedHandles.Export(Channel!, "the pool worker's channel");

    [MemoryPackOnDeserialized]
    private void Claim() => Channel = new SafeSocketHandle(InheritedHandles.Claim(_channelSlot, "the pool worker's channel"), ownsHandle: true);
}
