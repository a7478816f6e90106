using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Multiprocessing.Pool;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// The results of <see cref="ProcessPool"/>'s <c>Imap</c> or <c>ImapUnordered</c>, handed out as they arrive: Python's
/// <c>IMapIterator</c>. Enumerate it with <see langword="foreach"/> (blocking) or <see langword="await foreach"/>. A task
/// that failed throws its exception when its turn comes. The results can be enumerated once.
/// </summary>
/// <typeparam name="T">The entry's result.</typeparam>
public sealed class PoolResultStream<[DynamicallyAccessedMembers(WireSerializer.Members)] T> : IEnumerable<T>
{
    private readonly StreamSink<T> _sink;
    private int _enumerated;

    internal PoolResultStream(StreamSink<T> sink) => _sink = sink;

    /// <summary>Enumerates the results, blocking while the next one is not there yet.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        ClaimEnumeration();
        return Enumerate();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the results asynchronously: <c>await foreach (var r in pool.Imap(...))</c>.</summary>
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        ClaimEnumeration();
        return EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    /// <summary>The results as an <see cref="IAsyncEnumerable{T}"/>, for APIs that take one.</summary>
    public IAsyncEnumerable<T> AsAsyncEnumerable() => new AsyncView(this);

    private IEnumerator<T> Enumerate()
    {
        for (int turn = 0; turn < _sink.ChunkCount; turn++)
        {
            foreach (var result in _sink.NextAsync(turn, CancellationToken.None).AsTask().GetAwaiter().GetResult())
            {
                yield return result;
            }
        }
    }

    private async IAsyncEnumerable<T> EnumerateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int turn = 0; turn < _sink.ChunkCount; turn++)
        {
            foreach (var result in await _sink.NextAsync(turn, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
    }

    private void ClaimEnumeration()
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("The results of Imap can be enumerated only once: each arrives once. Collect them (ToList) to go over them again.");
        }
    }

    private sealed class AsyncView(PoolResultStream<T> stream) : IAsyncEnumerable<T>
    {
        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => stream.GetAsyncEnumerator(cancellationToken);
    }
}
