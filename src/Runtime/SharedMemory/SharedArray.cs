using MemoryPack;

namespace Multiprocessing;

/// <summary>
/// A fixed-length array of <typeparamref name="T"/> in shared memory, with a <see cref="ProcessLock"/> of its own
/// unless created raw: Python's <c>multiprocessing.Array</c> (and <c>RawArray</c> with <c>withLock: false</c>). Pass
/// it to a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child sees the same elements.
/// </summary>
/// <remarks>
/// <para>The indexer and <see cref="AsSpan()"/> read and write the shared memory itself, without copying and without
/// taking the lock: hold it around anything that must not interleave with other processes,
/// <c>using (array.EnterScope()) { array[0] += 1; }</c>. <see cref="ToArray"/> is a copy.</para>
/// <para>The elements and their lock share one <see cref="SharedMemory"/> block, zero-filled when created; the last
/// process to dispose it frees it. Spans handed out are valid until <see cref="Dispose"/>.</para>
/// </remarks>
/// <typeparam name="T">An unmanaged type: a primitive, an enum, or a struct of those.</typeparam>
[MemoryPackable]
public sealed unsafe partial class SharedArray<T> : IDisposable
    where T : unmanaged
{
    // The lock word sits first; the elements after it, aligned for any primitive or vector.
    private const int ElementsOffset = 16;

    private readonly SharedMemory _block;
    private readonly ProcessLock? _lock;
    private readonly T* _elements;
    private int _disposed;

    /// <summary>Creates an array of <paramref name="length"/> zeroed elements in a new shared memory block.</summary>
    /// <param name="length">The number of elements; zero or more, fixed for the array's life.</param>
    /// <param name="withLock">Whether the array gets a <see cref="ProcessLock"/> (Python's <c>lock=True</c>, the default).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative, or too large for one block (2 GB).</exception>
    public SharedArray(int length, bool withLock = true)
        : this(SharedMemory.Create(BlockSize(length)), length, withLock)
    {
    }

    /// <summary>Creates an array holding a copy of <paramref name="initialValues"/> (Python's <c>Array('i', [1, 2, 3])</c>).</summary>
    /// <param name="initialValues">The elements to start with; their count is the array's length.</param>
    /// <param name="withLock">Whether the array gets a <see cref="ProcessLock"/> (Python's <c>lock=True</c>, the default).</param>
    /// <exception cref="ArgumentOutOfRangeException">There are too many values for one block (2 GB).</exception>
    public SharedArray(ReadOnlySpan<T> initialValues, bool withLock = true)
        : this(initialValues.Length, withLock)
    {
        initialValues.CopyTo(AsSpan());
    }

    /// <summary>Attaches to the array in the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private SharedArray(string blockName, int length, bool hasLock)
        : this(SharedMemory.Attach(blockName, BlockSize(length)), length, hasLock)
    {
    }

    private SharedArray(SharedMemory block, int length, bool withLock)
    {
        _block = block;
        _lock = withLock ? new ProcessLock(block, 0, ownsBlock: false) : null;
        _elements = (T*)(block.Address + ElementsOffset);
        Length = length;
    }

    /// <summary>The name of the shared memory block that holds the array.</summary>
    [MemoryPackInclude]
    internal string BlockName => _block.Name;

    /// <summary>The number of elements (Python's <c>len(array)</c>); fixed when the array is created.</summary>
    [MemoryPackInclude]
    public int Length { get; }

    /// <summary>Whether the array has a lock (false for a raw array).</summary>
    [MemoryPackInclude]
    public bool HasLock => _lock is not null;

    /// <summary>
    /// The element at <paramref name="index"/>, as a reference into shared memory: read it, assign it, or change it in
    /// place (<c>array[i]++</c>, <c>Interlocked.Increment(ref array[i])</c>). Does not take the lock.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Length"/>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    public ref T this[int index]
    {
        get
        {
            ThrowIfDisposed();
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be from 0 to {Length - 1}: this SharedArray<{typeof(T).Name}> has {Length} elements.");
            }

            return ref _elements[index];
        }
    }

    /// <summary>All the elements, as a span over the shared memory itself (no copy). Valid until <see cref="Dispose"/>.</summary>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    public Span<T> AsSpan()
    {
        ThrowIfDisposed();
        return new Span<T>(_elements, Length);
    }

    /// <summary>The elements from <paramref name="start"/> on, <paramref name="length"/> of them, over the shared memory itself (Python's slice).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside the array.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    public Span<T> AsSpan(int start, int length)
    {
        if ((ulong)(uint)start + (uint)length > (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"The range [{start}, {start}+{length}) does not lie inside this SharedArray<{typeof(T).Name}> of {Length} elements.");
        }

        return AsSpan().Slice(start, length);
    }

    /// <summary>Copies the elements into a new array (Python's <c>array[:]</c>). Does not take the lock.</summary>
    public T[] ToArray() => AsSpan().ToArray();

    /// <summary>The array's lock (Python's <c>get_lock()</c>).</summary>
    /// <exception cref="InvalidOperationException">The array was created with <c>withLock: false</c>.</exception>
    public ProcessLock GetLock() =>
        _lock ?? throw new InvalidOperationException("This SharedArray was created with withLock: false and has no lock; create it with a lock, or use a ProcessLock of your own.");

    /// <summary>Acquires the array's lock until the returned scope is disposed: <c>using (array.EnterScope()) { array[0]++; }</c>.</summary>
    /// <exception cref="InvalidOperationException">The array was created with <c>withLock: false</c>.</exception>
    /// <exception cref="AbandonedLockException">The previous holder died holding the lock; it is now held by this process.</exception>
    public ProcessLock.Scope EnterScope() => GetLock().EnterScope();

    /// <summary>Closes this process's view of the array; the last process to close it frees its shared memory.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _lock?.Dispose();
            _block.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"SharedArray<{typeof(T).Name}>[{Length}]";

    private static int BlockSize(int length)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length of a SharedArray must be zero or more.");
        }

        long size = ElementsOffset + (long)length * sizeof(T);
        if (size > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"{length} elements of {sizeof(T)} bytes do not fit in one shared memory block (at most 2 GB).");
        }

        return (int)size;
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed != 0, this);
}
