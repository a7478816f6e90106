using System.Runtime.CompilerServices;
using Multiprocessing.Synchronization;

namespace Multiprocessing.Queues;

/// <summary>
/// The shared state of a queue: a header and a ring of item records in one <see cref="SharedMemory"/> block. It moves
/// bytes; <see cref="QueueEndpoint{T}"/> turns them into items.
/// </summary>
/// <remarks>
/// <para>Producers take the writers' <see cref="ProcessLock"/> and consumers the readers' one, both in the header: a put
/// only writes the free part of the ring and a get only reads the used part, so a producer copies a large item in while
/// a consumer copies the previous one out, and producers never wait for consumers' locks (nor the reverse).</para>
/// <para>Every change a put or a get makes becomes visible in one aligned 64-bit store (a commit word: the ring
/// position in its low half, the number of items ever put or got in its high half), made only after the record is
/// completely written or read. A process killed while it holds the lock has therefore changed nothing that others can
/// see: the next one to take the lock gets an <see cref="AbandonedLockException"/> and carries on, and a half-written
/// record is overwritten by the next put. Counts are differences of those numbers, so nothing needs repairing.</para>
/// <para>A record is 8 bytes of header (payload length, kind) and the payload, padded to 8. A record never wraps: when
/// it does not fit before the end of the ring, a skip record fills the rest and the record starts at offset 0.</para>
/// </remarks>
internal sealed unsafe class QueueRing : IDisposable
{
    public const int RecordHeaderBytes = 8;
    public const int MinimumCapacity = 4096;
    public const int MaximumCapacity = 1 << 30;

    private const int Magic = 0x51_75_65_32; // "Que2": tells a queue block from any other block (and from the one-lock layout).

    // Header words. Each futex word has its sleeper count beside it.
    private const int WriterLockOffset = 0;
    private const int MagicOffset = 4;
    private const int CapacityOffset = 8;
    private const int MaxCountOffset = 12;
    private const int WriteCommitOffset = 16;
    private const int ReadCommitOffset = 24;
    private const int DoneCountOffset = 32;
    private const int CompletedOffset = 36;
    private const int NotEmptyOffset = 40;
    private const int NotFullOffset = 48;
    private const int AllDoneOffset = 56;
    private const int ExternalSerialOffset = 64;
    private const int ReaderLockOffset = 72;
    private const int HeaderBytes = 128;

    private readonly SharedMemory _block;
    private readonly ProcessLock _writerLock;
    private readonly ProcessLock _readerLock;
    private readonly byte* _header;
    private readonly byte* _ring;

    private QueueRing(SharedMemory block)
    {
        _block = block;
        _header = block.Address;
        _ring = _header + HeaderBytes;
        _writerLock = new ProcessLock(block, WriterLockOffset, ownsBlock: false);
        _readerLock = new ProcessLock(block, ReaderLockOffset, ownsBlock: false);
    }

    public string Name => _block.Name;

    /// <summary>The ring's size in bytes.</summary>
    public int Capacity => Word(CapacityOffset);

    /// <summary>The most items the queue holds; 0 for no limit but the ring's bytes.</summary>
    public int MaxCount => Word(MaxCountOffset);

    /// <summary>The largest payload stored in the ring itself; larger ones go to a file of their own.</summary>
    /// <remarks>A record of at most half the ring always fits once the ring is empty, wherever its tail is.</remarks>
    public int MaximumInlinePayload => (Capacity / 2) - RecordHeaderBytes;

    /// <summary>Items in the queue now, without the lock: exact only while nobody puts or gets.</summary>
    public int Count
    {
        get
        {
            _block.ThrowIfDisposed();
            long read = Volatile.Read(ref Commit(ReadCommitOffset));
            long write = Volatile.Read(ref Commit(WriteCommitOffset));
            return Math.Max(0, (int)(Serial(write) - Serial(read)));
        }
    }

    /// <summary>Whether <see cref="Complete"/> was called by any process.</summary>
    public bool IsCompleted
    {
        get
        {
            _block.ThrowIfDisposed();
            return Volatile.Read(ref Word(CompletedOffset)) != 0;
        }
    }

    /// <summary>Items put but not yet marked done (JoinableQueue's unfinished tasks), without the lock.</summary>
    public int UnfinishedTasks
    {
        get
        {
            _block.ThrowIfDisposed();
            uint put = Serial(Volatile.Read(ref Commit(WriteCommitOffset)));
            return (int)(put - (uint)Volatile.Read(ref Word(DoneCountOffset)));
        }
    }

    public ref int NotEmptySequence => ref Word(NotEmptyOffset);

    public ref int NotEmptySleepers => ref Word(NotEmptyOffset + 4);

    public ref int NotFullSequence => ref Word(NotFullOffset);

    public ref int NotFullSleepers => ref Word(NotFullOffset + 4);

    public ref int AllDoneSequence => ref Word(AllDoneOffset);

    public ref int AllDoneSleepers => ref Word(AllDoneOffset + 4);

    /// <summary>Creates the block of a new, empty queue.</summary>
    public static QueueRing Create(int maxCount, int capacity)
    {
        var block = SharedMemory.Create(HeaderBytes + capacity);
        var ring = new QueueRing(block);
        ring.Word(CapacityOffset) = capacity;
        ring.Word(MaxCountOffset) = maxCount;
        Volatile.Write(ref ring.Word(MagicOffset), Magic);
        return ring;
    }

    /// <summary>Attaches to the queue in the block <paramref name="blockName"/>, checking that it is one.</summary>
    public static QueueRing Attach(string blockName)
    {
        var block = SharedMemory.Attach(blockName);
        try
        {
            if (block.Size < HeaderBytes + MinimumCapacity)
            {
                throw NotAQueue(blockName, block.Size);
            }

            var ring = new QueueRing(block);
            if (Volatile.Read(ref ring.Word(MagicOffset)) != Magic || HeaderBytes + ring.Capacity != block.Size)
            {
                throw NotAQueue(blockName, block.Size);
            }

            return ring;
        }
        catch
        {
            block.Dispose();
            throw;
        }
    }

    /// <summary>Takes the producers' lock, for <see cref="TryWriteLocked"/>.</summary>
    public void EnterWriter() => Enter(_writerLock);

    public void ExitWriter() => _writerLock.Release();

    /// <summary>Takes the consumers' lock, for <see cref="TryPeekLocked"/> and <see cref="CommitReadLocked"/>.</summary>
    public void EnterReader() => Enter(_readerLock);

    public void ExitReader() => _readerLock.Release();

    /// <summary>Writes one record and publishes it. Call with the writers' lock held.</summary>
    /// <returns>False when the queue holds <see cref="MaxCount"/> items or the ring lacks the room now.</returns>
    public bool TryWriteLocked(ReadOnlySpan<byte> payload, RecordKind kind)
    {
        var room = FreeRegion(RecordBytes(payload.Length), out int start);
        if (start < 0)
        {
            return false;
        }

        payload.CopyTo(room);
        PublishLocked(start, payload.Length, kind);
        return true;
    }

    /// <summary>
    /// The free bytes where the next record's payload can go, for serializing an item straight into the ring: after
    /// the tail, or from the ring's start when only that has room for <paramref name="expectedPayload"/> bytes (a skip
    /// record then fills the end). Call with the writers' lock held, then <see cref="PublishLocked"/>.
    /// </summary>
    /// <returns>The room (empty when the queue holds <see cref="MaxCount"/> items or no room takes the expected payload).</returns>
    public Span<byte> FreeRegionLocked(int expectedPayload, out int start) =>

        // At least one payload byte: a room of none could take no item.
        FreeRegion(RecordHeaderBytes + Math.Max(expectedPayload, 1), out start);

    /// <summary>
    /// Finds where a record of <paramref name="needed"/> bytes goes now and returns the payload room there (up to the
    /// largest record), writing a skip record at the tail when the record must start at offset 0. A record never
    /// wraps, so the free bytes after the tail and those before the head are two separate rooms.
    /// </summary>
    /// <returns>The room, with <paramref name="start"/> -1 when the queue is at <see cref="MaxCount"/> or no room is large enough.</returns>
    private Span<byte> FreeRegion(int needed, out int start)
    {
        start = -1;
        long write = Commit(WriteCommitOffset);
        long read = Volatile.Read(ref Commit(ReadCommitOffset));
        int count = (int)(Serial(write) - Serial(read));
        int maxCount = MaxCount;
        int tail = Position(write);
        int head = Position(read);
        if ((maxCount > 0 && count >= maxCount) || (count > 0 && tail == head))
        {
            return default;
        }

        // Free bytes lie after the tail up to the head, or up to the end and then from the start up to the head.
        bool splits = count == 0 || tail > head;
        int atTail = splits ? Capacity - tail : head - tail;
        int atStart = splits ? head : 0;
        int largestRecord = MaximumInlinePayload + RecordHeaderBytes;
        if (atTail >= needed)
        {
            start = tail;
            return new Span<byte>(_ring + tail + RecordHeaderBytes, Math.Min(atTail, largestRecord) - RecordHeaderBytes);
        }

        if (atStart >= needed)
        {
            WriteHeader(tail, 0, RecordKind.Skip);
            start = 0;
            return new Span<byte>(_ring + RecordHeaderBytes, Math.Min(atStart, largestRecord) - RecordHeaderBytes);
        }

        return default;
    }

    /// <summary>Publishes the record whose payload was written at <paramref name="start"/>. Call with the writers' lock held.</summary>
    public void PublishLocked(int start, int payloadLength, RecordKind kind)
    {
        long write = Commit(WriteCommitOffset);
        WriteHeader(start, payloadLength, kind);
        int end = start + RecordBytes(payloadLength);
        Volatile.Write(ref Commit(WriteCommitOffset), Pack(end == Capacity ? 0 : end, Serial(write) + 1));
    }

    /// <summary>Finds the oldest record without removing it. Call with the readers' lock held.</summary>
    /// <returns>False when the queue is empty.</returns>
    /// <exception cref="InvalidDataException">The record header is impossible: the block was written by something other than a queue.</exception>
    public bool TryPeekLocked(out ReadOnlySpan<byte> payload, out RecordKind kind)
    {
        long read = Commit(ReadCommitOffset);
        long write = Volatile.Read(ref Commit(WriteCommitOffset));
        if (Serial(write) == Serial(read))
        {
            payload = default;
            kind = default;
            return false;
        }

        int head = Position(read);
        if (HeaderKind(head) == RecordKind.Skip)
        {
            head = 0;
        }

        int length = Unsafe.ReadUnaligned<int>(_ring + head);
        kind = HeaderKind(head);
        if (length < 0 || kind is not (RecordKind.Inline or RecordKind.External) || RecordBytes(length) > Capacity - head)
        {
            throw new InvalidDataException($"The queue block '{Name}' holds an impossible record at offset {head} (length {length}, kind {(int)kind}): something other than a queue wrote into it.");
        }

        payload = new ReadOnlySpan<byte>(_ring + head + RecordHeaderBytes, length);
        return true;
    }

    /// <summary>Removes the record found by <see cref="TryPeekLocked"/>. Call with the readers' lock held, after reading it.</summary>
    public void CommitReadLocked(int payloadLength)
    {
        long read = Commit(ReadCommitOffset);
        int head = Position(read);
        if (HeaderKind(head) == RecordKind.Skip)
        {
            head = 0;
        }

        int next = head + RecordBytes(payloadLength);
        Volatile.Write(ref Commit(ReadCommitOffset), Pack(next == Capacity ? 0 : next, Serial(read) + 1));
    }

    /// <summary>Marks one task done (JoinableQueue's <c>task_done</c>).</summary>
    /// <returns>The unfinished tasks left.</returns>
    /// <exception cref="InvalidOperationException">More tasks were marked done than items were put.</exception>
    public int TaskDone()
    {
        _block.ThrowIfDisposed();
        ref int doneCount = ref Word(DoneCountOffset);
        while (true)
        {
            uint put = Serial(Volatile.Read(ref Commit(WriteCommitOffset)));
            int done = Volatile.Read(ref doneCount);
            int unfinished = (int)(put - (uint)done);
            if (unfinished <= 0)
            {
                throw new InvalidOperationException($"TaskDone was called more times than items were put on the queue '{Name}' (Python raises ValueError: task_done() called too many times).");
            }

            if (Interlocked.CompareExchange(ref doneCount, done + 1, done) == done)
            {
                return unfinished - 1;
            }
        }
    }

    /// <summary>Marks the queue complete for every process and wakes every sleeper, so that they see it.</summary>
    public void Complete()
    {
        _block.ThrowIfDisposed();
        if (Interlocked.Exchange(ref Word(CompletedOffset), 1) == 0)
        {
            Signal(ref NotEmptySequence, ref NotEmptySleepers, force: true);
            Signal(ref NotFullSequence, ref NotFullSleepers, force: true);
        }
    }

    /// <summary>A number unique to this queue for the next item stored in a file of its own.</summary>
    public long NextExternalSerial() => Interlocked.Increment(ref Commit(ExternalSerialOffset));

    /// <summary>
    /// Wakes the sleepers of one condition (not empty, not full, all done) if there are any. Called after the change
    /// they wait for is committed: they counted themselves before their last look, so either they saw the change or
    /// the sequence moves under their futex wait.
    /// </summary>
    public void Signal(ref int sequence, ref int sleepers, bool force = false)
    {
        if (force || Volatile.Read(ref sleepers) > 0)
        {
            Interlocked.Increment(ref sequence);
            AddressWait.Wake((int*)Unsafe.AsPointer(ref sequence), int.MaxValue);
        }
    }

    /// <summary>Sleeps while <paramref name="sequence"/> still reads <paramref name="seen"/>, at most <paramref name="milliseconds"/>.</summary>
    public void Sleep(ref int sequence, int seen, int milliseconds)
    {
        _block.ThrowIfDisposed();
        AddressWait.Wait((int*)Unsafe.AsPointer(ref sequence), seen, milliseconds);
    }

    public void Dispose()
    {
        _writerLock.Dispose();
        _readerLock.Dispose();
        _block.Dispose();
    }

    public static int RecordBytes(int payloadLength) => RecordHeaderBytes + ((payloadLength + 7) & ~7);

    /// <summary>A holder that died left nothing half-visible (see the remarks), so its abandonment needs no repair.</summary>
    private static void Enter(ProcessLock processLock)
    {
        try
        {
            processLock.Acquire();
        }
        catch (AbandonedLockException)
        {
            // The lock is ours now; the commit words never show a half-done put or get.
        }
    }

    private static InvalidDataException NotAQueue(string blockName, int size) =>
        new($"The shared memory block '{blockName}' ({size} bytes) does not hold a process queue.");

    private static int Position(long commit) => (int)(commit & 0xFFFF_FFFF);

    private static uint Serial(long commit) => (uint)((ulong)commit >> 32);

    private static long Pack(int position, uint serial) => (long)(((ulong)serial << 32) | (uint)position);

    private RecordKind HeaderKind(int offset) => (RecordKind)Unsafe.ReadUnaligned<int>(_ring + offset + 4);

    private void WriteHeader(int offset, int length, RecordKind kind)
    {
        Unsafe.WriteUnaligned(_ring + offset, length);
        Unsafe.WriteUnaligned(_ring + offset + 4, (int)kind);
    }

    private ref int Word(int offset) => ref Unsafe.AsRef<int>(_header + offset);

    private ref long Commit(int offset) => ref Unsafe.AsRef<long>(_header + offset);
}

/// <summary>What a ring record holds.</summary>
internal enum RecordKind
{
    /// <summary>Nothing: the rest of the ring up to its end is unused and the next record is at offset 0.</summary>
    Skip = 1,

    /// <summary>The serialized item itself.</summary>
    Inline = 2,

    /// <summary>The 8-byte serial of the file under <c>/dev/shm</c> that holds a large serialized item.</summary>
    External = 3,
}
