using Multiprocessing.Hosting;

namespace Multiprocessing;

/// <summary>
/// The analog of Python's <c>if __name__ == "__main__":</c>. Call <see cref="Enter"/> as the first statement of
/// the program's entry point: a child is this same program started again, and there the guard runs the entry it
/// was started for and exits, so nothing after the guard runs twice.
/// </summary>
/// <example>
/// <code>
/// ProcessGuard.Enter();   // first line of Main or of the top-level statements
/// var p = Process.Create(Worker.Greet, "world");
/// p.Start();
/// p.Join();
/// </code>
/// </example>
public static class ProcessGuard
{
    private static int s_entered;

    /// <summary>Whether this program called the guard, so that children can be started as the program itself.</summary>
    internal static bool HasRun => Volatile.Read(ref s_entered) != 0;

    /// <summary>
    /// In a child: runs the requested entry and exits the process with its exit code (this call does not return).
    /// In the parent: returns at once. Code before this call runs again in every child.
    /// </summary>
    public static void Enter()
    {
        // Set before running a child's entry too: a child that starts children of its own restarts this same program.
        Interlocked.Exchange(ref s_entered, 1);
        if (ChildRunner.IsChildRequested)
        {
            ChildRunner.RunAndExit();
        }
    }
}
