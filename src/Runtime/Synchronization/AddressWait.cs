namespace Multiprocessing.Synchronization;

/// <summary>
/// Sleeping on a 32-bit word in shared memory until another process changes it and wakes the sleepers: the one
/// kernel service the cross-process primitives need. Linux has <c>futex</c>; macOS' <c>__ulock_wait</c> and
/// <c>__ulock_wake</c> (with <c>UL_COMPARE_AND_WAIT_SHARED</c>) and Windows' <c>WaitOnAddress</c> fit the same shape.
/// </summary>
internal static unsafe class AddressWait
{
    /// <summary>
    /// Sleeps while <c>*address == expected</c>, at most <paramref name="timeoutMilliseconds"/> (negative: no limit).
    /// Returns early, without saying why, when woken, when the word differs already, on a signal or spuriously:
    /// callers re-check their word and their deadline in a loop.
    /// </summary>
    public static void Wait(int* address, int expected, int timeoutMilliseconds)
    {
        if (OperatingSystem.IsLinux())
        {
            LinuxFutex.Wait(address, expected, timeoutMilliseconds);
            return;
        }

        throw Unsupported();
    }

    /// <summary>Wakes up to <paramref name="count"/> sleepers on <paramref name="address"/> (<see cref="int.MaxValue"/>: all).</summary>
    public static void Wake(int* address, int count)
    {
        if (OperatingSystem.IsLinux())
        {
            LinuxFutex.Wake(address, count);
            return;
        }

        throw Unsupported();
    }

    private static PlatformNotSupportedException Unsupported() =>
        new("Cross-process locks and events are supported on Linux only so far (futex).");
}
