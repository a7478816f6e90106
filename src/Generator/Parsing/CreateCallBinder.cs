using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Parsing
{
    /// <summary>What <see cref="CreateCallBinder"/> could tell about a call named <c>Create</c>.</summary>
    internal enum CreateCallKind
    {
        /// <summary>Certainly not <c>Process.Create</c> (<c>File.Create</c>, <c>list.Create()</c>, ...).</summary>
        NotProcessCreate,

        /// <summary><c>Process.Create</c> with its overload and entry target found.</summary>
        Bound,

        /// <summary>Perhaps <c>Process.Create</c>, in a form only binding the call can settle.</summary>
        Undecided,
    }

    /// <summary>
    /// Finds the <c>Process.Create</c> overload that a call such as <c>Process.Create(Worker.Square, 5)</c> binds to,
    /// and its entry, without binding the call: binding it means overload resolution over Create's 84 generic
    /// overloads with a method group argument, and a nullable analysis of the method around it, which was most of the
    /// generator's time in a build (benchmarks/analyzer-cost). Instead the receiver, the target and each argument are
    /// bound on their own (<see cref="PartsBinding"/>); the receiver alone rejects other <c>Create</c> methods.
    /// <para>The overload then follows from the call's shape, when the call is the plain form: a method group naming one
    /// method, an entry, and arguments whose types are the entry's parameter types. Type inference can only give the
    /// entry's types then (for a reference type, not null, as a call without nullable warnings has it), and among the
    /// overloads whose delegate has the entry's signature C# picks the one <see cref="GeneratedArgumentCall.Close"/>
    /// orders first. Everything else (an overloaded target, a delegate value, an argument of a derived type or a
    /// nullable argument for a nullable parameter, named arguments, explicit type arguments, <c>using static</c>)
    /// is <see cref="CreateCallKind.Undecided"/>, and the caller binds the call: the tests check that both ways give
    /// the same result on every call they contain.</para>
    /// </summary>
    internal static class CreateCallBinder
    {
        public static (CreateCallKind Kind, IMethodSymbol? Create, IMethodSymbol? Target) Bind(
            SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
        {
            var parts = PartsBinding.WithoutNullableAnalysis(model);
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                // Create(...) alone: using static, a Process subclass, or a method of the caller's own.
                return (NamesRuntimeCreate(PartsBinding.Symbol(parts, invocation.Expression)) ? CreateCallKind.Undecided : CreateCallKind.NotProcessCreate, null, null);
            }

            var receiver = PartsBinding.Symbol(parts, access.Expression);
            cancellationToken.ThrowIfCancellationRequested();
            if (PartsBinding.NamedType(receiver) is not { } type)
            {
                // A value: Create is static, so only a property named after its type Process can stand for the type.
                var valueType = PartsBinding.ValueType(parts, access.Expression, receiver);
                return (valueType is not null && !PartsBinding.IsOrDerivesFrom(valueType, KnownNames.ProcessType) ? CreateCallKind.NotProcessCreate : CreateCallKind.Undecided, null, null);
            }

            if (!PartsBinding.IsRuntimeType(type, KnownNames.ProcessType))
            {
                // A subclass inherits Create and may declare its own beside it.
                return (PartsBinding.IsOrDerivesFrom(type, KnownNames.ProcessType) ? CreateCallKind.Undecided : CreateCallKind.NotProcessCreate, null, null);
            }

            var arguments = invocation.ArgumentList.Arguments;
            if (access.Name is GenericNameSyntax || !AllPositional(arguments) || SingleEntry(parts, arguments[0].Expression) is not { } target)
            {
                return (CreateCallKind.Undecided, null, null);
            }

            var create = GeneratedArgumentCall.Close(type.GetMembers(KnownNames.CreateMethod), target, arguments.Count);
            if (create is null)
            {
                return (CreateCallKind.Undecided, null, null);
            }

            for (int i = 1; i < arguments.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var expression = arguments[i].Expression;
                var argumentType = LiteralType(parts.Compilation, expression) ?? PartsBinding.Type(parts, expression);
                if (!IsExactly(argumentType, create.Parameters[i].Type))
                {
                    return (CreateCallKind.Undecided, null, null);
                }
            }

            return (CreateCallKind.Bound, create, target);
        }

        private static bool NamesRuntimeCreate(SymbolInfo info)
        {
            if (info.Symbol is IMethodSymbol method)
            {
                return CallSiteParser.IsRuntimeCreate(method);
            }

            foreach (var candidate in info.CandidateSymbols)
            {
                if (candidate is IMethodSymbol named && CallSiteParser.IsRuntimeCreate(named))
                {
                    return true;
                }
            }

            // Nothing found at all: the call does not compile; binding it costs nothing worth saving.
            return info.CandidateSymbols.IsEmpty && info.Symbol is null;
        }

        private static bool AllPositional(SeparatedSyntaxList<ArgumentSyntax> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.NameColon is not null || !argument.RefKindKeyword.IsKind(SyntaxKind.None))
                {
                    return false;
                }
            }

            return true;
        }

        // The target as a method group (Square, Worker.Square) that names exactly one method, a valid entry.
        private static IMethodSymbol? SingleEntry(SemanticModel parts, ExpressionSyntax target)
        {
            if (target is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Name: IdentifierNameSyntax }))
            {
                return null;
            }

            var info = PartsBinding.Symbol(parts, target);
            var method = info.Symbol as IMethodSymbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] as IMethodSymbol : null);
            return method is { MethodKind: MethodKind.Ordinary, ReducedFrom: null }
                && (info.Symbol is not null || info.CandidateReason is CandidateReason.OverloadResolutionFailure or CandidateReason.MemberGroup)
                && EntryRules.HasEntryAttribute(method)
                && EntryRules.Check(method) == EntryProblem.None
                    ? method
                    : null;
        }

        /// <summary>The type of a literal argument (<c>5</c>, <c>2.5m</c>, <c>"text"</c>, <c>'c'</c>, <c>true</c>), which no context changes; null for anything else.</summary>
        private static ITypeSymbol? LiteralType(Compilation compilation, ExpressionSyntax expression)
        {
            var special = expression switch
            {
                LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } => SpecialType.System_String,
                LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } => SpecialType.System_Boolean,
                LiteralExpressionSyntax { RawKind: (int)SyntaxKind.CharacterLiteralExpression } => SpecialType.System_Char,

                // The parser has already given a numeric literal the type C# gives it (suffix and magnitude).
                LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal => literal.Token.Value switch
                {
                    int => SpecialType.System_Int32,
                    uint => SpecialType.System_UInt32,
                    long => SpecialType.System_Int64,
                    ulong => SpecialType.System_UInt64,
                    float => SpecialType.System_Single,
                    double => SpecialType.System_Double,
                    decimal => SpecialType.System_Decimal,
                    _ => SpecialType.None,
                },
                _ => SpecialType.None,
            };
            return special == SpecialType.None ? null : compilation.GetSpecialType(special);
        }

        /// <summary>
        /// Whether an argument of type <paramref name="argument"/> makes C# infer exactly <paramref name="parameter"/>,
        /// the entry's parameter type: the same type, nullability inside it included (<c>List&lt;string?&gt;</c>), but
        /// for its own top-level nullability, which is the flow state's, not the declaration's, and which this cannot
        /// see. So the parameter must not be a nullable reference: a non-nullable one takes a not-null argument in a call
        /// without warnings, and infers the non-nullable type.
        /// </summary>
        private static bool IsExactly(ITypeSymbol? argument, ITypeSymbol parameter) =>
            argument is not null
            && argument.TypeKind is not (TypeKind.Error or TypeKind.Dynamic)
            && (!parameter.IsReferenceType || parameter.NullableAnnotation == NullableAnnotation.NotAnnotated)
            && SymbolEqualityComparer.IncludeNullability.Equals(argument.WithNullableAnnotation(parameter.NullableAnnotation), parameter);
    }
}
