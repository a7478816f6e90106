namespace Multiprocessing;

/// <summary>Who a process is: the answer to Python's <c>current_process()</c> and <c>parent_process()</c>.</summary>
/// <param name="Name">The process name, <c>"MainProcess"</c> for the program itself, <c>"Process-1"</c> and so on for children.</param>
/// <param name="Pid">The operating system's process id.</param>
/// <param name="IsDaemon">Whether the process was started as a daemon (it then may not start children).</param>
public sealed record ProcessInfo(string Name, int Pid, bool IsDaemon)
{
    /// <summary>
    /// The process's authentication key: Python's <c>authkey</c>. The main process draws 32 random bytes; every child
    /// inherits its parent's key. Connections, listeners and managers use it when no key is given, so the processes of
    /// one program trust each other and nothing else.
    /// </summary>
    public ReadOnlyMemory<byte> AuthKey { get; init; }
}
