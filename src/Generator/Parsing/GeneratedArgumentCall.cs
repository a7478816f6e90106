using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Parsing
{
    /// <summary>
    /// Binds a <c>Process.Create(entry, args)</c> call that does not bind in the generator's own view because an argument's
    /// type comes from this generator's output, which a generator never sees: <c>var account = manager.CreateAccount()</c>
    /// has an error type here. The user's build binds the call with the entry's parameter types (arguments must match
    /// them exactly), so the generator closes <c>Create</c> over those types itself.
    /// </summary>
    internal static class GeneratedArgumentCall
    {
        public static (IMethodSymbol Create, IMethodSymbol Target)? Bind(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
        {
            var arguments = invocation.ArgumentList.Arguments;
            var candidates = model.GetSymbolInfo(invocation, cancellationToken).CandidateSymbols.OfType<IMethodSymbol>().Where(CallSiteParser.IsRuntimeCreate).ToList();
            if (candidates.Count == 0 || !arguments.Skip(1).Any(a => model.GetTypeInfo(a.Expression, cancellationToken).Type is null or IErrorTypeSymbol))
            {
                return null;
            }

            foreach (var entry in model.GetMemberGroup(arguments[0].Expression, cancellationToken).OfType<IMethodSymbol>())
            {
                if (EntryRules.HasEntryAttribute(entry) && Close(candidates, entry, arguments.Count) is { } closed)
                {
                    return (closed, entry);
                }
            }

            return null;
        }

        /// <summary>
        /// The Create overload, among <paramref name="candidates"/>, that a call with <paramref name="argumentCount"/>
        /// arguments (the target included) binds to when its target is <paramref name="entry"/> and its arguments have
        /// the entry's parameter types, closed over those types; null when none fits.
        /// </summary>
        public static IMethodSymbol? Close(IEnumerable<ISymbol> candidates, IMethodSymbol entry, int argumentCount) =>
            candidates
                .OfType<IMethodSymbol>()
                .Where(candidate => candidate.Parameters.Length == argumentCount)
                .Select(candidate => Close(candidate.OriginalDefinition, entry))
                .Where(c => c is not null)

                // As overload resolution does, prefer Func<.., Task<TResult>> to Func<.., TResult> for an entry returning a task.
                .OrderBy(c => ((INamedTypeSymbol)c!.OriginalDefinition.Parameters[0].Type).DelegateInvokeMethod!.ReturnType is ITypeParameterSymbol ? 1 : 0)
                .FirstOrDefault();

        /// <summary>Create closed so that its target delegate has exactly the entry's signature, or null when its shape differs.</summary>
        private static IMethodSymbol? Close(IMethodSymbol create, IMethodSymbol entry)
        {
            if (create.Parameters.Length == 0 || create.Parameters[0].Type is not INamedTypeSymbol { DelegateInvokeMethod: { } invoke })
            {
                return null;
            }

            var bindings = new Dictionary<ITypeParameterSymbol, ITypeSymbol>(SymbolEqualityComparer.Default);
            if (invoke.Parameters.Length != entry.Parameters.Length
                || !invoke.Parameters.Zip(entry.Parameters, (d, e) => Unify(d.Type, e.Type, bindings)).All(b => b)
                || !Unify(invoke.ReturnType, entry.ReturnType, bindings)
                || bindings.Count != create.TypeParameters.Length)
            {
                return null;
            }

            return create.IsGenericMethod ? create.Construct(create.TypeParameters.Select(t => bindings[t]).ToArray()) : create;
        }

        private static bool Unify(ITypeSymbol pattern, ITypeSymbol actual, Dictionary<ITypeParameterSymbol, ITypeSymbol> bindings)
        {
            if (pattern is ITypeParameterSymbol parameter)
            {
                if (bindings.TryGetValue(parameter, out var bound))
                {
                    return SymbolEqualityComparer.Default.Equals(bound, actual);
                }

                bindings[parameter] = actual;
                return true;
            }

            if (pattern is INamedTypeSymbol { IsGenericType: true } generic && actual is INamedTypeSymbol { IsGenericType: true } actualGeneric)
            {
                return SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, actualGeneric.OriginalDefinition)
                    && generic.TypeArguments.Zip(actualGeneric.TypeArguments, (p, a) => Unify(p, a, bindings)).All(b => b);
            }

            return SymbolEqualityComparer.Default.Equals(pattern, actual);
        }
    }
}
