using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Multiprocessing.Interop.Unix;

namespace Multiprocessing.SharedMemoryBlocks;

/// <summary>
/// One process's open view of a block: the descriptor of its file under <c>/dev/shm</c>, holding a shared flock
/// for as long as the view is open, and the mapping.
/// </summary>
internal sealed unsafe class SharedMemoryFile
{
    internal const string Directory = "/dev/shm";
    internal const string GeneratedPrefix = "mp-";
    private const int MaximumNameLength = 200;

    private readonly int _descriptor;
    private readonly Lock _gate = new();
    private bool _unlinked;

    private SharedMemoryFile(string name, int descriptor, byte* address, int size)
    {
        Name = name;
        _descriptor = descriptor;
        Address = address;
        Size = size;
    }

    public string Name { get; }

    public byte* Address { get; }

    public int Size { get; }

    private string Path => PathOf(Name);

    public static SharedMemoryFile Create(int size, string? name)
    {
        ThrowIfUnsupported();
        AbandonedBlocks.SweepOnce();
        name ??= GeneratedPrefix + Environment.ProcessId + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        ValidateName(name);
        string path = PathOf(name);
        int descriptor = LibC.Open(path, LibC.O_RDWR | LibC.O_CREAT | LibC.O_EXCL | LibC.O_CLOEXEC, 0b110_000_000);
        if (descriptor < 0)
        {
            int error = Marshal.GetLastPInvokeError();
            throw error == LibC.EEXIST
                ? new IOException($"A shared memory block named '{name}' exists already; attach to it, or choose another name.")
                : Failure($"create the shared memory block '{name}'", error);
        }

        try
        {
            // Taken before anyone else can know the name, so the block always has a holder while it is in use.
            Check(LibC.flock(descriptor, LibC.LOCK_SH), $"lock the shared memory block '{name}'");
            Check(LibC.ftruncate(descriptor, size), $"size the shared memory block '{name}' to {size} bytes");

            return new SharedMemoryFile(name, descriptor, Map(descriptor, size, name), size);
        }
        catch
        {
            LibC.unlink(path);
            LibC.close(descriptor);
            throw;
        }
    }

    public static SharedMemoryFile Attach(string name, int? expectedSize)
    {
        ThrowIfUnsupported();
        ArgumentNullException.ThrowIfNull(name);
        ValidateName(name);
        string path = PathOf(name);
        int descriptor = LibC.Open(path, LibC.O_RDWR | LibC.O_CLOEXEC, 0);
        if (descriptor < 0)
        {
            int error = Marshal.GetLastPInvokeError();
            throw error == LibC.ENOENT
                ? NotFound(name, path)
                : Failure($"open the shared memory block '{name}'", error);
        }

        try
        {
            Check(LibC.flock(descriptor, LibC.LOCK_SH), $"lock the shared memory block '{name}'");

            // The last user may have removed the name between our open and our lock: then this file is on its way out.
            if (!IsStillLinked(descriptor))
            {
                throw NotFound(name, path);
            }

            long size = LibC.lseek(descriptor, 0, LibC.SEEK_END);
            Check(size < 0 ? -1 : 0, $"read the size of the shared memory block '{name}'");
            if (size == 0 || size > int.MaxValue)
            {
                throw new IOException($"The shared memory block '{name}' has an unusable size of {size} bytes: it is not a block made by SharedMemory.Create, or it is still being created.");
            }

            if (expectedSize is { } expected && expected != size)
            {
                throw new ArgumentException($"The shared memory block '{name}' is {size} bytes, not the {expected} bytes asked for.", nameof(expectedSize));
            }

            return new SharedMemoryFile(name, descriptor, Map(descriptor, (int)size, name), (int)size);
        }
        catch
        {
            LibC.close(descriptor);
            throw;
        }
    }

    public void Unlink()
    {
        lock (_gate)
        {
            if (!_unlinked && IsStillLinked(_descriptor))
            {
                LibC.unlink(Path);
            }

            _unlinked = true;
        }
    }

    /// <summary>
    /// Detaches from the block and closes; removes the name when no other process holds the block. The address range
    /// is not returned but mapped again to private zeroed memory: a primitive used after it was disposed (from a task
    /// that outlived a <c>using</c>) must get an exception, or at worst read zeros, never crash the process with an
    /// access violation, and unmapping for good could not be timed safely against a pointer still held by a waiter.
    /// Untouched pages of that range cost no memory.
    /// </summary>
    public void Close()
    {
        if (LibC.mmap(Address, (nuint)Size, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS | LibC.MAP_FIXED, -1, 0) == (void*)-1)
        {
            LibC.munmap(Address, (nuint)Size);
        }

        lock (_gate)
        {
            // Trading our shared lock for an exclusive one succeeds only when no other view holds the file. The name
            // is removed while it is held, so an attacher that opened the file just before sees it unlinked.
            if (!_unlinked
                && LibC.flock(_descriptor, LibC.LOCK_EX | LibC.LOCK_NB) == 0
                && IsStillLinked(_descriptor))
            {
                LibC.unlink(Path);
                _unlinked = true;
            }
        }

        LibC.close(_descriptor);
    }

    private static byte* Map(int descriptor, int size, string name)
    {
        void* address = LibC.mmap(null, (nuint)size, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_SHARED, descriptor, 0);
        if (address == (void*)-1)
        {
            throw Failure($"map the shared memory block '{name}'", Marshal.GetLastPInvokeError());
        }

        return (byte*)address;
    }

    // The kernel names an open file whose name was removed "<path> (deleted)"; this also tells a file replaced under
    // the same name apart from ours.
    internal static bool IsStillLinked(int descriptor)
    {
        string? target = new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget;
        return target is not null && !target.EndsWith(" (deleted)", StringComparison.Ordinal);
    }

    private static string PathOf(string name) => Directory + "/" + name;

    private static void ValidateName(string name)
    {
        if (name.Length == 0 || name.Length > MaximumNameLength || name is "." or ".."
            || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid shared memory block name: use 1 to {MaximumNameLength} ASCII letters, digits, '-', '_' or '.', without '/'.",
                nameof(name));
        }
    }

    private static void ThrowIfUnsupported()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Shared memory blocks are supported on Linux only so far (files under /dev/shm).");
        }
    }

    private static FileNotFoundException NotFound(string name, string path) =>
        new($"No shared memory block is named '{name}': it was never created, or its last user closed or unlinked it.", path);

    private static void Check(int result, string action)
    {
        if (result != 0)
        {
            throw Failure(action, Marshal.GetLastPInvokeError());
        }
    }

    private static IOException Failure(string action, int error) =>
        new($"Could not {action}: {Marshal.GetPInvokeErrorMessage(error)} (errno {error}).");
}
