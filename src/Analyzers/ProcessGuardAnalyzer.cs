using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// Python's <c>if __name__ == "__main__":</c> pitfalls, checked in the program's entry point. MP0006: it starts
    /// processes (directly or through code it calls) before <c>ProcessGuard.Enter()</c>, or without it. MP0007: a
    /// statement before the guard has side effects that every child repeats. MP0010: the guard is called anywhere but
    /// as a statement of the entry point itself, or twice.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProcessGuardAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.MissingGuard,
            DiagnosticDescriptors.SideEffectBeforeGuard,
            DiagnosticDescriptors.MisplacedGuard);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                if (RuntimeSymbols.TryCreate(start.Compilation) is not { ProcessGuard: not null } symbols)
                {
                    return;
                }

                var entryPoint = new ProgramEntryPoint(start.Compilation, start.CancellationToken);
                var spawns = new SpawnFinder(start.Compilation, symbols);
                var sideEffects = new SideEffectFinder(start.Compilation);

                start.RegisterOperationBlockAction(block =>
                {
                    if (entryPoint.Is(block.OwningSymbol))
                    {
                        foreach (var root in block.OperationBlocks)
                        {
                            if (Body(root) is { } body)
                            {
                                AnalyzeEntryPoint(symbols, spawns, sideEffects, body, block);
                            }
                        }
                    }
                });

                start.RegisterOperationAction(
                    operation => AnalyzeGuardCall(symbols, entryPoint, operation),
                    OperationKind.Invocation);
            });
        }

        private static IBlockOperation? Body(IOperation root) => root switch
        {
            IBlockOperation block => block,
            IMethodBodyOperation method => method.BlockBody,
            _ => null,
        };

        private static void AnalyzeEntryPoint(
            RuntimeSymbols symbols, SpawnFinder spawns, SideEffectFinder sideEffects, IBlockOperation body, OperationBlockAnalysisContext context)
        {
            var statements = body.Operations;
            int guard = FirstGuard(symbols, statements);
            int end = guard < 0 ? statements.Length : guard;
            var guardLocations = guard < 0 ? null : new[] { statements[guard].Syntax.GetLocation() };

            // A spawn is the worse problem (the child is refused, or spawns in turn): report it alone.
            for (int i = 0; i < end; i++)
            {
                if (spawns.Find(statements[i], followLambdas: true, context.CancellationToken) is { } spawn)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.MissingGuard, spawn.Operation.Syntax.GetLocation(), guardLocations, spawn.Description));
                    return;
                }
            }

            // Without a guard nothing here runs in a child (it is refused), so side effects only matter before one.
            for (int i = 0; i < guard; i++)
            {
                if (sideEffects.Find(statements[i], followLambdas: false, context.CancellationToken) is { } effect)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.SideEffectBeforeGuard, statements[i].Syntax.GetLocation(), guardLocations, effect.Description));
                    return;
                }
            }
        }

        private static void AnalyzeGuardCall(RuntimeSymbols symbols, ProgramEntryPoint entryPoint, OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!symbols.IsGuard(invocation.TargetMethod))
            {
                return;
            }

            string? where;
            if (!entryPoint.Is(context.ContainingSymbol))
            {
                where = "in '" + context.ContainingSymbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)
                    + "', which is not the program's entry point";
            }
            else if (invocation.Parent is not IExpressionStatementOperation { Parent: IBlockOperation block } statement || !IsBody(block))
            {
                where = IsInFunction(invocation)
                    ? "inside a lambda or local function of the entry point, which may run late or not at all"
                    : "inside a nested statement of the entry point (a condition, loop, block or try), which may skip it or run it late";
            }
            else
            {
                where = FirstGuard(symbols, block.Operations) is int first && block.Operations[first] != statement
                    ? "a second time in the entry point"
                    : null;
            }

            if (where is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MisplacedGuard, invocation.Syntax.GetLocation(), where));
            }
        }

        // The entry point's own statements: Main's body block, or the top-level statements' block.
        private static bool IsBody(IBlockOperation block) => block.Parent is null or IMethodBodyOperation;

        private static bool IsInFunction(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static int FirstGuard(RuntimeSymbols symbols, ImmutableArray<IOperation> statements)
        {
            for (int i = 0; i < statements.Length; i++)
            {
                if (statements[i] is IExpressionStatementOperation { Operation: IInvocationOperation invocation } && symbols.IsGuard(invocation.TargetMethod))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
