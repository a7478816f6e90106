using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Multiprocessing.Interop.Unix;
using Multiprocessing.Wire;

namespace Multiprocessing.Hosting;

/// <summary>
/// The child's side: reads what to run from the control channel, runs it, reports the outcome and exits.
/// It also watches the channel for end-of-file, which means the parent died: the child then exits at once, so no
/// child outlives its parent, however the parent ended.
/// </summary>
internal static class ChildRunner
{
    /// <summary>Set in a child's environment to the descriptor of its control socket; removed as soon as the child reads it.</summary>
    public const string ChildVariable = "MULTIPROCESSING_CHILD_FD";

    /// <summary>Set in a warm child's environment: it receives its handles over the control socket before its request.</summary>
    public const string WarmVariable = "MULTIPROCESSING_WARM_CHILD";

    /// <summary>Exit code of a child whose parent died before it finished.</summary>
    private const int OrphanExitCode = 1;

    public static bool IsChildRequested => Environment.GetEnvironmentVariable(ChildVariable) is not null;

    [DoesNotReturn]
    public static void RunAndExit()
    {
        string variable = Environment.GetEnvironmentVariable(ChildVariable)!;

        // Grandchildren started by other means must not take themselves for children of ours.
        Environment.SetEnvironmentVariable(ChildVariable, null);
        if (!TryParseDescriptor(variable, out int fd))
        {
            Fail($"the variable {ChildVariable} holds '{variable}', which is not a descriptor number");
        }

        LibC.fcntl(fd, LibC.F_SETFD, LibC.FD_CLOEXEC);
        if (Environment.GetEnvironmentVariable(WarmVariable) is not null)
        {
            Environment.SetEnvironmentVariable(WarmVariable, null);
            ReceiveHandles(fd);
        }

        var control = new ChildControlChannel(fd);
        StartRequest request;
        try
        {
            var body = control.Receive();
            if (body is null)
            {
                // The parent went away before it said what to run.
                LibC.Exit(OrphanExitCode);
                throw new UnreachableException();
            }

            request = WireCodec.DecodeStartRequest(body);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            Fail($"could not read the start request from the parent: {exception.Message}");
            throw; // Not reached.
        }

        ProcessContext.BecomeChild(request);
        InheritedHandles.Adopt(request.HandleCount);
        WatchParent(control);
        Environment.Exit(Run(request, control));
        throw new UnreachableException();
    }

    private static int Run(StartRequest request, ChildControlChannel control)
    {
        var stub = EntryRegistry.Find(request.AssemblyName, request.EntryId);
        if (stub is null)
        {
            return Report(control, DispatchFailure(
                $"Process {request.ProcessName}: no entry '{request.EntryName}' (id 0x{request.EntryId:x16}) is registered in assembly '{request.AssemblyName}'. "
                + "The parent and the child are probably different builds of the program."));
        }

        var invocation = new EntryInvocation(request.Arguments, request.EntryName);
        ChildOutcome outcome;
        int exitCode;
        try
        {
            var pending = stub(invocation);
            if (pending.IsCompletedSuccessfully)
            {
                pending.GetAwaiter().GetResult();
            }
            else
            {
                pending.AsTask().GetAwaiter().GetResult();
            }
            outcome = new ChildOutcome { Kind = OutcomeKind.Returned, Result = invocation.Result };
            exitCode = 0;
        }
        catch (EntryPayloadException exception)
        {
            return Report(control, DispatchFailure($"Process {request.ProcessName}: {exception.Message}"));
        }
        catch (OperationCanceledException) when (invocation.TerminationRequested)
        {
            // The entry honoured Terminate by throwing, the usual way to honour a token: a stop, not a failure.
            invocation.EndByTermination();
            throw new UnreachableException();
        }
        catch (Exception exception)
        {
            // As Python prints a traceback from a child whose target raised.
            Console.Error.WriteLine($"Process {request.ProcessName}:");
            Console.Error.WriteLine(exception);
            outcome = new ChildOutcome
            {
                Kind = OutcomeKind.Threw,
                ExceptionType = exception.GetType().FullName,
                Message = exception.Message,
                StackTrace = exception.StackTrace,
                Details = exception.ToString(),
            };
            exitCode = 1;
        }

        Report(control, outcome);
        if (invocation.TerminationRequested)
        {
            // The entry wound down after Terminate; end by the signal, so the parent sees -15 as after any terminate.
            invocation.EndByTermination();
        }

        return exitCode;
    }

    private static ChildOutcome DispatchFailure(string message)
    {
        Console.Error.WriteLine(message);
        return new ChildOutcome { Kind = OutcomeKind.DispatchFailed, Message = message };
    }

    private static int Report(ChildControlChannel control, ChildOutcome outcome)
    {
        try
        {
            control.Send(WireCodec.Encode(outcome));
        }
        catch (IOException)
        {
            // The parent is gone; the watcher ends this process.
        }

        return outcome.Kind == OutcomeKind.Returned ? 0 : 1;
    }

    /// <summary>
    /// A warm child waits here, its runtime up, until the parent gives it work: the handles of its arguments come first
    /// and go to their slots (which hold <c>/dev/null</c> until then), as a child started for the call finds them.
    /// </summary>
    private static void ReceiveHandles(int controlFd)
    {
        Span<int> received = stackalloc int[LibC.MaxPassedDescriptors];
        int count = LibC.ReceiveDescriptors(controlFd, received);
        if (count < 0)
        {
            // The parent no longer needs this child (KeepWarm(0), or it exited).
            LibC.Exit(0);
            return;
        }

        for (int slot = 0; slot < LibC.MaxPassedDescriptors; slot++)
        {
            int target = InheritedHandles.FirstSlotDescriptor + slot;
            if (slot < count)
            {
                LibC.dup2(received[slot], target);
                LibC.close(received[slot]);
            }
            else
            {
                LibC.close(target);
            }
        }
    }

    private static void WatchParent(ChildControlChannel control)
    {
        var watcher = new Thread(() =>
        {
            control.WaitForEndOfFile();
            Console.Out.Flush();
            LibC.Exit(OrphanExitCode);
        })
        {
            IsBackground = true,
            Name = "Multiprocessing parent watcher",
        };
        watcher.Start();
    }

    // Parsed by hand: int.Parse touches CultureInfo, whose first use loads ICU, about 5 ms of a child's start-up
    // that an entry which never formats text for a culture should not pay.
    private static bool TryParseDescriptor(string text, out int fd)
    {
        fd = 0;
        if (text.Length is 0 or > 9)
        {
            return false;
        }

        foreach (char digit in text)
        {
            if (digit is < '0' or > '9')
            {
                return false;
            }

            fd = (fd * 10) + (digit - '0');
        }

        return true;
    }

    [DoesNotReturn]
    private static void Fail(string problem)
    {
        Console.Error.WriteLine($"Multiprocessing child {Environment.ProcessId}: {problem}.");
        LibC.Exit(1);
        throw new UnreachableException();
    }
}
