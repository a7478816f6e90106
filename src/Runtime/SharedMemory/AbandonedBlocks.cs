using Multiprocessing.Interop.Unix;

namespace Multiprocessing.SharedMemoryBlocks;

/// <summary>
/// Removes the blocks that every user left without disposing (all of them crashed or were killed): files under
/// <c>/dev/shm</c> with the generated-name prefix that no process holds a <c>flock</c> on any more. Each process
/// sweeps once, when it first creates a block, so that a crash leaves nothing behind for long.
/// </summary>
internal static class AbandonedBlocks
{
    /// <summary>
    /// A file this young is left alone: its creator may be between creating it and taking its shared lock.
    /// </summary>
    public static readonly TimeSpan MinimumAge = TimeSpan.FromSeconds(5);

    private static int _swept;

    /// <summary>Sweeps the first time it is called in this process; never throws, since clean-up must not stop a create.</summary>
    public static void SweepOnce()
    {
        if (Interlocked.Exchange(ref _swept, 1) != 0)
        {
            return;
        }

        try
        {
            Sweep(MinimumAge);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Removes the unheld generated blocks last written at least <paramref name="minimumAge"/> ago.</summary>
    /// <returns>How many blocks were removed.</returns>
    public static int Sweep(TimeSpan minimumAge)
    {
        var cutoff = DateTime.UtcNow - minimumAge;
        int removed = 0;
        foreach (string path in Directory.EnumerateFiles(SharedMemoryFile.Directory, SharedMemoryFile.GeneratedPrefix + "*"))
        {
            if (File.GetLastWriteTimeUtc(path) <= cutoff && TryRemove(path))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>
    /// At exit, after the children were joined: removes the blocks this process created that nobody uses any more,
    /// such as a queue whose daemon consumers were terminated while the program's own view was already disposed. A
    /// block still held by a live process stays (the exclusive lock fails), so this is safe at any age.
    /// </summary>
    public static void SweepOwn()
    {
        try
        {
            string prefix = SharedMemoryFile.GeneratedPrefix + Environment.ProcessId + "-";
            foreach (string path in Directory.EnumerateFiles(SharedMemoryFile.Directory, prefix + "*"))
            {
                TryRemove(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    // The same exchange as the last user's close: an exclusive lock succeeds only when no view holds the file, and
    // an attacher that opened it meanwhile finds it unlinked once it gets its shared lock.
    private static bool TryRemove(string path)
    {
        int descriptor = LibC.Open(path, LibC.O_RDWR | LibC.O_CLOEXEC, 0);
        if (descriptor < 0)
        {
            return false;
        }

        try
        {
            return LibC.flock(descriptor, LibC.LOCK_EX | LibC.LOCK_NB) == 0
                && SharedMemoryFile.IsStillLinked(descriptor)
                && LibC.unlink(path) == 0;
        }
        finally
        {
            LibC.close(descriptor);
        }
    }
}
