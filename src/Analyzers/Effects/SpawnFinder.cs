using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// Finds code that starts processes or creates what children attach to: <c>Process.Create</c>, <c>Start()</c> on a
    /// process, <c>Process.KeepWarm</c>, and creating (or calling a static factory of) a type in <see cref="RuntimeSymbols.SpawningTypeNames"/>.
    /// </summary>
    internal sealed class SpawnFinder : EffectFinder
    {
        public const string MaxCallDepthText = "three";

        private readonly RuntimeSymbols _symbols;

        public SpawnFinder(Compilation compilation, RuntimeSymbols symbols)
            : base(compilation)
        {
            _symbols = symbols;
        }

        protected override string? Describe(IOperation operation)
        {
            switch (operation)
            {
                case IInvocationOperation invocation when _symbols.IsCreate(invocation.TargetMethod):
                    return "creates a process with 'Process.Create'";

                case IInvocationOperation invocation when _symbols.IsStart(invocation.TargetMethod):
                    var process = invocation.Instance?.Type ?? invocation.TargetMethod.ContainingType;
                    return "starts a process with '" + process.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + ".Start()'";

                case IInvocationOperation invocation when _symbols.IsKeepWarm(invocation.TargetMethod):
                    return "starts processes ahead with 'Process.KeepWarm'";

                case IInvocationOperation { TargetMethod.IsStatic: true } invocation when _symbols.FindSpawningType(invocation.TargetMethod.ContainingType) is not null:
                    return "calls '" + Display(invocation.TargetMethod) + "'";

                case IObjectCreationOperation creation when _symbols.FindSpawningType(creation.Type) is not null:
                    return "creates a '" + creation.Type!.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "'";

                default:
                    return null;
            }
        }
    }
}
