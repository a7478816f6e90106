using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Multiprocessing.Connections;
using Multiprocessing.Hosting;
using Multiprocessing.Wire;

namespace Multiprocessing.Pool;

/// <summary>
/// A pool worker's side, run in the child as a runtime entry: runs the initializer, then tasks as they arrive,
/// replying in order, until the pool closes the channel or the worker has run its maximum number of tasks.
/// Replies are flushed when no further task is already waiting or when they are large, so that a burst of small
/// tasks costs one write and a large reply is not held back.
/// </summary>
internal static class PoolWorker
{
    /// <summary>The worker's entry id in <see cref="RuntimeEntries"/> ("PoolWork" in ASCII).</summary>
    public const ulong EntryId = 0x506F6F6C576F726BUL;

    public const string DisplayName = "ProcessPool worker";

    private const int FlushSize = 64 * 1024;

    public static async ValueTask RunAsync(EntryInvocation invocation)
    {
        var start = invocation.ReadArgument<PoolWorkerStart>();
        using var socket = PoolWire.OpenChannel(start.Channel!);
        var output = new FrameBuffer(64 * 1024, retainedCapacity: 4 << 20);
        output.Clear(); // replies are framed one by one (PoolWire.BeginReply), several per write
        if (!RunInitializer(invocation, start.Initializer, output))
        {
            await SendAsync(socket, output).ConfigureAwait(false);
            return;
        }

        var reader = new FrameReader(socket, PoolWire.ChannelName);
        var stubs = new Dictionary<(string Assembly, ulong Id), ProcessEntryStub?>();
        int done = 0;
        while (start.MaxTasks == 0 || done < start.MaxTasks)
        {
            // Replies wait for a write while the next task is already here (a burst of small tasks costs one write),
            // but not once they are large: a finished chunk of a Map goes back before the next one runs.
            if (output.WrittenCount > 0 && (output.WrittenCount >= FlushSize || !reader.HasBufferedFrame))
            {
                await SendAsync(socket, output).ConfigureAwait(false);
            }

            if (!await reader.ReadFrameAsync().ConfigureAwait(false))
            {
                break;
            }

            RunTask(PoolWire.ReadTask(reader.Frame), stubs, output);
            done++;
        }

        await SendAsync(socket, output).ConfigureAwait(false);
        socket.Shutdown(SocketShutdown.Both);
    }

    private static bool RunInitializer(EntryInvocation invocation, EntryReference? initializer, FrameBuffer output)
    {
        if (initializer is not { } entry)
        {
            invocation.EndArguments();
            return true;
        }

        try
        {
            var stub = EntryRegistry.Find(entry.AssemblyName, entry.Id) ?? throw new InvalidOperationException(
                $"No entry '{entry.DisplayName}' is registered in assembly '{entry.AssemblyName}': the pool and its worker are probably different builds.");
            Wait(stub(invocation));
            return true;
        }
        catch (Exception exception)
        {
            PoolWire.BeginReply(output, ReplyStatus.InitializerFailed, 0);
            WireSerializer.Serialize(output, PoolTaskFailure.From(exception));
            PoolWire.EndReply(output, 0);
            return false;
        }
    }

    // Optimized at once, with what it calls per item: a fresh worker would otherwise run its first chunks in
    // unoptimized (tier-0) code, which made a Map of a million numbers about half as fast.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunTask(TaskHeader task, Dictionary<(string, ulong), ProcessEntryStub?> stubs, FrameBuffer output)
    {
        long started = Stopwatch.GetTimestamp();
        PoolWire.BeginReply(output, ReplyStatus.Returned, task.Id);
        try
        {
            if (!stubs.TryGetValue((task.AssemblyName, task.EntryId), out var stub))
            {
                stub = EntryRegistry.Find(task.AssemblyName, task.EntryId);
                stubs[(task.AssemblyName, task.EntryId)] = stub;
            }

            if (stub is null)
            {
                throw new EntryPayloadException(
                    $"No entry '{task.DisplayName}' (id 0x{task.EntryId:x16}) is registered in assembly '{task.AssemblyName}': the pool and its worker are probably different builds.");
            }

            var invocation = new EntryInvocation(task.Payload, task.DisplayName, output);
            for (int item = 0; item < task.ItemCount; item++)
            {
                Wait(stub(invocation));
            }

            invocation.EndItems();
        }
        catch (Exception exception)
        {
            // The results of the items that ran before are dropped: the task failed as a whole.
            PoolWire.RestartReply(output, exception is EntryPayloadException ? ReplyStatus.CannotRun : ReplyStatus.Threw, task.Id);
            WireSerializer.Serialize(output, PoolTaskFailure.From(exception));
        }

        PoolWire.EndReply(output, Stopwatch.GetElapsedTime(started).Ticks);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Wait(ValueTask pending)
    {
        if (pending.IsCompletedSuccessfully)
        {
            pending.GetAwaiter().GetResult();
        }
        else
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }

    private static async ValueTask SendAsync(Socket socket, FrameBuffer output)
    {
        var pending = output.WrittenMemory;
        while (!pending.IsEmpty)
        {
            int sent = await socket.SendAsync(pending, SocketFlags.None).ConfigureAwait(false);
            pending = pending[sent..];
        }

        output.Clear();
    }
}
