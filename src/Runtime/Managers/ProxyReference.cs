using MemoryPack;

namespace Multiprocessing.Managers;

/// <summary>
/// What a proxy is made of when it crosses to another process: the server's address and key, and the object's id
/// and type id. A child that receives a proxy as a <see cref="ProcessEntryAttribute">[ProcessEntry]</see> argument
/// connects to the same server with it.
/// </summary>
[MemoryPackable]
internal readonly partial record struct ProxyReference(string Address, byte[] AuthKey, ulong ObjectId, ulong TypeId);
