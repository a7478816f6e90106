using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Multiprocessing.Hosting;

/// <summary>
/// Called by the child host, the small program that starts children when the parent's entry point is not the
/// user's (a test runner): it loads the assembly holding the entry and runs the child.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ChildHostEntry
{
    /// <summary>Runs the child described on the control channel; <paramref name="arguments"/> holds the path of the entry's assembly.</summary>
    [RequiresUnreferencedCode("The child host loads the entry's assembly from a path; it is used only under the JIT.")]
    public static int Run(string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length != 1 || !ChildRunner.IsChildRequested)
        {
            Console.Error.WriteLine("Multiprocessing.ChildHost starts child processes for the Multiprocessing library and is not meant to be run by hand.");
            return 2;
        }

        Assembly.LoadFrom(arguments[0]);
        ChildRunner.RunAndExit();
        return 0;
    }
}
