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
    /// <summary>Finds calls such as <c>Process.Create(Worker.Square, 5)</c> whose target is a valid entry.</summary>
    internal static class CallSiteParser
    {
        /// <summary>The cheap syntax test: a call of something named <c>Create</c> with at least one argument.</summary>
        public static bool IsCandidate(SyntaxNode node) =>
            node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation
            && invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == KnownNames.CreateMethod,
                IdentifierNameSyntax name => name.Identifier.ValueText == KnownNames.CreateMethod,
                _ => false,
            };

        public static CallSiteSpec? Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var invocation = (InvocationExpressionSyntax)context.Node;
            var (kind, create, entry) = CreateCallBinder.Bind(context.SemanticModel, invocation, cancellationToken);
            if (kind == CreateCallKind.NotProcessCreate)
            {
                return null;
            }

            IMethodSymbol method;
            IMethodSymbol? target;
            if (kind == CreateCallKind.Bound)
            {
                (method, target) = (create!, entry);
            }
            else if (BindCall(context.SemanticModel, invocation, cancellationToken) is { } bound)
            {
                (method, target) = bound;
            }
            else
            {
                return null;
            }

            if (!IsRuntimeCreate(method)
                || target is null
                || !EntryRules.HasEntryAttribute(target)
                || EntryRules.Check(target) != EntryProblem.None)
            {
                return null;
            }

            // A call inside a generic method closes Create over the caller's type parameters, which an interceptor
            // outside that method cannot name; the analyzer reports such a call.
            if (ContainsTypeParameter(method.ReturnType) || method.Parameters.Any(p => ContainsTypeParameter(p.Type)))
            {
                return null;
            }

            var location = context.SemanticModel.GetInterceptableLocation(invocation, cancellationToken);
            if (location is null)
            {
                return null;
            }

            var position = invocation.GetLocation().GetLineSpan();
            int line = position.StartLinePosition.Line + 1;
            int column = position.StartLinePosition.Character + 1;
            return new CallSiteSpec(
                location.Version,
                location.Data,
                position.Path,
                line,
                column,
                $"{System.IO.Path.GetFileName(position.Path)}({line},{column})",
                method.Name,
                method.ReturnType.ToDisplayString(EntryIds.TypeFormat),
                method.Parameters.Select(p => p.Type.ToDisplayString(EntryIds.TypeFormat)).ToEquatableArray(),
                target.Parameters.Where(p => !EntryRules.IsCancellationToken(p.Type)).Select(p => p.Type.ToDisplayString(EntryIds.TypeFormat)).ToEquatableArray(),
                EntryIds.Hash(EntryIds.Signature(target)),
                target.ContainingAssembly.Name,
                EntryIds.DisplayName(target));
        }

        /// <summary>The Create method a call binds to and its target, by binding the whole call: the reference that <see cref="CreateCallBinder"/> avoids.</summary>
        internal static (IMethodSymbol Create, IMethodSymbol? Target)? BindCall(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
        {
            if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation)
            {
                return (operation.TargetMethod, FindTarget(operation));
            }

            return GeneratedArgumentCall.Bind(model, invocation, cancellationToken) is { } bound ? (bound.Create, bound.Target) : null;
        }

        /// <summary>The entry method passed as the target, seen through conversions: <c>M</c>, <c>new Action&lt;int&gt;(M)</c>.</summary>
        public static IMethodSymbol? FindTarget(IInvocationOperation operation)
        {
            var argument = operation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
            while (argument is IConversionOperation conversion)
            {
                argument = conversion.Operand;
            }

            return argument is IDelegateCreationOperation { Target: IMethodReferenceOperation reference } ? reference.Method : null;
        }

        internal static bool ContainsTypeParameter(ITypeSymbol type) => type switch
        {
            ITypeParameterSymbol => true,
            IArrayTypeSymbol array => ContainsTypeParameter(array.ElementType),
            IPointerTypeSymbol pointer => ContainsTypeParameter(pointer.PointedAtType),
            INamedTypeSymbol named => named.TypeArguments.Any(ContainsTypeParameter) || (named.ContainingType is { } outer && ContainsTypeParameter(outer)),
            _ => false,
        };

        public static bool IsRuntimeCreate(IMethodSymbol method) =>
            method.Name == KnownNames.CreateMethod
            && method.IsStatic
            && method.ContainingType is { Name: KnownNames.ProcessName } containingType && containingType.ToDisplayString() == KnownNames.ProcessType
            && method.ContainingAssembly?.Name == KnownNames.RuntimeAssembly;
    }
}
