using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Multiprocessing.Analyzers.Serialization
{
    /// <summary>
    /// Decides whether MemoryPack can serialize a type, the way its formatter provider and source generator do:
    /// unmanaged structs and the well-known types and collections directly, <c>[MemoryPackable]</c> types through
    /// their serialized members. Built once per compilation; safe to call from concurrent callbacks.
    /// </summary>
    internal sealed class SerializabilityChecker
    {
        // MemoryPack has formatters for arrays of rank 1 to 4.
        private const int MaxArrayRank = 4;

        // MemoryPack.GenerateType values, as the attribute's constructor argument carries them.
        private const int GenerateTypeCollection = 3;
        private const int GenerateTypeNoGenerate = 4;

        private readonly RuntimeSymbols _runtime;
        private readonly WellKnownSerializableTypes _wellKnown;
        private readonly INamedTypeSymbol? _packable;
        private readonly INamedTypeSymbol? _packableInterface;
        private readonly INamedTypeSymbol? _ignore;
        private readonly INamedTypeSymbol? _include;
        private readonly INamedTypeSymbol? _allowSerialize;
        private readonly INamedTypeSymbol? _union;
        private readonly INamedTypeSymbol? _customFormatter;
        private readonly INamedTypeSymbol? _customFormatterWithType;

        public SerializabilityChecker(Compilation compilation, RuntimeSymbols runtime)
        {
            _runtime = runtime;
            _wellKnown = new WellKnownSerializableTypes(compilation);
            _packable = compilation.GetTypeByMetadataName("MemoryPack.MemoryPackableAttribute");
            _packableInterface = compilation.GetTypeByMetadataName("MemoryPack.IMemoryPackable`1");
            _ignore = compilation.GetTypeByMetadataName("MemoryPack.MemoryPackIgnoreAttribute");
            _include = compilation.GetTypeByMetadataName("MemoryPack.MemoryPackIncludeAttribute");
            _allowSerialize = compilation.GetTypeByMetadataName("MemoryPack.MemoryPackAllowSerializeAttribute");
            _union = compilation.GetTypeByMetadataName("MemoryPack.MemoryPackUnionAttribute");
            _customFormatter = compilation.GetTypeByMetadataName("MemoryPack.MemoryPackCustomFormatterAttribute`1");
            _customFormatterWithType = compilation.GetTypeByMetadataName("MemoryPack.MemoryPackCustomFormatterAttribute`2");
        }

        /// <summary>The first part of <paramref name="type"/> that cannot be serialized, or null when all of it can.</summary>
        public SerializationProblem? FindProblem(ITypeSymbol type) =>
            FindProblem(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

        /// <summary>
        /// An operating-system handle directly in a result type (the type itself, an array's element, a generic
        /// argument): a child can receive one when it starts but has no way to send one back. A handle deeper inside a
        /// <c>[MemoryPackable]</c> result is refused at run time instead, with the same explanation.
        /// </summary>
        public SerializationProblem? FindHandleInResult(ITypeSymbol type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return FindHandleInResult(array.ElementType);
                case INamedTypeSymbol named when _wellKnown.IsHandle(named):
                    return new SerializationProblem(type, "an operating-system handle, which can be passed to a process being started but not sent back");
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        if (FindHandleInResult(argument) is { } problem)
                        {
                            return problem;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private SerializationProblem? FindProblem(ITypeSymbol type, HashSet<ITypeSymbol> visited)
        {
            switch (type)
            {
                case IErrorTypeSymbol:
                    // The compiler already reports it; a second error about the same type helps nobody.
                    return null;
                case IArrayTypeSymbol array:
                    return array.Rank > MaxArrayRank
                        ? new SerializationProblem(type, "an array of rank above " + MaxArrayRank)
                        : FindProblem(array.ElementType, visited);
                case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                    return new SerializationProblem(type, "a pointer, which is an address in this process only");
                case IDynamicTypeSymbol:
                    return new SerializationProblem(type, "its run-time type is unknown");
                case ITypeParameterSymbol:
                    return new SerializationProblem(type, "a type parameter");
                case INamedTypeSymbol named:
                    return FindProblem(named, visited);
                default:
                    return new SerializationProblem(type, "not a supported type");
            }
        }

        private SerializationProblem? FindProblem(INamedTypeSymbol type, HashSet<ITypeSymbol> visited)
        {
            if (type.SpecialType == SpecialType.System_Object)
            {
                return new SerializationProblem(type, "its run-time type is unknown");
            }

            if (type.TypeKind == TypeKind.Delegate)
            {
                return new SerializationProblem(type, "a delegate, which is code and captured state of this process");
            }

            if (type.IsRefLikeType)
            {
                return new SerializationProblem(type, "a ref struct, which cannot leave the stack");
            }

            if (_runtime.IsTask(type))
            {
                return new SerializationProblem(type, "a task, which only means something in the process running it");
            }

            if (type.IsUnmanagedType || _wellKnown.IsSerializable(type) || _wellKnown.IsHandle(type))
            {
                return null;
            }

            // A queue or a proxy crosses as a name; its items cross later, one by one, and must be serializable too.
            if (_runtime.FindItemCarrier(type) is { } carrier && FindItemProblem(carrier) is { } itemProblem)
            {
                return itemProblem;
            }

            if (IsPackable(type))
            {
                // Seen before on this path (a recursive type) or already checked elsewhere in the same signature.
                return visited.Add(type) ? FindPackableProblem(type, visited) : null;
            }

            if (_wellKnown.IsSerializableGeneric(type))
            {
                foreach (var argument in type.TypeArguments)
                {
                    if (FindProblem(argument, visited) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            }

            return new SerializationProblem(type, type.TypeKind switch
            {
                TypeKind.Interface => "an interface other than the supported collection interfaces, and not marked [MemoryPackable]",
                TypeKind.Struct => "a struct that holds references and is not marked [MemoryPackable]",
                _ => "a class not marked [MemoryPackable]",
            });
        }

        /// <summary>
        /// The first type argument of <paramref name="carrier"/>, a runtime queue or proxy type (see
        /// <see cref="RuntimeSymbols.FindItemCarrier"/>), that cannot be serialized, or null when its items can be.
        /// </summary>
        public SerializationProblem? FindItemProblem(INamedTypeSymbol carrier)
        {
            foreach (var argument in carrier.TypeArguments)
            {
                if (FindProblem(argument) is { } problem)
                {
                    return problem.InItemsOf(carrier);
                }
            }

            return null;
        }

        private bool IsPackable(INamedTypeSymbol type)
        {
            if (RuntimeSymbols.HasAttribute(type.OriginalDefinition, _packable))
            {
                return true;
            }

            // A hand-written IMemoryPackable<T> registers its own formatter, as the generated ones do.
            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, _packableInterface))
                {
                    return true;
                }
            }

            return false;
        }

        private SerializationProblem? FindPackableProblem(INamedTypeSymbol type, HashSet<ITypeSymbol> visited)
        {
            // A hand-written IMemoryPackable<T>, a [MemoryPackable(GenerateType.Collection)] and a NoGenerate type with
            // its own formatter decide their wire format themselves: their members say nothing about it.
            if (!RuntimeSymbols.HasAttribute(type.OriginalDefinition, _packable)
                || PackableGenerateType(type) is GenerateTypeCollection or GenerateTypeNoGenerate)
            {
                return null;
            }

            if (type.IsAbstract || type.TypeKind == TypeKind.Interface)
            {
                return FindUnionProblem(type, visited);
            }

            foreach (var member in SerializedMembers(type))
            {
                var memberType = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
                if (FindProblem(memberType, visited) is { } problem)
                {
                    return problem.Through(type, member);
                }
            }

            return null;
        }

        // An abstract [MemoryPackable] type is serialized as one of the cases its [MemoryPackUnion] attributes list.
        private SerializationProblem? FindUnionProblem(INamedTypeSymbol type, HashSet<ITypeSymbol> visited)
        {
            foreach (var attribute in type.OriginalDefinition.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _union)
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[1].Value is ITypeSymbol unionCase
                    && FindProblem(unionCase, visited) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        /// <summary>
        /// The members MemoryPack's generator serializes: public instance fields and readable properties, including
        /// inherited ones, plus any member marked [MemoryPackInclude], minus those marked [MemoryPackIgnore]. Members
        /// with a custom formatter or [MemoryPackAllowSerialize] are the user's responsibility and are skipped.
        /// </summary>
        private IEnumerable<ISymbol> SerializedMembers(INamedTypeSymbol type)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member.IsStatic || member.IsImplicitlyDeclared || member.IsOverride || !member.CanBeReferencedByName)
                    {
                        continue;
                    }

                    bool candidate = member switch
                    {
                        IFieldSymbol field => !field.IsConst,
                        IPropertySymbol property => !property.IsIndexer && property.GetMethod is not null,
                        _ => false,
                    };
                    if (!candidate || RuntimeSymbols.HasAttribute(member, _ignore) || RuntimeSymbols.HasAttribute(member, _allowSerialize) || HasCustomFormatter(member))
                    {
                        continue;
                    }

                    if (member.DeclaredAccessibility == Accessibility.Public || RuntimeSymbols.HasAttribute(member, _include))
                    {
                        yield return member;
                    }
                }
            }
        }

        private int? PackableGenerateType(INamedTypeSymbol type)
        {
            foreach (var attribute in type.OriginalDefinition.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _packable))
                {
                    foreach (var argument in attribute.ConstructorArguments)
                    {
                        if (argument.Type?.Name == "GenerateType" && argument.Value is int value)
                        {
                            return value;
                        }
                    }
                }
            }

            return null;
        }

        private bool HasCustomFormatter(ISymbol member)
        {
            foreach (var attribute in member.GetAttributes())
            {
                for (var attributeType = attribute.AttributeClass; attributeType is not null; attributeType = attributeType.BaseType)
                {
                    var definition = attributeType.OriginalDefinition;
                    if (SymbolEqualityComparer.Default.Equals(definition, _customFormatter)
                        || SymbolEqualityComparer.Default.Equals(definition, _customFormatterWithType))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
