using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// A <c>Process.Create</c> call, or a pool call (<c>pool.Map</c>, <c>PoolInitializer.Create</c>, ...), that the generator will not intercept. MP0002: its target is not a valid
    /// <c>[ProcessEntry]</c> method passed as a method group. MP0004: the target is valid, but the call is closed over a
    /// type parameter of the generic method or type around it. Such a call compiles against the runtime's stub and
    /// throws when it runs; this turns that into a build error at the call.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProcessTargetAnalyzer : DiagnosticAnalyzer
    {
        private const int MaxExpressionLength = 60;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.TargetNotEntry, DiagnosticDescriptors.GenericCallSite);

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

                start.RegisterOperationAction(operation => Analyze(symbols, operation), OperationKind.Invocation);
            });
        }

        private static void Analyze(RuntimeSymbols symbols, OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!symbols.TakesEntryTarget(invocation.TargetMethod)
                || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value is not { } target)
            {
                return;
            }

            if (Describe(symbols, target) is { } reason)
            {
                string method = invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TargetNotEntry, target.Syntax.GetLocation(), reason.Target, reason.Why, method));
                return;
            }

            if (Unwrap(target) is IDelegateCreationOperation { Target: IMethodReferenceOperation reference }
                && FindTypeParameter(invocation.TargetMethod) is { } typeParameter)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.GenericCallSite,
                    OpenArgumentLocation(invocation),
                    EntryProblemText.DisplayName(reference.Method),
                    invocation.TargetMethod.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    typeParameter.Name));
            }
        }

        private static IOperation Unwrap(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }

        /// <summary>
        /// The first type parameter in the call's closed signature, or null when every type is concrete. Mirrors the
        /// generator's <c>CallSiteParser.ContainsTypeParameter</c>, which skips such a call: an interceptor outside the
        /// generic method cannot name the type parameter.
        /// </summary>
        private static ITypeParameterSymbol? FindTypeParameter(IMethodSymbol create)
        {
            if (FindTypeParameter(create.ReturnType) is { } inReturn)
            {
                return inReturn;
            }

            foreach (var parameter in create.Parameters)
            {
                if (FindTypeParameter(parameter.Type) is { } inParameter)
                {
                    return inParameter;
                }
            }

            return null;
        }

        private static ITypeParameterSymbol? FindTypeParameter(ITypeSymbol type)
        {
            switch (type)
            {
                case ITypeParameterSymbol typeParameter:
                    return typeParameter;
                case IArrayTypeSymbol array:
                    return FindTypeParameter(array.ElementType);
                case IPointerTypeSymbol pointer:
                    return FindTypeParameter(pointer.PointedAtType);
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        if (FindTypeParameter(argument) is { } found)
                        {
                            return found;
                        }
                    }

                    return named.ContainingType is { } outer ? FindTypeParameter(outer) : null;
                default:
                    return null;
            }
        }

        // Where the cast goes: the first argument after the target whose parameter is typed by a type parameter.
        private static Location OpenArgumentLocation(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { Ordinal: > 0 } parameter && !argument.IsImplicit && FindTypeParameter(parameter.Type) is not null)
                {
                    return argument.Syntax.GetLocation();
                }
            }

            return invocation.Syntax.GetLocation();
        }

        /// <summary>
        /// Why the target cannot run in a child, or null when the generator intercepts the call. Mirrors the
        /// generator's <c>CallSiteParser</c>: conversions unwrapped to the delegate creation, whose target must be a
        /// method reference to a method with <c>[ProcessEntry]</c> that passes <see cref="EntryRules.Check"/>.
        /// </summary>
        private static (string Target, string Why)? Describe(RuntimeSymbols symbols, IOperation target)
        {
            switch (Unwrap(target))
            {
                case IDelegateCreationOperation { Target: IAnonymousFunctionOperation function }:
                    return (function.Syntax is AnonymousMethodExpressionSyntax ? "an anonymous method" : "a lambda",
                        "a child process cannot find code that has no name, nor the variables it captures " + EntryProblemText.CantPickleLocalObject);

                case IDelegateCreationOperation { Target: IMethodReferenceOperation reference }:
                    return DescribeMethod(symbols, reference.Method);

                case IInvalidOperation:
                    return null;

                default:
                    return ("the delegate '" + Shorten(target.Syntax.ToString()) + "'",
                        "which method a delegate value holds is only known at run time, so no call by name can be compiled for the child");
            }
        }

        private static (string Target, string Why)? DescribeMethod(RuntimeSymbols symbols, IMethodSymbol method)
        {
            string name = EntryProblemText.DisplayName(method);
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return ("the local function '" + name + "'",
                    "a child process cannot find a local function, nor the variables it captures " + EntryProblemText.CantPickleLocalObject);
            }

            if (!method.IsStatic)
            {
                return ("the instance method '" + name + "'", "a child process has no instance to call it on");
            }

            if (!symbols.IsEntry(method))
            {
                return ("'" + name + "'", "it is not marked [ProcessEntry]");
            }

            var problem = EntryRules.Check(method);
            return problem == EntryProblem.None
                ? null
                : ("'" + name + "'", "it breaks an entry rule (" + DiagnosticDescriptors.InvalidEntryId + "): " + EntryProblemText.Explain(problem, method));
        }

        private static string Shorten(string expression)
        {
            string singleLine = string.Join(" ", expression.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            return singleLine.Length <= MaxExpressionLength ? singleLine : singleLine.Substring(0, MaxExpressionLength - 3) + "...";
        }
    }
}
