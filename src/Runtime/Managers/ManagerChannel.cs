using System.Diagnostics;
using System.Net.Sockets;
using Multiprocessing.Synchronization;

namespace Multiprocessing.Managers;

/// <summary>
/// The shared-memory path of one local connection to a manager's server: a block in <c>/dev/shm</c> with one request
/// area and one reply area, and a sequence number for each direction. A call writes its request, bumps the request
/// sequence, and waits for the reply sequence to catch up; each side spins a few microseconds before it sleeps on the
/// other's word (<c>futex</c>), and wakes the other only when it sleeps. That takes the kernel out of a call whose
/// reply comes within microseconds, which a socket round trip (about 24 µs here) cannot do. A side spins only while
/// the other ran on another core last: on a busy machine the kernel puts both on one core, and there the futex hands
/// the core over at once, still cheaper than a socket's send and receive.
/// </summary>
/// <remarks>
/// <para>The connection's socket stays open beside the channel: it is how each side learns that the other is gone (a
/// sleeping side wakes now and then and looks at it), and it carries what does not fit an area, announced in the
/// channel (<see cref="OnSocket"/>) and then sent as an ordinary frame. One call is in flight per connection, so each
/// word has at most one sleeper.</para>
/// <para>The client creates the block and names it in an <see cref="RequestKind.OpenChannel"/> request; the server
/// maps it and removes its name at once, so that nothing is left in <c>/dev/shm</c> whichever side dies.</para>
/// </remarks>
internal sealed unsafe class ManagerChannel : IDisposable
{
    /// <summary>The bytes of a request or reply that travel in the block; a longer one goes over the socket.</summary>
    public const int AreaSize = 32 * 1024;

    /// <summary>The length word's value for a message sent over the socket instead.</summary>
    public const int OnSocket = -1;

    private const int HeaderSize = 128;

    /// <summary>The size of a channel's block.</summary>
    public const int BlockSize = HeaderSize + (2 * AreaSize);

    // The request words, written by the client, share a cache line with the server's sleeping flag, which the client
    // reads right after writing them; the reply words are on the next line, written by the server.
    private const int RequestSequenceOffset = 0;
    private const int RequestLengthOffset = 4;
    private const int ServerSleepingOffset = 8;
    private const int ServerCoreOffset = 12;
    private const int ReplySequenceOffset = 64;
    private const int ReplyLengthOffset = 68;
    private const int ClientSleepingOffset = 72;
    private const int ClientCoreOffset = 76;

    // How often a sleeping side wakes to look at the socket: how soon a dead peer is noticed.
    private const int LivenessCheckMilliseconds = 100;

    // How long a side spins before it sleeps: a reply (or the next request of a loop of calls) usually comes within a few
    // microseconds; past that, the other side is busy or descheduled, and spinning would only take its core. Each side
    // adapts its spin between the two bounds (see WaitForChange).
    private static readonly long MinimumSpinTicks = Stopwatch.Frequency * 4 / 1_000_000;
    private static readonly long MaximumSpinTicks = Stopwatch.Frequency * 50 / 1_000_000;

    private readonly SharedMemory _block;
    private readonly Memory<byte> _memory;
    private readonly int* _words;
    private int _sequence;
    private long _spinTicks = MaximumSpinTicks;

    private ManagerChannel(SharedMemory block)
    {
        _block = block;
        _memory = block.Memory;
        _words = (int*)block.Address;
    }

    /// <summary>The name of the block, which the client sends to the server.</summary>
    public string Name => _block.Name;

    /// <summary>A new channel's block, made by the client.</summary>
    public static ManagerChannel Create() => new(SharedMemory.Create(BlockSize));

    /// <summary>The server's view of the channel named in an <see cref="RequestKind.OpenChannel"/> request; its name is removed at once.</summary>
    /// <exception cref="ManagerRequestException">No block of a channel's size has that name.</exception>
    public static ManagerChannel Attach(string name)
    {
        SharedMemory block;
        try
        {
            block = SharedMemory.Attach(name, BlockSize);
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or UnauthorizedAccessException)
        {
            throw new ManagerRequestException($"The server cannot open the shared-memory channel '{name}': {exception.Message}");
        }

        block.Unlink();
        return new ManagerChannel(block);
    }

    private Span<byte> RequestArea => _memory.Span.Slice(HeaderSize, AreaSize);

    private int* RequestSequence => _words + (RequestSequenceOffset / sizeof(int));

    private int* RequestLength => _words + (RequestLengthOffset / sizeof(int));

    private int* ServerSleeping => _words + (ServerSleepingOffset / sizeof(int));

    private int* ReplySequence => _words + (ReplySequenceOffset / sizeof(int));

    private int* ReplyLength => _words + (ReplyLengthOffset / sizeof(int));

    private int* ClientSleeping => _words + (ClientSleepingOffset / sizeof(int));

    private int* ServerCore => _words + (ServerCoreOffset / sizeof(int));

    private int* ClientCore => _words + (ClientCoreOffset / sizeof(int));

    /// <summary>
    /// Client: publishes the request <paramref name="body"/> (a frame without its length prefix); false when it is too
    /// long for the area, in which case the server has been told to read it from the socket, and the caller sends it there.
    /// </summary>
    public bool SendRequest(ReadOnlySpan<byte> body)
    {
        bool fits = body.Length <= AreaSize;
        if (fits)
        {
            body.CopyTo(RequestArea);
        }

        *RequestLength = fits ? body.Length : OnSocket;
        Publish(RequestSequence, ++_sequence, ServerSleeping);
        return fits;
    }

    /// <summary>
    /// Client: waits for the reply to the request just sent; its length, or <see cref="OnSocket"/> when the reply comes
    /// over <paramref name="socket"/>. Null when the server went away first (the socket closed).
    /// </summary>
    public int? WaitForReply(Socket socket)
    {
        if (!WaitForChange(ReplySequence, _sequence - 1, ClientSleeping, ClientCore, ServerCore, socket))
        {
            return null;
        }

        return Volatile.Read(ref *ReplyLength);
    }

    /// <summary>Client: the reply's bytes in the block, valid until the next request.</summary>
    public ReadOnlyMemory<byte> Reply(int length) => _memory.Slice(HeaderSize + AreaSize, length);

    /// <summary>
    /// Server: waits for the next request; its length, or <see cref="OnSocket"/> when it comes over
    /// <paramref name="socket"/>. Null when the client went away (the socket closed).
    /// </summary>
    public int? WaitForRequest(Socket socket)
    {
        if (!WaitForChange(RequestSequence, _sequence, ServerSleeping, ServerCore, ClientCore, socket))
        {
            return null;
        }

        _sequence = Volatile.Read(ref *RequestSequence);
        return Volatile.Read(ref *RequestLength);
    }

    /// <summary>Server: the request's bytes, copied out of the block so that the client cannot change them while they are read.</summary>
    public void CopyRequest(Span<byte> destination) => RequestArea[..destination.Length].CopyTo(destination);

    /// <summary>Server: publishes the reply <paramref name="body"/>; false when it is too long for the area and goes over the socket instead.</summary>
    public bool SendReply(ReadOnlySpan<byte> body)
    {
        bool fits = body.Length <= AreaSize;
        if (fits)
        {
            body.CopyTo(_memory.Span.Slice(HeaderSize + AreaSize, AreaSize));
        }

        *ReplyLength = fits ? body.Length : OnSocket;
        Publish(ReplySequence, _sequence, ClientSleeping);
        return fits;
    }

    public void Dispose() => _block.Dispose();

    /// <summary>Sets <paramref name="word"/> and wakes the other side if it sleeps on it.</summary>
    private static void Publish(int* word, int value, int* otherSleeping)
    {
        // Full fences on both sides (here and in WaitForChange): either the sleeper sees the new value, or we see it sleeping.
        Interlocked.Exchange(ref *word, value);
        if (Volatile.Read(ref *otherSleeping) != 0)
        {
            AddressWait.Wake(word, 1);
        }
    }

    /// <summary>
    /// Waits until <paramref name="word"/> differs from <paramref name="seen"/>: spins first while the other side runs
    /// on another core, then sleeps in slices, looking at <paramref name="socket"/> between them. False when the socket
    /// says the other side is gone.
    /// </summary>
    private bool WaitForChange(int* word, int seen, int* sleeping, int* ownCore, int* otherCore, Socket socket)
    {
        if (Volatile.Read(ref *word) != seen)
        {
            return true;
        }

        // Stored plus one, so that the zeroed block reads as "not known yet" rather than core 0.
        int core = Thread.GetCurrentProcessorId() + 1;
        Volatile.Write(ref *ownCore, core);

        // A busy machine puts both sides on one core (the kernel runs a woken thread where its waker ran): the other side
        // then runs only once this one stops, and a spin would just delay it.
        if (Volatile.Read(ref *otherCore) == core)
        {
            return Sleep(word, seen, sleeping, socket);
        }

        long start = Stopwatch.GetTimestamp();
        int spins = 0;
        while (Volatile.Read(ref *word) == seen)
        {
            if (++spins % 8 == 0 && Stopwatch.GetTimestamp() - start > _spinTicks)
            {
                // The other side was busy or preempted: spin less next time, down to the minimum.
                _spinTicks = Math.Max(MinimumSpinTicks, _spinTicks / 2);
                return Sleep(word, seen, sleeping, socket);
            }

            Thread.SpinWait(4);
        }

        _spinTicks = Math.Min(MaximumSpinTicks, _spinTicks * 2);
        return true;
    }


    private static bool Sleep(int* word, int seen, int* sleeping, Socket socket)
    {
        while (true)
        {
            Interlocked.Exchange(ref *sleeping, 1);
            if (Volatile.Read(ref *word) != seen)
            {
                Volatile.Write(ref *sleeping, 0);
                return true;
            }

            AddressWait.Wait(word, seen, LivenessCheckMilliseconds);
            Volatile.Write(ref *sleeping, 0);
            if (Volatile.Read(ref *word) != seen)
            {
                return true;
            }

            // Nothing arrives on the socket while a side waits, unless announced in the channel first (checked again
            // below, since the announcement comes before the bytes): readable means closed, or a broken protocol.
            if (socket.Poll(0, SelectMode.SelectRead))
            {
                return Volatile.Read(ref *word) != seen;
            }
        }
    }
}
