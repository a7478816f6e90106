using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Text;
using Multiprocessing.Interop.Unix;

namespace Multiprocessing.Launching;

/// <summary>
/// Starts a child with <c>posix_spawn</c>, so that the runtime, not .NET's process class, owns it: it reaps the
/// child itself and can tell "killed by signal 15" from "exited with 143", and it hands the child one end of the
/// control socket as a chosen descriptor without making anything inheritable by other children.
/// </summary>
internal static unsafe class PosixSpawn
{
    /// <summary>
    /// Starts <paramref name="executable"/> with <paramref name="controlFd"/> at <paramref name="controlTarget"/> and each of
    /// <paramref name="inheritedFds"/> at <paramref name="firstInheritedTarget"/> and the numbers after it. None of the
    /// sources may lie in the target range.
    /// </summary>
    public static int Start(
        string executable,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        int controlFd,
        int controlTarget,
        IReadOnlyList<int> inheritedFds,
        int firstInheritedTarget)
    {
        var argv = new List<string>(arguments.Count + 1) { executable };
        argv.AddRange(arguments);
        var envp = new List<string>(environment.Count);
        foreach (var (name, value) in environment)
        {
            envp.Add(name + "=" + value);
        }

        byte* path = Utf8(executable);
        byte* devNull = Utf8("/dev/null");
        byte** argvBlock = Utf8Array(argv);
        byte** envpBlock = Utf8Array(envp);
        void* fileActions = NativeMemory.AllocZeroed(LibC.SpawnFileActionsSize);
        void* attributes = NativeMemory.AllocZeroed(LibC.SpawnAttributesSize);
        void* signalSet = NativeMemory.AllocZeroed(LibC.SignalSetSize);
        try
        {
            Check(LibC.posix_spawn_file_actions_init(fileActions), "posix_spawn_file_actions_init");
            Check(LibC.posix_spawn_file_actions_adddup2(fileActions, controlFd, controlTarget), "posix_spawn_file_actions_adddup2");
            for (int slot = 0; slot < inheritedFds.Count; slot++)
            {
                Check(LibC.posix_spawn_file_actions_adddup2(fileActions, inheritedFds[slot], firstInheritedTarget + slot), "posix_spawn_file_actions_adddup2");
            }

            // As in Python, a child does not share the parent's standard input: only one process should read the terminal.
            Check(LibC.posix_spawn_file_actions_addopen(fileActions, 0, devNull, LibC.O_RDONLY, 0), "posix_spawn_file_actions_addopen");
            Check(LibC.posix_spawnattr_init(attributes), "posix_spawnattr_init");

            // .NET blocks and ignores signals for its own use; a child starts with the defaults, as after fork+exec in Python.
            Check(LibC.posix_spawnattr_setflags(attributes, LibC.POSIX_SPAWN_SETSIGMASK | LibC.POSIX_SPAWN_SETSIGDEF), "posix_spawnattr_setflags");
            LibC.sigemptyset(signalSet);
            Check(LibC.posix_spawnattr_setsigmask(attributes, signalSet), "posix_spawnattr_setsigmask");
            LibC.sigfillset(signalSet);
            Check(LibC.posix_spawnattr_setsigdefault(attributes, signalSet), "posix_spawnattr_setsigdefault");

            int error = LibC.posix_spawn(out int pid, path, fileActions, attributes, argvBlock, envpBlock);
            if (error != 0)
            {
                throw new Win32Exception(error, $"Could not start '{executable}': {Marshal.GetPInvokeErrorMessage(error)}.");
            }

            return pid;
        }
        finally
        {
            LibC.posix_spawn_file_actions_destroy(fileActions);
            LibC.posix_spawnattr_destroy(attributes);
            NativeMemory.Free(fileActions);
            NativeMemory.Free(attributes);
            NativeMemory.Free(signalSet);
            FreeArray(argvBlock);
            FreeArray(envpBlock);
            NativeMemory.Free(path);
            NativeMemory.Free(devNull);
        }
    }

    private static void Check(int error, string call)
    {
        if (error != 0)
        {
            throw new Win32Exception(error, $"{call} failed: {Marshal.GetPInvokeErrorMessage(error)}.");
        }
    }

    private static byte* Utf8(string text)
    {
        int length = Encoding.UTF8.GetByteCount(text);
        byte* buffer = (byte*)NativeMemory.Alloc((nuint)length + 1);
        Encoding.UTF8.GetBytes(text, new Span<byte>(buffer, length));
        buffer[length] = 0;
        return buffer;
    }

    private static byte** Utf8Array(List<string> items)
    {
        byte** block = (byte**)NativeMemory.AllocZeroed((nuint)(items.Count + 1), (nuint)sizeof(byte*));
        for (int i = 0; i < items.Count; i++)
        {
            block[i] = Utf8(items[i]);
        }

        return block;
    }

    private static void FreeArray(byte** block)
    {
        for (byte** item = block; *item != null; item++)
        {
            NativeMemory.Free(*item);
        }

        NativeMemory.Free(block);
    }
}
