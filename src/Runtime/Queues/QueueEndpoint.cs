using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using MemoryPack;
using Multiprocessing.Synchronization;
using Multiprocessing.Wire;

namespace Multiprocessing.Queues;

/// <summary>What a get found.</summary>
internal enum TakeOutcome
{
    Taken,
    TimedOut,
    Completed,
}

/// <summary>
/// One process's typed view of a <see cref="QueueRing"/>: serializes items with MemoryPack, and waits (a short spin,
/// then the kernel) for room or for items. The public queue types are thin shells over it.
/// </summary>
internal sealed class QueueEndpoint<[DynamicallyAccessedMembers(WireSerializer.Members)] T> : IDisposable
{
    public const int DefaultCapacity = 4 << 20;

    // A spin catches an item or a slot that comes within microseconds without two system calls.
    private const int SpinCount = 200;
    private const int SpinIterations = 20;

    // A serialization buffer grown past this by a large item is not kept for the next one.
    private const int KeptWriterBytes = 4 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_writer;

    [ThreadStatic]
    private static RingRegionWriter? t_regionWriter;

    // The size of this process's last item on this queue: where the ring has that much room, the next item is
    // serialized straight into it, saving a copy through a buffer of its own.
    private int _expectedPayload;

    private readonly QueueRing _ring;
    private int _closed;
    private int _disposed;

    private QueueEndpoint(QueueRing ring) => _ring = ring;

    public QueueRing Ring => _ring;

    public string Name => _ring.Name;

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    public static QueueEndpoint<T> Create(int maxSize, int bufferBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSize);
        if (bufferBytes < QueueRing.MinimumCapacity || bufferBytes > QueueRing.MaximumCapacity)
        {
            throw new ArgumentOutOfRangeException(nameof(bufferBytes), bufferBytes, $"The queue's buffer must be {QueueRing.MinimumCapacity} to {QueueRing.MaximumCapacity} bytes.");
        }

        QueueItemFiles.SweepOnce();

        // A multiple of 64 keeps every record 8-aligned and half the ring a whole number of records.
        return new QueueEndpoint<T>(QueueRing.Create(maxSize, (bufferBytes + 63) & ~63));
    }

    public static QueueEndpoint<T> Attach(string blockName) => new(QueueRing.Attach(blockName));

    /// <summary>Puts <paramref name="item"/>, waiting at most <paramref name="timeoutMilliseconds"/> for room (-1: no limit).</summary>
    /// <returns>False when the time ran out: the item was not put.</returns>
    public bool Put(T item, int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        if (TryPutInPlace(item))
        {
            return true;
        }

        var writer = Serialize(item);
        try
        {
            return PutSerialized(writer.WrittenSpan, timeoutMilliseconds, cancellationToken);
        }
        finally
        {
            Return(writer);
        }
    }

    /// <summary>Puts without blocking the caller: at once when there is room, else waiting on a thread-pool thread.</summary>
    public ValueTask<bool> PutAsync(T item, int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfClosed();
        if (TryPutInPlace(item))
        {
            return ValueTask.FromResult(true);
        }

        var writer = Serialize(item);
        byte[] payload;
        try
        {
            if (PutSerialized(writer.WrittenSpan, 0, CancellationToken.None))
            {
                return ValueTask.FromResult(true);
            }

            payload = writer.WrittenSpan.ToArray();
        }
        finally
        {
            Return(writer);
        }

        return timeoutMilliseconds == 0
            ? ValueTask.FromResult(false)
            : new ValueTask<bool>(Task.Run(() => PutSerialized(payload, timeoutMilliseconds, cancellationToken), cancellationToken));
    }

    /// <summary>Gets the oldest item, waiting at most <paramref name="timeoutMilliseconds"/> (-1: no limit).</summary>
    public TakeOutcome Take(int timeoutMilliseconds, CancellationToken cancellationToken, out T item)
    {
        ThrowIfClosed();
        var attempt = new TakeAttempt(this);
        bool finished = WaitUntil(ref attempt, ref _ring.NotEmptySequence, ref _ring.NotEmptySleepers, timeoutMilliseconds, cancellationToken);
        item = attempt.Item!;
        return !finished ? TakeOutcome.TimedOut : attempt.Completed ? TakeOutcome.Completed : TakeOutcome.Taken;
    }

    /// <summary>Gets without blocking the caller: at once when an item is there, else waiting on a thread-pool thread.</summary>
    public ValueTask<(TakeOutcome Outcome, T Item)> TakeAsync(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outcome = Take(0, CancellationToken.None, out T item);
        if (outcome != TakeOutcome.TimedOut || timeoutMilliseconds == 0)
        {
            return ValueTask.FromResult((outcome, item));
        }

        return new ValueTask<(TakeOutcome, T)>(Task.Run(
            () =>
            {
                var later = Take(timeoutMilliseconds, cancellationToken, out T laterItem);
                return (later, laterItem);
            },
            cancellationToken));
    }

    /// <summary>Marks one task done and wakes the joiners when none is left.</summary>
    public void TaskDone()
    {
        ThrowIfClosed();
        if (_ring.TaskDone() == 0)
        {
            _ring.Signal(ref _ring.AllDoneSequence, ref _ring.AllDoneSleepers);
        }
    }

    /// <summary>Waits until every item put has been marked done; false when the time ran out first.</summary>
    public bool JoinTasks(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        var attempt = new AllDoneAttempt(_ring);
        return WaitUntil(ref attempt, ref _ring.AllDoneSequence, ref _ring.AllDoneSleepers, timeoutMilliseconds, cancellationToken);
    }

    public void Close() => Interlocked.Exchange(ref _closed, 1);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Close();
        string name = _ring.Name;
        _ring.Dispose();

        // The last view to close removed the block: large items nobody got go with it.
        if (!QueueItemFiles.QueueBlockExists(name))
        {
            QueueItemFiles.RemoveAll(name);
        }
    }

    /// <summary>
    /// Serializes <paramref name="item"/> straight into the ring when it has room for an item the size of the last one,
    /// without waiting. A put that finds no room, or an item that outgrows the room, goes the buffered way instead.
    /// </summary>
    private bool TryPutInPlace(T item)
    {
        int expected = Volatile.Read(ref _expectedPayload);
        if (expected > _ring.MaximumInlinePayload || _ring.IsCompleted)
        {
            return false;
        }

        var region = t_regionWriter ??= new RingRegionWriter();
        bool written = false;
        _ring.EnterWriter();
        try
        {
            var room = _ring.FreeRegionLocked(expected, out int start);
            if (room.IsEmpty)
            {
                return false;
            }

            // The room is in the mapped block, not in managed memory: the pointer stays valid after the fixed scope.
            unsafe
            {
                fixed (byte* pointer = room)
                {
                    region.Reset(pointer, room.Length);
                }
            }

            try
            {
                WireSerializer.Serialize(region, item);
            }
            catch (RingRegionWriter.RoomExceededException)
            {
                Volatile.Write(ref _expectedPayload, room.Length + 1);
                return false;
            }

            _ring.PublishLocked(start, region.WrittenCount, RecordKind.Inline);
            Volatile.Write(ref _expectedPayload, region.WrittenCount);
            written = true;
        }
        finally
        {
            region.Clear();
            _ring.ExitWriter();
        }

        _ring.Signal(ref _ring.NotEmptySequence, ref _ring.NotEmptySleepers);
        return written;
    }

    private bool PutSerialized(ReadOnlySpan<byte> serialized, int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _expectedPayload, serialized.Length);
        if (serialized.Length <= _ring.MaximumInlinePayload)
        {
            var attempt = new PutAttempt(_ring, serialized, RecordKind.Inline);
            return WaitUntil(ref attempt, ref _ring.NotFullSequence, ref _ring.NotFullSleepers, timeoutMilliseconds, cancellationToken);
        }

        // Written in full before its record is published, so a producer killed meanwhile leaves no partial item.
        long serial = _ring.NextExternalSerial();
        QueueItemFiles.Write(_ring.Name, serial, serialized);
        Span<byte> reference = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(reference, serial);
        bool put = false;
        try
        {
            var attempt = new PutAttempt(_ring, reference, RecordKind.External);
            put = WaitUntil(ref attempt, ref _ring.NotFullSequence, ref _ring.NotFullSleepers, timeoutMilliseconds, cancellationToken);
            return put;
        }
        finally
        {
            if (!put)
            {
                QueueItemFiles.Remove(_ring.Name, serial);
            }
        }
    }

    /// <summary>
    /// Tries <paramref name="attempt"/> once, then while spinning, then asleep on <paramref name="sequence"/> until it
    /// finishes or the time runs out. The sleeper count goes up before the last look, so that whoever makes the change
    /// that finishes the attempt also sees a sleeper to wake.
    /// </summary>
    private bool WaitUntil<TAttempt>(scoped ref TAttempt attempt, ref int sequence, ref int sleepers, int timeoutMilliseconds, CancellationToken cancellationToken)
        where TAttempt : IQueueAttempt, allows ref struct
    {
        if (attempt.TryOnce())
        {
            return true;
        }

        if (timeoutMilliseconds == 0)
        {
            return false;
        }

        for (int spin = 0; spin < SpinCount; spin++)
        {
            Thread.SpinWait(SpinIterations);
            if (attempt.LooksReady() && attempt.TryOnce())
            {
                return true;
            }
        }

        long start = Stopwatch.GetTimestamp();
        while (true)
        {
            int seen = Volatile.Read(ref sequence);
            Interlocked.Increment(ref sleepers);
            try
            {
                if (attempt.TryOnce())
                {
                    return true;
                }

                int remaining = WaitTimeout.Remaining(start, timeoutMilliseconds);
                if (remaining == 0)
                {
                    return false;
                }

                cancellationToken.ThrowIfCancellationRequested();
                _ring.Sleep(ref sequence, seen, WaitTimeout.Slice(remaining, cancellationToken));
            }
            finally
            {
                Interlocked.Decrement(ref sleepers);
            }
        }
    }

    private T DeserializeInline(ReadOnlySpan<byte> payload)
    {
        T? value = default;
        int consumed;
        try
        {
            consumed = WireSerializer.Deserialize(payload, ref value);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Unreadable(payload.Length, exception.Message, exception);
        }

        if (consumed != payload.Length)
        {
            throw Unreadable(payload.Length, $"only {consumed} of its bytes make a {typeof(T).Name}", null);
        }

        return value!;
    }

    private InvalidDataException Unreadable(int length, string why, Exception? inner) =>
        new($"An item of {length} bytes got from the queue '{Name}' is not a serialized {typeof(T).FullName}: {why}. The item was removed; the queue goes on working. Do all processes use the queue with the same item type?", inner);

    private T TakeExternal(long serial)
    {
        byte[] buffer = QueueItemFiles.Take(_ring.Name, serial, ArrayPool<byte>.Shared.Rent, out int length);
        try
        {
            return DeserializeInline(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ArrayBufferWriter<byte> Serialize(T item)
    {
        var writer = t_writer ?? new ArrayBufferWriter<byte>(256);
        t_writer = null;
        writer.ResetWrittenCount();
        WireSerializer.Serialize(writer, item);
        return writer;
    }

    private static void Return(ArrayBufferWriter<byte> writer)
    {
        if (writer.Capacity <= KeptWriterBytes)
        {
            t_writer = writer;
        }
    }

    private void ThrowIfClosed()
    {
        if (IsClosed)
        {
            throw new InvalidOperationException(Volatile.Read(ref _disposed) != 0
                ? $"The queue '{Name}' was disposed in this process."
                : $"The queue '{Name}' was closed in this process (Close): it cannot put or get here any more (Python raises ValueError: Queue is closed).");
        }
    }

    /// <summary>One try at what a wait waits for.</summary>
    private interface IQueueAttempt
    {
        /// <summary>Takes the lock and tries; true when done (or when there is nothing more to wait for).</summary>
        bool TryOnce();

        /// <summary>A look without the lock, while spinning: whether <see cref="TryOnce"/> may succeed now.</summary>
        bool LooksReady();
    }

    private readonly ref struct PutAttempt(QueueRing ring, ReadOnlySpan<byte> payload, RecordKind kind) : IQueueAttempt
    {
        private readonly ReadOnlySpan<byte> _payload = payload;

        public bool TryOnce()
        {
            if (ring.IsCompleted)
            {
                throw new QueueCompletedException($"Nothing can be put on the queue '{ring.Name}' any more: CompleteAdding was called.");
            }

            bool written;
            ring.EnterWriter();
            try
            {
                written = ring.TryWriteLocked(_payload, kind);
            }
            finally
            {
                ring.ExitWriter();
            }

            if (written)
            {
                ring.Signal(ref ring.NotEmptySequence, ref ring.NotEmptySleepers);
            }

            return written;
        }

        public bool LooksReady() => ring.IsCompleted || ring.MaxCount == 0 || ring.Count < ring.MaxCount;
    }

    private ref struct TakeAttempt(QueueEndpoint<T> endpoint) : IQueueAttempt
    {
        public T? Item;
        public bool Completed;

        public bool TryOnce()
        {
            var ring = endpoint._ring;
            Exception? failure = null;
            long externalSerial = -1;
            ring.EnterReader();
            try
            {
                if (!ring.TryPeekLocked(out var payload, out var kind))
                {
                    // Completion is looked at after the ring: an item put before CompleteAdding is still got.
                    Completed = ring.IsCompleted;
                    return Completed;
                }

                // Read before the commit, while no put can reuse the bytes; a reader killed here leaves the item in.
                if (kind == RecordKind.External)
                {
                    externalSerial = BinaryPrimitives.ReadInt64LittleEndian(payload);
                }
                else
                {
                    try
                    {
                        Item = endpoint.DeserializeInline(payload);
                    }
                    catch (InvalidDataException exception)
                    {
                        failure = exception;
                    }
                }

                ring.CommitReadLocked(payload.Length);
            }
            finally
            {
                ring.ExitReader();
            }

            ring.Signal(ref ring.NotFullSequence, ref ring.NotFullSleepers);
            if (failure is not null)
            {
                throw failure;
            }

            if (externalSerial >= 0)
            {
                Item = endpoint.TakeExternal(externalSerial);
            }

            return true;
        }

        public readonly bool LooksReady() => endpoint._ring.Count > 0 || endpoint._ring.IsCompleted;
    }

    private readonly ref struct AllDoneAttempt(QueueRing ring) : IQueueAttempt
    {
        public bool TryOnce() => ring.UnfinishedTasks <= 0;

        public bool LooksReady() => TryOnce();
    }
}
