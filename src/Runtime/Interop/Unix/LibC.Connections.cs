using System.Runtime.InteropServices;

namespace Multiprocessing.Interop.Unix;

/// <summary>The libc calls behind connections: waiting for descriptors to become readable, and descriptor flags.</summary>
internal static unsafe partial class LibC
{
    public const short POLLIN = 0x1;
    public const short POLLOUT = 0x4;
    public const short POLLERR = 0x8;
    public const short POLLHUP = 0x10;
    public const short POLLNVAL = 0x20;

    public const int F_GETFL = 3;
    public const int F_SETFL = 4;
    public static int O_NONBLOCK => OperatingSystem.IsMacOS() ? 0x4 : 0x800;

    public static int EAGAIN => OperatingSystem.IsMacOS() ? 35 : 11;
    public const int EPIPE = 32;
    public static int ECONNRESET => OperatingSystem.IsMacOS() ? 54 : 104;

    /// <summary>One entry of <c>poll</c>'s array; the layout is the same on Linux and macOS.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollDescriptor
    {
        public int Fd;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport(Library, SetLastError = true)]
    public static partial int poll(PollDescriptor* descriptors, nuint count, int timeoutMilliseconds);
}
