using Microsoft.Win32.SafeHandles;
using Multiprocessing.Interop.Unix;

namespace Multiprocessing.Connections;

/// <summary>
/// Owns one socket descriptor of a connection and closes it once: the reference counting of <see cref="System.Runtime.InteropServices.SafeHandle"/>
/// keeps a descriptor that a system call is using from being closed (and its number reused) under that call.
/// </summary>
internal sealed class DescriptorHandle : SafeHandleMinusOneIsInvalid
{
    public DescriptorHandle(int fd)
        : base(ownsHandle: true)
    {
        SetHandle(fd);
    }

    public int Fd => (int)handle;

    protected override bool ReleaseHandle() => LibC.close((int)handle) == 0;
}
