using System.Runtime.InteropServices;
using Multiprocessing.Interop.Unix;

namespace Multiprocessing.Connections;

/// <summary>
/// Blocking reads and writes on a connected socket descriptor, straight through libc. Measured against .NET's
/// <see cref="System.Net.Sockets.Socket"/> on the same socket pair, a round trip costs the same (both are one system call
/// each way); the raw calls also work on any descriptor a child inherits and let us wait with <c>poll</c>.
/// </summary>
internal static unsafe class DescriptorIo
{
    /// <summary>Reads what is there, at most <paramref name="buffer"/>'s length; 0 means end-of-file.</summary>
    /// <remarks>
    /// A descriptor shares its blocking flag with every copy of it (a child's too), so it may have been made
    /// non-blocking behind our back: then an empty read waits with <c>poll</c> and tries again.
    /// </remarks>
    public static int Read(int fd, Span<byte> buffer)
    {
        fixed (byte* pointer = buffer)
        {
            while (true)
            {
                nint read = LibC.read(fd, pointer, buffer.Length);
                if (read >= 0)
                {
                    return (int)read;
                }

                int error = Marshal.GetLastPInvokeError();
                if (error == LibC.EINTR)
                {
                    continue;
                }

                if (error == LibC.EAGAIN)
                {
                    WaitFor(fd, LibC.POLLIN);
                    continue;
                }

                if (error == LibC.ECONNRESET)
                {
                    return 0;
                }

                throw new IOException($"Could not read from the connection: {Marshal.GetPInvokeErrorMessage(error)}.");
            }
        }
    }

    /// <summary>Writes all of <paramref name="data"/>; the other end having closed raises <see cref="ConnectionClosedException"/>.</summary>
    public static void WriteAll(int fd, ReadOnlySpan<byte> data)
    {
        fixed (byte* start = data)
        {
            int written = 0;
            while (written < data.Length)
            {
                nint count = LibC.write(fd, start + written, data.Length - written);
                if (count >= 0)
                {
                    written += (int)count;
                    continue;
                }

                int error = Marshal.GetLastPInvokeError();
                if (error == LibC.EINTR)
                {
                    continue;
                }

                if (error == LibC.EAGAIN)
                {
                    WaitFor(fd, LibC.POLLOUT);
                    continue;
                }

                if (error == LibC.EPIPE || error == LibC.ECONNRESET)
                {
                    throw new ConnectionClosedException(
                        written == 0
                            ? "Cannot send: the other end of the connection is closed."
                            : $"The other end of the connection closed after {written} of the message's {data.Length} bytes were sent.");
                }

                throw new IOException($"Could not write to the connection: {Marshal.GetPInvokeErrorMessage(error)}.");
            }
        }
    }

    /// <summary>Turns blocking back on for a descriptor that only we hold (one .NET's asynchronous connect left non-blocking).</summary>
    public static void MakeBlocking(int fd)
    {
        int flags = LibC.fcntl(fd, LibC.F_GETFL, 0);
        if (flags >= 0 && (flags & LibC.O_NONBLOCK) != 0)
        {
            LibC.fcntl(fd, LibC.F_SETFL, flags & ~LibC.O_NONBLOCK);
        }
    }

    private static void WaitFor(int fd, short events)
    {
        var entry = new LibC.PollDescriptor { Fd = fd, Events = events };
        while (LibC.poll(&entry, 1, -1) < 0 && Marshal.GetLastPInvokeError() == LibC.EINTR)
        {
        }
    }
}
