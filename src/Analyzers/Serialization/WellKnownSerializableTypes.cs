using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Multiprocessing.Analyzers.Serialization
{
    /// <summary>
    /// The types MemoryPack serializes without a <c>[MemoryPackable]</c> attribute (its
    /// <c>MemoryPackFormatterProvider</c> registers formatters for them), resolved once per compilation. Unmanaged
    /// structs (primitives, enums, DateTime, Guid, Half, Int128, ...) need no entry: MemoryPack copies their bytes.
    /// </summary>
    internal sealed class WellKnownSerializableTypes
    {
        // Reference types and structs with references that have a dedicated formatter.
        private static readonly string[] NonGenericNames =
        {
            "System.String",
            "System.Decimal",
            "System.Version",
            "System.Uri",
            "System.TimeZoneInfo",
            "System.Type",
            "System.Numerics.BigInteger",
            "System.Collections.BitArray",
            "System.Text.StringBuilder",
            "System.Globalization.CultureInfo",
        };

        // Generic types whose formatter serializes their type arguments: serializable when every argument is.
        private static readonly string[] GenericNames =
        {
            "System.Nullable`1",
            "System.Lazy`1",
            "System.Collections.Generic.KeyValuePair`2",
            "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4",
            "System.Tuple`5", "System.Tuple`6", "System.Tuple`7", "System.Tuple`8",
            "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
            "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8",
            "System.ArraySegment`1",
            "System.Memory`1",
            "System.ReadOnlyMemory`1",
            "System.Buffers.ReadOnlySequence`1",
            "System.Collections.Generic.List`1",
            "System.Collections.Generic.Stack`1",
            "System.Collections.Generic.Queue`1",
            "System.Collections.Generic.LinkedList`1",
            "System.Collections.Generic.HashSet`1",
            "System.Collections.Generic.SortedSet`1",
            "System.Collections.Generic.PriorityQueue`2",
            "System.Collections.Generic.Dictionary`2",
            "System.Collections.Generic.SortedDictionary`2",
            "System.Collections.Generic.SortedList`2",
            "System.Collections.ObjectModel.Collection`1",
            "System.Collections.ObjectModel.ObservableCollection`1",
            "System.Collections.ObjectModel.ReadOnlyCollection`1",
            "System.Collections.ObjectModel.ReadOnlyObservableCollection`1",
            "System.Collections.Concurrent.ConcurrentQueue`1",
            "System.Collections.Concurrent.ConcurrentStack`1",
            "System.Collections.Concurrent.ConcurrentBag`1",
            "System.Collections.Concurrent.ConcurrentDictionary`2",
            "System.Collections.Concurrent.BlockingCollection`1",
            "System.Collections.Generic.IEnumerable`1",
            "System.Collections.Generic.ICollection`1",
            "System.Collections.Generic.IReadOnlyCollection`1",
            "System.Collections.Generic.IList`1",
            "System.Collections.Generic.IReadOnlyList`1",
            "System.Collections.Generic.IDictionary`2",
            "System.Collections.Generic.IReadOnlyDictionary`2",
            "System.Collections.Generic.ISet`1",
            "System.Collections.Generic.IReadOnlySet`1",
            "System.Linq.ILookup`2",
            "System.Linq.IGrouping`2",
            "System.Collections.Immutable.ImmutableArray`1",
            "System.Collections.Immutable.ImmutableList`1",
            "System.Collections.Immutable.ImmutableQueue`1",
            "System.Collections.Immutable.ImmutableStack`1",
            "System.Collections.Immutable.ImmutableDictionary`2",
            "System.Collections.Immutable.ImmutableSortedDictionary`2",
            "System.Collections.Immutable.ImmutableHashSet`1",
            "System.Collections.Immutable.ImmutableSortedSet`1",
            "System.Collections.Immutable.IImmutableList`1",
            "System.Collections.Immutable.IImmutableQueue`1",
            "System.Collections.Immutable.IImmutableStack`1",
            "System.Collections.Immutable.IImmutableDictionary`2",
            "System.Collections.Immutable.IImmutableSet`1",
            "System.Collections.Frozen.FrozenDictionary`2",
            "System.Collections.Frozen.FrozenSet`1",
        };

        // Operating-system handles the runtime registers formatters for (src/Runtime/Sockets). A handle's descriptor is
        // placed in a child as it starts, so it travels with arguments and process state, never back with a result.
        private static readonly string[] HandleNames =
        {
            "System.Net.Sockets.Socket",
        };

        private readonly HashSet<INamedTypeSymbol> _nonGeneric;
        private readonly HashSet<INamedTypeSymbol> _generic;
        private readonly HashSet<INamedTypeSymbol> _handles;

        public WellKnownSerializableTypes(Compilation compilation)
        {
            _nonGeneric = Resolve(compilation, NonGenericNames);
            _generic = Resolve(compilation, GenericNames);
            _handles = Resolve(compilation, HandleNames);
        }

        public bool IsSerializable(INamedTypeSymbol type) => _nonGeneric.Contains(type);

        /// <summary>True when <paramref name="type"/> is an operating-system handle that can be passed to a process being started.</summary>
        public bool IsHandle(INamedTypeSymbol type) => _handles.Contains(type);

        /// <summary>True when <paramref name="type"/> is a supported generic type; its type arguments still need checking.</summary>
        public bool IsSerializableGeneric(INamedTypeSymbol type) => type.IsGenericType && _generic.Contains(type.OriginalDefinition);

        private static HashSet<INamedTypeSymbol> Resolve(Compilation compilation, string[] metadataNames)
        {
            var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (string name in metadataNames)
            {
                // Every definition, not just a unique one: a polyfill package may declare a type the framework also has.
                foreach (var type in compilation.GetTypesByMetadataName(name))
                {
                    types.Add(type);
                }
            }

            return types;
        }
    }
}
