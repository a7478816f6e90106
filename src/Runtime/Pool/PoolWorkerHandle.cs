using System.Net.Sockets;
using System.Threading.Channels;
using Multiprocessing.Connections;
using Multiprocessing.Hosting;

namespace Multiprocessing.Pool;

/// <summary>
/// The pool's side of one worker: the process, the channel to it, and the tasks sent to it and not yet answered, in
/// the order it runs them. Sending has its own loop, so that reading replies never waits for a send: a worker that
/// is writing a large reply is always read from while the pool has a large chunk for it.
/// </summary>
internal sealed class PoolWorkerHandle
{
    // How much work, by the worker's own timing, may wait in its channel behind the task it runs: enough to hide the
    // round trip (and, for a chunk of a Map, the transfer of its items and results) of short tasks, little enough
    // that a long task is never queued behind another while a worker is idle. A task of 3 ms or more waits for its
    // worker to be free; chunks of a millisecond go three or four ahead.
    private const long AheadBudgetTicks = 3 * TimeSpan.TicksPerMillisecond;
    private const int MaxDepth = 64;

    private readonly Socket _socket;
    private readonly Channel<PoolTask?> _outgoing = Channel.CreateUnbounded<PoolTask?>(new UnboundedChannelOptions { SingleReader = true });
    private double _averageTicks = -1;

    private PoolWorkerHandle(Process process, Socket socket)
    {
        Process = process;
        _socket = socket;
    }

    public Process Process { get; }

    public string Name => Process.Name;

    public int Pid { get; private set; }

    /// <summary>Sent and not yet answered; the first is the one the worker is running. Guarded by the pool's lock.</summary>
    public Queue<PoolTask> InFlight { get; } = new();

    /// <summary>Tasks sent over the worker's life, for max-tasks-per-child. Guarded by the pool's lock.</summary>
    public int Assigned { get; set; }

    /// <summary>Whether the worker takes no more tasks: it reached its maximum, or the pool is closing. Guarded by the pool's lock.</summary>
    public bool Retiring { get; set; }

    /// <summary>How many tasks may be in flight at once, from the worker's recent task times. Guarded by the pool's lock.</summary>
    public int Depth => _averageTicks < 0 ? 1 : (int)Math.Clamp(1 + (AheadBudgetTicks / Math.Max(_averageTicks, 1)), 1, MaxDepth);

    /// <summary>Completes when the worker's channel has ended (the worker exited or died).</summary>
    public Task Ended { get; private set; } = Task.CompletedTask;

    /// <summary>Starts talking to the worker; called once the pool has it in its list, so that its end finds it there.</summary>
    public void Run(ProcessPool pool)
    {
        Ended = Task.Run(() => ReadLoopAsync(pool));
        _ = Task.Run(SendLoopAsync);
    }

    public static PoolWorkerHandle Start(string name, int maxTasks, PoolInitializer? initializer)
    {
        var (parentEnd, workerEnd) = CreateChannel();
        try
        {
            var arguments = new EntryArgumentWriter();
            arguments.Write(new PoolWorkerStart(workerEnd) { MaxTasks = maxTasks, Initializer = initializer?.Entry });
            initializer?.WriteArguments(arguments);
            var entry = new EntryReference(PoolWorker.EntryId, RuntimeEntries.HostAssemblyName(initializer?.Entry), PoolWorker.DisplayName);
            var process = Process.FromEntry(new EntryCall(entry, arguments));
            process.Name = name;
            process.Daemon = true;
            var worker = new PoolWorkerHandle(process, PoolWire.OpenChannel(parentEnd));
            process.Start();
            worker.Pid = process.Pid ?? 0;
            return worker;
        }
        catch
        {
            parentEnd.Dispose();
            throw;
        }
        finally
        {
            // The worker has its own copy now, or never will.
            workerEnd.Dispose();
        }
    }

    /// <summary>Queues <paramref name="task"/> for sending. Called under the pool's lock.</summary>
    public void Send(PoolTask task)
    {
        InFlight.Enqueue(task);
        Assigned++;
        _outgoing.Writer.TryWrite(task);
    }

    /// <summary>Ends the channel after what is queued: the worker finishes and exits.</summary>
    public void CloseInput()
    {
        Retiring = true;
        if (_outgoing.Writer.TryWrite(null))
        {
            _outgoing.Writer.TryComplete();
        }
    }

    // Follows a faster task at once and a slower one half-way: a fresh worker's first tasks are slow (its code is not
    // optimized yet), and an average that remembered them would keep it waiting for work for dozens of tasks.
    public void RecordTaskTime(long ticks)
    {
        _averageTicks = _averageTicks < 0 || ticks < _averageTicks ? ticks : (0.5 * _averageTicks) + (0.5 * ticks);
    }

    public void Dispose()
    {
        _outgoing.Writer.TryComplete();
        _socket.Dispose();
        Process.Dispose();
    }

    private async Task ReadLoopAsync(ProcessPool pool)
    {
        var reader = new FrameReader(_socket, PoolWire.ChannelName);
        try
        {
            while (await reader.ReadFrameAsync().ConfigureAwait(false))
            {
                pool.OnReply(this, reader.Frame.Span);
            }
        }
        catch (Exception exception) when (exception is SocketException or IOException or InvalidDataException or ObjectDisposedException)
        {
            // The worker is gone or spoke nonsense: either way it is ended, and OnWorkerEnded says how.
        }

        await pool.OnWorkerEndedAsync(this).ConfigureAwait(false);
    }

    // Sends what is queued in one write: a burst of small tasks costs the pool one system call.
    private async Task SendLoopAsync()
    {
        var buffer = new FrameBuffer(64 * 1024, retainedCapacity: 4 << 20);
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                bool close = false;
                buffer.Clear();
                while (buffer.WrittenCount < (1 << 20) && _outgoing.Reader.TryRead(out var task))
                {
                    if (task is null)
                    {
                        close = true;
                        break;
                    }

                    PoolWire.WriteTask(buffer, task);
                }

                var pending = buffer.WrittenMemory;
                while (!pending.IsEmpty)
                {
                    pending = pending[await _socket.SendAsync(pending, SocketFlags.None).ConfigureAwait(false)..];
                }

                if (close)
                {
                    _socket.Shutdown(SocketShutdown.Send);
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // The worker died; its reader reports it.
        }
    }

    private static (SafeSocketHandle Parent, SafeSocketHandle Worker) CreateChannel()
    {
        var (parent, worker) = SocketPair.Create("the channel to a pool worker");
        return (new SafeSocketHandle(parent, ownsHandle: true), new SafeSocketHandle(worker, ownsHandle: true));
    }
}
