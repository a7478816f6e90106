using System.Collections.Concurrent;
using System.ComponentModel;

namespace Multiprocessing.Managers;

/// <summary>Creates an object of a <c>[Shared]</c> type from the constructor id and arguments in <paramref name="invocation"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate object SharedConstructor(SharedInvocation invocation);

/// <summary>Runs the member that <paramref name="invocation"/> names on <paramref name="target"/> and records its result.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ValueTask SharedDispatcher(object target, SharedInvocation invocation);

/// <summary>
/// The <c>[Shared]</c> types of every loaded assembly, registered by generated code from module initializers: the
/// closed set of types a manager's server can create and call. Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SharedTypeRegistry
{
    private static readonly ConcurrentDictionary<ulong, SharedTypeInfo> s_byId = new();
    private static readonly ConcurrentDictionary<Type, SharedTypeInfo> s_byType = new();

    /// <summary>Registers a <c>[Shared]</c> type under <paramref name="typeId"/>, a hash of its full name.</summary>
    /// <param name="typeId">The type's id, the same in every process that runs this build.</param>
    /// <param name="type">The type.</param>
    /// <param name="concurrentCalls">Whether calls on one object may overlap (see <see cref="SharedAttribute.ConcurrentCalls"/>).</param>
    /// <param name="create">Runs one of its public constructors.</param>
    /// <param name="dispatch">Runs one of its members.</param>
    public static void Register(ulong typeId, Type type, bool concurrentCalls, SharedConstructor create, SharedDispatcher dispatch)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(dispatch);
        var info = new SharedTypeInfo(typeId, type, concurrentCalls, create, dispatch);
        s_byId[typeId] = info;
        s_byType[type] = info;
    }

    /// <summary>The assemblies whose [Shared] types or entries this process knows: a server started from here loads them too.</summary>
    internal static string[] KnownAssemblies() =>
        s_byType.Keys.Select(type => type.Assembly.GetName().Name!)
            .Concat(Hosting.EntryRegistry.RegisteredAssemblies)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    internal static SharedTypeInfo? Find(ulong typeId) => s_byId.TryGetValue(typeId, out var info) ? info : null;

    internal static SharedTypeInfo Find(Type type) =>
        s_byType.TryGetValue(type, out var info)
            ? info
            : throw new InvalidOperationException($"{type.FullName} is not a [Shared] type of a loaded assembly: mark it [Shared] (its generated registration runs when its assembly loads).");
}

/// <summary>One registered <c>[Shared]</c> type.</summary>
internal sealed record SharedTypeInfo(ulong TypeId, Type Type, bool ConcurrentCalls, SharedConstructor Create, SharedDispatcher Dispatch);
