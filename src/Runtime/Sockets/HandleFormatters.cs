using System.ComponentModel;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using MemoryPack;

namespace Multiprocessing.Sockets;

/// <summary>
/// Registers the formatters of the operating-system handles a <see cref="ProcessEntryAttribute">[ProcessEntry]</see>
/// can take; registering a formatter instance needs no reflection (AOT). The main process registers them in a module
/// initializer, because generated code serializes arguments through this assembly, so it has run before the first
/// argument is written. A child avoids registering: the first registration builds MemoryPack's whole table of built-in
/// formatters, several hundred methods to compile (about half of a socket handler's start-up). An argument that is a
/// handle itself is read with its formatter directly (<see cref="Direct{T}"/>); a child registers when it first reads
/// or writes a value through MemoryPack's table anyway (<see cref="Wire.WireSerializer"/>), which builds the table.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
internal static class HandleFormatters
{
    // CA2255 warns libraries off module initializers because they run code the app did not ask for; this one only
    // fills MemoryPack's table, and it must run before any generated serializer, which nothing else guarantees.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void RegisterInMainProcess()
    {
        if (!Hosting.ChildRunner.IsChildRequested)
        {
            EnsureRegistered();
        }
    }

    private static readonly SocketFormatter s_socket = new();

    /// <summary>Registers the formatters once; safe from any thread (a type initializer runs once, and others wait for it).</summary>
    internal static void EnsureRegistered() => _ = Registration.Done;

    /// <summary>The formatter of <typeparamref name="T"/> when it is a handle type itself, without MemoryPack's table.</summary>
    internal static MemoryPackFormatter<T>? Direct<T>() =>
        typeof(T) == typeof(Socket) ? (MemoryPackFormatter<T>)(object)s_socket : null;

    private static class Registration
    {
        public static readonly bool Done = Register();

        private static bool Register()
        {
            MemoryPackFormatterProvider.Register(new SocketFormatter());
            return true;
        }
    }
}
