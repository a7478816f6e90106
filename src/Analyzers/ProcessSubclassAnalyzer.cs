using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Multiprocessing.Generator.Support;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// MP0005: a concrete class deriving from <c>Process</c> that the generator does not complete. Such a class compiles,
    /// but its <c>Start()</c> throws, because nothing can carry it to the child; this turns that into a build error on the
    /// class name. Abstract classes are left alone: they are never started themselves.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProcessSubclassAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property set when declaring the class and the types containing it partial is the whole fix.</summary>
        public const string AddPartialProperty = "AddPartial";

        private static readonly ImmutableDictionary<string, string?> AddPartial =
            ImmutableDictionary<string, string?>.Empty.Add(AddPartialProperty, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.SubclassNotGenerated);

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

                start.RegisterSymbolAction(symbol => Analyze(symbols, symbol), SymbolKind.NamedType);
            });
        }

        private static void Analyze(RuntimeSymbols symbols, SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            // An abstract class is never started; a concrete class deriving from it is reported if the base is the problem.
            if (type.TypeKind != TypeKind.Class
                || type.IsAbstract
                || !SubclassRules.IsProcessSubclass(type)
                || SubclassRules.FindProblem(type, context.CancellationToken) is not { } problem)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.SubclassNotGenerated,
                NameLocation(type, context.CancellationToken),
                problem.Kind is SubclassProblemKind.NotPartial or SubclassProblemKind.ContainerNotPartial ? AddPartial : null,
                SubclassProblemText.Name(type),
                SubclassProblemText.Explain(problem)));
        }

        // A partial class has a name in each declaration; the one with the base list is where it becomes a process.
        private static Location NameLocation(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is ClassDeclarationSyntax { BaseList: not null } declaration)
                {
                    return declaration.Identifier.GetLocation();
                }
            }

            return type.Locations.IsEmpty ? Location.None : type.Locations[0];
        }
    }
}
