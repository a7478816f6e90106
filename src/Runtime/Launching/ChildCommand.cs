using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.InteropServices;
using Multiprocessing.Hosting;

namespace Multiprocessing.Launching;

/// <summary>
/// Decides how to start a child: the same program again when its entry point called the guard, otherwise the
/// child host under the running app's runtime configuration (a test runner, whose entry point is not the user's).
/// </summary>
internal static class ChildCommand
{
    public const string ChildHostFileName = "Multiprocessing.ChildHost.dll";

    public static (string Executable, string[] Arguments) For(string entryAssemblyName)
    {
        string processPath = Environment.ProcessPath
            ?? throw new PlatformNotSupportedException("The path of the running program is unknown, so no child can be started from it.");

        if (ProcessGuard.HasRun)
        {
            // The child gets the program's arguments, as a Python spawn child gets sys.argv: code before the guard
            // runs again in it and should see what it saw in the parent.
            string[] programArguments = Environment.GetCommandLineArgs()[1..];

            // `dotnet app.dll` and `dotnet exec` report the muxer as the process: it needs the app's dll again.
            // An apphost, `dotnet run`, single-file and NativeAOT are the program themselves.
            return IsMuxer(processPath)
                ? (processPath, [EntryAssemblyPath() ?? throw GuardlessHostException(), .. programArguments])
                : (processPath, programArguments);
        }

        // The program itself uses the library (its generated table registered when it started), so children must be
        // the program again; starting them through the child host would work under the JIT and fail once published.
        if (Assembly.GetEntryAssembly()?.GetName().Name is { } program && EntryRegistry.IsRegistered(program))
        {
            throw GuardlessHostException();
        }

        return ChildHostCommand(processPath, entryAssemblyName);
    }

    private static bool IsMuxer(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase);

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty location is handled: single-file and NativeAOT never run under the muxer.")]
    private static string? EntryAssemblyPath()
    {
        string? location = Assembly.GetEntryAssembly()?.Location;
        return string.IsNullOrEmpty(location) ? null : location;
    }

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Only reached under the JIT with assemblies on disk; an empty location raises a clear exception.")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Loads an assembly the app already references, by name, to find its files.")]
    private static (string, string[]) ChildHostCommand(string processPath, string entryAssemblyName)
    {
        string muxer = IsMuxer(processPath) ? processPath : FindMuxer() ?? throw GuardlessHostException();

        string entryAssemblyPath;
        try
        {
            entryAssemblyPath = Assembly.Load(new AssemblyName(entryAssemblyName)).Location;
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or PlatformNotSupportedException)
        {
            throw GuardlessHostException();
        }

        if (string.IsNullOrEmpty(entryAssemblyPath))
        {
            throw GuardlessHostException();
        }

        string runtimeDirectory = Path.GetDirectoryName(typeof(ChildCommand).Assembly.Location) ?? AppContext.BaseDirectory;
        string childHost = Path.Combine(runtimeDirectory, ChildHostFileName);
        if (!File.Exists(childHost))
        {
            throw new InvalidOperationException(
                $"The child host '{childHost}' is missing. It ships with the Multiprocessing package; rebuild the project that references it.");
        }

        var arguments = new List<string> { "exec" };
        // An entry of a library (the runtime's own manager server) has no configuration beside it; the test assembly
        // that registered its own entries does.
        string? configuration = FindBeside(entryAssemblyPath, ".runtimeconfig.json") ?? FindBeside(EntryAssemblyPath(), ".runtimeconfig.json")
            ?? FindBesideRegistered(entryAssemblyName, ".runtimeconfig.json");
        if (configuration is not null)
        {
            arguments.AddRange(["--runtimeconfig", configuration]);
        }

        string? dependencies = FindBeside(entryAssemblyPath, ".deps.json") ?? FindBeside(EntryAssemblyPath(), ".deps.json")
            ?? FindBesideRegistered(entryAssemblyName, ".deps.json");
        if (dependencies is not null)
        {
            arguments.AddRange(["--depsfile", dependencies]);
        }

        arguments.Add(childHost);
        arguments.Add(entryAssemblyPath);
        return (muxer, arguments.ToArray());
    }

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Only reached under the JIT with assemblies on disk.")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Loads assemblies that already registered tables, by name, to find their files.")]
    private static string? FindBesideRegistered(string entryAssemblyName, string suffix)
    {
        foreach (string name in EntryRegistry.RegisteredAssemblies)
        {
            if (name != entryAssemblyName && FindBeside(Assembly.Load(new AssemblyName(name)).Location, suffix) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? FindBeside(string? assemblyPath, string suffix)
    {
        if (assemblyPath is null)
        {
            return null;
        }

        string candidate = Path.ChangeExtension(assemblyPath, null) + suffix;
        return File.Exists(candidate) ? candidate : null;
    }

    // The shared framework lives at <root>/shared/Microsoft.NETCore.App/<version>/, with the muxer at <root>/dotnet.
    private static string? FindMuxer()
    {
        string? root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(
            Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory()))));
        if (root is null)
        {
            return null;
        }

        string muxer = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(muxer) ? muxer : null;
    }

    private static InvalidOperationException GuardlessHostException() => new(
        "Cannot start a child process: the program's entry point did not call ProcessGuard.Enter() before starting processes. "
        + "Call it as the first statement of Main (or of the top-level statements) so that children can be started from this program.");
}
