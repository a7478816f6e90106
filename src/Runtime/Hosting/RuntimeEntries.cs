using Multiprocessing.Pool;

namespace Multiprocessing.Hosting;

/// <summary>
/// Entries that the runtime itself starts in children and lists by hand, such as a pool's worker, under fixed ids that
/// a generated entry's hash is not expected to take. (The manager's server is a generated [ProcessEntry] of the runtime.)
/// </summary>
internal static class RuntimeEntries
{
    /// <summary>
    /// The assembly to name when starting a runtime entry: the one whose child host start-up (its dependencies,
    /// its runtime configuration) the child needs, which is the user's, not the runtime's.
    /// </summary>
    public static string HostAssemblyName(EntryReference? hint) =>
        hint?.AssemblyName ?? EntryRegistry.FirstAssemblyName ?? typeof(RuntimeEntries).Assembly.GetName().Name!;

    public static ProcessEntryStub? Find(ulong id) => id switch
    {
        PoolWorker.EntryId => PoolWorker.RunAsync,
        _ => null,
    };
}
