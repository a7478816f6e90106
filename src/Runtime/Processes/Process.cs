using System.ComponentModel;
using Multiprocessing.Hosting;
using Multiprocessing.Interop.Unix;
using Multiprocessing.Launching;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A child process running a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> method, or the
/// <see cref="Run"/> of a subclass: Python's <c>multiprocessing.Process</c>.
/// </summary>
/// <remarks>
/// Create one with <see cref="Create(Action)"/> and its overloads, passing the entry method itself and its
/// arguments, or derive a <see langword="partial"/> class and override <see cref="Run"/> or <see cref="RunAsync(CancellationToken)"/>.
/// Then <see cref="Start"/> it and <see cref="Join()"/> it. A child is the same program started again: call
/// <see cref="ProcessGuard.Enter"/> first thing in the program's entry point.
/// </remarks>
public partial class Process : IDisposable
{
    private readonly Lock _gate = new();
    private readonly int[] _identity;
    private readonly EntryCall? _call;
    private string _name;
    private bool _daemon;
    private bool _closed;

    // True for the instance a child restored from its parent's state: it is the running process itself.
    private bool _isCurrent;

    // Set by Terminate and Kill, so that the death the parent asked for is not logged as a failure.
    private bool _stopRequested;
    private LaunchedChild? _child;
    private int? _exitCode;
    private ManualResetEvent? _sentinel;
    private readonly TaskCompletionSource<byte[]?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Completed once ExitCode, the sentinel and the active-children list all reflect the exit, so a joiner sees them.
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates a process whose work is the subclass's <see cref="Run"/>; the subclass must be <see langword="partial"/>.</summary>
    protected Process()
        : this(call: null)
    {
    }

    private protected Process(EntryCall? call)
    {
        _call = call;
        _identity = ProcessContext.Current.NextChildIdentity();
        _name = "Process-" + string.Join(':', _identity);
    }

    /// <summary>The entry and arguments of a process made by <see cref="Create(Action)"/>; <see langword="null"/> for a subclass.</summary>
    internal EntryCall? Call => _call;

    /// <summary>The process name. Defaults to <c>Process-N</c> (<c>Process-N:M</c> in a child), as in Python; settable.</summary>
    public string Name
    {
        get => _name;
        set
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            _name = value;
        }
    }

    /// <summary>
    /// Whether the process is a daemon: terminated when the parent exits, instead of joined, and not allowed to start
    /// children of its own. Set it before <see cref="Start"/>.
    /// </summary>
    public bool Daemon
    {
        get => _daemon;
        set
        {
            lock (_gate)
            {
                if (_child is not null)
                {
                    throw new InvalidOperationException($"Process {Name} has already been started; set Daemon before Start.");
                }

                _daemon = value;
            }
        }
    }

    /// <summary>
    /// The operating system's process id, or <see langword="null"/> before <see cref="Start"/>. Inside the child's
    /// <see cref="Run"/> it is the child's own pid, as <c>self.pid</c> is in Python.
    /// </summary>
    public int? Pid
    {
        get
        {
            ThrowIfClosed();
            return _isCurrent ? Environment.ProcessId : _child?.Pid;
        }
    }

    /// <summary>
    /// <see langword="null"/> while the process runs (or before it starts); then 0 on success, 1 after an unhandled
    /// exception, the code passed to an explicit exit, or minus the signal number when a signal killed it.
    /// </summary>
    public int? ExitCode
    {
        get
        {
            ThrowIfClosed();
            return _exitCode;
        }
    }

    /// <summary>Whether the process has started and not yet exited (inside the child's <see cref="Run"/>: <see langword="true"/>).</summary>
    public bool IsAlive
    {
        get
        {
            ThrowIfClosed();
            return IsRunning;
        }
    }

    private bool IsRunning => _isCurrent || (_child is not null && _exitCode is null);

    /// <summary>A handle that becomes signalled when the process ends, for waits over several processes.</summary>
    public WaitHandle Sentinel
    {
        get
        {
            EnsureStarted(nameof(Sentinel));
            lock (_gate)
            {
                return _sentinel ??= new ManualResetEvent(_exitCode is not null);
            }
        }
    }

    /// <summary>
    /// Completes when the child ends: successfully when its entry returned, with a <see cref="RemoteException"/> when
    /// the entry threw, and with a <see cref="ProcessExitedException"/> when the child ended without reporting.
    /// </summary>
    public Task Completion => _completion.Task;

    /// <summary>Starts the child process. A process can be started once.</summary>
    public void Start()
    {
        ThrowIfClosed();
        var current = ProcessContext.Current;
        if (current.IsDaemon)
        {
            throw new InvalidOperationException($"Process {current.Name} is a daemon, and daemonic processes are not allowed to have children.");
        }

        var call = _call ?? CaptureGeneratedCall() ?? throw new InvalidOperationException(
            $"{GetType().FullName} cannot be started: the Multiprocessing generator did not complete it, so its state cannot reach the child. "
            + "The class and the classes it is nested in must be partial and not generic, file-local or private, it must have no primary constructor, "
            + "and every base class between it and Process must follow the same rules (the build reports which one is broken as MP0005).");

        lock (_gate)
        {
            if (_child is not null)
            {
                throw new InvalidOperationException($"Process {Name} has already been started; a process can be started only once.");
            }

            var request = new StartRequest
            {
                AssemblyName = call.Entry.AssemblyName,
                EntryId = call.Entry.Id,
                EntryName = call.Entry.DisplayName,
                Arguments = call.Arguments,
                ProcessName = Name,
                Identity = _identity,
                Daemon = _daemon,
                ParentPid = Environment.ProcessId,
                ParentName = current.Name,
                AuthKey = current.AuthKey,
                HandleCount = call.Handles.Length,
            };
            try
            {
                _child = WarmChildren.TryLaunch(request, call.Handles) ?? LaunchedChild.Launch(request, call.Handles);
            }
            finally
            {
                // The child has its own copies now (or never will); ours would keep pipes from reporting end-of-file.
                call.ReleaseHandles();
            }
        }

        ProcessLog.Started(MultiprocessingLogging.Logger, Name, _child.Pid, call.Entry.DisplayName);
        ActiveChildren.Add(this);
        _ = ObserveAsync(_child);
    }

    /// <summary>Waits until the process exits. Python's <c>join()</c>.</summary>
    public void Join() => JoinCore().GetAwaiter().GetResult();

    /// <summary>Waits until the process exits or <paramref name="timeout"/> passes; returns whether it exited.</summary>
    public bool Join(TimeSpan timeout) => JoinCore().Wait(timeout);

    /// <summary>Waits asynchronously until the process exits.</summary>
    public Task JoinAsync(CancellationToken cancellationToken = default) => JoinCore().WaitAsync(cancellationToken);

    /// <summary>Waits asynchronously until the process exits or <paramref name="timeout"/> passes; returns whether it exited.</summary>
    public async Task<bool> JoinAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        try
        {
            await JoinCore().WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Asks the process to stop: SIGTERM. An entry that takes a <see cref="CancellationToken"/> (or a subclass that
    /// overrides <see cref="RunAsync(CancellationToken)"/>) sees it cancelled and may finish its cleanup, within
    /// <see cref="Hosting.EntryInvocation.TerminationGracePeriod"/>; any other entry ends at once. Either way
    /// <see cref="ExitCode"/> becomes -15. Does nothing once the process has exited.
    /// </summary>
    public void Terminate() => SendSignal(LibC.SIGTERM, nameof(Terminate));

    /// <summary>Ends the process at once: SIGKILL. <see cref="ExitCode"/> becomes -9. Does nothing once the process has exited.</summary>
    public void Kill() => SendSignal(LibC.SIGKILL, nameof(Kill));

    /// <summary>
    /// Releases the resources held for the process. Raises <see cref="InvalidOperationException"/> while it still runs,
    /// as Python's <c>close()</c> does; afterwards most members raise <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Close()
    {
        lock (_gate)
        {
            if (IsRunning)
            {
                throw new InvalidOperationException($"Process {Name} (pid {_child?.Pid}) is still running; join or terminate it before closing it.");
            }

            _closed = true;
            _sentinel?.Dispose();
            _call?.ReleaseHandles();
        }
    }

    /// <summary>
    /// Releases the resources held for the process once it has exited. Unlike <see cref="Close"/> this never throws:
    /// a running child keeps running and is still joined or terminated at exit as its <see cref="Daemon"/> flag says.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!IsRunning)
            {
                _closed = true;
                _sentinel?.Dispose();
                _call?.ReleaseHandles();
            }
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The work of a subclass, run in the child. Python's <c>run()</c>. Override this or <see cref="RunAsync(CancellationToken)"/>;
    /// the subclass's fields and auto-properties are copied to the child before it runs.
    /// </summary>
    protected virtual void Run() => throw new InvalidOperationException(
        $"{GetType().FullName} overrides neither Run nor RunAsync, so its child has nothing to do.");

    /// <summary>
    /// The asynchronous form of <see cref="Run"/>; by default it calls <see cref="Run"/>. A subclass that overrides it
    /// gets a <paramref name="cancellationToken"/> that <see cref="Terminate"/> cancels, so that it can clean up.
    /// </summary>
    protected virtual Task RunAsync(CancellationToken cancellationToken)
    {
        Run();
        return Task.CompletedTask;
    }

    /// <summary>Implemented by the generator in <see langword="partial"/> subclasses: captures the state that travels to the child.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual EntryCall? CaptureGeneratedCall() => null;

    /// <summary>
    /// Implemented by the generator in <see langword="partial"/> subclasses: writes the state the class declares, after
    /// its base class's, so that a subclass of a subclass carries both.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual void WriteGeneratedState(EntryArgumentWriter state)
    {
    }

    /// <summary>Called by generated code in the child to run a subclass's <see cref="RunAsync(CancellationToken)"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected static Task RunSubclass(Process process, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        return process.RunAsync(cancellationToken);
    }

    internal void AttachAsCurrent(ProcessContext context)
    {
        _name = context.Name;
        _daemon = context.IsDaemon;
        _isCurrent = true;
    }

    /// <summary>Turns the child's serialized return value into the typed result; the base has none.</summary>
    private protected virtual void OnReturned(byte[]? result)
    {
    }

    /// <summary>Fails the typed result; the base has none.</summary>
    private protected virtual void OnFailed(Exception exception)
    {
    }

    private Task JoinCore()
    {
        EnsureStarted(nameof(Join));
        return _exited.Task;
    }

    private void EnsureStarted(string operation)
    {
        ThrowIfClosed();
        if (_child is null)
        {
            throw new InvalidOperationException($"Cannot {operation} process {Name}: it has not been started.");
        }
    }

    private void SendSignal(int signal, string operation)
    {
        EnsureStarted(operation);
        _stopRequested = true;
        _child!.Signal(signal);
    }

    private async Task ObserveAsync(LaunchedChild child)
    {
        var outcome = await child.Outcome.ConfigureAwait(false);
        int exitCode = await child.Exited.ConfigureAwait(false);
        lock (_gate)
        {
            _exitCode = exitCode;
            _sentinel?.Set();
        }

        ActiveChildren.Remove(this);

        // One log line per exit: how it ended, at Information when it ended well or as asked.
        var logger = MultiprocessingLogging.Logger;
        switch (outcome?.Kind)
        {
            case OutcomeKind.Returned:
                ProcessLog.Exited(logger, Name, child.Pid, exitCode);
                OnReturned(outcome.Result);
                _completion.TrySetResult(outcome.Result);
                break;
            case OutcomeKind.Threw:
                var remote = new RemoteException(Name, outcome.ExceptionType ?? "System.Exception", outcome.Message ?? string.Empty, outcome.StackTrace, outcome.Details);
                ProcessLog.Threw(logger, Name, child.Pid, remote.RemoteTypeName, remote.RemoteMessage);
                Fail(remote);
                break;
            default:
                if (_stopRequested)
                {
                    ProcessLog.Stopped(logger, Name, child.Pid, exitCode);
                }
                else
                {
                    ProcessLog.Ended(logger, Name, child.Pid, exitCode, outcome?.Message ?? string.Empty);
                }

                Fail(new ProcessExitedException(Name, child.Pid, exitCode, outcome?.Message));
                break;
        }

        _exited.TrySetResult();
    }

    private void Fail(Exception exception)
    {
        OnFailed(exception);
        _completion.TrySetException(exception);
    }

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new ObjectDisposedException(GetType().Name, $"Process {Name} is closed; its Pid, ExitCode and other members are no longer available.");
        }
    }
}
