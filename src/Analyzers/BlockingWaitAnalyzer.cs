using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// MP0009: a blocking wait on the runtime's types inside an async function: a method such as <c>Join</c>,
    /// <c>Acquire</c> or <c>Wait</c> whose type has an awaitable twin (<c>JoinAsync</c> taking the same parameters and
    /// a trailing <c>CancellationToken</c>), or <c>.Result</c>/<c>.Wait()</c> on a task the runtime hands out
    /// (<c>p.Result.Result</c>). The entry point is left alone: blocking its main thread costs nothing.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BlockingWaitAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the name of the awaitable method to call instead.</summary>
        public const string AsyncMethodProperty = "AsyncMethod";

        private const string AsyncSuffix = "Async";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.BlockingWaitInAsync);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                if (RuntimeSymbols.TryCreate(start.Compilation) is not { } symbols)
                {
                    return;
                }

                var entryPoint = new ProgramEntryPoint(start.Compilation, start.CancellationToken);
                start.RegisterOperationAction(operation => AnalyzeCall(symbols, entryPoint, operation), OperationKind.Invocation);
                start.RegisterOperationAction(operation => AnalyzeResult(symbols, entryPoint, operation), OperationKind.PropertyReference);
            });
        }

        private static void AnalyzeCall(RuntimeSymbols symbols, ProgramEntryPoint entryPoint, OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.IsStatic || invocation.Instance is null)
            {
                return;
            }

            // t.Wait() on a task of the runtime's (p.Completion.Wait()): await the task.
            if (method.Name == "Wait" && method.Parameters.IsEmpty && symbols.IsTask(method.ContainingType) && IsRuntimeTask(symbols, invocation.Instance))
            {
                Report(context, entryPoint, invocation, "await " + invocation.Instance.Syntax, asyncMethod: null);
                return;
            }

            if (!symbols.IsRuntimeType(method.ContainingType) || method.Name.EndsWith(AsyncSuffix, System.StringComparison.Ordinal)
                || FindAsyncTwin(symbols, method) is not { } twin || invocation.Syntax is not InvocationExpressionSyntax call)
            {
                return;
            }

            string callee = call.Expression is MemberAccessExpressionSyntax access ? access.Expression + "." + twin.Name : twin.Name;
            Report(context, entryPoint, invocation, "await " + callee + call.ArgumentList, twin.Name);
        }

        // p.Result.Result: block on the task a process gives back instead of awaiting it.
        private static void AnalyzeResult(RuntimeSymbols symbols, ProgramEntryPoint entryPoint, OperationAnalysisContext context)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            if (reference.Property.Name == "Result" && reference.Instance is { } task
                && symbols.IsTask(reference.Property.ContainingType) && IsRuntimeTask(symbols, task))
            {
                Report(context, entryPoint, reference, "await " + task.Syntax, asyncMethod: null);
            }
        }

        private static bool IsRuntimeTask(RuntimeSymbols symbols, IOperation task) =>
            task is IPropertyReferenceOperation { Property: var property } && symbols.IsRuntimeType(property.ContainingType);

        private static void Report(OperationAnalysisContext context, ProgramEntryPoint entryPoint, IOperation wait, string awaitForm, string? asyncMethod)
        {
            if (!IsInAsyncFunction(wait, context.ContainingSymbol, entryPoint))
            {
                return;
            }

            var properties = asyncMethod is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(AsyncMethodProperty, asyncMethod);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.BlockingWaitInAsync, wait.Syntax.GetLocation(), properties, wait.Syntax.ToString(), awaitForm));
        }

        private static bool IsInAsyncFunction(IOperation operation, ISymbol containingSymbol, ProgramEntryPoint entryPoint)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IAnonymousFunctionOperation function:
                        return function.Symbol.IsAsync;
                    case ILocalFunctionOperation local:
                        return local.Symbol.IsAsync;
                }
            }

            return containingSymbol is IMethodSymbol { IsAsync: true } && !entryPoint.Is(containingSymbol);
        }

        /// <summary>
        /// The awaitable form of <paramref name="method"/>: an instance method of its type (or a base) named
        /// <c>NameAsync</c>, taking the same parameters followed by at most one <c>CancellationToken</c>, and returning a
        /// task of the same result.
        /// </summary>
        private static IMethodSymbol? FindAsyncTwin(RuntimeSymbols symbols, IMethodSymbol method)
        {
            string name = method.Name + AsyncSuffix;
            for (var type = method.ContainingType; type is not null; type = type.BaseType)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (member is IMethodSymbol { IsStatic: false } candidate && IsTwin(symbols, method, candidate))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        private static bool IsTwin(RuntimeSymbols symbols, IMethodSymbol method, IMethodSymbol candidate)
        {
            int count = method.Parameters.Length;
            if (candidate.Parameters.Length < count || candidate.Parameters.Length > count + 1
                || (candidate.Parameters.Length == count + 1 && !symbols.IsCancellationToken(candidate.Parameters[count].Type)))
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(method.Parameters[i].Type, candidate.Parameters[i].Type))
                {
                    return false;
                }
            }

            if (!symbols.IsTask(candidate.ReturnType))
            {
                return false;
            }

            var result = symbols.ResultType(candidate);
            return method.ReturnsVoid ? result is null : result is not null && SymbolEqualityComparer.Default.Equals(result, method.ReturnType);
        }
    }
}
