using System.Buffers.Binary;
using System.Text;
using MemoryPack;

namespace Multiprocessing.Pool;

/// <summary>
/// The messages between a pool and its workers, each one frame (see <see cref="FrameReader"/>).
/// A task: kind, task id, entry id, item count, the entry's assembly and display name, then the items' arguments
/// back to back. A reply: status, task id, the time the task took in the worker, then the results back to back or a
/// <see cref="PoolTaskFailure"/>.
/// </summary>
internal static class PoolWire
{
    public const byte TaskKind = 1;
    private const int TaskHeaderSize = 1 + 8 + 8 + 4;
    private const int ReplyHeaderSize = 1 + 8 + 8;

    public static void WriteTask(ByteBuffer buffer, PoolTask task)
    {
        int frame = buffer.WrittenCount;
        buffer.WriteInt32(0);
        buffer.WriteByte(TaskKind);
        buffer.WriteInt64(task.Id);
        buffer.WriteInt64((long)task.Entry.Id);
        buffer.WriteInt32(task.ItemCount);
        WriteString(buffer, task.Entry.AssemblyName);
        WriteString(buffer, task.Entry.DisplayName);
        buffer.Write(task.Payload.Span);
        buffer.PatchInt32(frame, buffer.WrittenCount - frame - 4);
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

    /// <summary>Starts a reply; the caller appends the results or the failure, then calls <see cref="EndReply"/>.</summary>
    public static int BeginReply(ByteBuffer buffer, ReplyStatus status, long taskId)
    {
        int frame = buffer.WrittenCount;
        buffer.WriteInt32(0);
        buffer.WriteByte((byte)status);
        buffer.WriteInt64(taskId);
        buffer.WriteInt64(0);
        return frame;
    }

    public static void EndReply(ByteBuffer buffer, int frame, long elapsedTicks)
    {
        buffer.PatchInt32(frame, buffer.WrittenCount - frame - 4);
        buffer.PatchInt64(frame + 4 + 1 + 8, elapsedTicks);
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

    private static void WriteString(ByteBuffer buffer, string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        buffer.WriteInt32(length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
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
