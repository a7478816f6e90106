using System.Runtime.InteropServices;

namespace Multiprocessing.Interop.Unix;

/// <summary>The few libc calls the runtime needs on Linux and macOS; everything else goes through .NET.</summary>
internal static unsafe partial class LibC
{
    private const string Library = "libc";

    public const int AF_UNIX = 1;
    public const int SOCK_STREAM = 1;
    public const int SOCK_CLOEXEC = 0x80000; // Linux value; macOS has no such flag and sets FD_CLOEXEC afterwards.

    public const int F_GETFD = 1;
    public const int F_SETFD = 2;
    public const int F_DUPFD_CLOEXEC = 1030;
    public const int FD_CLOEXEC = 1;

    public const short POSIX_SPAWN_SETSIGDEF = 0x04;
    public const short POSIX_SPAWN_SETSIGMASK = 0x08;

    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    public const int EINTR = 4;
    public const int ECHILD = 10;
    public const int ESRCH = 3;

    public const int PR_SET_PDEATHSIG = 1;

    // glibc's posix_spawn_file_actions_t is 80 bytes, posix_spawnattr_t 336, sigset_t 128; macOS' are smaller.
    // Callers allocate these generous sizes so that one layout serves both.
    public const int SpawnFileActionsSize = 256;
    public const int SpawnAttributesSize = 1024;
    public const int SignalSetSize = 256;

    [LibraryImport(Library, SetLastError = true)]
    public static partial int socketpair(int domain, int type, int protocol, int* sockets);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int fcntl(int fd, int command, int argument);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int close(int fd);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint read(int fd, byte* buffer, nint count);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint write(int fd, byte* buffer, nint count);

    [LibraryImport(Library)]
    public static partial int posix_spawn(out int pid, byte* path, void* fileActions, void* attributes, byte** argv, byte** envp);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_init(void* fileActions);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_adddup2(void* fileActions, int fd, int newFd);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_addopen(void* fileActions, int fd, byte* path, int openFlags, uint mode);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_destroy(void* fileActions);

    public const int O_RDONLY = 0;

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_init(void* attributes);

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_setflags(void* attributes, short flags);

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_setsigmask(void* attributes, void* signalSet);

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_setsigdefault(void* attributes, void* signalSet);

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_destroy(void* attributes);

    [LibraryImport(Library)]
    public static partial int sigemptyset(void* signalSet);

    [LibraryImport(Library)]
    public static partial int sigfillset(void* signalSet);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int waitpid(int pid, out int status, int options);

    /// <summary>Waits for a child to exit without reaping it, so that its pid stays reserved until the caller reaps it.</summary>
    [LibraryImport(Library, SetLastError = true)]
    public static partial int waitid(int idType, int id, void* info, int options);

    public static int P_PID => OperatingSystem.IsMacOS() ? 0 : 1;
    public static int WEXITED => 4;
    public static int WNOWAIT => OperatingSystem.IsMacOS() ? 0x20 : 0x01000000;
    public const int SignalInfoSize = 256;

    [LibraryImport(Library, SetLastError = true)]
    public static partial int kill(int pid, int signal);

    [LibraryImport(Library)]
    public static partial int getppid();

    [LibraryImport(Library, SetLastError = true)]
    public static partial int prctl(int option, nuint argument2, nuint argument3, nuint argument4, nuint argument5);

    // Shared memory blocks: files under /dev/shm mapped MAP_SHARED, kept alive by flock.
    public static int O_RDWR => 2;
    public static int O_CREAT => OperatingSystem.IsMacOS() ? 0x200 : 0x40;
    public static int O_EXCL => OperatingSystem.IsMacOS() ? 0x800 : 0x80;
    public static int O_CLOEXEC => OperatingSystem.IsMacOS() ? 0x1000000 : 0x80000;
    public const int EEXIST = 17;
    public const int ENOENT = 2;
    public const int EWOULDBLOCK = 11;
    public const int PROT_READ = 1;
    public const int PROT_WRITE = 2;
    public const int MAP_SHARED = 1;
    public const int MAP_PRIVATE = 2;
    public static int MAP_FIXED => 0x10;
    public static int MAP_ANONYMOUS => OperatingSystem.IsMacOS() ? 0x1000 : 0x20;
    public const int LOCK_SH = 1;
    public const int LOCK_EX = 2;
    public const int LOCK_NB = 4;
    public const int LOCK_UN = 8;
    public const int SEEK_END = 2;

    [LibraryImport(Library, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, uint mode);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int ftruncate(int fd, long length);

    [LibraryImport(Library, SetLastError = true)]
    public static partial long lseek(int fd, long offset, int whence);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int flock(int fd, int operation);

    [LibraryImport(Library, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int unlink(string path);

    [LibraryImport(Library, SetLastError = true)]
    public static partial void* mmap(void* address, nuint length, int protection, int flags, int fd, long offset);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int munmap(void* address, nuint length);

    /// <summary>The raw system call entry, used for <c>futex</c>, which glibc does not wrap.</summary>
    [LibraryImport(Library, SetLastError = true)]
    public static partial nint syscall(nint number, void* address, int operation, int value, void* timeout, void* address2, int value3);

    [LibraryImport(Library, EntryPoint = "_exit")]
    public static partial void Exit(int status);

    /// <summary>Decodes a <c>waitpid</c> status the way Python reports it: the exit code, or minus the signal number.</summary>
    public static int DecodeWaitStatus(int status)
    {
        int signal = status & 0x7f;
        return signal == 0 ? (status >> 8) & 0xff : -signal;
    }
}
