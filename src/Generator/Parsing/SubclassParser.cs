using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Parsing
{
    /// <summary>Finds <c>partial</c> classes deriving from <c>Multiprocessing.Process</c> and describes their state.</summary>
    internal static class SubclassParser
    {
        /// <summary>The cheap syntax test: a partial, non-static class with a base list.</summary>
        public static bool IsCandidate(SyntaxNode node) =>
            node is ClassDeclarationSyntax { BaseList: not null } declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            && !declaration.Modifiers.Any(SyntaxKind.StaticKeyword);

        public static SubclassSpec? Parse(INamedTypeSymbol type, string assemblyName)
        {
            if (type.BaseType?.ToDisplayString() != KnownNames.ProcessType || type.IsGenericType || type.IsAbstract)
            {
                return null;
            }

            var chain = new List<ContainingTypeSpec>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsGenericType || current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal
                    || !IsPartial(current))
                {
                    return null;
                }

                chain.Insert(0, new ContainingTypeSpec(Keyword(current), current.Name));
            }

            string signature = EntryIds.SubclassSignature(type);
            string fullName = type.ToDisplayString(EntryIds.TypeFormat);
            return new SubclassSpec(
                EntryIds.Hash(signature),
                signature,
                type.Name + ".Run()",
                assemblyName,
                type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
                chain.ToEquatableArray(),
                fullName,
                fullName.Replace("global::", string.Empty).Replace('.', '_'),
                type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared),
                State(type).ToEquatableArray());
        }

        private static IEnumerable<StateMemberSpec> State(INamedTypeSymbol type)
        {
            foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
            {
                if (field.IsStatic || field.IsConst || IsIgnored(field))
                {
                    continue;
                }

                // An auto-property's backing field travels under the property's name, which a constructor may assign.
                if (field.AssociatedSymbol is IPropertySymbol property)
                {
                    if (!IsIgnored(property))
                    {
                        yield return new StateMemberSpec(property.Name, property.Type.ToDisplayString(EntryIds.TypeFormat));
                    }
                }
                else if (!field.IsImplicitlyDeclared)
                {
                    yield return new StateMemberSpec(field.Name, field.Type.ToDisplayString(EntryIds.TypeFormat));
                }
            }
        }

        private static bool IsIgnored(ISymbol member) =>
            member.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is "System.NonSerializedAttribute" or "MemoryPack.MemoryPackIgnoreAttribute");

        private static bool IsPartial(INamedTypeSymbol type) =>
            type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

        private static string Keyword(INamedTypeSymbol type) => type switch
        {
            { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
            { IsRecord: true } => "record",
            { TypeKind: TypeKind.Struct } => "struct",
            { TypeKind: TypeKind.Interface } => "interface",
            _ => "class",
        };
    }
}
