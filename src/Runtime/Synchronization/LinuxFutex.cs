using System.Runtime.InteropServices;
using Multiprocessing.Interop.Unix;

namespace Multiprocessing.Synchronization;

/// <summary>
/// <c>futex(2)</c> through <c>syscall</c> (glibc has no wrapper). Not the <c>_PRIVATE</c> operations: the word lives
/// in a shared mapping and the sleepers are in other processes.
/// </summary>
internal static unsafe class LinuxFutex
{
    private const int FUTEX_WAIT = 0;
    private const int FUTEX_WAKE = 1;

    private static readonly nint SystemCallNumber = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 202,
        Architecture.Arm64 => 98,
        var other => throw new PlatformNotSupportedException($"futex is not wired up for {other} yet."),
    };

    public static void Wait(int* address, int expected, int timeoutMilliseconds)
    {
        if (timeoutMilliseconds < 0)
        {
            LibC.syscall(SystemCallNumber, address, FUTEX_WAIT, expected, null, null, 0);
            return;
        }

        // FUTEX_WAIT takes a relative timeout.
        var timeout = new TimeSpec { Seconds = timeoutMilliseconds / 1000, Nanoseconds = timeoutMilliseconds % 1000 * 1_000_000L };
        LibC.syscall(SystemCallNumber, address, FUTEX_WAIT, expected, &timeout, null, 0);
    }

    public static void Wake(int* address, int count) =>
        LibC.syscall(SystemCallNumber, address, FUTEX_WAKE, count, null, null, 0);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
