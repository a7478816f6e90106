using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Multiprocessing.Hosting;

/// <summary>
/// The dispatch tables of every assembly that declares entries. Each assembly's generated table registers itself
/// from a module initializer, so a child finds its entry without scanning or reflection over methods.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EntryRegistry
{
    private static readonly ConcurrentDictionary<string, Func<ulong, ProcessEntryStub?>> s_tables = new(StringComparer.Ordinal);
    private static string? s_firstAssemblyName;

    /// <summary>Registers the generated dispatch table of <paramref name="assemblyName"/>.</summary>
    public static void Register(string assemblyName, Func<ulong, ProcessEntryStub?> findEntry)
    {
        ArgumentNullException.ThrowIfNull(assemblyName);
        ArgumentNullException.ThrowIfNull(findEntry);
        s_tables[assemblyName] = findEntry;

        // The runtime's own table (its manager server) may register first; the user's assembly is the one wanted here.
        if (assemblyName != typeof(EntryRegistry).Assembly.GetName().Name)
        {
            Interlocked.CompareExchange(ref s_firstAssemblyName, assemblyName, null);
        }
    }

    /// <summary>
    /// The first assembly that registered a table: the user's program, or under a test runner the test assembly.
    /// The runtime's own entries are started under its name, so that a child host loads it and its dependencies.
    /// </summary>
    internal static string? FirstAssemblyName => s_firstAssemblyName;

    /// <summary>Whether <paramref name="assemblyName"/> registered a table: it declares entries or starts processes.</summary>
    internal static bool IsRegistered(string assemblyName) => s_tables.ContainsKey(assemblyName);

    /// <summary>The names of the assemblies that registered a table, in no particular order.</summary>
    internal static IEnumerable<string> RegisteredAssemblies => s_tables.Keys;

    /// <summary>Runs the module initializers of <paramref name="assemblyName"/>, which register its tables (a no-op under NativeAOT, where all ran at start-up).</summary>
    internal static void EnsureLoaded(string assemblyName) => LoadAssembly(assemblyName);

    internal static ProcessEntryStub? Find(string assemblyName, ulong id)
    {
        // The pool worker is listed by hand rather than in the runtime's generated table: it is found under any
        // assembly's name, so that a child host loads the user's assembly for it.
        if (RuntimeEntries.Find(id) is { } runtimeEntry)
        {
            return runtimeEntry;
        }

        if (!s_tables.TryGetValue(assemblyName, out var findEntry))
        {
            LoadAssembly(assemblyName);
            if (!s_tables.TryGetValue(assemblyName, out findEntry))
            {
                return null;
            }
        }

        return findEntry(id);
    }

    // A library's module initializer runs only when something touches the library, and in a child nothing has yet.
    // Under NativeAOT every module initializer already ran at start-up, so this path is for the JIT only.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Loads an assembly the app already references; NativeAOT registers tables at start-up and never gets here with a missing one.")]
    private static void LoadAssembly(string assemblyName)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            return;
        }

        try
        {
            var assembly = Assembly.Load(new AssemblyName(assemblyName));
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // Reported by the caller as "no such entry", with the assembly's name.
        }
    }
}
