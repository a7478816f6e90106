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
            if (!CouldBePoolCall(context.SemanticModel, (MemberAccessExpressionSyntax)invocation.Expression)
                || context.SemanticModel.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
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

        /// <summary>
        /// False when the receiver alone shows that the call is no pool call: <c>Process.Create</c>, <c>File.Create</c>,
        /// <c>mapper.Map(...)</c>. Binding the receiver on its own is cheap; binding the call is what this spares
        /// (<see cref="PartsBinding"/>). True when the receiver's type cannot be told from the receiver alone.
        /// </summary>
        private static bool CouldBePoolCall(SemanticModel model, MemberAccessExpressionSyntax access)
        {
            var parts = PartsBinding.WithoutNullableAnalysis(model);
            var receiver = PartsBinding.Symbol(parts, access.Expression);
            if (access.Name.Identifier.ValueText == KnownNames.CreateMethod)
            {
                // PoolInitializer.Create is static: the receiver names the type (or, at most, a property named after it).
                var type = PartsBinding.NamedType(receiver) ?? PartsBinding.ValueType(parts, access.Expression, receiver);
                return type is null || PartsBinding.IsRuntimeType(type, KnownNames.PoolInitializerType);
            }

            // The pool's methods are instance methods: the receiver is a pool, or a value of a type derived from one.
            var valueType = PartsBinding.NamedType(receiver) is null ? PartsBinding.ValueType(parts, access.Expression, receiver) : null;
            return valueType is null or ITypeParameterSymbol or { TypeKind: TypeKind.Error } || PartsBinding.IsOrDerivesFrom(valueType, KnownNames.ProcessPoolType);
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
