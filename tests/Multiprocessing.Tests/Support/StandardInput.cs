using System.Runtime.InteropServices;
using System.Text;

namespace Multiprocessing.Tests;

/// <summary>Points this process's descriptor 0 at a pipe holding some text, until disposed.</summary>
public sealed partial class StandardInput : IDisposable
{
    private readonly int _saved;
    private readonly int _writeEnd;

    private StandardInput(int saved, int writeEnd)
    {
        _saved = saved;
        _writeEnd = writeEnd;
    }

    public static StandardInput Replace(string text)
    {
        var fds = new int[2];
        if (pipe(fds) != 0)
        {
            throw new IOException("pipe failed");
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        write(fds[1], bytes, bytes.Length);
        int saved = dup(0);
        dup2(fds[0], 0);
        close(fds[0]);

        // The write end stays open, so a reader of the pipe would wait for more rather than see its end.
        return new StandardInput(saved, fds[1]);
    }

    public void Dispose()
    {
        dup2(_saved, 0);
        close(_saved);
        close(_writeEnd);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int pipe(int[] fds);

    [DllImport("libc", SetLastError = true)]
    private static extern nint write(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    private static extern int dup(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int dup2(int fd, int newFd);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
