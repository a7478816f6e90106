using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Connections;
using Multiprocessing.Synchronization;
using Multiprocessing.Wire;

namespace Multiprocessing;

// The asynchronous forms. The waiting (for a message, or for room to write) happens on a thread-pool thread, in the
// kernel; cancellation wakes it. A frame that has started to arrive or leave is always finished, whatever the token
// says, so that a cancelled call never leaves the stream out of step.
public sealed partial class Connection
{
    /// <summary>Sends <paramref name="value"/> without blocking the calling thread; it is serialized before this returns.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the message started to leave.</exception>
    public Task SendAsync<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(T value, CancellationToken cancellationToken = default)
    {
        ThrowIfCannotSend();
        cancellationToken.ThrowIfCancellationRequested();
        var frame = new FrameBuffer();
        WireSerializer.Serialize(frame, value);
        frame.Complete();
        return Task.Run(() => SendFrame(frame), cancellationToken);
    }

    /// <summary>Sends the bytes of <paramref name="data"/> as one message without blocking the calling thread.</summary>
    /// <remarks>The bytes are copied before this returns, so the caller may reuse <paramref name="data"/> at once.</remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the message started to leave.</exception>
    public Task SendBytesAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        ThrowIfCannotSend();
        CheckSize(data.Length);
        cancellationToken.ThrowIfCancellationRequested();
        var frame = new FrameBuffer(FrameBuffer.HeaderSize + data.Length);
        data.Span.CopyTo(frame.GetSpan(data.Length));
        frame.Advance(data.Length);
        frame.Complete();
        return Task.Run(() => SendFrame(frame), cancellationToken);
    }

    /// <summary>Waits for the next message without blocking the calling thread and deserializes it as <typeparamref name="T"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while no message had started to arrive; none is lost.</exception>
    /// <exception cref="ConnectionClosedException">The other end closed and every message it sent has been received.</exception>
    public async Task<T> ReceiveAsync<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(CancellationToken cancellationToken = default)
    {
        await WaitReadableAsync(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        return Receive<T>();
    }

    /// <summary>Waits for the next message without blocking the calling thread and returns its bytes.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while no message had started to arrive; none is lost.</exception>
    /// <exception cref="ConnectionClosedException">The other end closed and every message it sent has been received.</exception>
    public async Task<byte[]> ReceiveBytesAsync(CancellationToken cancellationToken = default)
    {
        await WaitReadableAsync(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        return ReceiveBytes();
    }

    /// <summary>Waits at most <paramref name="timeout"/> for a message without blocking the calling thread.</summary>
    /// <returns>True when a message, the other end's close, or a broken frame is there.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public Task<bool> PollAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitReadableAsync(WaitTimeout.ToMilliseconds(timeout), cancellationToken);

    private Task<bool> WaitReadableAsync(int timeoutMilliseconds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        bool ready = WaitReadable(0, CancellationToken.None);
        if (ready || timeoutMilliseconds == 0)
        {
            return Task.FromResult(ready);
        }

        return Task.Run(() => WaitReadable(timeoutMilliseconds, cancellationToken), cancellationToken);
    }

    private void SendFrame(FrameBuffer frame)
    {
        lock (_sendGate)
        {
            WriteFrame(frame.Complete());
        }
    }
}
