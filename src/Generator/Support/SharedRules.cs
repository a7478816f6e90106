using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Multiprocessing.Generator.Support
{
    /// <summary>Why a class marked <c>[Shared]</c> cannot be served by a manager.</summary>
    internal enum SharedTypeProblem
    {
        None,
        Generic,
        Static,
        Abstract,

        /// <summary>Private, protected, file-local, or nested in such a type: generated code elsewhere cannot name it.</summary>
        NotAccessible,

        /// <summary>Nested in a generic type, whose type arguments generated code cannot know.</summary>
        InGenericType,
    }

    /// <summary>Why a public member of a <c>[Shared]</c> class cannot be called through its proxy.</summary>
    internal enum SharedMemberProblem
    {
        None,

        /// <summary>A ref, out or in parameter, or a ref return: the caller's variable is in another process.</summary>
        ByReference,

        /// <summary>An event: a handler is code in the caller's process, which the server cannot call.</summary>
        Event,

        /// <summary>An indexer: an extension member cannot be one.</summary>
        Indexer,

        /// <summary>A generic method: the server's dispatcher is a switch compiled for concrete types.</summary>
        Generic,

        /// <summary>A pointer, function pointer or ref struct (such as <c>Span&lt;T&gt;</c>): memory of one process.</summary>
        PointerOrRefStruct,

        /// <summary>A member named like a member of the proxy itself, which would win over the generated one.</summary>
        HiddenByProxy,

        /// <summary>A CancellationToken that is not the last parameter of an asynchronous method.</summary>
        MisplacedCancellationToken,
    }

    /// <summary>
    /// The rules of <c>[Shared]</c> classes and of the members their proxies get. The generator skips what breaks a rule
    /// (it stays silent) and the analyzer, which compiles this same file, reports which rule and where.
    /// </summary>
    internal static class SharedRules
    {
        /// <summary>The names <c>BaseProxy</c> and <c>object</c> already give every proxy.</summary>
        private static readonly HashSet<string> ProxyMemberNames = new HashSet<string>
        {
            "Address", "ObjectId", "StartCall", "Invoke", "InvokeShared", "InvokeAsync", "InvokeSharedAsync",
            "ToString", "Equals", "GetHashCode", "GetType",
        };

        public static bool IsShared(ITypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: KnownNames.SharedAttributeName } attributeClass && attributeClass.ToDisplayString() == KnownNames.SharedAttribute)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool AllowsConcurrentCalls(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() != KnownNames.SharedAttribute)
                {
                    continue;
                }

                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == KnownNames.ConcurrentCallsProperty && argument.Value.Value is bool concurrent)
                    {
                        return concurrent;
                    }
                }
            }

            return false;
        }

        public static SharedTypeProblem CheckType(INamedTypeSymbol type)
        {
            if (type.IsStatic)
            {
                return SharedTypeProblem.Static;
            }

            if (type.IsAbstract)
            {
                return SharedTypeProblem.Abstract;
            }

            if (type.IsGenericType && type.TypeParameters.Length > 0)
            {
                return SharedTypeProblem.Generic;
            }

            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (!SymbolEqualityComparer.Default.Equals(current, type) && current.IsGenericType)
                {
                    return SharedTypeProblem.InGenericType;
                }

                if (current.IsFileLocal || current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
                {
                    return SharedTypeProblem.NotAccessible;
                }
            }

            return SharedTypeProblem.None;
        }

        /// <summary>Whether every enclosing type and the type itself are public, so its proxy members can be public too.</summary>
        public static bool IsPublic(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility != Accessibility.Public)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The public instance methods, properties and events a proxy should forward, most derived first: the class's
        /// own and those it inherits (not <c>object</c>'s, nor overrides of them). Overridden members appear once.
        /// </summary>
        public static List<ISymbol> Members(INamedTypeSymbol type)
        {
            var members = new List<ISymbol>();
            var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared || overridden.Contains(member))
                    {
                        continue;
                    }

                    switch (member)
                    {
                        case IMethodSymbol method when method.MethodKind == MethodKind.Ordinary && !OverridesObject(method):
                            members.Add(method);
                            if (method.OverriddenMethod is { } baseMethod)
                            {
                                overridden.Add(baseMethod);
                            }

                            break;
                        case IPropertySymbol property:
                            members.Add(property);
                            if (property.OverriddenProperty is { } baseProperty)
                            {
                                overridden.Add(baseProperty);
                            }

                            break;
                        case IEventSymbol:
                            members.Add(member);
                            break;
                    }
                }
            }

            return members;
        }

        /// <summary>The public constructors, each a <c>Create&lt;Name&gt;</c> method on the manager.</summary>
        public static IEnumerable<IMethodSymbol> Constructors(INamedTypeSymbol type)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                if (constructor.DeclaredAccessibility == Accessibility.Public)
                {
                    yield return constructor;
                }
            }
        }

        public static SharedMemberProblem CheckMember(ISymbol member)
        {
            if (ProxyMemberNames.Contains(member.Name))
            {
                return SharedMemberProblem.HiddenByProxy;
            }

            switch (member)
            {
                case IEventSymbol:
                    return SharedMemberProblem.Event;
                case IPropertySymbol property:
                    if (property.IsIndexer)
                    {
                        return SharedMemberProblem.Indexer;
                    }

                    if (property.ReturnsByRef || property.ReturnsByRefReadonly)
                    {
                        return SharedMemberProblem.ByReference;
                    }

                    return IsPointerOrRefStruct(property.Type) ? SharedMemberProblem.PointerOrRefStruct : SharedMemberProblem.None;
                case IMethodSymbol method:
                    if (method.IsGenericMethod)
                    {
                        return SharedMemberProblem.Generic;
                    }

                    if (method.ReturnsByRef || method.ReturnsByRefReadonly)
                    {
                        return SharedMemberProblem.ByReference;
                    }

                    if (IsPointerOrRefStruct(method.ReturnType))
                    {
                        return SharedMemberProblem.PointerOrRefStruct;
                    }

                    return CheckParameters(method, IsAsync(method.ReturnType));
                default:
                    return SharedMemberProblem.None;
            }
        }

        /// <summary>The rules a constructor's parameters follow: those of a synchronous method's.</summary>
        public static SharedMemberProblem CheckConstructor(IMethodSymbol constructor) => CheckParameters(constructor, isAsync: false);

        public static bool IsPointerOrRefStruct(ITypeSymbol type) =>
            type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer || type.IsRefLikeType;

        /// <summary>Task, ValueTask and their generic forms.</summary>
        public static bool IsAsync(ITypeSymbol type) =>
            type is INamedTypeSymbol named
            && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"
            && named.MetadataName is "Task" or "ValueTask" or "Task`1" or "ValueTask`1";

        private static SharedMemberProblem CheckParameters(IMethodSymbol method, bool isAsync)
        {
            for (int i = 0; i < method.Parameters.Length; i++)
            {
                var parameter = method.Parameters[i];
                if (parameter.RefKind != RefKind.None)
                {
                    return SharedMemberProblem.ByReference;
                }

                if (IsPointerOrRefStruct(parameter.Type))
                {
                    return SharedMemberProblem.PointerOrRefStruct;
                }

                if (EntryRules.IsCancellationToken(parameter.Type) && (!isAsync || i != method.Parameters.Length - 1))
                {
                    return SharedMemberProblem.MisplacedCancellationToken;
                }
            }

            return SharedMemberProblem.None;
        }

        private static bool OverridesObject(IMethodSymbol method)
        {
            for (var current = method.OverriddenMethod; current is not null; current = current.OverriddenMethod)
            {
                if (current.ContainingType.SpecialType == SpecialType.System_Object)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
