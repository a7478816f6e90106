using System.ComponentModel;
using Multiprocessing.Hosting;

namespace Multiprocessing;

/// <summary>
/// An entry and its arguments, run once in each worker of a <see cref="ProcessPool"/> before its first task:
/// Python's <c>initializer</c> and <c>initargs</c>. Create one with <c>PoolInitializer.Create(Worker.Setup, args...)</c>,
/// passing a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> method itself, as for <see cref="Process.Create(Action)"/>.
/// </summary>
public sealed partial class PoolInitializer
{
    private readonly Action<EntryArgumentWriter> _writeArguments;

    private PoolInitializer(EntryReference entry, Action<EntryArgumentWriter> writeArguments)
    {
        Entry = entry;
        _writeArguments = writeArguments;
    }

    internal EntryReference Entry { get; }

    /// <summary>Wraps an entry and the code that writes its arguments. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static PoolInitializer FromEntry(EntryReference entry, Action<EntryArgumentWriter> writeArguments)
    {
        ArgumentNullException.ThrowIfNull(writeArguments);
        return new PoolInitializer(entry, writeArguments);
    }

    // Written again for each worker: a handle among the arguments (a lock, a pipe) is exported to each worker in turn.
    internal void WriteArguments(EntryArgumentWriter arguments) => _writeArguments(arguments);

    private static InvalidOperationException NotIntercepted(Delegate target) => new(
        $"PoolInitializer.Create was given a target that the Multiprocessing generator did not compile: {target?.Method.Name ?? "null"}. "
        + "Pass a static method marked [ProcessEntry] directly, for example PoolInitializer.Create(Worker.Setup, 42), not a lambda, a local function or a delegate variable, "
        + "and make sure the project references the Multiprocessing generator.");
}
