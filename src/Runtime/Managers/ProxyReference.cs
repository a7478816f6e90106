using MemoryPack;

namespace Multiprocessing.Managers;

/// <summary>
/// What a proxy is made of when it crosses to another process: the server's address and key, and the object's id
/// and type id. A child that receives a proxy as a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> argument
/// connects to the same server with it. The key is left out (null) when it is the family's own
/// (<see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>), which every child inherits anyway.
/// </summary>
[MemoryPackable]
internal readonly partial record struct ProxyReference(string Address, byte[]? AuthKey, ulong ObjectId, ulong TypeId)
{
    public static ProxyReference For(ManagerClient client, ulong objectId, ulong typeId) =>
        new(client.Address, client.Key.AsSpan().SequenceEqual(ProcessContext.Current.AuthKey) ? null : client.Key, objectId, typeId);

    public byte[] Key => AuthKey ?? ProcessContext.Current.AuthKey;
}
