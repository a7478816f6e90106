using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Multiprocessing.Generator.Support
{
    /// <summary>Why the generator does not complete a class deriving from <c>Process</c>.</summary>
    internal enum SubclassProblemKind
    {
        NotPartial,
        ContainerNotPartial,
        Generic,
        InGenericType,
        FileLocal,
        NotAccessible,
        PrimaryConstructor,

        /// <summary>A base class between the class and <c>Process</c> is not completed by the generator.</summary>
        BaseNotGenerated,
    }

    /// <summary>One reason the generator skips a process class.</summary>
    /// <param name="Kind">The broken rule.</param>
    /// <param name="Related">
    /// The type the rule is about when it is not the class itself: the containing type that is not partial, generic,
    /// file-local or private, or the base class that is not completed.
    /// </param>
    /// <param name="Cause">For <see cref="SubclassProblemKind.BaseNotGenerated"/> on a base declared in this compilation, the base's own problem.</param>
    internal sealed record SubclassProblem(SubclassProblemKind Kind, INamedTypeSymbol? Related = null, SubclassProblem? Cause = null);

    /// <summary>
    /// The rules a class deriving from <c>Process</c> must follow for the generator to complete it: the generator
    /// completes a class only when <see cref="FindProblem"/> finds none, and the analyzer, which compiles this same
    /// file, reports the problem it finds. Abstract classes are completed too (their state travels with their
    /// subclasses), but only concrete ones are started.
    /// </summary>
    internal static class SubclassRules
    {
        private const string EntryInvocationType = "Multiprocessing.Hosting.EntryInvocation";

        /// <summary>Whether <paramref name="type"/> derives from <c>Process</c>, directly or through other classes.</summary>
        public static bool IsProcessSubclass(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (IsProcess(current))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsProcess(ITypeSymbol type) =>
            type.Name == KnownNames.ProcessName && type.ContainingAssembly?.Name == KnownNames.RuntimeAssembly && type.ToDisplayString() == KnownNames.ProcessType;

        /// <summary>Why the generator does not complete <paramref name="type"/>, a class deriving from <c>Process</c>; null when it does.</summary>
        public static SubclassProblem? FindProblem(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
            FindOwnProblem(type, cancellationToken) ?? FindBaseProblem(type, cancellationToken);

        /// <summary>
        /// The members the generator writes in the parent and restores in the child: instance fields and auto-properties
        /// declared in the class itself (a generated base carries its own), except those marked <c>[NonSerialized]</c> or
        /// <c>[MemoryPackIgnore]</c>. An auto-property's backing field travels under the property's name, which a
        /// constructor may assign.
        /// </summary>
        public static IEnumerable<ISymbol> State(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is not IFieldSymbol field || field.IsStatic || field.IsConst || IsIgnored(field))
                {
                    continue;
                }

                if (field.AssociatedSymbol is IPropertySymbol property)
                {
                    if (!IsIgnored(property))
                    {
                        yield return property;
                    }
                }
                else if (!field.IsImplicitlyDeclared)
                {
                    yield return field;
                }
            }
        }

        // The generator adds a restoring constructor only to a partial, non-generic class that other files can name,
        // and not to one with a primary constructor (every other constructor would then have to call it).
        private static SubclassProblem? FindOwnProblem(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (!IsPartial(type, cancellationToken))
            {
                return new SubclassProblem(SubclassProblemKind.NotPartial);
            }

            for (var container = type.ContainingType; container is not null; container = container.ContainingType)
            {
                if (!IsPartial(container, cancellationToken))
                {
                    return new SubclassProblem(SubclassProblemKind.ContainerNotPartial, container);
                }
            }

            if (type.TypeParameters.Length > 0)
            {
                return new SubclassProblem(SubclassProblemKind.Generic);
            }

            for (var container = type.ContainingType; container is not null; container = container.ContainingType)
            {
                if (container.TypeParameters.Length > 0)
                {
                    return new SubclassProblem(SubclassProblemKind.InGenericType, container);
                }
            }

            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsFileLocal)
                {
                    return new SubclassProblem(SubclassProblemKind.FileLocal, Unless(current, type));
                }

                if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                {
                    return new SubclassProblem(SubclassProblemKind.NotAccessible, Unless(current, type));
                }
            }

            return HasPrimaryConstructor(type, cancellationToken) ? new SubclassProblem(SubclassProblemKind.PrimaryConstructor) : null;
        }

        // A base in this compilation must be completed itself, all the way up to Process; one from a referenced assembly
        // shows its generated restoring constructor in metadata.
        private static SubclassProblem? FindBaseProblem(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            for (var current = type.BaseType; current is not null && !IsProcess(current); current = current.BaseType)
            {
                if (current.DeclaringSyntaxReferences.Length == 0)
                {
                    return HasRestoringConstructor(current) ? null : new SubclassProblem(SubclassProblemKind.BaseNotGenerated, current);
                }

                if (FindOwnProblem(current, cancellationToken) is { } cause)
                {
                    return new SubclassProblem(SubclassProblemKind.BaseNotGenerated, current, cause);
                }
            }

            return null;
        }

        private static bool HasRestoringConstructor(INamedTypeSymbol type)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                if (constructor.Parameters.Length == 1
                    && constructor.Parameters[0].Type.ToDisplayString() == EntryInvocationType
                    && constructor.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal or Accessibility.Public)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsIgnored(ISymbol member)
        {
            foreach (var attribute in member.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() is "System.NonSerializedAttribute" or "MemoryPack.MemoryPackIgnoreAttribute")
                {
                    return true;
                }
            }

            return false;
        }

        private static INamedTypeSymbol? Unless(INamedTypeSymbol current, INamedTypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(current, type) ? null : current;

        private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasPrimaryConstructor(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is ClassDeclarationSyntax { ParameterList: not null })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
