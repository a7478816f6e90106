using Microsoft.CodeAnalysis;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// The runtime's types that the analyzers compare against, resolved once per compilation (in a compilation-start
    /// action) so that per-node callbacks compare symbols instead of formatting names.
    /// </summary>
    internal sealed class RuntimeSymbols
    {
        private RuntimeSymbols(Compilation compilation, INamedTypeSymbol process, INamedTypeSymbol processEntryAttribute)
        {
            Process = process;
            ProcessEntryAttribute = processEntryAttribute;
            CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
            Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
            TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
            ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
            ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        }

        public INamedTypeSymbol Process { get; }

        public INamedTypeSymbol ProcessEntryAttribute { get; }

        public INamedTypeSymbol? CancellationToken { get; }

        public INamedTypeSymbol? Task { get; }

        public INamedTypeSymbol? TaskOfT { get; }

        public INamedTypeSymbol? ValueTask { get; }

        public INamedTypeSymbol? ValueTaskOfT { get; }

        /// <summary>The runtime's symbols, or null when the compilation does not reference the runtime (then there is nothing to check).</summary>
        public static RuntimeSymbols? TryCreate(Compilation compilation) =>
            compilation.GetTypeByMetadataName(KnownNames.ProcessType) is { } process
            && compilation.GetTypeByMetadataName(KnownNames.ProcessEntryAttribute) is { } attribute
                ? new RuntimeSymbols(compilation, process, attribute)
                : null;

        public bool IsEntry(IMethodSymbol method) => HasAttribute(method, ProcessEntryAttribute);

        public bool IsCreate(IMethodSymbol method) =>
            method.Name == KnownNames.CreateMethod
            && method.IsStatic
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, Process);

        public bool IsCancellationToken(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, CancellationToken);

        /// <summary>Task and ValueTask, generic or not: a state machine that only means something in the process running it.</summary>
        public bool IsTask(ITypeSymbol type)
        {
            var definition = type.OriginalDefinition;
            return SymbolEqualityComparer.Default.Equals(definition, Task)
                || SymbolEqualityComparer.Default.Equals(definition, TaskOfT)
                || SymbolEqualityComparer.Default.Equals(definition, ValueTask)
                || SymbolEqualityComparer.Default.Equals(definition, ValueTaskOfT);
        }

        /// <summary>The value an entry sends back: the <c>T</c> of <c>Task&lt;T&gt;</c>/<c>ValueTask&lt;T&gt;</c>, nothing for void, Task and ValueTask.</summary>
        public ITypeSymbol? ResultType(IMethodSymbol method)
        {
            var returnType = method.ReturnType;
            if (returnType.SpecialType == SpecialType.System_Void)
            {
                return null;
            }

            var definition = returnType.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(definition, Task) || SymbolEqualityComparer.Default.Equals(definition, ValueTask))
            {
                return null;
            }

            if ((SymbolEqualityComparer.Default.Equals(definition, TaskOfT) || SymbolEqualityComparer.Default.Equals(definition, ValueTaskOfT))
                && returnType is INamedTypeSymbol { TypeArguments.Length: 1 } task)
            {
                return task.TypeArguments[0];
            }

            return returnType;
        }

        public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
        {
            if (attributeType is null)
            {
                return false;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
