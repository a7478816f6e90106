using System.Net.Sockets;
using Multiprocessing.Connections;
using Multiprocessing.Synchronization;

namespace Multiprocessing;

// Python's multiprocessing.connection.wait: one wait over connections, sockets and process sentinels.
public sealed partial class Connection
{
    /// <summary>
    /// Waits until at least one of <paramref name="objects"/> is ready and returns the ready ones, in the order given
    /// (Python's <c>multiprocessing.connection.wait(object_list, timeout)</c>). A <see cref="Connection"/> or a
    /// <see cref="Socket"/> is ready when it has something to receive (or its other end closed); a
    /// <see cref="WaitHandle"/> (such as <see cref="Process.Sentinel"/>) when it is signalled; a started
    /// <see cref="Process"/> when it has exited.
    /// </summary>
    /// <param name="objects">The connections, sockets, wait handles and processes to watch.</param>
    /// <param name="timeout">How long to wait; <see langword="null"/> (or <see cref="Timeout.InfiniteTimeSpan"/>) waits until one is ready.</param>
    /// <returns>The ready objects; empty when the time ran out.</returns>
    /// <exception cref="ArgumentException">An object is of another type, or a connection cannot receive.</exception>
    public static IReadOnlyList<object> Wait(IEnumerable<object> objects, TimeSpan? timeout = null) =>
        WaitAny(objects, timeout, CancellationToken.None);

    /// <summary>Waits as <see cref="Wait"/> does, without blocking the calling thread.</summary>
    /// <param name="objects">The connections, sockets, wait handles and processes to watch.</param>
    /// <param name="timeout">How long to wait; <see langword="null"/> waits until one is ready.</param>
    /// <param name="cancellationToken">Ends the wait with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The ready objects; empty when the time ran out.</returns>
    public static Task<IReadOnlyList<object>> WaitAsync(IEnumerable<object> objects, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var list = objects?.ToList() ?? throw new ArgumentNullException(nameof(objects));
        cancellationToken.ThrowIfCancellationRequested();
        var ready = WaitAny(list, TimeSpan.Zero, CancellationToken.None);
        return ready.Count > 0 || timeout == TimeSpan.Zero
            ? Task.FromResult(ready)
            : Task.Run(() => WaitAny(list, timeout, cancellationToken), cancellationToken);
    }

    private static IReadOnlyList<object> WaitAny(IEnumerable<object> objects, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        int timeoutMilliseconds = timeout is { } limit ? WaitTimeout.ToMilliseconds(limit) : Timeout.Infinite;
        var items = objects.ToList();
        var descriptors = new List<(int Index, int Fd)>();
        var handles = new List<(int Index, WaitHandle Handle)>();
        var referenced = new List<System.Runtime.InteropServices.SafeHandle>();
        try
        {
            for (int i = 0; i < items.Count; i++)
            {
                switch (items[i])
                {
                    case Connection connection:
                        connection.ThrowIfCannotReceive();
                        if (connection._receiveFault is not null)
                        {
                            // Receive would throw at once, which counts as ready: use a wait that returns at once.
                            timeoutMilliseconds = 0;
                        }

                        descriptors.Add((i, AddReference(connection._handle, referenced)));
                        break;
                    case Socket socket:
                        descriptors.Add((i, AddReference(socket.SafeHandle, referenced)));
                        break;
                    case WaitHandle handle:
                        handles.Add((i, handle));
                        break;
                    case Process process:
                        handles.Add((i, process.Sentinel));
                        break;
                    case null:
                        throw new ArgumentException("The objects to wait on contain null.", nameof(objects));
                    default:
                        throw new ArgumentException(
                            $"Cannot wait on a {items[i].GetType().FullName}: pass Connections, Sockets, WaitHandles (such as Process.Sentinel) or Processes.",
                            nameof(objects));
                }
            }

            if (handles.Any(entry => entry.Handle.WaitOne(0)))
            {
                timeoutMilliseconds = 0;
            }

            var fds = descriptors.Select(entry => entry.Fd).ToArray();
            var readable = new bool[fds.Length];
            if (timeoutMilliseconds == 0 || (handles.Count == 0 && !cancellationToken.CanBeCanceled))
            {
                Readiness.Wait(fds, readable, timeoutMilliseconds, wake: null);
            }
            else
            {
                WaitWithWakeUps(fds, readable, timeoutMilliseconds, handles, cancellationToken);
            }

            var ready = new SortedList<int, object>();
            for (int i = 0; i < descriptors.Count; i++)
            {
                if (readable[i] || (items[descriptors[i].Index] is Connection { _receiveFault: not null }))
                {
                    ready[descriptors[i].Index] = items[descriptors[i].Index];
                }
            }

            foreach (var (index, handle) in handles)
            {
                if (handle.WaitOne(0))
                {
                    ready[index] = items[index];
                }
            }

            return [.. ready.Values];
        }
        finally
        {
            foreach (var handle in referenced)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Polls the descriptors and a wake-up signal that the wait handles and the token set.</summary>
    private static void WaitWithWakeUps(int[] fds, bool[] readable, int timeoutMilliseconds, List<(int Index, WaitHandle Handle)> handles, CancellationToken cancellationToken)
    {
        using var wake = new WakeSignal();
        var registrations = handles
            .Select(entry => ThreadPool.UnsafeRegisterWaitForSingleObject(entry.Handle, static (state, _) => ((WakeSignal)state!).Set(), wake, Timeout.Infinite, executeOnlyOnce: true))
            .ToList();
        try
        {
            using (cancellationToken.UnsafeRegister(static state => ((WakeSignal)state!).Set(), wake))
            {
                Readiness.Wait(fds, readable, timeoutMilliseconds, wake);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            foreach (var registration in registrations)
            {
                registration.Unregister(null);
            }
        }
    }

    private static int AddReference(System.Runtime.InteropServices.SafeHandle handle, List<System.Runtime.InteropServices.SafeHandle> referenced)
    {
        bool added = false;
        handle.DangerousAddRef(ref added);
        referenced.Add(handle);
        return (int)handle.DangerousGetHandle();
    }
}
