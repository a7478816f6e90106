using System.Runtime.InteropServices;
using Multiprocessing.Interop.Unix;

namespace Multiprocessing.Wire;

/// <summary>
/// The child's side of the control socket, read and written with plain blocking system calls on its descriptor:
/// the child has one message to read and one to write, and .NET's socket machinery would cost it more start-up
/// time than everything else it does before running the entry.
/// </summary>
internal sealed class ChildControlChannel(int fd)
{
    /// <summary>Reads one frame's body, or returns <see langword="null"/> at end-of-file before its first byte.</summary>
    public byte[]? Receive()
    {
        Span<byte> header = stackalloc byte[4];
        if (!ReadExactly(header))
        {
            return null;
        }

        var body = new byte[ControlChannel.ReadLength(header)];
        return ReadExactly(body) ? body : throw new InvalidDataException("The control channel ended in the middle of a message.");
    }

    public void Send(byte[] body) => WriteAll(ControlChannel.Frame(body));

    /// <summary>Blocks until the parent closes its end (it never writes after the start request), or the read fails.</summary>
    public void WaitForEndOfFile()
    {
        Span<byte> buffer = stackalloc byte[1];
        while (Read(buffer) > 0)
        {
        }
    }

    private bool ReadExactly(Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = Read(buffer[total..]);
            if (read <= 0)
            {
                return total == 0 ? false : throw new InvalidDataException("The control channel ended in the middle of a message.");
            }

            total += read;
        }

        return true;
    }

    private unsafe int Read(Span<byte> buffer)
    {
        fixed (byte* pointer = buffer)
        {
            while (true)
            {
                nint read = LibC.read(fd, pointer, buffer.Length);
                if (read >= 0 || Marshal.GetLastPInvokeError() != LibC.EINTR)
                {
                    return (int)read;
                }
            }
        }
    }

    private unsafe void WriteAll(ReadOnlySpan<byte> data)
    {
        fixed (byte* start = data)
        {
            int written = 0;
            while (written < data.Length)
            {
                nint count = LibC.write(fd, start + written, data.Length - written);
                if (count < 0)
                {
                    int error = Marshal.GetLastPInvokeError();
                    if (error == LibC.EINTR)
                    {
                        continue;
                    }

                    throw new IOException($"Could not write to the parent: {Marshal.GetPInvokeErrorMessage(error)}.");
                }

                written += (int)count;
            }
        }
    }
}
