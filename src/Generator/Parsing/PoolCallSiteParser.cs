using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Parsing
{
    /// <summary>
    /// Finds pool calls such as <c>pool.Map(Worker.Square, items)</c> and <c>PoolInitializer.Create(Worker.Setup, 5)</c>
    /// whose target is a valid entry. The target is found and checked exactly as for <c>Process.Create</c>.
    /// </summary>
    internal static class PoolCallSiteParser
    {
        /// <summary>The cheap syntax test: a call of something named like a pool method, with a target argument.</summary>
        public static bool IsCandidate(SyntaxNode node) =>
            node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0, Expression: MemberAccessExpressionSyntax member }
            && PoolTargetMethods.IsCandidateName(member.Name.Identifier.ValueText);

        public static PoolCallSiteSpec? Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var invocation = (InvocationExpressionSyntax)context.Node;
            if (context.SemanticModel.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
                || PoolTargetMethods.Classify(operation.TargetMethod) is var kind && kind == PoolCallKind.None
                || CallSiteParser.FindTarget(operation) is not { } target
                || !EntryRules.HasEntryAttribute(target)
                || EntryRules.Check(target) != EntryProblem.None)
            {
                return null;
            }

            // As for Process.Create: an interceptor outside a generic method cannot name its type parameters.
            var method = operation.TargetMethod;
            if (CallSiteParser.ContainsTypeParameter(method.ReturnType) || method.Parameters.Any(p => CallSiteParser.ContainsTypeParameter(p.Type)))
            {
                return null;
            }

            if (context.SemanticModel.GetInterceptableLocation(invocation, cancellationToken) is not { } location)
            {
                return null;
            }

            var position = invocation.GetLocation().GetLineSpan();
            int line = position.StartLinePosition.Line + 1;
            int column = position.StartLinePosition.Character + 1;
            return new PoolCallSiteSpec(
                new CallLocation(location.Version, location.Data, position.Path, line, column, $"{System.IO.Path.GetFileName(position.Path)}({line},{column})"),
                kind,
                method.Name,
                method.ReturnType.ToDisplayString(EntryIds.TypeFormat),
                method.Parameters.Select(p => p.Type.ToDisplayString(EntryIds.TypeFormat)).ToEquatableArray(),
                method.Parameters.Select(p => EntryIds.Escape(p.Name)).ToEquatableArray(),
                TypeArgument(method, "TResult"),
                kind switch
                {
                    PoolCallKind.Map => TypeArgument(method, "T"),
                    PoolCallKind.Starmap => ItemType(method.Parameters[1].Type),
                    _ => string.Empty,
                },
                target.Parameters.Where(p => !EntryRules.IsCancellationToken(p.Type)).Select(p => p.Type.ToDisplayString(EntryIds.TypeFormat)).ToEquatableArray(),
                EntryIds.Hash(EntryIds.Signature(target)),
                target.ContainingAssembly.Name,
                EntryIds.DisplayName(target));
        }

        // The closed type argument of the runtime method's type parameter called name, or empty.
        private static string TypeArgument(IMethodSymbol method, string name)
        {
            for (int i = 0; i < method.TypeParameters.Length; i++)
            {
                if (method.TypeParameters[i].Name == name)
                {
                    return method.TypeArguments[i].ToDisplayString(EntryIds.TypeFormat);
                }
            }

            return string.Empty;
        }

        // The T of the IEnumerable<T> of Starmap's items: the tuple of arguments.
        private static string ItemType(ITypeSymbol items) =>
            items is INamedTypeSymbol { TypeArguments.Length: 1 } sequence ? sequence.TypeArguments[0].ToDisplayString(EntryIds.TypeFormat) : string.Empty;
    }
}
