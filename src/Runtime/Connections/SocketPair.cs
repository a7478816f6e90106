using System.Runtime.InteropServices;
using Multiprocessing.Interop.Unix;

namespace Multiprocessing.Connections;

/// <summary>Connected Unix stream sockets, close-on-exec, so that no unrelated child inherits them.</summary>
internal static unsafe class SocketPair
{
    public static (int First, int Second) Create(string purpose)
    {
        int* fds = stackalloc int[2];
        int type = LibC.SOCK_STREAM | (OperatingSystem.IsLinux() ? LibC.SOCK_CLOEXEC : 0);
        if (LibC.socketpair(LibC.AF_UNIX, type, 0, fds) != 0)
        {
            throw new IOException($"Could not create {purpose}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}.");
        }

        if (!OperatingSystem.IsLinux())
        {
            LibC.fcntl(fds[0], LibC.F_SETFD, LibC.FD_CLOEXEC);
            LibC.fcntl(fds[1], LibC.F_SETFD, LibC.FD_CLOEXEC);
        }

        return (fds[0], fds[1]);
    }
}
