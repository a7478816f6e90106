using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MemoryPack;
using Multiprocessing.Connections;
using Multiprocessing.Interop.Unix;
using Multiprocessing.Wire;

namespace Multiprocessing.Hosting;

/// <summary>One run of an entry inside a child process: its argument payload, its cancellation and its result. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntryInvocation
{
    private readonly ReadOnlyMemory<byte> _arguments;
    private readonly string _entryName;

    // Set for a pool chunk: the entry runs once per item, each item's arguments follow the previous item's, and each
    // result is appended here instead of kept in Result. The concrete type, not IBufferWriter, so that appending a
    // number is inlined into SetResult rather than two interface calls per item.
    private readonly FrameBuffer? _results;

    // A chunk's arguments as the array they arrived in, so that reading a number is one bounds check and one load.
    private readonly byte[] _chunkBytes = [];
    private readonly int _chunkStart;
    private int _offset;
    private CancellationTokenSource? _termination;
    private PosixSignalRegistration? _terminationSignal;

    internal EntryInvocation(byte[] arguments, string entryName)
    {
        _arguments = arguments;
        _entryName = entryName;
    }

    /// <summary>
    /// An invocation that runs its entry once per item of a pool chunk: the items' arguments lie back to back in
    /// <paramref name="arguments"/>, and each result is appended to <paramref name="results"/>.
    /// </summary>
    internal EntryInvocation(ReadOnlyMemory<byte> arguments, string entryName, FrameBuffer results)
    {
        _arguments = arguments;
        _entryName = entryName;
        _results = results;
        if (MemoryMarshal.TryGetArray(arguments, out var segment))
        {
            _chunkBytes = segment.Array!;
            _chunkStart = segment.Offset;
        }
        else
        {
            _chunkBytes = arguments.ToArray();
        }
    }

    /// <summary>Whether every argument byte has been read.</summary>
    internal bool AtEnd => _offset == _arguments.Length;

    /// <summary>Throws when bytes are left over; for a chunk, once all its items have run.</summary>
    internal void EndItems()
    {
        if (!AtEnd)
        {
            throw new EntryPayloadException(
                $"The argument payload for entry '{_entryName}' has {_arguments.Length - _offset} unexpected bytes after its last item; the parent and the child probably come from different builds.");
        }
    }

    /// <summary>The serialized return value, or <see langword="null"/> when the entry returns nothing.</summary>
    internal byte[]? Result { get; private set; }

    /// <summary>Whether the parent asked this process to stop while the entry ran.</summary>
    internal bool TerminationRequested => _termination?.IsCancellationRequested == true;

    /// <summary>How long an entry that takes a token has, after <see cref="Process.Terminate"/>, before SIGTERM ends it anyway.</summary>
    public static TimeSpan TerminationGracePeriod { get; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A token cancelled when the parent calls <see cref="Process.Terminate"/>. Asking for it is what turns SIGTERM
    /// from "die now" into "cancel this token", so only entries that take a token get the graceful stop; one that
    /// ignores the token still ends after <see cref="TerminationGracePeriod"/>.
    /// </summary>
    public CancellationToken CancellationToken
    {
        get
        {
            if (_termination is null)
            {
                _termination = new CancellationTokenSource();
                if (!OperatingSystem.IsWindows())
                {
                    _terminationSignal = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
                    {
                        context.Cancel = true;
                        _termination.Cancel();
                        _ = Task.Delay(TerminationGracePeriod).ContinueWith(_ => EndByTermination(), TaskScheduler.Default);
                    });
                }
            }

            return _termination.Token;
        }
    }

    /// <summary>Stops turning SIGTERM into cancellation and ends the process by the signal, as the parent asked.</summary>
    internal void EndByTermination()
    {
        _terminationSignal?.Dispose();
        Console.Out.Flush();
        LibC.kill(Environment.ProcessId, LibC.SIGTERM);
        Thread.Sleep(Timeout.Infinite);
    }

    /// <summary>Reads the next argument.</summary>
    // Optimized at once: in a pool worker this runs for every item of a chunk, and a fresh worker would otherwise
    // run a whole Map in unoptimized (tier-0) code before the JIT's call counting promotes it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T ReadArgument<[DynamicallyAccessedMembers(WireSerializer.Members)] T>()
    {
        if (Pool.PoolPayload.IsBlittable<T>() && _results is not null && _arguments.Length - _offset >= Unsafe.SizeOf<T>())
        {
            // A number of a pool chunk: MemoryPack writes it as its raw bytes, so it is read as them, without a
            // reader per item (the per-item cost of a Map over numbers is mostly this call and SetResult).
            T number = Unsafe.ReadUnaligned<T>(ref _chunkBytes[_chunkStart + _offset]);
            _offset += Unsafe.SizeOf<T>();
            return number;
        }

        T? value = default;
        try
        {
            _offset += WireSerializer.Deserialize(_arguments.Span[_offset..], ref value);
        }
        catch (Exception exception) when (exception is MemoryPackSerializationException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new EntryPayloadException(
                $"The argument payload for entry '{_entryName}' is corrupted or truncated at byte {_offset} of {_arguments.Length}: {exception.Message}",
                exception);
        }

        return value!;
    }

    /// <summary>Confirms that every byte of the payload was read: left-over bytes mean the parent sent something else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // as ReadArgument: called for every item of a chunk
    public void EndArguments()
    {
        // A chunk's items follow one another: the end is checked once, after the last (EndItems).
        if (_results is null && _offset != _arguments.Length)
        {
            throw new EntryPayloadException(
                $"The argument payload for entry '{_entryName}' has {_arguments.Length - _offset} unexpected bytes after its last argument; the parent and the child probably come from different builds.");
        }
    }

    /// <summary>Records the entry's return value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // as ReadArgument
    public void SetResult<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(T value)
    {
        if (_results is null)
        {
            Result = WireSerializer.Serialize(value);
        }
        else if (Pool.PoolPayload.IsBlittable<T>())
        {
            // As in ReadArgument: the raw bytes MemoryPack would write, without a writer per item.
            _results.WriteRaw(value);
        }
        else
        {
            WireSerializer.Serialize(_results, value);
        }
    }

    /// <summary>Awaits an asynchronous entry and records its return value.</summary>
    public async ValueTask SetResultAsync<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(Task<T> pending) => SetResult(await pending.ConfigureAwait(false));

    /// <summary>Awaits an asynchronous entry and records its return value.</summary>
    public async ValueTask SetResultAsync<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(ValueTask<T> pending) => SetResult(await pending.ConfigureAwait(false));

    /// <summary>Makes a generated subclass instance the current process: its name and daemon flag are the ones the parent gave.</summary>
    public void AttachProcess(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.AttachAsCurrent(ProcessContext.Current);
    }

}

/// <summary>The argument payload a child received cannot be read.</summary>
internal sealed class EntryPayloadException(string message, Exception? inner = null) : Exception(message, inner);
