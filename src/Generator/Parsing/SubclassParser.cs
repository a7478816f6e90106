using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Parsing
{
    /// <summary>Describes a class deriving from <c>Multiprocessing.Process</c> that <see cref="SubclassRules"/> lets the generator complete.</summary>
    internal static class SubclassParser
    {
        /// <summary>The cheap syntax test: a partial, non-static class with a base list.</summary>
        public static bool IsCandidate(SyntaxNode node) =>
            node is ClassDeclarationSyntax { BaseList: not null } declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            && !declaration.Modifiers.Any(SyntaxKind.StaticKeyword);

        public static SubclassSpec? Parse(INamedTypeSymbol type, string assemblyName)
        {
            if (type.TypeKind != TypeKind.Class || !SubclassRules.IsProcessSubclass(type) || SubclassRules.FindProblem(type) is not null)
            {
                return null;
            }

            var baseType = type.BaseType!;
            bool derivesFromGeneratedSubclass = !SubclassRules.IsProcess(baseType);
            var chain = new System.Collections.Generic.List<ContainingTypeSpec>();
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
                type.IsAbstract,
                derivesFromGeneratedSubclass,
                HidesBaseRunStub(baseType),
                OverridesRunAsync(type),
                SubclassRules.State(type)
                    .Select(member => new StateMemberSpec(EntryIds.Escape(member.Name), MemberType(member).ToDisplayString(EntryIds.TypeFormat)))
                    .ToEquatableArray());
        }

        // A concrete generated ancestor in this compilation has an internal RunGeneratedEntry this class's one hides.
        private static bool HidesBaseRunStub(INamedTypeSymbol baseType)
        {
            for (var current = baseType; current is not null && !SubclassRules.IsProcess(current); current = current.BaseType)
            {
                if (current.DeclaringSyntaxReferences.Length > 0 && !current.IsAbstract)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool OverridesRunAsync(INamedTypeSymbol type)
        {
            for (var current = type; current is not null && !SubclassRules.IsProcess(current); current = current.BaseType)
            {
                foreach (var member in current.GetMembers("RunAsync"))
                {
                    if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 1 } method && EntryRules.IsCancellationToken(method.Parameters[0].Type))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static ITypeSymbol MemberType(ISymbol member) => member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;

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
