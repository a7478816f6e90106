using System.Collections.Generic;
using System.Collections.Immutable;
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
            ProcessGuard = compilation.GetTypeByMetadataName(ProcessGuardType);
            ModuleInitializerAttribute = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute");
            SpawningTypes = Resolve(compilation, SpawningTypeNames);
            ItemCarriers = Resolve(compilation, ItemCarrierTypeNames);
            ItemMethodOwners = Resolve(compilation, ItemMethodOwnerNames);
        }

        /// <summary>
        /// The runtime's types whose creation starts processes or sets up what children attach to: Python creates a
        /// manager's or a pool's processes in the constructor, and a queue or pipe made before the guard is made again,
        /// unshared, in every child. Listed by metadata name so that a type counts from the day it lands in the runtime;
        /// a name the compilation does not know is skipped. <c>Process</c> itself counts through <c>Create</c> and <c>Start</c>.
        /// </summary>
        public static readonly ImmutableArray<string> SpawningTypeNames = ImmutableArray.Create(
            "Multiprocessing.ProcessQueue`1",
            "Multiprocessing.SimpleProcessQueue`1",
            "Multiprocessing.JoinableProcessQueue`1",
            "Multiprocessing.Pipe",
            "Multiprocessing.Listener",
            "Multiprocessing.Manager",
            "Multiprocessing.ProcessManager",
            "Multiprocessing.SyncManager",
            "Multiprocessing.ProcessPool",
            "Multiprocessing.ProcessPool`1");

        /// <summary>
        /// The runtime's generic types that serialize values of their type arguments with MemoryPack as they are used
        /// (queue items, proxy values), where the type argument is checked. A type the compilation does not know is skipped.
        /// </summary>
        public static readonly ImmutableArray<string> ItemCarrierTypeNames = ImmutableArray.Create(
            "Multiprocessing.ProcessQueue`1",
            "Multiprocessing.SimpleProcessQueue`1",
            "Multiprocessing.JoinableProcessQueue`1",
            "Multiprocessing.QueueProxy`1",
            "Multiprocessing.ValueProxy`1",
            "Multiprocessing.ArrayProxy`1",
            "Multiprocessing.ListProxy`1",
            "Multiprocessing.DictionaryProxy`2");

        /// <summary>The runtime's types with generic methods that serialize values of their type arguments (<see cref="ItemMethodNames"/>).</summary>
        public static readonly ImmutableArray<string> ItemMethodOwnerNames = ImmutableArray.Create(
            "Multiprocessing.Connection",
            "Multiprocessing.Manager",
            "Multiprocessing.NamespaceProxy");

        /// <summary>
        /// The generic methods of <see cref="ItemMethodOwnerNames"/> whose type arguments travel between processes:
        /// messages of a connection, the manager's typed proxies and a namespace's values. <c>Manager.Find&lt;T&gt;</c>
        /// and <c>Create&lt;T&gt;</c> are not among them: their <c>T</c> is a [Shared] class that stays in the server.
        /// </summary>
        public static readonly ImmutableHashSet<string> ItemMethodNames = ImmutableHashSet.Create(
            "Send", "Receive", "SendAsync", "ReceiveAsync",
            "Queue", "Value", "Array", "List", "Dictionary", "FindQueue", "FindList", "FindDictionary",
            "Set", "Get", "TryGet");

        private const string ProcessGuardType = "Multiprocessing.ProcessGuard";

        private const string GuardMethod = "Enter";

        private const string StartMethod = "Start";

        private const string KeepWarmMethod = "KeepWarm";

        public INamedTypeSymbol Process { get; }

        public INamedTypeSymbol ProcessEntryAttribute { get; }

        public INamedTypeSymbol? CancellationToken { get; }

        public INamedTypeSymbol? Task { get; }

        public INamedTypeSymbol? TaskOfT { get; }

        public INamedTypeSymbol? ValueTask { get; }

        public INamedTypeSymbol? ValueTaskOfT { get; }

        public INamedTypeSymbol? ProcessGuard { get; }

        public INamedTypeSymbol? ModuleInitializerAttribute { get; }

        /// <summary>The types of <see cref="SpawningTypeNames"/> that this compilation knows.</summary>
        public ImmutableArray<INamedTypeSymbol> SpawningTypes { get; }

        /// <summary>The types of <see cref="ItemCarrierTypeNames"/> that this compilation knows.</summary>
        public ImmutableArray<INamedTypeSymbol> ItemCarriers { get; }

        /// <summary>The types of <see cref="ItemMethodOwnerNames"/> that this compilation knows.</summary>
        public ImmutableArray<INamedTypeSymbol> ItemMethodOwners { get; }

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

        /// <summary>Whether <paramref name="method"/> is <c>ProcessGuard.Enter()</c>.</summary>
        public bool IsGuard(IMethodSymbol method) =>
            method.Name == GuardMethod && SymbolEqualityComparer.Default.Equals(method.ContainingType, ProcessGuard);

        /// <summary>Whether <paramref name="method"/> is <c>Start()</c> of <c>Process</c>, called on it or on a subclass.</summary>
        public bool IsStart(IMethodSymbol method) =>
            method.Name == StartMethod && !method.IsStatic && method.Parameters.IsEmpty && DerivesFrom(method.ContainingType, Process);

        /// <summary>Whether <paramref name="method"/> is <c>Process.KeepWarm</c>, which starts children ahead of need.</summary>
        public bool IsKeepWarm(IMethodSymbol method) =>
            method.Name == KeepWarmMethod && method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, Process);

        /// <summary>The listed spawning type that <paramref name="type"/> is or derives from, or null.</summary>
        public INamedTypeSymbol? FindSpawningType(ITypeSymbol? type)
        {
            if (SpawningTypes.IsEmpty)
            {
                return null;
            }

            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                foreach (var spawning in SpawningTypes)
                {
                    if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, spawning))
                    {
                        return spawning;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The item carrier (<see cref="ItemCarrierTypeNames"/>) that <paramref name="type"/> is or derives from, closed
        /// over the item types as <paramref name="type"/> names them, or null.
        /// </summary>
        public INamedTypeSymbol? FindItemCarrier(ITypeSymbol? type)
        {
            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                if (current.IsGenericType && Contains(ItemCarriers, current.OriginalDefinition))
                {
                    return current;
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="method"/> is a generic runtime method that serializes values of its type arguments.</summary>
        public bool SerializesTypeArguments(IMethodSymbol method) =>
            method.IsGenericMethod
            && ItemMethodNames.Contains(method.Name)
            && Contains(ItemMethodOwners, method.ContainingType.OriginalDefinition);

        private static bool Contains(ImmutableArray<INamedTypeSymbol> types, INamedTypeSymbol type)
        {
            foreach (var candidate in types)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> belongs to the runtime (the assembly that defines <c>Process</c>).</summary>
        public bool IsRuntimeType(ITypeSymbol? type) =>
            type is not null && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, Process.ContainingAssembly);

        public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A call whose first argument is an entry target, which the generator intercepts: <c>Process.Create</c>, and the
        /// pool's methods and <c>PoolInitializer.Create</c> (<see cref="PoolTargetMethods"/>).
        /// </summary>
        public bool TakesEntryTarget(IMethodSymbol method) => IsCreate(method) || PoolTargetMethods.Classify(method) != PoolCallKind.None;

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

        private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, IEnumerable<string> metadataNames)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (string name in metadataNames)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    builder.Add(type);
                }
            }

            return builder.ToImmutable();
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
