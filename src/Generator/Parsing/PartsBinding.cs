using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Multiprocessing.Generator.Parsing
{
    /// <summary>
    /// Binds one expression of a call (its receiver, its target, one argument) on its own, without binding the call.
    /// Any semantic question about a node inside a statement otherwise binds the whole statement, overload resolution
    /// of the call included, and, in a file with nullable reference types on, runs the nullable analysis of the whole
    /// method around it. The compiler does all of that again after the generators run (on a new compilation that
    /// shares none of it), so the generator asks as little as it can. Nullability is lost here: callers that need it
    /// decide without it or fall back to binding the call.
    /// </summary>
    internal static class PartsBinding
    {
        /// <summary>A model of the same tree that skips the nullable analysis; cheap to create, nothing is bound yet.</summary>
        public static SemanticModel WithoutNullableAnalysis(SemanticModel model)
        {
            // SemanticModelOptions is marked experimental (RSEXPERIMENTAL001); it has been in the compiler since 4.9
            // unchanged, and without it a single symbol lookup inside a method costs a nullable analysis of the method.
#pragma warning disable RSEXPERIMENTAL001
            return model.Compilation.GetSemanticModel(model.SyntaxTree, SemanticModelOptions.DisableNullableAnalysis);
#pragma warning restore RSEXPERIMENTAL001
        }

        public static SymbolInfo Symbol(SemanticModel model, ExpressionSyntax expression) =>
            model.GetSpeculativeSymbolInfo(expression.SpanStart, expression, SpeculativeBindingOption.BindAsExpression);

        public static ITypeSymbol? Type(SemanticModel model, ExpressionSyntax expression) =>
            model.GetSpeculativeTypeInfo(expression.SpanStart, expression, SpeculativeBindingOption.BindAsExpression).Type;

        /// <summary>The type a receiver names (<c>Process</c> in <c>Process.Create</c>), or null when it is a value, a namespace or nothing.</summary>
        public static INamedTypeSymbol? NamedType(SymbolInfo info) => info.Symbol as INamedTypeSymbol;

        /// <summary>The type of the value a receiver is (a local, field, property, call...), or null when it names a type or cannot be told.</summary>
        public static ITypeSymbol? ValueType(SemanticModel model, ExpressionSyntax receiver, SymbolInfo info) => info.Symbol switch
        {
            INamedTypeSymbol or INamespaceSymbol => null,
            ILocalSymbol local => local.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType,
            IMethodSymbol method => method.ReturnType,
            _ => Type(model, receiver),
        };

        /// <summary>Whether <paramref name="type"/> is, or derives from, the runtime type named <paramref name="metadataName"/>.</summary>
        public static bool IsOrDerivesFrom(ITypeSymbol? type, string metadataName)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (IsRuntimeType(current, metadataName))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsRuntimeType(ITypeSymbol type, string metadataName) =>
            type.ContainingAssembly?.Name == Support.KnownNames.RuntimeAssembly && type.ToDisplayString() == metadataName;
    }
}
