using System.Runtime.InteropServices;

namespace Multiprocessing.Interop.Unix;

/// <summary>
/// Passing descriptors to a running process over a Unix socket (<c>SCM_RIGHTS</c>), for warm children, which were
/// started before the handles they are given existed. The structure layouts are Linux's (64-bit).
/// </summary>
internal static unsafe partial class LibC
{
    public const int MSG_CMSG_CLOEXEC = 0x40000000;

    private const int SOL_SOCKET = 1;
    private const int SCM_RIGHTS = 1;

    /// <summary>The most descriptors one <see cref="SendDescriptors"/> carries.</summary>
    public const int MaxPassedDescriptors = 16;

    // cmsghdr is a size_t length and two ints; the data after it is aligned to 8.
    private const int ControlHeaderBytes = 16;
    private const int ControlBytes = ControlHeaderBytes + (MaxPassedDescriptors * sizeof(int));

    [StructLayout(LayoutKind.Sequential)]
    private struct IoVector
    {
        public void* Base;
        public nuint Length;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct MessageHeader
    {
        public void* Name;
        public uint NameLength;
        public IoVector* Vectors;
        public nuint VectorCount;
        public void* Control;
        public nuint ControlLength;
        public int Flags;
    }

    [LibraryImport(Library, SetLastError = true)]
    private static partial nint sendmsg(int socket, MessageHeader* message, int flags);

    [LibraryImport(Library, SetLastError = true)]
    private static partial nint recvmsg(int socket, MessageHeader* message, int flags);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int dup2(int fd, int newFd);

    /// <summary>
    /// Sends <paramref name="fds"/> (at most <see cref="MaxPassedDescriptors"/>) and their count as one 4-byte
    /// message. The receiver gets its own descriptors for the same open files.
    /// </summary>
    /// <returns>False with errno set when the send failed.</returns>
    public static bool SendDescriptors(int socket, ReadOnlySpan<int> fds)
    {
        int count = fds.Length;
        byte* control = stackalloc byte[ControlBytes];
        new Span<byte>(control, ControlBytes).Clear();
        var vector = new IoVector { Base = &count, Length = sizeof(int) };
        var message = new MessageHeader { Vectors = &vector, VectorCount = 1 };
        if (count > 0)
        {
            *(nuint*)control = (nuint)(ControlHeaderBytes + (count * sizeof(int)));
            *(int*)(control + 8) = SOL_SOCKET;
            *(int*)(control + 12) = SCM_RIGHTS;
            fds.CopyTo(new Span<int>(control + ControlHeaderBytes, count));
            message.Control = control;
            message.ControlLength = (nuint)(ControlHeaderBytes + (((count * sizeof(int)) + 7) & ~7));
        }

        nint sent;
        while ((sent = sendmsg(socket, &message, 0)) < 0 && Marshal.GetLastPInvokeError() == EINTR)
        {
        }

        return sent == sizeof(int);
    }

    /// <summary>Receives what <see cref="SendDescriptors"/> sent: the descriptors arrive close-on-exec.</summary>
    /// <returns>The number of descriptors written to <paramref name="fds"/>; -1 at end of stream or on an error.</returns>
    public static int ReceiveDescriptors(int socket, Span<int> fds)
    {
        int count = 0;
        byte* control = stackalloc byte[ControlBytes];
        var vector = new IoVector { Base = &count, Length = sizeof(int) };
        var message = new MessageHeader { Vectors = &vector, VectorCount = 1, Control = control, ControlLength = ControlBytes };
        nint received;
        while ((received = recvmsg(socket, &message, MSG_CMSG_CLOEXEC)) < 0 && Marshal.GetLastPInvokeError() == EINTR)
        {
        }

        if (received != sizeof(int) || count < 0 || count > MaxPassedDescriptors || count > fds.Length)
        {
            return -1;
        }

        int carried = message.ControlLength >= ControlHeaderBytes
            && *(int*)(control + 8) == SOL_SOCKET
            && *(int*)(control + 12) == SCM_RIGHTS
                ? (int)((*(nuint*)control - ControlHeaderBytes) / sizeof(int))
                : 0;
        new ReadOnlySpan<int>(control + ControlHeaderBytes, Math.Min(carried, count)).CopyTo(fds);
        return carried == count ? count : -1;
    }
}
