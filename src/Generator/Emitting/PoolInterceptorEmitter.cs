using System.Collections.Generic;
using System.Linq;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Emitting
{
    /// <summary>
    /// Emits the interceptors that replace each pool call (<c>pool.Map(entry, items)</c>, <c>pool.ApplyAsync(entry, args...)</c>,
    /// <c>PoolInitializer.Create(entry, args...)</c>) with code that names the entry by id and serializes its arguments
    /// as the entry's parameter types. Calls with the same entry and closed signature share one method.
    /// </summary>
    internal static class PoolInterceptorEmitter
    {
        public const string HintName = "ProcessPoolInterceptors.g.cs";

        public static string Emit(EquatableArray<PoolCallSiteSpec> callSites)
        {
            var groups = callSites
                .OrderBy(c => c.Location.FilePath, System.StringComparer.Ordinal)
                .ThenBy(c => c.Location.Line)
                .ThenBy(c => c.Location.Column)
                .GroupBy(c => c with { Location = null! })
                .ToList();

            return InterceptorEmitter.EmitClass(
                "ProcessPoolInterceptors",
                groups,
                static (writer, group, usedNames) => WriteInterceptor(writer, group.Key, group.Select(c => c.Location).ToList(), usedNames));
        }

        // [InterceptsLocation(1, "...")] // Program.cs(12,17)
        // public static int[] Map_Square(this ProcessPool pool, Func<int, int> target, IEnumerable<int> items, int? chunkSize, CancellationToken cancellationToken) { ... }
        private static void WriteInterceptor(SourceWriter writer, PoolCallSiteSpec site, List<CallLocation> locations, HashSet<string> usedNames)
        {
            foreach (var location in locations)
            {
                writer.WriteLine($"[global::System.Runtime.CompilerServices.InterceptsLocation({location.Version}, {GeneratedHeader.EscapeString(location.Data)})] // {location.Display}");
            }

            var parameters = new List<string>();
            if (site.Kind != PoolCallKind.Initializer)
            {
                parameters.Add($"this global::{KnownNames.ProcessPoolType} pool");
            }

            for (int i = 0; i < site.ParameterTypeNames.Count; i++)
            {
                parameters.Add($"{site.ParameterTypeNames[i]} {site.ParameterNames[i]}");
            }

            string name = InterceptorEmitter.UniqueName(site.MethodName, site.EntryDisplayName, usedNames);
            writer.WriteLine($"public static {site.ReturnTypeName} {name}({string.Join(", ", parameters)})");
            writer.OpenBrace();
            writer.WriteLine(
                $"var entry = new {KnownNames.Hosting}.EntryReference({EntryIds.Literal(site.EntryId)}, "
                + $"{GeneratedHeader.EscapeString(site.EntryAssemblyName)}, {GeneratedHeader.EscapeString(site.EntryDisplayName)});");
            switch (site.Kind)
            {
                case PoolCallKind.Initializer:
                    WriteInitializer(writer, site);
                    break;
                case PoolCallKind.Apply:
                    WriteApply(writer, site);
                    break;
                default:
                    WriteMap(writer, site);
                    break;
            }

            writer.CloseBrace();
        }

        // var arguments = new PoolArgumentWriter(); arguments.Write<int>(arg1); return pool.ApplyAsyncEntry<int>(entry, arguments, callback, ...);
        private static void WriteApply(SourceWriter writer, PoolCallSiteSpec site)
        {
            int count = site.EntryParameterTypeNames.Count;
            writer.WriteLine($"var arguments = new {KnownNames.Hosting}.PoolArgumentWriter();");
            for (int i = 0; i < count; i++)
            {
                // Written as the entry's parameter types, which the worker reads, not as the types the caller's arguments have.
                writer.WriteLine($"arguments.Write<{site.EntryParameterTypeNames[i]}>({site.ParameterNames[i + 1]});");
            }

            string typeArguments = site.ResultTypeName.Length == 0 ? string.Empty : $"<{site.ResultTypeName}>";
            string call = $"pool.{site.MethodName}Entry{typeArguments}({string.Join(", ", new[] { "entry", "arguments" }.Concat(Forwarded(site, count + 1)))});";
            writer.WriteLine(site.ReturnTypeName == "void" ? call : "return " + call);
        }

        // return pool.MapEntry<int, int>(entry, items, static (arguments, item) => arguments.Write<int>(item), chunkSize, cancellationToken);
        private static void WriteMap(SourceWriter writer, PoolCallSiteSpec site)
        {
            string write = site.Kind == PoolCallKind.Map
                ? $"static (arguments, item) => arguments.Write<{site.EntryParameterTypeNames[0]}>(item)"
                : "static (arguments, item) =>";
            var forwarded = new[] { "entry", site.ParameterNames[1], "write" }.Concat(Forwarded(site, 2));
            if (site.Kind == PoolCallKind.Map)
            {
                writer.WriteLine($"global::System.Action<{KnownNames.Hosting}.PoolArgumentWriter, {site.ItemTypeName}> write = {write};");
            }
            else
            {
                // Each tuple element as the entry's parameter of that position.
                writer.WriteLine($"global::System.Action<{KnownNames.Hosting}.PoolArgumentWriter, {site.ItemTypeName}> write = {write}");
                writer.OpenBrace();
                for (int i = 0; i < site.EntryParameterTypeNames.Count; i++)
                {
                    writer.WriteLine($"arguments.Write<{site.EntryParameterTypeNames[i]}>(item.Item{i + 1});");
                }

                writer.CloseBrace(";");
            }

            writer.WriteLine($"return pool.{site.MethodName}Entry<{site.ItemTypeName}, {site.ResultTypeName}>({string.Join(", ", forwarded)});");
        }

        // return PoolInitializer.FromEntry(entry, arguments => { arguments.Write<int>(arg1); });
        private static void WriteInitializer(SourceWriter writer, PoolCallSiteSpec site)
        {
            if (site.EntryParameterTypeNames.Count == 0)
            {
                writer.WriteLine($"return global::{KnownNames.PoolInitializerType}.FromEntry(entry, static arguments => {{ }});");
                return;
            }

            // The arguments are written again for each worker as it starts: handles among them go to each worker.
            writer.WriteLine($"return global::{KnownNames.PoolInitializerType}.FromEntry(entry, arguments =>");
            writer.OpenBrace();
            for (int i = 0; i < site.EntryParameterTypeNames.Count; i++)
            {
                writer.WriteLine($"arguments.Write<{site.EntryParameterTypeNames[i]}>({site.ParameterNames[i + 1]});");
            }

            writer.CloseBrace(");");
        }

        private static IEnumerable<string> Forwarded(PoolCallSiteSpec site, int first) =>
            Enumerable.Range(first, site.ParameterNames.Count - first).Select(i => site.ParameterNames[i]);
    }
}
