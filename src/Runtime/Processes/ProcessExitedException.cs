namespace Multiprocessing;

/// <summary>A child process ended before its entry completed: it exited early, was killed, or could not run its entry.</summary>
public sealed class ProcessExitedException : Exception
{
    /// <summary>Creates the exception for the process <paramref name="processName"/> that ended with <paramref name="exitCode"/>.</summary>
    public ProcessExitedException(string processName, int pid, int exitCode, string? childReport = null)
        : base(Describe(processName, pid, exitCode, childReport))
    {
        ProcessName = processName;
        Pid = pid;
        ExitCode = exitCode;
        ChildReport = childReport;
    }

    /// <summary>The process name.</summary>
    public string ProcessName { get; }

    /// <summary>The process id it had.</summary>
    public int Pid { get; }

    /// <summary>Its exit code, Python-style: negative for a signal (-9 for SIGKILL).</summary>
    public int ExitCode { get; }

    /// <summary>What the child said about why it could not run the entry, if it said anything.</summary>
    public string? ChildReport { get; }

    private static string Describe(string processName, int pid, int exitCode, string? childReport)
    {
        string how = exitCode < 0
            ? $"was killed by signal {-exitCode}{SignalName(-exitCode)}"
            : $"exited with code {exitCode}";
        string message = $"Process {processName} (pid {pid}) {how} before its entry completed.";
        return childReport is null ? message : message + " " + childReport;
    }

    private static string SignalName(int signal) => signal switch
    {
        2 => " (SIGINT)",
        6 => " (SIGABRT)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        15 => " (SIGTERM)",
        _ => string.Empty,
    };
}
