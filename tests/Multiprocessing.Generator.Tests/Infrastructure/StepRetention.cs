using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Multiprocessing.Generator.Tests.Infrastructure;

/// <summary>
/// Walks a pipeline value's object graph (every instance field, recursively, and the elements of arrays) and reports
/// the first Roslyn object that would keep a compilation alive or defeat caching: a compilation, a symbol, a syntax
/// node or tree, a semantic model or a location.
/// </summary>
internal static class StepRetention
{
    private static readonly Type[] Forbidden =
    [
        typeof(Compilation),
        typeof(ISymbol),
        typeof(SyntaxNode),
        typeof(SyntaxTree),
        typeof(SemanticModel),
        typeof(Location),
    ];

    /// <summary>The path to the first forbidden object reachable from <paramref name="root"/>, or null when there is none.</summary>
    public static string? FindForbidden(object? root, string rootName)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        if (root is not null)
        {
            pending.Push((root, rootName));
        }

        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            var type = value.GetType();
            if (Forbidden.FirstOrDefault(forbidden => forbidden.IsAssignableFrom(type)) is { } match)
            {
                return $"{path} is a {type.FullName} (a {match.Name})";
            }

            if (IsLeaf(type) || !visited.Add(value))
            {
                continue;
            }

            if (value is Array array)
            {
                int index = 0;
                foreach (object? element in array)
                {
                    if (element is not null)
                    {
                        pending.Push((element, $"{path}[{index}]"));
                    }

                    index++;
                }

                continue;
            }

            for (var declaring = type; declaring is not null; declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike && field.GetValue(value) is { } fieldValue)
                    {
                        pending.Push((fieldValue, $"{path}.{field.Name}"));
                    }
                }
            }
        }

        return null;
    }

    // Reflection objects (a delegate's method, a type) hold no user state and have enormous graphs of their own.
    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || typeof(MemberInfo).IsAssignableFrom(type);
}
