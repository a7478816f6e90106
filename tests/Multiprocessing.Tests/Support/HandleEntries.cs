using System.Runtime.InteropServices;
using System.Text;
using MemoryPack;
using Microsoft.Win32.SafeHandles;
using Multiprocessing.Hosting;

namespace Multiprocessing.Tests;

/// <summary>
/// A raw operating-system handle as a process argument, through the same export/claim contract the library's
/// connections and sockets use; the child gets a <see cref="SafeFileHandle"/> on the inherited descriptor.
/// </summary>
[MemoryPackable]
public sealed partial class PassedHandle
{
    [MemoryPackInclude]
    private int _slot;

    public PassedHandle(SafeHandle handle) => Handle = handle;

    [MemoryPackConstructor]
    private PassedHandle()
    {
    }

    [MemoryPackIgnore]
    public SafeHandle? Handle { get; private set; }

    [MemoryPackOnSerializing]
    private void Export() => _slot = InheritedHandles.Export(Handle!, nameof(PassedHandle));

    [MemoryPackOnDeserialized]
    private void Claim() => Handle = new SafeFileHandle(InheritedHandles.Claim(_slot, nameof(PassedHandle)), ownsHandle: true);
}

public static class HandleEntries
{
    /// <summary>Writes <paramref name="text"/> to a handle the child has no other way to reach.</summary>
    [ProcessEntry]
    public static void WriteTo(PassedHandle target, string text)
    {
        using var stream = new FileStream((SafeFileHandle)target.Handle!, FileAccess.Write);
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    [ProcessEntry]
    public static void WriteToBoth(PassedHandle first, PassedHandle second)
    {
        WriteTo(first, "first");
        WriteTo(second, "second");
    }

    [ProcessEntry]
    public static byte[] AuthKeyOfChild() => Process.Current.AuthKey.ToArray();

    [ProcessEntry]
    public static byte[] AuthKeyOfGrandchild()
    {
        var child = Process.Create(AuthKeyOfChild);
        child.Start();
        return child.Result.GetAwaiter().GetResult();
    }
}
