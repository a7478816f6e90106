using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Managers;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// Named values that live in a <see cref="Manager"/>'s server (Python's <c>manager.Namespace()</c>, whose attributes
/// are <c>ns.x = 1</c>): <c>ns.Set("x", 1)</c>, <c>ns.Get&lt;int&gt;("x")</c>, each one round trip. Create one with
/// <see cref="Manager.Namespace"/>. For a namespace whose names and types are checked at compile time, mark a class
/// with properties <see cref="SharedAttribute">[Shared]</see>: its proxy's properties are the typed namespace.
/// </summary>
[MemoryPackable]
public sealed partial class NamespaceProxy : BaseProxy
{
    private readonly Proxy<ManagerDictionary> _values;

    internal NamespaceProxy(Proxy<ManagerDictionary> values)
        : base(values) => _values = values;

    [MemoryPackConstructor]
    private NamespaceProxy(ProxyReference reference)
        : base(reference) => _values = As<ManagerDictionary>();

    /// <summary>The names that have values, fetched in one round trip.</summary>
    [MemoryPackIgnore]
    public IReadOnlyList<string> Names => [.. _values.Keys().Select(bytes => WireSerializer.Deserialize<string>(bytes)!)];

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <summary>Gives <paramref name="name"/> the value <paramref name="value"/> (Python's <c>ns.name = value</c>).</summary>
    /// <typeparam name="T">The value's type; read it back as the same type.</typeparam>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void Set<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(string name, T value)
    {
        // The value's type name goes first: the server keeps bytes, and reading them as another type must fail clearly.
        var stored = new ArrayBufferWriter<byte>();
        WireSerializer.Serialize(stored, ProxyTypeNames.Of(typeof(T)));
        WireSerializer.Serialize(stored, value);
        _values.Set(Key(name), stored.WrittenSpan.ToArray());
    }

    /// <summary>The value of <paramref name="name"/> (Python's <c>ns.name</c>).</summary>
    /// <typeparam name="T">The type it was set as.</typeparam>
    /// <param name="name">The name.</param>
    /// <exception cref="KeyNotFoundException">The name has no value (Python raises AttributeError).</exception>
    /// <exception cref="InvalidCastException">The value was set as another type.</exception>
    public T Get<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(string name) =>
        TryGet(name, out T? value) ? value! : throw new KeyNotFoundException($"The manager's namespace has no value named '{name}'.");

    /// <summary>The value of <paramref name="name"/>, if it has one.</summary>
    /// <typeparam name="T">The type it was set as.</typeparam>
    /// <param name="name">The name.</param>
    /// <param name="value">The value, or the default.</param>
    /// <exception cref="InvalidCastException">The value was set as another type.</exception>
    public bool TryGet<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(string name, [MaybeNullWhen(false)] out T value)
    {
        var bytes = _values.Find(Key(name));
        if (bytes is null)
        {
            value = default;
            return false;
        }

        string? stored = null;
        int offset = MemoryPackSerializer.Deserialize(bytes, ref stored);
        string wanted = ProxyTypeNames.Of(typeof(T));
        if (stored != wanted)
        {
            throw new InvalidCastException($"The manager's namespace holds '{name}' as {stored}, not as {wanted}: read it as the type it was set as.");
        }

        value = WireSerializer.Deserialize<T>(bytes.AsSpan(offset))!;
        return true;
    }

    /// <summary>Removes <paramref name="name"/> (Python's <c>del ns.name</c>); whether it had a value.</summary>
    /// <param name="name">The name.</param>
    public bool Remove(string name) => _values.Remove(Key(name));

    private static byte[] Key(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return WireSerializer.Serialize(name);
    }
}
