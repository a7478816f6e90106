using System.Diagnostics.CodeAnalysis;
using MemoryPack;
using Multiprocessing.Managers;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// One value that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Value(typecode, value)</c>): reading
/// and writing <see cref="Value"/> are one round trip each. A read-modify-write (<c>v.Value += 1</c>) is two calls:
/// hold a <see cref="Manager.Lock"/> around it. Create one with <see cref="Manager.Value{T}"/>.
/// </summary>
/// <typeparam name="T">The value's type: anything MemoryPack serializes.</typeparam>
[MemoryPackable]
public sealed partial class ValueProxy<[DynamicallyAccessedMembers(WireSerializer.Members)] T> : BaseProxy
{
    private readonly Proxy<ManagerValueCore> _value;

    internal ValueProxy(Proxy<ManagerValueCore> value)
        : base(value) => _value = value;

    [MemoryPackConstructor]
    private ValueProxy(ProxyReference reference)
        : base(reference) => _value = As<ManagerValueCore>();

    /// <summary>The value (Python's <c>value</c>, <c>get()</c> and <c>set()</c>): one round trip to read, one to write.</summary>
    [MemoryPackIgnore]
    public T Value
    {
        get => WireSerializer.Deserialize<T>(_value.Value)!;
        set => _value.Value = WireSerializer.Serialize(value);
    }

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <inheritdoc/>
    public override string ToString() => $"{ProxyTypeNames.Of(typeof(ValueProxy<T>))}(object {ObjectId} at {Address})";
}
