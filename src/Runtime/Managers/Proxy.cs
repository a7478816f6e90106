using MemoryPack;
using Multiprocessing.Managers;

namespace Multiprocessing;

/// <summary>
/// A proxy of a <typeparamref name="T"/> marked <see cref="SharedAttribute">[Shared]</see> that lives in a
/// <see cref="Manager"/>'s server (Python's <c>AutoProxy</c>). The generator gives it <typeparamref name="T"/>'s public
/// methods and properties as extension members: <c>account.Deposit(10)</c> runs <c>Deposit</c> on the server's object.
/// </summary>
/// <typeparam name="T">The <c>[Shared]</c> class.</typeparam>
[MemoryPackable]
public sealed partial class Proxy<T> : BaseProxy
    where T : class
{
    internal Proxy(ManagerClient client, ulong objectId, ulong typeId)
        : base(client, objectId, typeId)
    {
    }

    [MemoryPackConstructor]
    private Proxy(ProxyReference reference)
        : base(reference)
    {
    }

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;
}
