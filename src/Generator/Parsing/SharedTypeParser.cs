using System.Linq;
using Microsoft.CodeAnalysis;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Parsing
{
    /// <summary>Turns a class marked <c>[Shared]</c> into a <see cref="SharedTypeSpec"/>, or nothing when it breaks a rule.</summary>
    internal static class SharedTypeParser
    {
        public static SharedTypeSpec? Parse(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Class || SharedRules.CheckType(type) != SharedTypeProblem.None)
            {
                return null;
            }

            string fullName = type.ToDisplayString(EntryIds.TypeFormat);
            string signature = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            string dottedName = signature.Replace("global::", string.Empty);
            string flatName = string.Join("_", Containers(type).Select(t => t.Name));
            var members = SharedRules.Members(type).Where(m => SharedRules.CheckMember(m) == SharedMemberProblem.None).ToList();
            return new SharedTypeSpec(
                EntryIds.Hash(signature),
                type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers)),
                fullName,
                dottedName,
                type.Name,
                flatName + "ProxyExtensions",
                SharedRules.IsPublic(type),
                SharedRules.AllowsConcurrentCalls(type),
                dottedName.Replace("@", string.Empty),
                SharedRules.Constructors(type)
                    .Where(c => SharedRules.CheckConstructor(c) == SharedMemberProblem.None)
                    .Select(c => Constructor(c, signature))
                    .OrderBy(c => c.Signature, System.StringComparer.Ordinal)
                    .ToEquatableArray(),
                members.OfType<IMethodSymbol>()
                    .Select(m => Method(m, signature))
                    .OrderBy(m => m.Signature, System.StringComparer.Ordinal)
                    .ToEquatableArray(),
                members.OfType<IPropertySymbol>()
                    .Select(p => Property(p, signature))
                    .OrderBy(p => p.Name, System.StringComparer.Ordinal)
                    .ToEquatableArray());
        }

        private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> Containers(INamedTypeSymbol type)
        {
            var chain = new System.Collections.Generic.List<INamedTypeSymbol>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                chain.Insert(0, current);
            }

            return chain;
        }

        private static SharedConstructorSpec Constructor(IMethodSymbol constructor, string typeSignature)
        {
            string signature = typeSignature + "..ctor(" + ParameterList(constructor) + ")";
            return new SharedConstructorSpec(EntryIds.Hash(signature), signature, constructor.ContainingType.Name + "(" + DisplayParameters(constructor) + ")", Parameters(constructor));
        }

        private static SharedMethodSpec Method(IMethodSymbol method, string typeSignature)
        {
            string signature = typeSignature + "." + method.Name + "(" + ParameterList(method) + ")";
            var (kind, result) = Classify(method.ReturnType);
            return new SharedMethodSpec(
                EntryIds.Hash(signature),
                signature,
                method.ContainingType.Name + "." + method.Name + "(" + DisplayParameters(method) + ")",
                EntryIds.Escape(method.Name),
                Parameters(method),
                kind,
                result is null ? string.Empty : result.ToDisplayString(EntryIds.TypeFormat),
                result is not null && SharedRules.IsShared(result));
        }

        private static SharedPropertySpec Property(IPropertySymbol property, string typeSignature)
        {
            string type = property.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            bool readable = property.GetMethod is { DeclaredAccessibility: Accessibility.Public };
            bool writable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false };
            string getter = readable ? typeSignature + ".get_" + property.Name + "()" : string.Empty;
            string setter = writable ? typeSignature + ".set_" + property.Name + "(" + type + ")" : string.Empty;
            return new SharedPropertySpec(
                EntryIds.Escape(property.Name),
                property.Type.ToDisplayString(EntryIds.TypeFormat),
                SharedRules.IsShared(property.Type),
                readable ? EntryIds.Hash(getter) : 0,
                getter,
                writable ? EntryIds.Hash(setter) : 0,
                setter,
                property.ContainingType.Name + "." + property.Name);
        }

        private static (ReturnKind Kind, ITypeSymbol? Result) Classify(ITypeSymbol returnType)
        {
            if (returnType.SpecialType == SpecialType.System_Void)
            {
                return (ReturnKind.Void, null);
            }

            if (SharedRules.IsAsync(returnType) && returnType is INamedTypeSymbol named)
            {
                switch (named.MetadataName)
                {
                    case "Task":
                        return (ReturnKind.Task, null);
                    case "ValueTask":
                        return (ReturnKind.ValueTask, null);
                    case "Task`1":
                        return (ReturnKind.TaskOfValue, named.TypeArguments[0]);
                    default:
                        return (ReturnKind.ValueTaskOfValue, named.TypeArguments[0]);
                }
            }

            return (ReturnKind.Value, returnType);
        }

        private static EquatableArray<ParameterSpec> Parameters(IMethodSymbol method) => method.Parameters
            .Select(p => new ParameterSpec(EntryIds.Escape(p.Name), p.Type.ToDisplayString(EntryIds.TypeFormat), EntryRules.IsCancellationToken(p.Type)))
            .ToEquatableArray();

        // Ids ignore nullable annotations, as entry ids do.
        private static string ParameterList(IMethodSymbol method) =>
            string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));

        private static string DisplayParameters(IMethodSymbol method) =>
            string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
    }
}
