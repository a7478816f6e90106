using Microsoft.CodeAnalysis;

namespace Multiprocessing.Generator.Support
{
    /// <summary>Why a method marked <c>[ProcessEntry]</c> cannot be an entry.</summary>
    internal enum EntryProblem
    {
        None,
        NotStatic,
        Generic,
        LocalFunction,
        InGenericType,
        NotAccessible,
        RefParameter,
        MisplacedCancellationToken,

        /// <summary>An accessor, operator, conversion, constructor or explicit interface implementation: no name to call it by.</summary>
        NotOrdinaryMethod,

        /// <summary>A static abstract or virtual interface member, which C# lets code call only through a type parameter.</summary>
        StaticVirtualInInterface,
        AsyncVoid,
    }

    /// <summary>
    /// The rules an entry must follow. The generator skips a method that breaks one (it stays silent) and the
    /// analyzer, which compiles this same file, reports which rule was broken.
    /// </summary>
    internal static class EntryRules
    {
        public static EntryProblem Check(IMethodSymbol method)
        {
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return EntryProblem.LocalFunction;
            }

            if (method.MethodKind != MethodKind.Ordinary)
            {
                return EntryProblem.NotOrdinaryMethod;
            }

            if (!method.IsStatic)
            {
                return EntryProblem.NotStatic;
            }

            // A plain static interface method can be called as I.M(); a static abstract or virtual one cannot.
            if (method.ContainingType?.TypeKind == TypeKind.Interface && (method.IsAbstract || method.IsVirtual))
            {
                return EntryProblem.StaticVirtualInInterface;
            }

            // Nothing can await an async void method: the child would exit before its work is done.
            if (method.IsAsync && method.ReturnsVoid)
            {
                return EntryProblem.AsyncVoid;
            }

            if (method.IsGenericMethod)
            {
                return EntryProblem.Generic;
            }

            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                if (type.IsGenericType)
                {
                    return EntryProblem.InGenericType;
                }

                // A file-local type's declared accessibility reads internal, but no other file can name it.
                if (!IsReachable(type.DeclaredAccessibility) || type.IsFileLocal)
                {
                    return EntryProblem.NotAccessible;
                }
            }

            if (!IsReachable(method.DeclaredAccessibility))
            {
                return EntryProblem.NotAccessible;
            }

            for (int i = 0; i < method.Parameters.Length; i++)
            {
                var parameter = method.Parameters[i];
                if (parameter.RefKind != RefKind.None)
                {
                    return EntryProblem.RefParameter;
                }

                if (IsCancellationToken(parameter.Type) && i != method.Parameters.Length - 1)
                {
                    return EntryProblem.MisplacedCancellationToken;
                }
            }

            return EntryProblem.None;
        }

        public static bool IsCancellationToken(ITypeSymbol type) =>
            type.Name == KnownNames.CancellationTokenName && type.ToDisplayString(EntryIds.TypeFormat) == KnownNames.CancellationToken;

        public static bool HasEntryAttribute(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: KnownNames.ProcessEntryAttributeName } attributeClass && attributeClass.ToDisplayString() == KnownNames.ProcessEntryAttribute)
                {
                    return true;
                }
            }

            return false;
        }

        // Generated code lives in the same assembly (the table) or in a referencing one (interceptors, which then
        // need public access, but a friend assembly may call internal entries): anything but private-ish is fine.
        private static bool IsReachable(Accessibility accessibility) =>
            accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;
    }
}
