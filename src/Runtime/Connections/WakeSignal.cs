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
    private readonly Lock _gate = new();
    private bool _signalled;
    private bool _disposed;

    public WakeSignal()
    {
        (_readEnd, _writeEnd) = SocketPair.Create("a wake-up socket pair");
    }

    public int Fd => _readEnd;

    /// <summary>Makes <see cref="Fd"/> readable. Safe to call late: a callback that fires after the wait ended and the
    /// signal was disposed must not write into a descriptor number that something else may own by then.</summary>
    public void Set()
    {
        lock (_gate)
        {
            if (_signalled || _disposed)
            {
                return;
            }

            _signalled = true;
            byte one = 1;
            LibC.write(_writeEnd, &one, 1);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            LibC.close(_readEnd);
            LibC.close(_writeEnd);
        }
    }
}
