using System.Collections.Concurrent;

namespace Multiprocessing.Managers;

/// <summary>What a proxy names: an object in a server's table and the id of its type.</summary>
internal readonly record struct SharedObjectHandle(ulong ObjectId, ulong TypeId);

/// <summary>
/// The objects a manager's server holds, by id, each with its type's dispatcher and, unless its type allows
/// concurrent calls, the gate that runs its calls one at a time. Objects live until the server shuts down.
/// </summary>
internal sealed class SharedObjectTable
{
    private readonly ConcurrentDictionary<ulong, SharedObjectEntry> _objects = new();
    private readonly ConcurrentDictionary<string, SharedObjectHandle> _names = new(StringComparer.Ordinal);
    private long _nextId;

    public SharedObjectHandle Add(object value)
    {
        var type = SharedTypeRegistry.Find(value.GetType());
        ulong id = (ulong)Interlocked.Increment(ref _nextId);
        _objects[id] = new SharedObjectEntry(value, type, type.ConcurrentCalls ? null : new SemaphoreSlim(1, 1));
        return new SharedObjectHandle(id, type.TypeId);
    }

    public SharedObjectEntry Get(ulong objectId) =>
        _objects.TryGetValue(objectId, out var entry)
            ? entry
            : throw new ManagerRequestException($"The server holds no object with id {objectId}.");

    /// <summary>Gives the object <paramref name="objectId"/> the name <paramref name="name"/> (Python's registered callables that return one object).</summary>
    public void Publish(string name, ulong objectId)
    {
        var entry = Get(objectId);
        _names[name] = new SharedObjectHandle(objectId, entry.Type.TypeId);
    }

    public SharedObjectHandle Find(string name) =>
        _names.TryGetValue(name, out var handle)
            ? handle
            : throw new ManagerRequestException($"The server has no object named '{name}'.");
}

/// <summary>An object in the table.</summary>
internal sealed record SharedObjectEntry(object Value, SharedTypeInfo Type, SemaphoreSlim? Gate);
