using System.Collections;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Multiprocessing.Connections;
using Multiprocessing.Hosting;
using Multiprocessing.Interop.Unix;
using Multiprocessing.Wire;

namespace Multiprocessing.Launching;

/// <summary>
/// The parent's side of one running child: its pid, the control socket, its outcome and its exit. The child is
/// reaped only here, and signals are sent only while it is unreaped, so a signal never reaches a recycled pid.
/// </summary>
internal sealed class LaunchedChild
{
    /// <summary>The descriptor number the child finds its end of the control socket at.</summary>
    public const int ControlFd = 3;

    /// <summary>The exit code reported when the child's exit status could not be collected.</summary>
    public const int UnknownExitCode = 255;

    private readonly Socket _control;
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<ChildOutcome?> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _reaped;

    private LaunchedChild(int pid, Socket control, StartRequest request)
    {
        Pid = pid;
        _control = control;
        Exited = ConverseThenReapAsync(request);
    }

    public int Pid { get; }

    /// <summary>What the child reported before it ended, or <see langword="null"/> if it ended without a report.</summary>
    public Task<ChildOutcome?> Outcome => _outcome.Task;

    /// <summary>The exit code, Python-style: minus the signal number for a child killed by a signal.</summary>
    public Task<int> Exited { get; }

    /// <summary>Starts a child for <paramref name="request"/>, giving it <paramref name="handles"/> in slot order.</summary>
    public static LaunchedChild Launch(StartRequest request, IReadOnlyList<SafeFileHandle> handles)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Starting child processes is supported on Linux and macOS in this version; Windows support is planned.");
        }

        var (executable, arguments) = ChildCommand.For(request.AssemblyName);
        var (parentFd, childFd) = CreateSocketPair();
        var inherited = new List<int>(handles.Count);
        int pid;
        try
        {
            inherited.AddRange(PlaceAboveSlots(handles));
            pid = PosixSpawn.Start(executable, arguments, ChildEnvironment(warm: false), childFd, ControlFd, inherited, InheritedHandles.FirstSlotDescriptor);
        }
        catch
        {
            LibC.close(parentFd);
            throw;
        }
        finally
        {
            LibC.close(childFd);
            foreach (int fd in inherited)
            {
                LibC.close(fd);
            }
        }

        return new LaunchedChild(pid, new Socket(new SafeSocketHandle(parentFd, ownsHandle: true)), request);
    }

    /// <summary>
    /// Starts a warm child of <paramref name="assemblyName"/>: it waits for its handles and start request on the
    /// control socket, whose parent end is returned. Its handle slots hold <c>/dev/null</c> meanwhile, so that its
    /// runtime's own descriptors cannot take the numbers the handles will be placed at.
    /// </summary>
    public static (int Pid, int ControlFd) SpawnWarm(string assemblyName)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Warm children are supported on Linux only in this version.");
        }

        var (executable, arguments) = ChildCommand.For(assemblyName);
        int placeholder = LibC.Open("/dev/null", LibC.O_RDONLY | LibC.O_CLOEXEC, 0);
        if (placeholder < 0)
        {
            throw new IOException($"Could not open /dev/null for a warm child: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}.");
        }

        var (parentFd, childFd) = CreateSocketPair();
        try
        {
            int above = LibC.fcntl(placeholder, LibC.F_DUPFD_CLOEXEC, InheritedHandles.FirstSlotDescriptor + LibC.MaxPassedDescriptors);
            LibC.close(placeholder);
            placeholder = above;
            var slots = Enumerable.Repeat(placeholder, LibC.MaxPassedDescriptors).ToList();
            int pid = PosixSpawn.Start(executable, arguments, ChildEnvironment(warm: true), childFd, ControlFd, slots, InheritedHandles.FirstSlotDescriptor);
            return (pid, parentFd);
        }
        catch
        {
            LibC.close(parentFd);
            throw;
        }
        finally
        {
            LibC.close(childFd);
            LibC.close(placeholder);
        }
    }

    /// <summary>Takes over a warm child that has been given its handles: sends the request and watches it as any other.</summary>
    public static LaunchedChild Adopt(int pid, Socket control, StartRequest request) => new(pid, control, request);

    public void Signal(int signal)
    {
        lock (_gate)
        {
            if (!_reaped)
            {
                LibC.kill(Pid, signal);
            }
        }
    }

    private async Task<int> ConverseThenReapAsync(StartRequest request)
    {
        try
        {
            await ControlChannel.SendAsync(_control, WireCodec.Encode(request)).ConfigureAwait(false);
            var body = await ControlChannel.ReceiveAsync(_control).ConfigureAwait(false);
            _outcome.TrySetResult(body is null ? null : WireCodec.DecodeChildOutcome(body));

            // The child closes its end only by exiting (it marks the descriptor close-on-exec for its own children).
            while (body is not null && (body = await ControlChannel.ReceiveAsync(_control).ConfigureAwait(false)) is not null)
            {
            }
        }
        catch (Exception exception) when (exception is SocketException or InvalidDataException)
        {
            // A child that dies while talking leaves a broken conversation; its exit code tells what happened.
        }
        finally
        {
            _outcome.TrySetResult(null);
            _control.Dispose();
        }

        return await Task.Factory.StartNew(WaitForExit, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
    }

    private unsafe int WaitForExit()
    {
        void* info = NativeMemory.AllocZeroed(LibC.SignalInfoSize);
        try
        {
            while (LibC.waitid(LibC.P_PID, Pid, info, LibC.WEXITED | LibC.WNOWAIT) != 0 && Marshal.GetLastPInvokeError() == LibC.EINTR)
            {
            }
        }
        finally
        {
            NativeMemory.Free(info);
        }

        lock (_gate)
        {
            int result;
            int status;
            while ((result = LibC.waitpid(Pid, out status, 0)) < 0 && Marshal.GetLastPInvokeError() == LibC.EINTR)
            {
            }

            _reaped = true;

            // Only someone else reaping our child (a SIGCHLD set to SIG_IGN, a stray waitpid(-1)) gets here; a joiner
            // must still return, so report an exit status that says it is unknown rather than throw.
            return result < 0 ? UnknownExitCode : LibC.DecodeWaitStatus(status);
        }
    }

    private static (int Parent, int Child) CreateSocketPair()
    {
        var (parentFd, childFd) = SocketPair.Create("the control socket for a child");

        // dup2 onto the same number would leave close-on-exec set, and the child would not receive it.
        if (childFd == ControlFd)
        {
            int moved = LibC.fcntl(childFd, LibC.F_DUPFD_CLOEXEC, ControlFd + 1);
            LibC.close(childFd);
            childFd = moved;
        }

        return (parentFd, childFd);
    }

    /// <summary>
    /// Duplicates each handle to a descriptor above the child's slot range, so that placing one at its slot in the
    /// child can never overwrite another that is still to be placed.
    /// </summary>
    private static List<int> PlaceAboveSlots(IReadOnlyList<SafeFileHandle> handles)
    {
        var placed = new List<int>(handles.Count);
        int lowest = InheritedHandles.FirstSlotDescriptor + handles.Count;
        try
        {
            foreach (var handle in handles)
            {
                int fd = LibC.fcntl((int)handle.DangerousGetHandle(), LibC.F_DUPFD_CLOEXEC, lowest);
                if (fd < 0)
                {
                    throw new IOException($"Could not prepare a handle for a child: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}.");
                }

                placed.Add(fd);
            }

            return placed;
        }
        catch
        {
            foreach (int fd in placed)
            {
                LibC.close(fd);
            }

            throw;
        }
    }

    private static Dictionary<string, string> ChildEnvironment(bool warm)
    {
        // .NET keeps its own copy of the environment on Unix: Environment.SetEnvironmentVariable never reaches libc's.
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            environment[(string)variable.Key] = (string?)variable.Value ?? string.Empty;
        }

        environment[ChildRunner.ChildVariable] = ControlFd.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (warm)
        {
            environment[ChildRunner.WarmVariable] = "1";
        }

        return environment;
    }
}
