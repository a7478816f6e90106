using MemoryPack;
using Multiprocessing.Connections;
using Multiprocessing.Hosting;

namespace Multiprocessing;

// How an end travels to a child as a [ProcessEntry] argument: its descriptor is duplicated into the child being
// started and only the slot number is serialized; the child claims that slot when it reads the argument. The parent
// keeps its own copy open until it closes it, as in Python.
[MemoryPackable]
public sealed partial class Connection
{
    private const string What = "A Connection";

    [MemoryPackConstructor]
    private Connection(int slot, bool readable, bool writable)
        : this(new DescriptorHandle(InheritedHandles.Claim(slot, What)), readable, writable)
    {
    }

    /// <summary>The slot of the copy of this end that the child being started inherits (serialization only).</summary>
    [MemoryPackInclude]
    private int Slot => InheritedHandles.Export(_handle, What);
}
