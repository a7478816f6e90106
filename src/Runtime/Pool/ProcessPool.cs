using Multiprocessing.Interop.Unix;
using Multiprocessing.Pool;

namespace Multiprocessing;

/// <summary>
/// A pool of worker processes that run <see cref="ProcessEntryAttribute">[ProcessEntry]</see> methods: Python's
/// <c>multiprocessing.Pool</c>, with results as tasks. Submit work with <c>Apply</c>, <c>ApplyAsync</c>, <c>Map</c>,
/// <c>MapAsync</c>, <c>Imap</c>, <c>ImapUnordered</c>, <c>Starmap</c> and <c>StarmapAsync</c>, passing the entry method
/// itself; then <see cref="Close"/> and <see cref="Join()"/>, or dispose the pool, which terminates it.
/// </summary>
/// <remarks>
/// A worker that dies while running a task (killed, crashed, out of memory) does not hang the pool: that task fails
/// with a <see cref="ProcessExitedException"/> naming the worker and how it ended, the tasks queued behind it are
/// run by the other workers, and a new worker takes its place. Every member is safe to call from several threads.
/// </remarks>
public sealed partial class ProcessPool : IDisposable, IAsyncDisposable
{
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan TerminationWait = TimeSpan.FromSeconds(10);
    private static int s_poolCounter;

    private readonly Lock _gate = new();
    private readonly Lock _callbackGate = new();
    private readonly ProcessPoolOptions _options;
    private readonly int _poolNumber = Interlocked.Increment(ref s_poolCounter);
    private readonly List<PoolWorkerHandle> _workers = [];
    private readonly LinkedList<PoolTask> _queue = new();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PoolState _state;
    private Exception? _terminationReason;
    private Task? _termination;
    private int _outstanding;
    private int _workerCounter;
    private long _taskCounter;

    /// <summary>Creates a pool of <see cref="Process.CpuCount"/> workers.</summary>
    public ProcessPool()
        : this(new ProcessPoolOptions())
    {
    }

    /// <summary>Creates a pool of <paramref name="processes"/> workers.</summary>
    public ProcessPool(int processes)
        : this(new ProcessPoolOptions { Processes = processes })
    {
    }

    /// <summary>Creates a pool as <paramref name="options"/> say; unless they ask to start on demand, every worker starts now.</summary>
    public ProcessPool(ProcessPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Processes is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Processes, "A pool needs at least one worker process (ProcessPoolOptions.Processes).");
        }

        if (options.MaxTasksPerChild < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxTasksPerChild, "ProcessPoolOptions.MaxTasksPerChild must be 0 (no limit) or more.");
        }

        _options = options;
        Processes = options.Processes ?? Process.CpuCount;
        if (!options.StartOnDemand)
        {
            try
            {
                lock (_gate)
                {
                    for (int i = 0; i < Processes; i++)
                    {
                        StartWorker();
                    }
                }
            }
            catch
            {
                Terminate();
                throw;
            }
        }
    }

    private enum PoolState
    {
        Running,
        Closed,
        Terminated,
    }

    /// <summary>The number of worker processes the pool keeps.</summary>
    public int Processes { get; }

    /// <summary>The workers started and not yet ended.</summary>
    internal int WorkerCount
    {
        get
        {
            lock (_gate)
            {
                return _workers.Count;
            }
        }
    }

    /// <summary>
    /// Stops the pool from taking new tasks; the tasks already submitted still run, then the workers exit.
    /// Python's <c>close()</c>.
    /// </summary>
    public void Close()
    {
        lock (_gate)
        {
            if (_state == PoolState.Running)
            {
                _state = PoolState.Closed;
            }
        }

        FinishIfDrained();
    }

    /// <summary>
    /// Stops the workers at once (SIGTERM) and fails every task not yet finished with an
    /// <see cref="OperationCanceledException"/>; returns once the workers have exited. Python's <c>terminate()</c>,
    /// also what <see cref="Dispose"/> does.
    /// </summary>
    public void Terminate() => TerminateAsync().GetAwaiter().GetResult();

    /// <summary>As <see cref="Terminate"/>, without blocking a thread while the workers exit.</summary>
    public Task TerminateAsync() => TerminateCore(null);

    /// <summary>
    /// Waits until every submitted task has finished and every worker has exited. The pool must be closed or
    /// terminated first, as in Python's <c>join()</c>.
    /// </summary>
    public void Join() => JoinCore().GetAwaiter().GetResult();

    /// <summary>As <see cref="Join()"/>, waiting at most <paramref name="timeout"/>; returns whether the pool finished.</summary>
    public bool Join(TimeSpan timeout) => JoinCore().Wait(timeout);

    /// <summary>As <see cref="Join()"/>, asynchronously.</summary>
    public Task JoinAsync(CancellationToken cancellationToken = default) => JoinCore().WaitAsync(cancellationToken);

    /// <summary>Terminates the pool, as leaving Python's <c>with Pool() as pool:</c> block does.</summary>
    public void Dispose() => Terminate();

    /// <summary>Terminates the pool without blocking a thread while the workers exit.</summary>
    public ValueTask DisposeAsync() => new(TerminateAsync());

    private Task JoinCore()
    {
        lock (_gate)
        {
            if (_state == PoolState.Running)
            {
                throw new InvalidOperationException("The pool is still running: call Close() (or Terminate()) before Join(), as in Python.");
            }
        }

        return _finished.Task;
    }

    /// <summary>Queues tasks and hands them to workers. Each task's outcome reaches it exactly once.</summary>
    internal void Submit(IReadOnlyList<PoolTask> tasks, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ThrowIfNotRunning();
            foreach (var task in tasks)
            {
                task.Id = ++_taskCounter;
                task.QueueNode = _queue.AddLast(task);
            }

            _outstanding += tasks.Count;
        }

        if (cancellationToken.CanBeCanceled)
        {
            foreach (var task in tasks)
            {
                task.Cancellation = cancellationToken.UnsafeRegister(
                    static (state, token) =>
                    {
                        var (pool, task) = ((ProcessPool, PoolTask))state!;
                        pool.CancelQueued(task, token);
                    },
                    (this, task));
            }
        }

        Dispatch();
    }

    /// <summary>A reply from <paramref name="worker"/>: the outcome of the oldest task it was sent.</summary>
    internal void OnReply(PoolWorkerHandle worker, ReadOnlySpan<byte> frame)
    {
        var reply = PoolWire.ReadReply(frame);
        var body = frame[reply.BodyOffset..];
        if (reply.Status == ReplyStatus.InitializerFailed)
        {
            var failure = PoolWire.ReadFailure(body);
            var remote = new RemoteException(worker.Name, failure.TypeName, failure.Message, failure.StackTrace, failure.Details);
            _ = TerminateCore(new InvalidOperationException(
                $"The pool was terminated because its initializer {_options.Initializer?.Entry.DisplayName} threw in worker {worker.Name}: {failure.TypeName}: {failure.Message}", remote));
            return;
        }

        PoolTask task;
        lock (_gate)
        {
            if (_state == PoolState.Terminated)
            {
                // Terminate has failed the worker's tasks already.
                return;
            }

            if (!worker.InFlight.TryPeek(out task!) || task.Id != reply.TaskId)
            {
                throw new InvalidDataException($"Pool worker {worker.Name} answered task {reply.TaskId}, which it was not running.");
            }

            worker.InFlight.Dequeue();
            worker.RecordTaskTime(reply.ElapsedTicks);
        }

        // The worker gets its next task before this one's callback runs.
        Dispatch();
        task.Cancellation.Dispose();
        if (reply.Status == ReplyStatus.Returned)
        {
            task.Complete(body);
        }
        else
        {
            var failure = PoolWire.ReadFailure(body);
            task.Fail(new RemoteException(worker.Name, failure.TypeName, failure.Message, failure.StackTrace, failure.Details));
        }

        Finished(1);
    }

    /// <summary>
    /// <paramref name="worker"/>'s channel ended. If it was running a task, that task fails with how the worker ended;
    /// tasks sent after it go back to the front of the queue. A new worker replaces it while there is work to do.
    /// </summary>
    internal async Task OnWorkerEndedAsync(PoolWorkerHandle worker)
    {
        var process = worker.Process;
        if (!await process.JoinAsync(ExitWait).ConfigureAwait(false))
        {
            // It closed its channel yet lives on: nothing more can reach it.
            process.Kill();
            await process.JoinAsync(ExitWait).ConfigureAwait(false);
        }

        int exitCode = process.ExitCode ?? -LibC.SIGKILL;
        PoolTask? lost = null;
        lock (_gate)
        {
            _workers.Remove(worker);
            if (worker.InFlight.Count > 0)
            {
                lost = worker.InFlight.Dequeue();
                var requeued = worker.InFlight.ToArray();
                worker.InFlight.Clear();
                for (int i = requeued.Length - 1; i >= 0; i--)
                {
                    requeued[i].QueueNode = _queue.AddFirst(requeued[i]);
                }
            }

            bool needed = _state == PoolState.Running ? !_options.StartOnDemand : _state == PoolState.Closed && _queue.Count > 0;
            if (needed && _state != PoolState.Terminated)
            {
                TryStartWorker();
            }
        }

        worker.Dispose();
        if (lost is not null)
        {
            lost.Cancellation.Dispose();
            lost.Fail(new ProcessExitedException(worker.Name, worker.Pid, exitCode,
                $"It was a worker of the process pool, running {lost.Entry.DisplayName}; the pool has replaced it."));
            Finished(1);
        }

        Dispatch();
        FinishIfDrained();
    }

    private void CancelQueued(PoolTask task, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (task.QueueNode is null)
            {
                // Already with a worker, which cannot be asked to skip it.
                return;
            }

            _queue.Remove(task.QueueNode);
            task.QueueNode = null;
        }

        task.Fail(new OperationCanceledException("The pool task was cancelled before a worker started it.", cancellationToken));
        Finished(1);
    }

    // Hands queued tasks to the workers with room, the least loaded first, starting workers on demand.
    private void Dispatch()
    {
        lock (_gate)
        {
            while (_queue.First is { } next && _state != PoolState.Terminated)
            {
                var worker = LeastLoadedWorker();
                if (worker is null)
                {
                    if (_workers.Count >= Processes || !TryStartWorker())
                    {
                        return;
                    }

                    continue;
                }

                _queue.RemoveFirst();
                next.Value.QueueNode = null;
                worker.Send(next.Value);
                if (_options.MaxTasksPerChild > 0 && worker.Assigned >= _options.MaxTasksPerChild)
                {
                    worker.Retiring = true;
                }
            }
        }
    }

    private PoolWorkerHandle? LeastLoadedWorker()
    {
        PoolWorkerHandle? best = null;
        foreach (var worker in _workers)
        {
            if (!worker.Retiring && worker.InFlight.Count < worker.Depth && (best is null || worker.InFlight.Count < best.InFlight.Count))
            {
                best = worker;
            }
        }

        return best;
    }

    // Under the lock. A worker that cannot start (the program lost its guard, the system is out of processes) ends
    // the pool with that reason, rather than leaving the queued tasks waiting for a worker that will never come.
    private bool TryStartWorker()
    {
        try
        {
            StartWorker();
            return true;
        }
        catch (Exception exception) when (_workers.Count == 0)
        {
            _ = TerminateCore(new InvalidOperationException($"The pool could not start a worker process: {exception.Message}", exception));
            return false;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private void StartWorker()
    {
        string name = $"PoolWorker-{_poolNumber}.{++_workerCounter}";
        var worker = PoolWorkerHandle.Start(name, _options.MaxTasksPerChild, _options.Initializer);
        _workers.Add(worker);
        worker.Run(this);
    }

    private void Finished(int tasks)
    {
        lock (_gate)
        {
            _outstanding -= tasks;
        }

        FinishIfDrained();
    }

    // A closed pool whose tasks have all finished lets its workers go, then is finished once they have exited.
    private void FinishIfDrained()
    {
        lock (_gate)
        {
            if (_state != PoolState.Closed || _outstanding > 0)
            {
                return;
            }

            foreach (var worker in _workers)
            {
                worker.CloseInput();
            }

            if (_workers.Count == 0)
            {
                _finished.TrySetResult();
            }
        }
    }

    private Task TerminateCore(Exception? reason)
    {
        lock (_gate)
        {
            if (_termination is not null)
            {
                return _termination;
            }

            _state = PoolState.Terminated;
            _terminationReason = reason;

            // Taken here, under the lock, not later: a worker whose end is being handled meanwhile would otherwise
            // fail its running task as lost with the worker, instead of with the reason the pool was terminated.
            List<PoolTask> unfinished = [.. _queue];
            _queue.Clear();
            var workers = _workers.ToArray();
            foreach (var worker in workers)
            {
                unfinished.AddRange(worker.InFlight);
                worker.InFlight.Clear();
                worker.Retiring = true;
            }

            _termination = TerminateWorkersAsync(reason, unfinished, workers);
            return _termination;
        }
    }

    private async Task TerminateWorkersAsync(Exception? reason, List<PoolTask> unfinished, PoolWorkerHandle[] workers)
    {
        await Task.Yield();
        foreach (var worker in workers)
        {
            try
            {
                worker.Process.Terminate();
            }
            catch (ObjectDisposedException)
            {
                // It ended meanwhile, and its end has been handled.
            }
        }

        foreach (var task in unfinished)
        {
            task.QueueNode = null;
            task.Cancellation.Dispose();
            task.Fail(reason ?? new OperationCanceledException("The process pool was terminated before this task finished."));
        }

        Finished(unfinished.Count);
        try
        {
            await Task.WhenAll(workers.Select(w => w.Ended)).WaitAsync(TerminationWait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A worker ignoring SIGTERM for this long is killed; its reader then ends at once.
            foreach (var worker in workers)
            {
                try
                {
                    worker.Process.Kill();
                }
                catch (ObjectDisposedException)
                {
                }
            }
        }

        _finished.TrySetResult();
    }

    // An empty map submits nothing, yet a closed pool still refuses it, as Python's does.
    private void ThrowIfClosed()
    {
        lock (_gate)
        {
            ThrowIfNotRunning();
        }
    }

    private void ThrowIfNotRunning()
    {
        switch (_state)
        {
            case PoolState.Closed:
                throw new InvalidOperationException("The pool is closed: it takes no new tasks after Close(). Create a new ProcessPool for more work.");
            case PoolState.Terminated when _terminationReason is not null:
                throw new InvalidOperationException($"The pool was terminated and takes no new tasks. {_terminationReason.Message}", _terminationReason);
            case PoolState.Terminated:
                throw new ObjectDisposedException(nameof(ProcessPool), "The pool was terminated (or disposed) and takes no new tasks.");
        }
    }
}
