using System.Diagnostics;
using System.Runtime.InteropServices;
using Multiprocessing.Interop.Unix;
using Multiprocessing.Synchronization;

namespace Multiprocessing.Connections;

/// <summary>Waits until descriptors have something to read (data, end-of-file or an error), with <c>poll</c>.</summary>
internal static unsafe class Readiness
{
    /// <summary>
    /// Waits at most <paramref name="timeoutMilliseconds"/> (-1: no limit) until one of <paramref name="fds"/> is readable
    /// or <paramref name="wake"/> (when given) is signalled, and marks the readable ones in <paramref name="ready"/>.
    /// </summary>
    /// <returns>How many of <paramref name="fds"/> are readable; 0 when the time ran out or only the wake signal fired.</returns>
    public static int Wait(ReadOnlySpan<int> fds, Span<bool> ready, int timeoutMilliseconds, WakeSignal? wake)
    {
        int count = fds.Length + (wake is null ? 0 : 1);
        var entries = count <= 16 ? stackalloc LibC.PollDescriptor[count] : new LibC.PollDescriptor[count];
        for (int i = 0; i < fds.Length; i++)
        {
            entries[i] = new LibC.PollDescriptor { Fd = fds[i], Events = LibC.POLLIN };
        }

        if (wake is not null)
        {
            entries[^1] = new LibC.PollDescriptor { Fd = wake.Fd, Events = LibC.POLLIN };
        }

        long start = Stopwatch.GetTimestamp();
        fixed (LibC.PollDescriptor* pointer = entries)
        {
            while (true)
            {
                int result = LibC.poll(pointer, (nuint)count, WaitTimeout.Remaining(start, timeoutMilliseconds));
                if (result >= 0)
                {
                    break;
                }

                int error = Marshal.GetLastPInvokeError();
                if (error != LibC.EINTR)
                {
                    throw new IOException($"Could not wait on the connections: {Marshal.GetPInvokeErrorMessage(error)}.");
                }
            }
        }

        int readable = 0;
        for (int i = 0; i < fds.Length; i++)
        {
            // A hang-up or an error is "ready" too: the read that follows reports it instead of blocking.
            ready[i] = entries[i].ReturnedEvents != 0;
            readable += ready[i] ? 1 : 0;
        }

        return readable;
    }

    /// <summary>Waits for one descriptor, the way <see cref="Connection.Poll(TimeSpan)"/> does.</summary>
    public static bool WaitOne(int fd, int timeoutMilliseconds, WakeSignal? wake)
    {
        Span<bool> ready = stackalloc bool[1];
        return Wait([fd], ready, timeoutMilliseconds, wake) == 1;
    }
}
