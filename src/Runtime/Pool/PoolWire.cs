using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using MemoryPack;
using Multiprocessing.Connections;
using Multiprocessing.Hosting;

namespace Multiprocessing.Pool;

/// <summary>
/// The messages between a pool and its workers, each one frame of a <see cref="FrameBuffer"/>, read with a
/// <see cref="FrameReader"/>. A task: kind, task id, entry id, item count, the entry's assembly and display name, then
/// the items' arguments back to back. A reply: status, task id, the time the task took in the worker, then the results
/// back to back or a <see cref="PoolTaskFailure"/>.
/// </summary>
internal static class PoolWire
{
    /// <summary>What the readers of a pool channel call it in their errors.</summary>
    public const string ChannelName = "pool channel";

    public const byte TaskKind = 1;
    private const int TaskHeaderSize = 1 + 8 + 8 + 4;
    private const int ReplyHeaderSize = 1 + 8 + 8;
    private const int ElapsedOffset = 1 + 8;

    /// <summary>
    /// How many bytes each end may have in flight, unread by the other: a whole chunk of a <c>Map</c> or its
    /// results, so that sending one is a single copy into the kernel rather than a dozen rounds of "write what fits,
    /// wait for the reader". The system caps it (<c>net.core.wmem_max</c>); below that it is still correct, only slower.
    /// </summary>
    public const int SendBufferSize = 4 << 20;

    /// <summary>Wraps one end of a pool channel, with room for a chunk in flight.</summary>
    public static Socket OpenChannel(SafeSocketHandle handle)
    {
        var socket = new Socket(handle);
        try
        {
            socket.SendBufferSize = SendBufferSize;
        }
        catch (SocketException)
        {
            // Refused outright (not merely capped): the default buffer works, with more wake-ups.
        }

        return socket;
    }

    public static void WriteTask(FrameBuffer buffer, PoolTask task)
    {
        buffer.BeginFrame();
        var header = buffer.GetSpan(TaskHeaderSize);
        header[0] = TaskKind;
        BinaryPrimitives.WriteInt64LittleEndian(header[1..], task.Id);
        BinaryPrimitives.WriteInt64LittleEndian(header[9..], (long)task.Entry.Id);
        BinaryPrimitives.WriteInt32LittleEndian(header[17..], task.ItemCount);
        buffer.Advance(TaskHeaderSize);
        WriteString(buffer, task.Entry.AssemblyName);
        WriteString(buffer, task.Entry.DisplayName);
        var payload = task.Payload.Span;
        payload.CopyTo(buffer.GetSpan(payload.Length));
        buffer.Advance(payload.Length);
        buffer.EndFrame();
    }

    /// <summary>Returns <paramref name="payload"/> when a task carrying it fits in one frame; throws otherwise.</summary>
    /// <exception cref="ArgumentException">The task would be larger than <see cref="Connection.MaxMessageSize"/>.</exception>
    public static ReadOnlyMemory<byte> CheckTaskSize(EntryReference entry, ReadOnlyMemory<byte> payload)
    {
        long length = (long)TaskHeaderSize + 4 + Encoding.UTF8.GetByteCount(entry.AssemblyName) + 4 + Encoding.UTF8.GetByteCount(entry.DisplayName) + payload.Length;
        if (!FrameBuffer.IsValidLength((int)Math.Min(length, int.MaxValue)))
        {
            throw new ArgumentException(
                $"The arguments of one {entry.DisplayName} task serialize to {payload.Length:N0} bytes, more than a pool task carries "
                + $"({Connection.MaxMessageSize:N0} bytes); nothing was submitted. Use a smaller chunk size, or pass the data through SharedMemory.");
        }

        return payload;
    }

    public static TaskHeader ReadTask(ReadOnlyMemory<byte> frame)
    {
        var span = frame.Span;
        if (span.Length < TaskHeaderSize || span[0] != TaskKind)
        {
            throw new InvalidDataException("The worker received a message that is not a pool task.");
        }

        long id = BinaryPrimitives.ReadInt64LittleEndian(span[1..]);
        ulong entryId = (ulong)BinaryPrimitives.ReadInt64LittleEndian(span[9..]);
        int itemCount = BinaryPrimitives.ReadInt32LittleEndian(span[17..]);
        int offset = TaskHeaderSize;
        string assemblyName = ReadString(span, ref offset);
        string displayName = ReadString(span, ref offset);
        return new TaskHeader(id, entryId, itemCount, assemblyName, displayName, frame[offset..]);
    }

    /// <summary>Starts a reply frame; the caller appends the results or the failure, then calls <see cref="EndReply"/>.</summary>
    public static void BeginReply(FrameBuffer buffer, ReplyStatus status, long taskId)
    {
        buffer.BeginFrame();
        WriteReplyHeader(buffer, status, taskId);
    }

    /// <summary>Drops what the current reply holds and starts it again with another status (a chunk whose item threw).</summary>
    public static void RestartReply(FrameBuffer buffer, ReplyStatus status, long taskId)
    {
        buffer.RestartFrame();
        WriteReplyHeader(buffer, status, taskId);
    }

    public static void EndReply(FrameBuffer buffer, long elapsedTicks)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.Body[ElapsedOffset..], elapsedTicks);
        buffer.EndFrame();
    }

    public static Reply ReadReply(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < ReplyHeaderSize)
        {
            throw new InvalidDataException("The pool received a reply too short to be one.");
        }

        return new Reply(
            (ReplyStatus)frame[0],
            BinaryPrimitives.ReadInt64LittleEndian(frame[1..]),
            BinaryPrimitives.ReadInt64LittleEndian(frame[9..]),
            ReplyHeaderSize);
    }

    public static PoolTaskFailure ReadFailure(ReadOnlySpan<byte> body) =>
        MemoryPackSerializer.Deserialize<PoolTaskFailure>(body) ?? throw new InvalidDataException("A pool worker sent an empty failure report.");

    private static void WriteReplyHeader(FrameBuffer buffer, ReplyStatus status, long taskId)
    {
        var header = buffer.GetSpan(ReplyHeaderSize);
        header[0] = (byte)status;
        BinaryPrimitives.WriteInt64LittleEndian(header[1..], taskId);
        BinaryPrimitives.WriteInt64LittleEndian(header[ElapsedOffset..], 0);
        buffer.Advance(ReplyHeaderSize);
    }

    private static void WriteString(FrameBuffer buffer, string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4 + length), length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(4 + length)[4..]);
        buffer.Advance(4 + length);
    }

    private static string ReadString(ReadOnlySpan<byte> span, ref int offset)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(span[offset..]);
        offset += 4;
        if ((uint)length > (uint)(span.Length - offset))
        {
            throw new InvalidDataException("A pool task names its entry with a string longer than the message.");
        }

        string value = Encoding.UTF8.GetString(span.Slice(offset, length));
        offset += length;
        return value;
    }
}

/// <summary>How a worker ended a task.</summary>
internal enum ReplyStatus : byte
{
    /// <summary>Every item ran; the results follow.</summary>
    Returned = 0,

    /// <summary>The entry threw; a <see cref="PoolTaskFailure"/> follows.</summary>
    Threw = 1,

    /// <summary>The worker could not run the entry (unknown entry, unreadable arguments); a <see cref="PoolTaskFailure"/> follows.</summary>
    CannotRun = 2,

    /// <summary>The pool's initializer threw in this worker (task id 0); a <see cref="PoolTaskFailure"/> follows and the worker exits.</summary>
    InitializerFailed = 3,
}

/// <summary>A task as the worker reads it.</summary>
internal readonly record struct TaskHeader(long Id, ulong EntryId, int ItemCount, string AssemblyName, string DisplayName, ReadOnlyMemory<byte> Payload);

/// <summary>A reply's header; the body starts at <paramref name="BodyOffset"/>.</summary>
internal readonly record struct Reply(ReplyStatus Status, long TaskId, long ElapsedTicks, int BodyOffset);

/// <summary>An exception thrown in a worker, as the parent rebuilds it into a <see cref="RemoteException"/>.</summary>
[MemoryPackable]
internal sealed partial class PoolTaskFailure
{
    public string TypeName { get; set; } = "System.Exception";

    public string Message { get; set; } = string.Empty;

    public string? StackTrace { get; set; }

    public string? Details { get; set; }

    public static PoolTaskFailure From(Exception exception) => new()
    {
        TypeName = exception.GetType().FullName ?? "System.Exception",
        Message = exception.Message,
        StackTrace = exception.StackTrace,
        Details = exception.ToString(),
    };
}
