using System.Runtime.InteropServices;
using Multiprocessing.Interop.Unix;

namespace Multiprocessing.Synchronization;

/// <summary>This process's pid, as the owner stamp of locks, and whether another process still exists.</summary>
internal static class ProcessIdentity
{
    public static readonly int CurrentPid = Environment.ProcessId;

    /// <summary>
    /// False only when <paramref name="pid"/> surely names no process (<c>kill(pid, 0)</c> fails with ESRCH). A
    /// process of another user (EPERM) and an exited child not yet reaped by its parent count as alive.
    /// </summary>
    public static bool IsAlive(int pid) =>
        LibC.kill(pid, 0) == 0 || Marshal.GetLastPInvokeError() != LibC.ESRCH;
}
