using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MemoryPack;

namespace Multiprocessing.Wire;

/// <summary>
/// Writes and reads MemoryPack values as <see cref="MemoryPackSerializer"/> does, for every generic type the library
/// sends or receives (entry arguments and results, queue items, messages, pool tasks, proxy values), and names what
/// trimming must keep of such a type.
/// </summary>
/// <remarks>
/// <see cref="MemoryPackSerializer"/>'s <c>Deserialize&lt;T&gt;</c> marks <c>T</c> with
/// <c>[DynamicallyAccessedMembers(All)]</c>. Under NativeAOT that marks every member of an array or enum type argument as
/// reflected, among them <c>Array.CreateInstance</c> and <c>Enum.GetValues</c>, which need dynamic code (IL3050), and it
/// keeps far more than MemoryPack reflects over. Reading through <see cref="MemoryPackReader"/> directly gives the same
/// bytes and the same errors with the narrower <see cref="Members"/>.
/// </remarks>
internal static class WireSerializer
{
    /// <summary>
    /// What MemoryPack reflects over in a serialized type the first time it needs its formatter: it checks that the type
    /// implements <c>IMemoryPackFormatterRegister</c> and calls the type's explicit, hence private, static
    /// <c>RegisterFormatter</c> by name. Every generic parameter whose values travel between processes carries this.
    /// </summary>
    public const DynamicallyAccessedMemberTypes Members = DynamicallyAccessedMemberTypes.NonPublicMethods | DynamicallyAccessedMemberTypes.Interfaces;

    /// <summary>
    /// Writes <paramref name="value"/> as <see cref="MemoryPackSerializer"/> does, once the handle formatters are
    /// registered when the value can hold references: a socket nested in it then fails with the library's explanation
    /// in a child too (which registers only when it must; see <see cref="Sockets.HandleFormatters"/>), and a value
    /// without references is written as its raw bytes as before, without the formatter table.
    /// </summary>
    public static void Serialize<TBufferWriter, [DynamicallyAccessedMembers(Members)] T>(TBufferWriter writer, in T? value)
        where TBufferWriter : class, IBufferWriter<byte>
    {
        RegisterHandleFormattersFor<T>();
        MemoryPackSerializer.Serialize(writer, value);
    }

    /// <summary>Writes <paramref name="value"/> into a new array, as <see cref="Serialize{TBufferWriter, T}"/> does.</summary>
    public static byte[] Serialize<[DynamicallyAccessedMembers(Members)] T>(in T? value)
    {
        RegisterHandleFormattersFor<T>();
        return MemoryPackSerializer.Serialize(value);
    }

    private static void RegisterHandleFormattersFor<T>()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Sockets.HandleFormatters.EnsureRegistered();
        }
    }

    /// <summary>Reads one <typeparamref name="T"/> from the start of <paramref name="buffer"/>.</summary>
    public static T? Deserialize<[DynamicallyAccessedMembers(Members)] T>(ReadOnlySpan<byte> buffer)
    {
        T? value = default;
        Deserialize(buffer, ref value);
        return value;
    }

    /// <summary>Reads one <typeparamref name="T"/> from the start of <paramref name="buffer"/> into <paramref name="value"/>.</summary>
    /// <returns>The number of bytes the value took.</returns>
    public static int Deserialize<[DynamicallyAccessedMembers(Members)] T>(ReadOnlySpan<byte> buffer, ref T? value)
    {
        // The serializer writes a value without references as its raw bytes, with no formatter involved.
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            if (buffer.Length < Unsafe.SizeOf<T>())
            {
                MemoryPackSerializationException.ThrowInvalidRange(Unsafe.SizeOf<T>(), buffer.Length);
            }

            value = Unsafe.ReadUnaligned<T>(ref MemoryMarshal.GetReference(buffer));
            return Unsafe.SizeOf<T>();
        }

        using var state = MemoryPackReaderOptionalStatePool.Rent(null);
        var reader = new MemoryPackReader(buffer, state);
        try
        {
            if (Sockets.HandleFormatters.Direct<T>() is { } handleFormatter)
            {
                handleFormatter.Deserialize(ref reader, ref value);
            }
            else
            {
                Sockets.HandleFormatters.EnsureRegistered();
                reader.ReadValue(ref value);
            }

            return reader.Consumed;
        }
        finally
        {
            reader.Dispose();
        }
    }
}
