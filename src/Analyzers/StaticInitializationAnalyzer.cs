using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// MP0008: processes started from code that every child runs again on its own, before or around the guard: static
    /// constructors, static field and property initializers and <c>[ModuleInitializer]</c> methods. Each child would
    /// start children of its own: the recursive spawn. Lambdas there are not followed; they usually run later.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StaticInitializationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.SpawnWhileInitializing);

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

                var spawns = new SpawnFinder(start.Compilation, symbols);
                start.RegisterOperationBlockAction(block =>
                {
                    if (Describe(symbols, block.OwningSymbol) is not { } where)
                    {
                        return;
                    }

                    foreach (var root in block.OperationBlocks)
                    {
                        if (spawns.Find(root, followLambdas: false, block.CancellationToken) is { } spawn)
                        {
                            block.ReportDiagnostic(Diagnostic.Create(
                                DiagnosticDescriptors.SpawnWhileInitializing, spawn.Operation.Syntax.GetLocation(), where, spawn.Description));
                            return;
                        }
                    }
                });
            });
        }

        /// <summary>The code block's owner, said as the subject of the message, when it runs while initializing; else null.</summary>
        private static string? Describe(RuntimeSymbols symbols, ISymbol owner) => owner switch
        {
            IMethodSymbol { MethodKind: MethodKind.StaticConstructor } constructor =>
                "The static constructor of '" + Name(constructor.ContainingType) + "'",
            // Module initializers are static, void and parameterless: test that before reading attributes of every method.
            IMethodSymbol { IsStatic: true, ReturnsVoid: true, Parameters.IsEmpty: true } method
                when RuntimeSymbols.HasAttribute(method, symbols.ModuleInitializerAttribute) =>
                "The module initializer '" + Name(method) + "'",
            IFieldSymbol { IsStatic: true } field =>
                "The initializer of the static field '" + Name(field) + "'",
            IPropertySymbol { IsStatic: true } property =>
                "The initializer of the static property '" + Name(property) + "'",
            _ => null,
        };

        private static string Name(ISymbol symbol) => symbol.ToDisplayString(Format);

        private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.CSharpShortErrorMessageFormat
            .WithMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType);
    }
}
