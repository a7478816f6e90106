using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Multiprocessing.Analyzers
{
    /// <summary>An operation that has the effect a finder looks for, and what it does, said as a verb phrase ("starts a process ...").</summary>
    internal sealed record Effect(IOperation Operation, string Description);

    /// <summary>
    /// Finds the first operation in a piece of code that has a given effect, directly or through the methods it calls.
    /// Calls are followed into methods and local functions declared in the same compilation, at most
    /// <see cref="MaxCallDepth"/> calls deep; what a callee does is computed once per compilation and depth.
    /// </summary>
    /// <remarks>
    /// Not followed: delegates and method groups passed elsewhere, property accessors, virtual dispatch (the declared
    /// target is followed, not its overrides), and methods of other assemblies. Lambdas and local function
    /// declarations are not code that runs where they stand; callers choose whether lambdas count (the entry point's
    /// usually run at once, a static initializer's usually later).
    /// </remarks>
    internal abstract class EffectFinder
    {
        public const int MaxCallDepth = 3;

        private readonly Compilation _compilation;

        // One cache per remaining depth: a callee looked at with two calls to spare may miss what one with three finds.
        private readonly ConcurrentDictionary<IMethodSymbol, Effect?>[] _callees;

        protected EffectFinder(Compilation compilation)
        {
            _compilation = compilation;
            _callees = new ConcurrentDictionary<IMethodSymbol, Effect?>[MaxCallDepth];
            for (int i = 0; i < MaxCallDepth; i++)
            {
                _callees[i] = new ConcurrentDictionary<IMethodSymbol, Effect?>(SymbolEqualityComparer.Default);
            }
        }

        /// <summary>The first operation under <paramref name="root"/> with the effect, in source order, or null.</summary>
        public Effect? Find(IOperation root, bool followLambdas, CancellationToken cancellationToken) =>
            Find(root, followLambdas, MaxCallDepth, cancellationToken);

        /// <summary>What <paramref name="operation"/> does itself, or null when it does not have the effect.</summary>
        protected abstract string? Describe(IOperation operation);

        private Effect? Find(IOperation operation, bool followLambdas, int callsToSpare, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Describe(operation) is { } description)
            {
                return new Effect(operation, description);
            }

            if (callsToSpare > 0 && Callee(operation) is { } callee && FindInCallee(callee, callsToSpare - 1, cancellationToken) is { } inner)
            {
                return new Effect(operation, "calls '" + Display(callee) + "', which " + inner.Description);
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is ILocalFunctionOperation || (!followLambdas && child is IAnonymousFunctionOperation))
                {
                    continue;
                }

                if (Find(child, followLambdas, callsToSpare, cancellationToken) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        private static IMethodSymbol? Callee(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation { Constructor: { } constructor } => constructor,
            _ => null,
        };

        private Effect? FindInCallee(IMethodSymbol callee, int callsToSpare, CancellationToken cancellationToken)
        {
            var method = callee.PartialImplementationPart ?? callee.OriginalDefinition;
            if (method.DeclaringSyntaxReferences.IsEmpty)
            {
                return null;
            }

            var cache = _callees[callsToSpare];
            if (cache.TryGetValue(method, out var known))
            {
                return known;
            }

            Effect? found = null;
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
                {
                    continue;
                }

                // The driver hands the compilation a caching semantic-model provider, so this shares the models it
                // already built for the callee's file rather than binding it again.
                var body = _compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellationToken);
                var code = body is ILocalFunctionOperation local ? local.Body ?? (IOperation?)local.IgnoredBody : body;
                if (code is not null && Find(code, followLambdas: false, callsToSpare, cancellationToken) is { } effect)
                {
                    found = effect;
                    break;
                }
            }

            return cache.GetOrAdd(method, found);
        }

        /// <summary>How a member is named in messages: <c>Launcher.Run</c>, <c>new FileStream</c>, a local function by its name.</summary>
        protected static string Display(ISymbol member) =>
            member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                ? "new " + constructor.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)
                : member.ToDisplayString(MemberFormat);

        private static readonly SymbolDisplayFormat MemberFormat = SymbolDisplayFormat.CSharpShortErrorMessageFormat
            .WithMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType);
    }
}
