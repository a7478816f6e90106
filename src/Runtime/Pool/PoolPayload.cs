using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Multiprocessing.Hosting;
using Multiprocessing.Wire;

namespace Multiprocessing.Pool;

/// <summary>Builds the argument payload of a chunk of items.</summary>
internal static class PoolPayload
{
    private const int DefaultChunksPerWorker = 16;

    /// <summary>
    /// Whether MemoryPack writes a <typeparamref name="T"/> as its raw bytes (the numeric primitives, bool and char),
    /// so that a chunk of them is their memory copied as one block, and read back the same way.
    /// </summary>
    /// <remarks>
    /// Type tests only, no static field: the JIT folds them to a constant in every optimized instantiation, including
    /// the per-item paths marked <see cref="MethodImplOptions.AggressiveOptimization"/>, which never see a static
    /// readonly field as a constant (they are compiled before it is set).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlittable<T>() =>
        typeof(T) == typeof(int) || typeof(T) == typeof(long) || typeof(T) == typeof(double) || typeof(T) == typeof(float)
        || typeof(T) == typeof(uint) || typeof(T) == typeof(ulong) || typeof(T) == typeof(short) || typeof(T) == typeof(ushort)
        || typeof(T) == typeof(byte) || typeof(T) == typeof(sbyte) || typeof(T) == typeof(bool) || typeof(T) == typeof(char);

    public static ReadOnlyMemory<byte> WriteChunk<T>(ReadOnlySpan<T> items, Action<PoolArgumentWriter, T> write)
    {
        if (IsBlittable<T>())
        {
            return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, byte>(ref MemoryMarshal.GetReference(items)), items.Length * Unsafe.SizeOf<T>()).ToArray();
        }

        var arguments = new PoolArgumentWriter(capacity: Math.Max(256, items.Length * 8));
        foreach (var item in items)
        {
            write(arguments, item);
        }

        return arguments.WrittenMemory;
    }

    /// <summary>
    /// Reads results written back to back, one into each element of <paramref name="destination"/>; numbers are
    /// copied as one block. A chunk of a <c>Map</c> is read straight into its place in the call's result array.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes do not hold exactly that many results.</exception>
    public static void ReadResults<[DynamicallyAccessedMembers(WireSerializer.Members)] TResult>(ReadOnlySpan<byte> results, Span<TResult> destination)
    {
        if (IsBlittable<TResult>())
        {
            if (results.Length != destination.Length * Unsafe.SizeOf<TResult>())
            {
                throw new InvalidDataException($"expected {destination.Length} results, got {results.Length} bytes");
            }

            results.CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.As<TResult, byte>(ref MemoryMarshal.GetReference(destination)), results.Length));
            return;
        }

        int offset = 0;
        for (int i = 0; i < destination.Length; i++)
        {
            offset += WireSerializer.Deserialize(results[offset..], ref destination[i]!);
        }

        if (offset != results.Length)
        {
            throw new InvalidDataException($"{results.Length - offset} bytes follow the last of {destination.Length} results");
        }
    }

    /// <summary>The items as one span: an array or list is used as is, anything else is enumerated into an array once.</summary>
    public static ReadOnlySpan<T> Materialize<T>(IEnumerable<T> items, out T[]? copy)
    {
        copy = null;
        switch (items)
        {
            case T[] array:
                return array;
            case List<T> list:
                return CollectionsMarshal.AsSpan(list);
            default:
                copy = [.. items];
                return copy;
        }
    }

    /// <summary>
    /// The chunk size of a <c>Map</c> that names none: about sixteen chunks per worker (Python uses four). Small
    /// chunks keep every worker busy: the first chunk reaches its worker sooner, a worker runs one chunk while the
    /// next is on its way and the last one's results are read, and the worker that finishes last is at most one
    /// small chunk behind. Each chunk costs one message each way, which is little next to sixteen of them per worker.
    /// </summary>
    public static int DefaultChunkSize(int count, int processes)
    {
        int chunkSize = Math.DivRem(count, processes * DefaultChunksPerWorker, out int extra);
        return extra > 0 ? chunkSize + 1 : Math.Max(chunkSize, 1);
    }

    public static void ThrowIfBadChunkSize(int chunkSize)
    {
        if (chunkSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(chunkSize), chunkSize, "The chunk size must be at least 1.");
        }
    }
}

