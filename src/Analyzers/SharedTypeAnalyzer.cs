using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Multiprocessing.Analyzers.Serialization;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// MP0020 to MP0027: a class marked <c>[Shared]</c> that a manager cannot serve, and each public member its proxy
    /// cannot forward, reported on that member. The generator leaves such members out of the proxy; without these
    /// errors a call would be missing, or fail in the server at run time.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SharedTypeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.SharedMemberNotSerializable,
            DiagnosticDescriptors.SharedMemberByReference,
            DiagnosticDescriptors.SharedMemberKind,
            DiagnosticDescriptors.SharedMemberGeneric,
            DiagnosticDescriptors.SharedMemberPointer,
            DiagnosticDescriptors.InvalidSharedType,
            DiagnosticDescriptors.SharedMemberHidden,
            DiagnosticDescriptors.SharedMemberToken);

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
                start.RegisterSymbolAction(symbol => Analyze(symbols, checker, symbol), SymbolKind.NamedType);
            });
        }

        private static void Analyze(RuntimeSymbols symbols, SerializabilityChecker checker, SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Class || !SharedRules.IsShared(type))
            {
                return;
            }

            var problem = SharedRules.CheckType(type);
            if (problem != SharedTypeProblem.None)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSharedType, type.Locations[0], type.Name, Explain(problem)));
                return;
            }

            // Inherited members are reported where the [Shared] class is, since their declarations may be in another assembly.
            foreach (var member in SharedRules.Members(type))
            {
                var location = SymbolEqualityComparer.Default.Equals(member.ContainingType, type) && !member.Locations.IsEmpty ? member.Locations[0] : type.Locations[0];
                string name = member.ContainingType.Name + "." + member.Name;
                var memberProblem = SharedRules.CheckMember(member);
                if (memberProblem != SharedMemberProblem.None)
                {
                    Report(context, memberProblem, location, name);
                    continue;
                }

                CheckSerializable(symbols, checker, context, member, location, name);
            }

            foreach (var constructor in SharedRules.Constructors(type))
            {
                var location = constructor.Locations.IsEmpty || constructor.IsImplicitlyDeclared ? type.Locations[0] : constructor.Locations[0];
                string name = type.Name + "(" + string.Join(", ", System.Linq.Enumerable.Select(constructor.Parameters, p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))) + ")";
                var constructorProblem = SharedRules.CheckConstructor(constructor);
                if (constructorProblem != SharedMemberProblem.None)
                {
                    Report(context, constructorProblem, location, name);
                    continue;
                }

                CheckParameters(symbols, checker, context, constructor, name);
            }
        }

        private static void CheckSerializable(RuntimeSymbols symbols, SerializabilityChecker checker, SymbolAnalysisContext context, ISymbol member, Location location, string name)
        {
            switch (member)
            {
                case IPropertySymbol property:
                    if (!SharedRules.IsShared(property.Type) && checker.FindProblem(property.Type) is { } propertyProblem)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedMemberNotSerializable, location, "The property value", name, propertyProblem.Describe(), propertyProblem.Reason));
                    }

                    break;
                case IMethodSymbol method:
                    CheckParameters(symbols, checker, context, method, name);
                    if (symbols.ResultType(method) is { } result && !SharedRules.IsShared(result) && checker.FindProblem(result) is { } resultProblem)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.SharedMemberNotSerializable,
                            ReturnTypeLocation(method, location, context.CancellationToken),
                            "The return value",
                            name,
                            resultProblem.Describe(),
                            resultProblem.Reason));
                    }

                    break;
            }
        }

        private static void CheckParameters(RuntimeSymbols symbols, SerializabilityChecker checker, SymbolAnalysisContext context, IMethodSymbol method, string name)
        {
            foreach (var parameter in method.Parameters)
            {
                if (!symbols.IsCancellationToken(parameter.Type) && checker.FindProblem(parameter.Type) is { } problem)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.SharedMemberNotSerializable,
                        parameter.Locations.IsEmpty ? Location.None : parameter.Locations[0],
                        "Parameter '" + parameter.Name + "'",
                        name,
                        problem.Describe(),
                        problem.Reason));
                }
            }
        }

        private static void Report(SymbolAnalysisContext context, SharedMemberProblem problem, Location location, string name)
        {
            switch (problem)
            {
                case SharedMemberProblem.ByReference:
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedMemberByReference, location, name));
                    break;
                case SharedMemberProblem.Event:
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedMemberKind, location, name,
                        "it is an event, and a handler is code in the subscriber's process, which the manager's server cannot call; poll a method, or use a manager's Queue or Event"));
                    break;
                case SharedMemberProblem.Indexer:
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedMemberKind, location, name,
                        "it is an indexer, which cannot be an extension member; add Get(index) and Set(index, value) methods"));
                    break;
                case SharedMemberProblem.Generic:
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedMemberGeneric, location, name));
                    break;
                case SharedMemberProblem.PointerOrRefStruct:
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedMemberPointer, location, name));
                    break;
                case SharedMemberProblem.HiddenByProxy:
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedMemberHidden, location, name));
                    break;
                case SharedMemberProblem.MisplacedCancellationToken:
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SharedMemberToken, location, name));
                    break;
            }
        }

        private static string Explain(SharedTypeProblem problem) => problem switch
        {
            SharedTypeProblem.Abstract => "it is abstract, and the manager's server must create its objects; mark a concrete class",
            SharedTypeProblem.Static => "it is static, and a manager serves objects; make it an instance class",
            SharedTypeProblem.Generic => "it is generic, and the server's generated code must name one concrete type; mark a non-generic class (derive one from the generic class if needed)",
            SharedTypeProblem.InGenericType => "it is nested in a generic type, whose type arguments the server's generated code cannot know; move it out",
            _ => "it or a type that contains it is private, protected or file-local, so generated code cannot name it; make them internal or public",
        };

        private static Location ReturnTypeLocation(IMethodSymbol method, Location fallback, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration)
                {
                    return declaration.ReturnType.GetLocation();
                }
            }

            return fallback;
        }
    }
}
