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
        private const string EntryInvocationType = "Multiprocessing.Hosting.EntryInvocation";

        /// <summary>The cheap syntax test: a partial, non-static class with a base list.</summary>
        public static bool IsCandidate(SyntaxNode node) =>
            node is ClassDeclarationSyntax { BaseList: not null } declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            && !declaration.Modifiers.Any(SyntaxKind.StaticKeyword);

        public static SubclassSpec? Parse(INamedTypeSymbol type, string assemblyName)
        {
            if (!CanGenerate(type) || type.BaseType is not { } baseType)
            {
                return null;
            }

            bool derivesFromGeneratedSubclass;
            if (baseType.ToDisplayString() == KnownNames.ProcessType)
            {
                derivesFromGeneratedSubclass = false;
            }
            else if (IsGeneratedSubclass(baseType))
            {
                derivesFromGeneratedSubclass = true;
            }
            else
            {
                return null;
            }

            var chain = new List<ContainingTypeSpec>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                chain.Insert(0, new ContainingTypeSpec(Keyword(current), EntryIds.Escape(current.Name)));
            }

            string signature = EntryIds.SubclassSignature(type);
            string fullName = type.ToDisplayString(EntryIds.TypeFormat);
            return new SubclassSpec(
                EntryIds.Hash(signature),
                signature,
                type.Name + ".Run()",
                assemblyName,
                type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers)),
                chain.ToEquatableArray(),
                fullName,

                // A namespace and a type cannot share a full name, so the dotted name is unique.
                fullName.Replace("global::", string.Empty).Replace("@", string.Empty),
                type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared),
                type.IsSealed,
                derivesFromGeneratedSubclass,
                derivesFromGeneratedSubclass && baseType.DeclaringSyntaxReferences.Length > 0,
                State(type).ToEquatableArray());
        }

        // The generator can add a restoring constructor only to a partial, non-generic, concrete class that other
        // files can name, and not to one with a primary constructor (every other constructor must then call it).
        private static bool CanGenerate(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Class || type.IsGenericType || type.IsAbstract || type.IsStatic || HasPrimaryConstructor(type))
            {
                return false;
            }

            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsGenericType || current.IsFileLocal || !IsPartial(current)
                    || current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                {
                    return false;
                }
            }

            return true;
        }

        // A base class in this compilation is generated when the generator accepts it; one from a referenced assembly
        // shows its generated restoring constructor in metadata.
        private static bool IsGeneratedSubclass(INamedTypeSymbol baseType)
        {
            if (baseType.DeclaringSyntaxReferences.Length > 0)
            {
                return CanGenerate(baseType) && (baseType.BaseType?.ToDisplayString() == KnownNames.ProcessType || (baseType.BaseType is { } next && IsGeneratedSubclass(next)));
            }

            return baseType.InstanceConstructors.Any(c =>
                c.Parameters.Length == 1
                && c.Parameters[0].Type.ToDisplayString() == EntryInvocationType
                && c.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal or Accessibility.Public);
        }

        private static bool HasPrimaryConstructor(INamedTypeSymbol type) =>
            type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ClassDeclarationSyntax { ParameterList: not null });

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
                        yield return new StateMemberSpec(EntryIds.Escape(property.Name), property.Type.ToDisplayString(EntryIds.TypeFormat));
                    }
                }
                else if (!field.IsImplicitlyDeclared)
                {
                    yield return new StateMemberSpec(EntryIds.Escape(field.Name), field.Type.ToDisplayString(EntryIds.TypeFormat));
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
