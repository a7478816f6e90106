using Multiprocessing.Interop.Unix;

namespace Multiprocessing.Connections;

/// <summary>
/// A descriptor that <c>poll</c> can wait on beside connections and that any thread can make readable: it lets a
/// cancellation token or a <see cref="WaitHandle"/> end a wait that sits in the kernel.
/// </summary>
internal sealed unsafe class WakeSignal : IDisposable
{
    private readonly int _readEnd;
    private readonly int _writeEnd;
    private int _signalled;

    public WakeSignal()
    {
        (_readEnd, _writeEnd) = SocketPair.Create("a wake-up socket pair");
    }

    public int Fd => _readEnd;

    public bool IsSignalled => Volatile.Read(ref _signalled) != 0;

    public void Set()
    {
        if (Interlocked.Exchange(ref _signalled, 1) == 0)
        {
            byte one = 1;
            LibC.write(_writeEnd, &one, 1);
        }
    }

    public void Dispose()
    {
        LibC.close(_readEnd);
        LibC.close(_writeEnd);
    }
}
