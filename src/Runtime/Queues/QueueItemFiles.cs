using Microsoft.Win32.SafeHandles;

namespace Multiprocessing.Queues;

/// <summary>
/// Items too large for a queue's ring: each is a file under <c>/dev/shm</c> (memory, like a <see cref="SharedMemory"/>
/// block), named after the queue and a serial, written completely before its record is put in the ring, and removed
/// by the process that gets it.
/// </summary>
/// <remarks>
/// These are plain files rather than <see cref="SharedMemory"/> blocks because an item must outlive the process that
/// put it, while a block is removed by the last process that closes it (and swept once nobody holds it). Files left
/// behind (a producer killed while writing one, a consumer killed between taking the record and reading the file, a
/// queue disposed with items in it) are removed by the last process to dispose the queue, and, should every user of
/// the queue crash, by the next process that creates a queue once the queue's block is gone.
/// </remarks>
internal static class QueueItemFiles
{
    private const string Directory = "/dev/shm";
    private const string Prefix = "mpq-";
    private static readonly TimeSpan MinimumAge = TimeSpan.FromSeconds(5);
    private static int _swept;

    public static void Write(string queueName, long serial, ReadOnlySpan<byte> payload)
    {
        string path = PathOf(queueName, serial);
        try
        {
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, payload, 0);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>Reads the item file into a buffer from <paramref name="rent"/> and removes the file.</summary>
    /// <exception cref="InvalidDataException">The file is missing: it was removed by hand, or the queue was disposed meanwhile.</exception>
    public static byte[] Take(string queueName, long serial, Func<int, byte[]> rent, out int length)
    {
        string path = PathOf(queueName, serial);
        try
        {
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            long size = RandomAccess.GetLength(handle);
            if (size > Array.MaxLength)
            {
                throw new InvalidDataException($"The queue item file '{path}' is {size} bytes, more than an item can be.");
            }

            length = (int)size;
            byte[] buffer = rent(length);
            int done = 0;
            while (done < length)
            {
                int read = RandomAccess.Read(handle, buffer.AsSpan(done, length - done), done);
                if (read == 0)
                {
                    throw new InvalidDataException($"The queue item file '{path}' ended after {done} of its {length} bytes.");
                }

                done += read;
            }

            return buffer;
        }
        catch (FileNotFoundException exception)
        {
            throw new InvalidDataException($"The large item {serial} of the queue '{queueName}' is gone: its file '{path}' was removed before it was got.", exception);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Removes every item file of <paramref name="queueName"/>; called once its block is gone.</summary>
    public static void RemoveAll(string queueName)
    {
        foreach (string path in System.IO.Directory.EnumerateFiles(Directory, Prefix + queueName + "-*"))
        {
            TryDelete(path);
        }
    }

    /// <summary>
    /// Once per process: removes item files whose queue block no longer exists (every user crashed), when they are old
    /// enough not to belong to a queue being created right now. Never throws: clean-up must not stop a create.
    /// </summary>
    public static void SweepOnce()
    {
        if (Interlocked.Exchange(ref _swept, 1) != 0)
        {
            return;
        }

        try
        {
            var cutoff = DateTime.UtcNow - MinimumAge;
            foreach (string path in System.IO.Directory.EnumerateFiles(Directory, Prefix + "*"))
            {
                string name = Path.GetFileName(path);
                int dash = name.LastIndexOf('-');
                string queueName = name[Prefix.Length..Math.Max(Prefix.Length, dash)];
                if (!File.Exists(Path.Combine(Directory, queueName)) && File.GetLastWriteTimeUtc(path) <= cutoff)
                {
                    TryDelete(path);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Removes the file of an item that was never published (its put timed out or failed).</summary>
    public static void Remove(string queueName, long serial) => TryDelete(PathOf(queueName, serial));

    public static bool QueueBlockExists(string queueName) => File.Exists(Path.Combine(Directory, queueName));

    private static string PathOf(string queueName, long serial) => $"{Directory}/{Prefix}{queueName}-{serial}";

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }
}
