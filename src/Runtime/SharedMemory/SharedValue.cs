using System.Runtime.CompilerServices;
using MemoryPack;

namespace Multiprocessing;

/// <summary>
/// One <typeparamref name="T"/> in shared memory, with a <see cref="ProcessLock"/> of its own unless created raw:
/// Python's <c>multiprocessing.Value</c> (and <c>RawValue</c> with <c>lock: false</c>). Pass it to a
/// <see cref="ProcessEntryAttribute">[ProcessEntry]</see> and the child sees the same value.
/// </summary>
/// <remarks>
/// <para>Reading or writing <see cref="Value"/> does not take the lock (unlike Python, whose lock is re-entrant): a
/// read or a write of a <typeparamref name="T"/> of up to 8 bytes is atomic by itself, but a read-modify-write such as
/// <c>value.Value++</c> is not. Hold the lock around it:
/// <c>using (counter.EnterScope()) { counter.Value++; }</c>.</para>
/// <para>The value and its lock share one <see cref="SharedMemory"/> block; the last process to dispose it frees it.</para>
/// </remarks>
/// <typeparam name="T">An unmanaged type: a primitive, an enum, or a struct of those.</typeparam>
[MemoryPackable]
public sealed unsafe partial class SharedValue<T> : IDisposable
    where T : unmanaged
{
    // The lock word sits first; the value after it, aligned for any primitive or vector.
    private const int ValueOffset = 16;

    private readonly SharedMemory _block;
    private readonly ProcessLock? _lock;
    private readonly T* _value;

    /// <summary>Creates a value in a new shared memory block, with a lock unless <paramref name="withLock"/> is false.</summary>
    /// <param name="initialValue">The value to start with.</param>
    /// <param name="withLock">Whether the value gets a <see cref="ProcessLock"/> (Python's <c>lock=True</c>, the default).</param>
    public SharedValue(T initialValue = default, bool withLock = true)
        : this(SharedMemory.Create(ValueOffset + sizeof(T)), withLock)
    {
        *_value = initialValue;
    }

    /// <summary>Attaches to the value in the block <paramref name="blockName"/> (deserialization in a child).</summary>
    [MemoryPackConstructor]
    private SharedValue(string blockName, bool hasLock)
        : this(SharedMemory.Attach(blockName, ValueOffset + sizeof(T)), hasLock)
    {
    }

    private SharedValue(SharedMemory block, bool withLock)
    {
        _block = block;
        _lock = withLock ? new ProcessLock(block, 0, ownsBlock: false) : null;
        _value = (T*)(block.Address + ValueOffset);
    }

    /// <summary>The name of the shared memory block that holds the value.</summary>
    [MemoryPackInclude]
    internal string BlockName => _block.Name;

    /// <summary>Whether the value has a lock (false for a raw value).</summary>
    [MemoryPackInclude]
    public bool HasLock => _lock is not null;

    /// <summary>The value (Python's <c>.value</c>). Does not take the lock; see the remarks.</summary>
    [MemoryPackIgnore]
    public T Value
    {
        get
        {
            _block.ThrowIfDisposed();
            return *_value;
        }

        set
        {
            _block.ThrowIfDisposed();
            *_value = value;
        }
    }

    /// <summary>A reference to the value in shared memory, to change it in place or pass it to <see cref="Interlocked"/>.</summary>
    public ref T GetReference()
    {
        _block.ThrowIfDisposed();
        return ref Unsafe.AsRef<T>(_value);
    }

    /// <summary>The value's lock (Python's <c>get_lock()</c>).</summary>
    /// <exception cref="InvalidOperationException">The value was created with <c>withLock: false</c>.</exception>
    public ProcessLock GetLock() =>
        _lock ?? throw new InvalidOperationException("This SharedValue was created with withLock: false and has no lock; create it with a lock, or use a ProcessLock of your own.");

    /// <summary>Acquires the value's lock until the returned scope is disposed: <c>using (value.EnterScope()) { value.Value++; }</c>.</summary>
    /// <exception cref="InvalidOperationException">The value was created with <c>withLock: false</c>.</exception>
    /// <exception cref="AbandonedLockException">The previous holder died holding the lock; it is now held by this process.</exception>
    public ProcessLock.Scope EnterScope() => GetLock().EnterScope();

    /// <summary>Closes this process's view of the value; the last process to close it frees its shared memory.</summary>
    public void Dispose()
    {
        _lock?.Dispose();
        _block.Dispose();
    }

    /// <inheritdoc/>
    public override string ToString() => $"SharedValue<{typeof(T).Name}>({Value})";
}
