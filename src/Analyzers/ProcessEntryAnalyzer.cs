using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// MP0001: a method marked <c>[ProcessEntry]</c> that breaks an entry rule. The rules are the generator's own
    /// (<see cref="EntryRules.Check"/>), so the analyzer reports exactly the methods the generator skips.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProcessEntryAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.InvalidEntry);

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

                start.RegisterSymbolAction(symbol => Analyze(symbols, (IMethodSymbol)symbol.Symbol, symbol.ReportDiagnostic), SymbolKind.Method);

                // Local functions are not members, so no symbol action sees them; they can carry attributes all the same.
                start.RegisterOperationAction(
                    operation => Analyze(symbols, ((ILocalFunctionOperation)operation.Operation).Symbol, operation.ReportDiagnostic),
                    OperationKind.LocalFunction);
            });
        }

        private static void Analyze(RuntimeSymbols symbols, IMethodSymbol method, Action<Diagnostic> report)
        {
            if (!symbols.IsEntry(method))
            {
                return;
            }

            var problem = EntryRules.Check(method);
            if (problem == EntryProblem.None)
            {
                return;
            }

            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidEntry,
                method.Locations.IsEmpty ? Location.None : method.Locations[0],
                EntryProblemText.DisplayName(method),
                EntryProblemText.Explain(problem, method)));
        }
    }
}
