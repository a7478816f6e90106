using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Multiprocessing.Generator.Emitting;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Parsing;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator
{
    /// <summary>
    /// Emits, for each assembly, the dispatch table of its <c>[ProcessEntry]</c> methods and process subclasses, the
    /// state capture of each subclass, the proxy and server dispatcher of each <c>[Shared]</c> class, and the interceptors that turn <c>Process.Create(entry, args)</c> calls into
    /// typed, serialized entry calls. It reports nothing: invalid targets are the analyzers' to explain.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ProcessEntryGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var assemblyName = context.CompilationProvider
                .Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty)
                .WithTrackingName(TrackingNames.AssemblyName);

            var entries = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    KnownNames.ProcessEntryAttribute,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (context, _) => EntryParser.Parse((IMethodSymbol)context.TargetSymbol))
                .Where(static entry => entry is not null)
                .Select(static (entry, _) => entry!)
                .WithTrackingName(TrackingNames.Entries);

            var subclasses = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => SubclassParser.IsCandidate(node),
                    static (context, cancellationToken) =>
                        context.SemanticModel.GetDeclaredSymbol(context.Node, cancellationToken) is INamedTypeSymbol type
                            ? SubclassParser.Parse(type, context.SemanticModel.Compilation.AssemblyName ?? string.Empty)
                            : null)
                .Where(static subclass => subclass is not null)
                .Select(static (subclass, _) => subclass!)
                .WithTrackingName(TrackingNames.Subclasses);

            var callSites = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => CallSiteParser.IsCandidate(node),
                    static (context, cancellationToken) => CallSiteParser.Parse(context, cancellationToken))
                .Where(static callSite => callSite is not null)
                .Select(static (callSite, _) => callSite!)
                .WithTrackingName(TrackingNames.CallSites);

            var poolCallSites = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => PoolCallSiteParser.IsCandidate(node),
                    static (context, cancellationToken) => PoolCallSiteParser.Parse(context, cancellationToken))
                .Where(static callSite => callSite is not null)
                .Select(static (callSite, _) => callSite!)
                .WithTrackingName(TrackingNames.PoolCallSites);

            // An assembly that starts processes registers a table even with no entries of its own: the runtime then
            // knows the program is one that must call the guard, instead of quietly starting children another way.
            var startsProcesses = callSites.Collect()
                .Combine(poolCallSites.Collect())
                .Select(static (all, _) => all.Left.Length > 0 || all.Right.Length > 0)
                .WithTrackingName(TrackingNames.StartsProcesses);

            var table = entries.Collect()
                .Combine(subclasses.Collect())
                .Combine(assemblyName)
                .Combine(startsProcesses)
                .Select(static (input, _) => new DispatchTableInput(
                    input.Left.Right,
                    input.Left.Left.Left.ToEquatableArray(),
                    input.Left.Left.Right.GroupBy(s => s.FullTypeName).Select(g => g.First()).ToEquatableArray(),
                    input.Right))
                .WithTrackingName(TrackingNames.DispatchTable);

            context.RegisterSourceOutput(table, static (output, input) =>
            {
                if (input.Entries.Count > 0 || input.Subclasses.Any(s => !s.IsAbstract) || input.StartsProcesses)
                {
                    output.AddSource(DispatchTableEmitter.HintName, DispatchTableEmitter.Emit(input.AssemblyName, input.Entries, input.Subclasses));
                }
            });

            // A partial class declared in several files is found once per declaration; it is emitted once.
            var distinctSubclasses = subclasses.Collect()
                .SelectMany(static (all, _) => all.GroupBy(s => s.FullTypeName).Select(g => g.First()))
                .WithTrackingName(TrackingNames.DistinctSubclasses);
            context.RegisterSourceOutput(distinctSubclasses, static (output, subclass) =>
                output.AddSource(SubclassEmitter.HintName(subclass), SubclassEmitter.Emit(subclass)));

            // A [Shared] class gets its proxy members and its server dispatcher; one declared in several partial files
            // is found once, since ForAttributeWithMetadataName reports the symbol's attribute once.
            var sharedTypes = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    KnownNames.SharedAttribute,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (context, _) => SharedTypeParser.Parse((INamedTypeSymbol)context.TargetSymbol))
                .Where(static type => type is not null)
                .Select(static (type, _) => type!)
                .WithTrackingName(TrackingNames.SharedTypes);
            context.RegisterSourceOutput(sharedTypes, static (output, type) =>
            {
                output.AddSource(SharedProxyEmitter.HintName(type), SharedProxyEmitter.Emit(type));
                output.AddSource(SharedDispatcherEmitter.HintName(type), SharedDispatcherEmitter.Emit(type));
            });

            var interceptors = callSites.Collect()
                .Select(static (all, _) => all.ToEquatableArray())
                .WithTrackingName(TrackingNames.Interceptors);
            context.RegisterSourceOutput(interceptors, static (output, all) =>
            {
                if (all.Count > 0)
                {
                    output.AddSource(InterceptorEmitter.HintName, InterceptorEmitter.Emit(all));
                }
            });

            var poolInterceptors = poolCallSites.Collect()
                .Select(static (all, _) => all.ToEquatableArray())
                .WithTrackingName(TrackingNames.PoolInterceptors);
            context.RegisterSourceOutput(poolInterceptors, static (output, all) =>
            {
                if (all.Count > 0)
                {
                    output.AddSource(PoolInterceptorEmitter.HintName, PoolInterceptorEmitter.Emit(all));
                }
            });
        }

        private sealed record DispatchTableInput(string AssemblyName, EquatableArray<EntrySpec> Entries, EquatableArray<SubclassSpec> Subclasses, bool StartsProcesses);
    }

    /// <summary>The names of the pipeline's steps, which the caching tests look up.</summary>
    public static class TrackingNames
    {
        public const string AssemblyName = nameof(AssemblyName);
        public const string Entries = nameof(Entries);
        public const string Subclasses = nameof(Subclasses);
        public const string DistinctSubclasses = nameof(DistinctSubclasses);
        public const string CallSites = nameof(CallSites);
        public const string StartsProcesses = nameof(StartsProcesses);
        public const string DispatchTable = nameof(DispatchTable);
        public const string Interceptors = nameof(Interceptors);
        public const string PoolCallSites = nameof(PoolCallSites);
        public const string PoolInterceptors = nameof(PoolInterceptors);
        public const string SharedTypes = nameof(SharedTypes);
    }
}
