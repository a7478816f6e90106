using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Multiprocessing.Generator.Support;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Multiprocessing.Analyzers.Serialization;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// MP0003: a parameter or result of a <c>[ProcessEntry]</c> method, or a member of a process subclass's state, that
    /// MemoryPack cannot serialize. Without it the generated serializer fails when the process starts (arguments and
    /// state) or when the child returns (result).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EntrySerializationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.NotSerializable, DiagnosticDescriptors.NotSerializableState);

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

                var checker = new SerializabilityChecker(start.Compilation, symbols);
                start.RegisterSymbolAction(symbol => Analyze(symbols, checker, symbol), SymbolKind.Method);
                start.RegisterSymbolAction(symbol => AnalyzeState(symbols, checker, symbol), SymbolKind.NamedType);
            });
        }

        // Local functions are not checked: they cannot be entries at all, which MP0001 already says.
        private static void Analyze(RuntimeSymbols symbols, SerializabilityChecker checker, SymbolAnalysisContext context)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (!symbols.IsEntry(method))
            {
                return;
            }

            string entry = EntryProblemText.DisplayName(method);
            foreach (var parameter in method.Parameters)
            {
                if (symbols.IsCancellationToken(parameter.Type))
                {
                    continue;
                }

                if (checker.FindProblem(parameter.Type) is { } problem)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.NotSerializable,
                        parameter.Locations.IsEmpty ? Location.None : parameter.Locations[0],
                        "Parameter '" + parameter.Name + "'",
                        entry,
                        problem.Describe(),
                        problem.Reason));
                }
            }

            if (symbols.ResultType(method) is { } result && (checker.FindProblem(result) ?? checker.FindHandleInResult(result)) is { } resultProblem)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NotSerializable,
                    ReturnTypeLocation(method, context.CancellationToken),
                    "The return value",
                    entry,
                    resultProblem.Describe(),
                    resultProblem.Reason));
            }
        }

        // Only a class the generator completes sends its state; MP0005 reports the others.
        private static void AnalyzeState(RuntimeSymbols symbols, SerializabilityChecker checker, SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!SubclassRules.IsProcessSubclass(type) || SubclassRules.FindProblem(type, context.CancellationToken) is not null)
            {
                return;
            }

            string processClass = SubclassProblemText.Name(type);
            foreach (var member in SubclassRules.State(type))
            {
                var (kind, memberType) = member is IPropertySymbol property ? ("Property", property.Type) : ("Field", ((IFieldSymbol)member).Type);
                if (checker.FindProblem(memberType) is { } problem)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.NotSerializableState,
                        member.Locations.IsEmpty ? Location.None : member.Locations[0],
                        kind + " '" + member.Name + "'",
                        processClass,
                        problem.Describe(),
                        problem.Reason));
                }
            }
        }

        private static Location ReturnTypeLocation(IMethodSymbol method, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration)
                {
                    return declaration.ReturnType.GetLocation();
                }
            }

            return method.Locations.IsEmpty ? Location.None : method.Locations[0];
        }
    }
}
