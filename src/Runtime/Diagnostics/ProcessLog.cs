using Microsoft.Extensions.Logging;

namespace Multiprocessing;

internal static partial class ProcessLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Started {ProcessName} (pid {Pid}) running {Entry}")]
    public static partial void Started(ILogger logger, string processName, int pid, string entry);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{ProcessName} (pid {Pid}) exited with code {ExitCode}")]
    public static partial void Exited(ILogger logger, string processName, int pid, int exitCode);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{ProcessName} (pid {Pid}) failed: its entry threw {ExceptionType}: {ExceptionMessage}")]
    public static partial void Threw(ILogger logger, string processName, int pid, string exceptionType, string exceptionMessage);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "{ProcessName} (pid {Pid}) ended with exit code {ExitCode} before its entry completed. {ChildReport}")]
    public static partial void Ended(ILogger logger, string processName, int pid, int exitCode, string childReport);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Terminating daemonic {ProcessName} (pid {Pid}) at exit")]
    public static partial void TerminatingDaemon(ILogger logger, string processName, int pid);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "{ProcessName} (pid {Pid}) stopped as asked, exit code {ExitCode}")]
    public static partial void Stopped(ILogger logger, string processName, int pid, int exitCode);
}
