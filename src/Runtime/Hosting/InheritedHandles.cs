using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Multiprocessing.Interop.Unix;

namespace Multiprocessing.Hosting;

/// <summary>
/// Operating-system handles (pipe ends, sockets, files) that travel to a child with its arguments. While a
/// <see cref="EntryArgumentWriter"/> serializes an argument, a handle's formatter exports it: the descriptor is
/// duplicated into the pending call and the argument records only its slot number. The child is started with slot
/// <c>i</c> at descriptor <see cref="FirstSlotDescriptor"/> + <c>i</c>, and the formatter claims it back by slot.
/// Duplicating at serialization time is what lets the parent close its own copy right after <c>Start</c>, as in Python.
/// </summary>
internal static class InheritedHandles
{
    /// <summary>The child's descriptor of slot 0: the one after the control socket.</summary>
    public const int FirstSlotDescriptor = 4;

    [ThreadStatic]
    private static List<SafeFileHandle>? s_exporting;

    private static readonly Lock s_gate = new();
    private static bool[] s_claimed = [];

    /// <summary>
    /// Parent side: duplicates <paramref name="handle"/>'s descriptor into the call whose arguments are being written
    /// and returns its slot. Outside argument serialization (a queue item, a pool task) there is no child to give it
    /// to, and <paramref name="what"/> is named in the error.
    /// </summary>
    public static int Export(SafeHandle handle, string what)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var exporting = s_exporting ?? throw new InvalidOperationException(
            $"{what} can be sent to another process only as an argument of a process it starts (Process.Create(Entry, ...)): "
            + "it holds an operating-system handle, which a queue item, a pool task or a pipe message cannot carry.");
        if (handle.IsClosed || handle.IsInvalid)
        {
            throw new ObjectDisposedException(what, $"{what} is closed and cannot be passed to a process.");
        }

        bool added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            int copy = LibC.fcntl((int)handle.DangerousGetHandle(), LibC.F_DUPFD_CLOEXEC, 0);
            if (copy < 0)
            {
                throw new IOException($"Could not duplicate the handle of {what} for a child: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}.");
            }

            exporting.Add(new SafeFileHandle(copy, ownsHandle: true));
            return exporting.Count - 1;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>
    /// Child side: takes ownership of the descriptor inherited in <paramref name="slot"/>. Each slot can be claimed
    /// once; the caller closes the descriptor.
    /// </summary>
    public static int Claim(int slot, string what)
    {
        lock (s_gate)
        {
            if ((uint)slot >= (uint)s_claimed.Length)
            {
                throw new InvalidDataException(
                    $"{what} refers to inherited handle {slot}, but this process inherited {s_claimed.Length}: "
                    + "handles can be read only from the arguments of the entry this process was started with.");
            }

            if (s_claimed[slot])
            {
                throw new InvalidDataException($"{what} refers to inherited handle {slot}, which was already taken by another argument.");
            }

            s_claimed[slot] = true;
            return FirstSlotDescriptor + slot;
        }
    }

    /// <summary>Runs <paramref name="write"/> with handle export enabled, collecting exported handles into <paramref name="handles"/>.</summary>
    internal static void Collect(List<SafeFileHandle> handles, Action write)
    {
        Sockets.HandleFormatters.EnsureRegistered();
        var outer = s_exporting;
        s_exporting = handles;
        try
        {
            write();
        }
        finally
        {
            s_exporting = outer;
        }
    }

    /// <summary>Child side, before the entry's arguments are read: the descriptors the parent placed in slots.</summary>
    internal static void Adopt(int count)
    {
        for (int slot = 0; slot < count; slot++)
        {
            // The child's own children must not inherit them.
            LibC.fcntl(FirstSlotDescriptor + slot, LibC.F_SETFD, LibC.FD_CLOEXEC);
        }

        lock (s_gate)
        {
            s_claimed = new bool[count];
        }
    }
}
