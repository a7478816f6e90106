using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Connections;
using Multiprocessing.Synchronization;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// One end of a two-way (or one-way) channel between processes: Python's <c>multiprocessing.connection.Connection</c>.
/// Get a pair from <see cref="Pipe.Create"/>.
/// Pass it to a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> as an ordinary argument and the child gets its own
/// copy of the same end.
/// </summary>
/// <remarks>
/// <para>
/// Each message is one frame: a 4-byte length, then the bytes (<see cref="SendBytes(ReadOnlySpan{byte})"/>) or the
/// MemoryPack serialization of a value (<see cref="Send{T}(T)"/>). A message is at most <see cref="MaxMessageSize"/>
/// bytes. The reading side checks every frame: an impossible length, a frame cut short, or bytes that are not the
/// type <see cref="Receive{T}"/> asked for raise <see cref="InvalidDataException"/>.
/// </para>
/// <para>
/// One thread at a time sends and one receives without further ado; concurrent senders (or receivers) on one end are
/// serialized, so their frames never interleave. Closing an end does not wake a thread blocked receiving on that same
/// end; the other end's close does (it raises <see cref="ConnectionClosedException"/>).
/// </para>
/// </remarks>
public sealed partial class Connection : IDisposable
{
    /// <summary>The largest message a connection carries, in bytes (1 GiB). Sending a larger one throws <see cref="ArgumentException"/> and sends nothing.</summary>
    public const int MaxMessageSize = 1 << 30;

    private readonly DescriptorHandle _handle;
    private readonly Lock _sendGate = new();
    private readonly Lock _receiveGate = new();
    private readonly FrameBuffer _sendBuffer = new();
    private string? _receiveFault;

    internal Connection(DescriptorHandle handle, bool readable, bool writable)
    {
        _handle = handle;
        Readable = readable;
        Writable = writable;
    }

    /// <summary>Whether this end can receive (Python's <c>readable</c>): false for the sending end of a one-way pipe.</summary>
    [MemoryPackInclude]
    public bool Readable { get; }

    /// <summary>Whether this end can send (Python's <c>writable</c>): false for the receiving end of a one-way pipe.</summary>
    [MemoryPackInclude]
    public bool Writable { get; }

    /// <summary>Whether <see cref="Close"/> (or <see cref="Dispose"/>) was called on this end (Python's <c>closed</c>).</summary>
    [MemoryPackIgnore]
    public bool IsClosed => _handle.IsClosed;

    [MemoryPackIgnore]
    internal DescriptorHandle Handle => _handle;

    /// <summary>Sends <paramref name="value"/> serialized with MemoryPack (Python's <c>send(obj)</c>).</summary>
    /// <exception cref="ConnectionClosedException">The other end is closed.</exception>
    /// <exception cref="ArgumentException">The serialized value is larger than <see cref="MaxMessageSize"/>; nothing was sent.</exception>
    public void Send<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(T value)
    {
        ThrowIfCannotSend();
        lock (_sendGate)
        {
            _sendBuffer.Reset();
            WireSerializer.Serialize(_sendBuffer, value);
            WriteFrame(_sendBuffer.Complete());
        }
    }

    /// <summary>Sends the bytes of <paramref name="data"/> as one message (Python's <c>send_bytes(buf)</c>).</summary>
    /// <exception cref="ConnectionClosedException">The other end is closed.</exception>
    public void SendBytes(ReadOnlySpan<byte> data)
    {
        ThrowIfCannotSend();
        CheckSize(data.Length);
        lock (_sendGate)
        {
            if (data.Length <= 64 * 1024)
            {
                // Small messages go in one write with their header: one system call, one wake-up of the reader.
                _sendBuffer.Reset();
                data.CopyTo(_sendBuffer.GetSpan(data.Length));
                _sendBuffer.Advance(data.Length);
                WriteFrame(_sendBuffer.Complete());
                return;
            }

            Span<byte> header = stackalloc byte[FrameBuffer.HeaderSize];
            BinaryPrimitives.WriteInt32LittleEndian(header, data.Length);
            WriteFrame(header);
            WriteFrame(data);
        }
    }

    /// <summary>
    /// Sends <paramref name="size"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> as one message
    /// (Python's <c>send_bytes(buf, offset, size)</c>); without <paramref name="size"/>, everything after the offset.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset or size falls outside the buffer.</exception>
    public void SendBytes(byte[] buffer, int offset = 0, int? size = null) => SendBytes(Slice(buffer, offset, size).Span);

    /// <summary>Waits for the next message and deserializes it as <typeparamref name="T"/> (Python's <c>recv()</c>).</summary>
    /// <exception cref="ConnectionClosedException">The other end closed and every message it sent has been received.</exception>
    /// <exception cref="InvalidDataException">The message is not a serialized <typeparamref name="T"/>, or the frame is malformed.</exception>
    public T Receive<[DynamicallyAccessedMembers(WireSerializer.Members)] T>()
    {
        ThrowIfCannotReceive();
        lock (_receiveGate)
        {
            int length = ReadHeader();
            byte[] body = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                ReadBody(body.AsSpan(0, length));
                return Deserialize<T>(body.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(body);
            }
        }
    }

    /// <summary>Waits for the next message and returns its bytes (Python's <c>recv_bytes()</c>).</summary>
    /// <exception cref="ConnectionClosedException">The other end closed and every message it sent has been received.</exception>
    /// <exception cref="InvalidDataException">The frame is malformed.</exception>
    public byte[] ReceiveBytes()
    {
        ThrowIfCannotReceive();
        lock (_receiveGate)
        {
            var body = new byte[ReadHeader()];
            ReadBody(body);
            return body;
        }
    }

    /// <summary>
    /// Waits for the next message and copies it into <paramref name="buffer"/> from <paramref name="offset"/>
    /// (Python's <c>recv_bytes_into(buf, offset)</c>).
    /// </summary>
    /// <returns>The length of the message.</returns>
    /// <exception cref="BufferTooShortException">The message does not fit; it is in the exception's <see cref="BufferTooShortException.ReceivedMessage"/>.</exception>
    /// <exception cref="ConnectionClosedException">The other end closed and every message it sent has been received.</exception>
    public int ReceiveBytesInto(byte[] buffer, int offset = 0)
    {
        var target = Slice(buffer, offset, null);
        ThrowIfCannotReceive();
        lock (_receiveGate)
        {
            int length = ReadHeader();
            if (length > target.Length)
            {
                var message = new byte[length];
                ReadBody(message);
                throw new BufferTooShortException(
                    $"The {length:N0}-byte message does not fit in the {target.Length:N0} bytes after offset {offset}; it is in ReceivedMessage.", message);
            }

            ReadBody(target.Span[..length]);
            return length;
        }
    }

    /// <summary>Receives one message of at most <paramref name="largest"/> bytes; a longer one is refused unread.</summary>
    internal byte[] ReceiveHandshakeMessage(int largest, CancellationToken cancellationToken)
    {
        WaitReadable(Timeout.Infinite, cancellationToken);
        lock (_receiveGate)
        {
            int length = ReadHeader();
            if (length > largest)
            {
                throw new InvalidDataException($"The other end sent a {length:N0}-byte message where a handshake message of at most {largest} bytes belongs.");
            }

            var body = new byte[length];
            ReadBody(body);
            return body;
        }
    }

    /// <summary>Whether a message (or the other end's close) is waiting, without waiting (Python's <c>poll()</c>).</summary>
    public bool Poll() => Poll(TimeSpan.Zero);

    /// <summary>Waits at most <paramref name="timeout"/> for a message (Python's <c>poll(timeout)</c>).</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> only looks, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True when <see cref="Receive{T}"/> would not block: a message, the other end's close, or a broken frame is there.</returns>
    public bool Poll(TimeSpan timeout) => WaitReadable(WaitTimeout.ToMilliseconds(timeout), CancellationToken.None);

    /// <summary>Closes this end (Python's <c>close()</c>); the other end then receives <see cref="ConnectionClosedException"/> once it has read what was sent.</summary>
    /// <remarks>A copy of this end that a child received stays open until the child closes it or exits.</remarks>
    public void Close() => _handle.Dispose();

    /// <summary>Closes this end, as <see cref="Close"/> does.</summary>
    public void Dispose() => Close();

    /// <inheritdoc/>
    public override string ToString() =>
        $"Connection({(IsClosed ? "closed" : $"fd {_handle.Fd}")}, {(Readable && Writable ? "duplex" : Readable ? "read-only" : "write-only")})";

    private static void CheckSize(int length)
    {
        if (length > MaxMessageSize)
        {
            throw new ArgumentException($"The message is {length:N0} bytes, more than a connection carries ({MaxMessageSize:N0} bytes); nothing was sent.");
        }
    }

    private static Memory<byte> Slice(byte[] buffer, int offset, int? size)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (offset < 0 || offset > buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"The offset must be between 0 and the buffer's length ({buffer.Length}).");
        }

        int available = buffer.Length - offset;
        if (size is { } count && (count < 0 || count > available))
        {
            throw new ArgumentOutOfRangeException(nameof(size), count, $"The size must be between 0 and the {available} bytes after offset {offset}.");
        }

        return buffer.AsMemory(offset, size ?? available);
    }

    private static T Deserialize<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(ReadOnlySpan<byte> body)
    {
        T? value = default;
        int consumed;
        try
        {
            consumed = WireSerializer.Deserialize(body, ref value);
        }
        catch (Exception exception) when (exception is MemoryPackSerializationException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException or FormatException)
        {
            throw new InvalidDataException($"The {body.Length}-byte message received is not a serialized {typeof(T).Name}: {exception.Message}", exception);
        }

        if (consumed != body.Length)
        {
            throw new InvalidDataException(
                $"The {body.Length}-byte message received is not a serialized {typeof(T).Name}: reading one used {consumed} bytes and left {body.Length - consumed}. "
                + "Did the sender send another type?");
        }

        return value!;
    }

    private void ThrowIfCannotSend()
    {
        ObjectDisposedException.ThrowIf(IsClosed, this);
        if (!Writable)
        {
            throw new InvalidOperationException("This connection is read-only: it is the receiving end of a one-way pipe (Pipe.Create(duplex: false) returns (receiver, sender)).");
        }
    }

    private void ThrowIfCannotReceive()
    {
        ObjectDisposedException.ThrowIf(IsClosed, this);
        if (!Readable)
        {
            throw new InvalidOperationException("This connection is write-only: it is the sending end of a one-way pipe (Pipe.Create(duplex: false) returns (receiver, sender)).");
        }
    }

    private void WriteFrame(ReadOnlySpan<byte> frame)
    {
        bool added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            DescriptorIo.WriteAll(_handle.Fd, frame);
        }
        finally
        {
            _handle.DangerousRelease();
        }
    }

    /// <summary>Reads a frame's header and returns the body's length, which it has checked.</summary>
    private int ReadHeader()
    {
        if (_receiveFault is not null)
        {
            throw new InvalidDataException(_receiveFault);
        }

        Span<byte> header = stackalloc byte[FrameBuffer.HeaderSize];
        int read = ReadSome(header);
        if (read == 0)
        {
            throw new ConnectionClosedException();
        }

        if (read < header.Length)
        {
            ReadBody(header[read..], header.Length, read);
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (!FrameBuffer.IsValidLength(length))
        {
            // The stream is out of step: whatever follows is not a header, so every later receive must fail too.
            _receiveFault = $"The connection received a frame header announcing {length:N0} bytes, which is not a valid message length (0 to {MaxMessageSize:N0}). "
                + "The other end is not sending this library's frames (or wrote raw bytes into the socket); the connection cannot be read any more.";
            throw new InvalidDataException(_receiveFault);
        }

        return length;
    }

    private void ReadBody(Span<byte> body) => ReadBody(body, body.Length, 0);

    private void ReadBody(Span<byte> rest, int frameLength, int alreadyRead)
    {
        int total = 0;
        while (total < rest.Length)
        {
            int read = ReadSome(rest[total..]);
            if (read == 0)
            {
                throw new InvalidDataException(
                    $"The other end closed the connection in the middle of a message: {alreadyRead + total:N0} of its {frameLength:N0} bytes arrived.");
            }

            total += read;
        }
    }

    private int ReadSome(Span<byte> buffer)
    {
        bool added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            return DescriptorIo.Read(_handle.Fd, buffer);
        }
        finally
        {
            _handle.DangerousRelease();
        }
    }

    private bool WaitReadable(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        ThrowIfCannotReceive();
        if (_receiveFault is not null)
        {
            return true;
        }

        bool added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            if (!cancellationToken.CanBeCanceled)
            {
                return Readiness.WaitOne(_handle.Fd, timeoutMilliseconds, wake: null);
            }

            using var wake = new WakeSignal();
            using (cancellationToken.UnsafeRegister(static signal => ((WakeSignal)signal!).Set(), wake))
            {
                bool ready = Readiness.WaitOne(_handle.Fd, timeoutMilliseconds, wake);
                cancellationToken.ThrowIfCancellationRequested();
                return ready;
            }
        }
        finally
        {
            _handle.DangerousRelease();
        }
    }
}
