using System.Text;

namespace Multiprocessing.Managers;

/// <summary>
/// Names of types and calls as users read them: <c>ListProxy&lt;int&gt;</c> rather than <c>ListProxy`1[[System.Int32,
/// ...]]</c>, and <c>ListProxy.Append</c> rather than the server type behind it. A collection in the server records its
/// proxy's name when it is created, so that finding it by name with other type arguments fails clearly (its items are
/// bytes the server cannot check); the names are the same in every process of any build.
/// </summary>
internal static class ProxyTypeNames
{
    /// <summary>The server types of the built-in proxies, with the proxy names users know them by.</summary>
    private static readonly (Type Server, string Proxy)[] s_builtIns =
    [
        (typeof(ManagerList), "ListProxy"),
        (typeof(ManagerDictionary), "DictionaryProxy"),
        (typeof(ManagerQueueCore), "QueueProxy"),
        (typeof(ManagerValueCore), "ValueProxy"),
        (typeof(ManagerRLockCore), nameof(RLockProxy)),
        (typeof(ManagerSemaphoreCore), nameof(SemaphoreProxy)),
        (typeof(ManagerConditionCore), nameof(ConditionProxy)),
        (typeof(ManagerBarrierCore), nameof(BarrierProxy)),
    ];

    /// <summary>A type as C# writes it: keywords for the built-in types, namespaces (but not this library's), type arguments in angle brackets.</summary>
    public static string Of(Type type)
    {
        var name = new StringBuilder();
        Append(name, type);
        return name.ToString();
    }

    /// <summary>
    /// What a proxy of the server type <paramref name="server"/> is called: the built-in proxy's name (without type
    /// arguments, which the server does not know), or <c>Proxy&lt;T&gt;</c> for a <c>[Shared]</c> class.
    /// </summary>
    public static string ProxyOf(Type server)
    {
        foreach (var (builtIn, proxy) in s_builtIns)
        {
            if (builtIn == server)
            {
                return proxy;
            }
        }

        return $"Proxy<{Of(server)}>";
    }

    /// <summary>
    /// A call's display name with a built-in server type replaced by its proxy's name and the serialized parameter
    /// list left out (<c>ManagerList.Append(byte[])</c> becomes <c>ListProxy.Append</c>); other names unchanged.
    /// </summary>
    public static string ForUser(string callName)
    {
        foreach (var (builtIn, proxy) in s_builtIns)
        {
            if (callName.StartsWith(builtIn.Name + ".", StringComparison.Ordinal))
            {
                string member = callName[(builtIn.Name.Length + 1)..];
                int parameters = member.IndexOf('(', StringComparison.Ordinal);
                return proxy + "." + (parameters < 0 ? member : member[..parameters]);
            }
        }

        return callName;
    }

    private static void Append(StringBuilder name, Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Append(name, underlying);
            name.Append('?');
            return;
        }

        if (type.IsArray)
        {
            Append(name, type.GetElementType()!);
            name.Append('[').Append(',', type.GetArrayRank() - 1).Append(']');
            return;
        }

        if (Keyword(type) is { } keyword)
        {
            name.Append(keyword);
            return;
        }

        if (type.IsNested && !type.IsGenericParameter)
        {
            Append(name, type.DeclaringType!);
            name.Append('.');
        }
        else if (!string.IsNullOrEmpty(type.Namespace) && type.Namespace != nameof(Multiprocessing))
        {
            name.Append(type.Namespace).Append('.');
        }

        int tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        name.Append(tick < 0 ? type.Name : type.Name[..tick]);
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            name.Append('<');
            var arguments = type.GetGenericArguments();
            for (int i = 0; i < arguments.Length; i++)
            {
                name.Append(i == 0 ? string.Empty : ", ");
                Append(name, arguments[i]);
            }

            name.Append('>');
        }
    }

    private static string? Keyword(Type type) => type.IsEnum ? null : Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean => "bool",
        TypeCode.Byte => "byte",
        TypeCode.SByte => "sbyte",
        TypeCode.Char => "char",
        TypeCode.Int16 => "short",
        TypeCode.UInt16 => "ushort",
        TypeCode.Int32 => "int",
        TypeCode.UInt32 => "uint",
        TypeCode.Int64 => "long",
        TypeCode.UInt64 => "ulong",
        TypeCode.Single => "float",
        TypeCode.Double => "double",
        TypeCode.Decimal => "decimal",
        TypeCode.String => "string",
        _ => type == typeof(object) ? "object" : null,
    };
}
