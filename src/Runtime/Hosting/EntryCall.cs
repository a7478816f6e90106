using System.ComponentModel;
using Microsoft.Win32.SafeHandles;

namespace Multiprocessing.Hosting;

/// <summary>An entry together with its serialized arguments: everything a child needs to run it. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntryCall
{
    /// <summary>Creates a call of <paramref name="entry"/> with the arguments collected by <paramref name="arguments"/>.</summary>
    public EntryCall(EntryReference entry, EntryArgumentWriter arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Entry = entry;
        Arguments = arguments.ToArray();
        Handles = arguments.TakeHandles();
    }

    /// <summary>The entry to run.</summary>
    public EntryReference Entry { get; }

    internal byte[] Arguments { get; }

    /// <summary>Copies of the handles the arguments carry (see <see cref="InheritedHandles"/>), released once the child has its own.</summary>
    internal SafeFileHandle[] Handles { get; }

    internal void ReleaseHandles()
    {
        foreach (var handle in Handles)
        {
            handle.Dispose();
        }
    }
}
