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
    /// MP0002: a <c>Process.Create</c> call that the generator will not intercept, because its target is not a valid
    /// <c>[ProcessEntry]</c> method passed as a method group. Such a call compiles against the runtime's stub and
    /// throws when it runs; this turns that into a build error at the call.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProcessTargetAnalyzer : DiagnosticAnalyzer
    {
        private const int MaxExpressionLength = 60;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.TargetNotEntry);

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
            if (!symbols.IsCreate(invocation.TargetMethod)
                || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value is not { } target)
            {
                return;
            }

            if (Describe(symbols, target) is { } reason)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TargetNotEntry, target.Syntax.GetLocation(), reason.Target, reason.Why));
            }
        }

        /// <summary>
        /// Why the target cannot run in a child, or null when the generator intercepts the call. Mirrors the
        /// generator's <c>CallSiteParser</c>: conversions unwrapped to the delegate creation, whose target must be a
        /// method reference to a method with <c>[ProcessEntry]</c> that passes <see cref="EntryRules.Check"/>.
        /// </summary>
        private static (string Target, string Why)? Describe(RuntimeSymbols symbols, IOperation target)
        {
            var value = target;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            switch (value)
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
                : ("'" + name + "'", "it breaks an entry rule (" + DiagnosticDescriptors.InvalidEntryId + "): " + EntryProblemText.Explain(problem));
        }

        private static string Shorten(string expression)
        {
            string singleLine = string.Join(" ", expression.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            return singleLine.Length <= MaxExpressionLength ? singleLine : singleLine.Substring(0, MaxExpressionLength - 3) + "...";
        }
    }
}
