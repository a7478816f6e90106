using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// The program's entry point (Main or the top-level statements), looked up once per compilation and only when an
    /// analyzer asks: a library has none, and the compiler caches the lookup for the build anyway.
    /// </summary>
    internal sealed class ProgramEntryPoint
    {
        private readonly Lazy<IMethodSymbol?> _method;

        public ProgramEntryPoint(Compilation compilation, CancellationToken cancellationToken)
        {
            _method = new Lazy<IMethodSymbol?>(
                () => compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
                    ? compilation.GetEntryPoint(cancellationToken)
                    : null,
                LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>Whether <paramref name="symbol"/> is the method the program starts in.</summary>
        public bool Is(ISymbol? symbol) =>
            symbol is IMethodSymbol method && _method.Value is { } entryPoint && SymbolEqualityComparer.Default.Equals(method, entryPoint);
    }
}
