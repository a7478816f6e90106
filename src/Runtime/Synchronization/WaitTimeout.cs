using System.Diagnostics;

namespace Multiprocessing.Synchronization;

/// <summary>Timeouts of the cross-process waits, in milliseconds as the kernel waits take them.</summary>
internal static class WaitTimeout
{
    /// <summary>Milliseconds left of <paramref name="timeoutMilliseconds"/> since <paramref name="start"/>; -1 for no limit.</summary>
    public static int Remaining(long start, int timeoutMilliseconds)
    {
        if (timeoutMilliseconds < 0)
        {
            return -1;
        }

        long elapsed = (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (int)Math.Max(0, timeoutMilliseconds - elapsed);
    }

    /// <summary>
    /// How long one kernel wait may sleep of the <paramref name="remaining"/> milliseconds (-1: no limit): with a token
    /// that can be cancelled, at most <paramref name="checkMilliseconds"/>, since the kernel cannot watch a token.
    /// </summary>
    public static int Slice(int remaining, CancellationToken cancellationToken, int checkMilliseconds = 50) =>
        cancellationToken.CanBeCanceled && (remaining < 0 || remaining > checkMilliseconds) ? checkMilliseconds : remaining;

    /// <summary>A timeout as milliseconds for the waits: -1 for infinite.</summary>
    public static int ToMilliseconds(TimeSpan timeout)
    {
        long milliseconds = (long)timeout.TotalMilliseconds;
        if (milliseconds < -1 || milliseconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be zero or more, or Timeout.InfiniteTimeSpan.");
        }

        return (int)milliseconds;
    }
}
