using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Multiprocessing.Hosting;

namespace Multiprocessing.Pool;

/// <summary>Builds the argument payload of a chunk of items.</summary>
internal static class PoolPayload
{
    /// <summary>
    /// Whether MemoryPack writes a <typeparamref name="T"/> as its raw bytes (the numeric primitives, bool and char),
    /// so that a chunk of them is their memory copied as one block, and read back the same way.
    /// </summary>
    public static bool IsBlittable<T>() => Blittable<T>.Value;

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

    /// <summary>Python's default for <c>map</c>: about four chunks per worker.</summary>
    public static int DefaultChunkSize(int count, int processes)
    {
        int chunkSize = Math.DivRem(count, processes * 4, out int extra);
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

/// <summary>Whether <typeparamref name="T"/> is blittable, computed once: a constant for the JIT in each value-type instantiation.</summary>
file static class Blittable<T>
{
    public static readonly bool Value = typeof(T).IsPrimitive && typeof(T) != typeof(nint) && typeof(T) != typeof(nuint);
}
