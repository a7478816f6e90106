using System.Buffers;
using System.Runtime.InteropServices;
using MemoryPack;
using Multiprocessing.Hosting;

namespace Multiprocessing.Sockets;

/// <summary>
/// The wire form shared by the handle formatters: an object header with one member, the slot that
/// <see cref="InheritedHandles"/> gave the handle's duplicate. Nothing else is sent: the child asks its own
/// descriptor what it is (address family, socket type, file access), so the two sides cannot disagree.
/// </summary>
internal static class HandleSlot
{
    /// <summary>Exports <paramref name="handle"/> to the process being started and writes its slot; null stays null.</summary>
    public static void Write<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, SafeHandle? handle, string what)
        where TBufferWriter : IBufferWriter<byte>
    {
        if (handle is null)
        {
            writer.WriteNullObjectHeader();
            return;
        }

        ThrowIfUnsupported(what);
        int slot = InheritedHandles.Export(handle, what);
        writer.WriteObjectHeader(1);
        writer.WriteUnmanaged(slot);
    }

    /// <summary>Reads a slot and claims its descriptor, which the caller then owns; false for null.</summary>
    public static bool TryRead(ref MemoryPackReader reader, string what, out int descriptor)
    {
        descriptor = -1;
        if (!reader.TryReadObjectHeader(out byte count))
        {
            return false;
        }

        if (count != 1)
        {
            MemoryPackSerializationException.ThrowInvalidPropertyCount(1, count);
        }

        descriptor = InheritedHandles.Claim(reader.ReadUnmanaged<int>(), what);
        return true;
    }

    // Descriptors are placed in the child by posix_spawn with the Linux values of fcntl's commands; Windows would
    // need Socket.DuplicateAndClose and DuplicateHandle instead, which nothing here does yet.
    private static void ThrowIfUnsupported(string what)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException(
                $"{what} can be passed to a child process only on Linux so far (the descriptor is inherited at start); "
                + $"this is {RuntimeInformation.OSDescription}.");
        }
    }
}
