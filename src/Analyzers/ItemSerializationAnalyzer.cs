using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Multiprocessing.Analyzers.Serialization;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// MP0011: a queue created, a connection message sent or received, or a manager proxy asked for, with an item type
    /// MemoryPack cannot serialize. Without it the first Put or Send fails at run time with MemoryPack's "is not
    /// registered in this provider". A queue or proxy that is an entry parameter or a process's state is MP0003's, which
    /// looks into the item type too, so each mistake is reported once.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ItemSerializationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.ItemNotSerializable);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                if (RuntimeSymbols.TryCreate(start.Compilation) is not { } symbols
                    || (symbols.ItemCarriers.IsEmpty && symbols.ItemMethodOwners.IsEmpty))
                {
                    return;
                }

                var checker = new SerializabilityChecker(start.Compilation, symbols);
                start.RegisterOperationAction(operation => AnalyzeCreation(symbols, checker, operation), OperationKind.ObjectCreation);
                start.RegisterOperationAction(operation => AnalyzeInvocation(symbols, checker, operation), OperationKind.Invocation);
            });
        }

        private static void AnalyzeCreation(RuntimeSymbols symbols, SerializabilityChecker checker, OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (symbols.FindItemCarrier(creation.Type) is not { } carrier)
            {
                return;
            }

            var location = creation.Syntax is ObjectCreationExpressionSyntax explicitNew ? explicitNew.Type.GetLocation() : creation.Syntax.GetLocation();
            foreach (var argument in carrier.TypeArguments)
            {
                if (Report(context, checker, location, creation.Type!, argument))
                {
                    return;
                }
            }
        }

        private static void AnalyzeInvocation(RuntimeSymbols symbols, SerializabilityChecker checker, OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!symbols.SerializesTypeArguments(method))
            {
                return;
            }

            var location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                ? access.Name.GetLocation()
                : invocation.Syntax.GetLocation();
            foreach (var argument in method.TypeArguments)
            {
                if (Report(context, checker, location, method, argument))
                {
                    return;
                }
            }
        }

        // A type parameter is checked where the generic code is called with a concrete type, not in the generic code itself.
        private static bool Report(OperationAnalysisContext context, SerializabilityChecker checker, Location location, ISymbol used, ITypeSymbol item)
        {
            if (checker.FindProblem(item) is not { } problem || problem.Type is ITypeParameterSymbol)
            {
                return false;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ItemNotSerializable,
                location,
                Name(used),
                item.ToDisplayString(SerializationProblem.UserTypeFormat),
                problem.Describe(),
                problem.Reason));
            return true;
        }

        // "ProcessQueue<NotPackable>", "Connection.Send<NotPackable>", "Manager.Dictionary<string, Stream>".
        private static string Name(ISymbol used) =>
            used is IMethodSymbol method
                ? method.ContainingType.Name + "." + method.Name + "<" + string.Join(", ", method.TypeArguments.Select(argument => argument.ToDisplayString(SerializationProblem.UserTypeFormat))) + ">"
                : used.ToDisplayString(SerializationProblem.UserTypeFormat);
    }
}
