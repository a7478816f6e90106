using System.ComponentModel;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using MemoryPack;

namespace Multiprocessing.Sockets;

/// <summary>
/// Registers the formatters of the operating-system handles a <see cref="ProcessEntryAttribute">[ProcessEntry]</see>
/// can take. A module initializer, because generated code serializes arguments through this assembly, so it has
/// run before the first argument is written or read; registering a formatter instance needs no reflection (AOT).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
internal static class HandleFormatters
{
    // CA2255 warns libraries off module initializers because they run code the app did not ask for; this one only
    // fills MemoryPack's table, and it must run before any generated serializer, which nothing else guarantees.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        MemoryPackFormatterProvider.Register(new SocketFormatter());
    }
}
