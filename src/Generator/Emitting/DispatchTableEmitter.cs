using System.Collections.Generic;
using System.Linq;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Emitting
{
    /// <summary>
    /// Emits the assembly's dispatch table: a switch from entry id to a stub that reads the arguments, calls the
    /// entry and records its result, registered with the runtime from a module initializer.
    /// </summary>
    internal static class DispatchTableEmitter
    {
        public const string HintName = "ProcessEntryTable.g.cs";

        public static string Emit(string assemblyName, EquatableArray<EntrySpec> entries, EquatableArray<SubclassSpec> subclasses)
        {
            var sortedEntries = entries.OrderBy(e => e.Signature, System.StringComparer.Ordinal).ToList();
            var sortedSubclasses = subclasses.Where(s => !s.IsAbstract).OrderBy(s => s.Signature, System.StringComparer.Ordinal).ToList();
            var stubNames = StubNames(sortedEntries);

            var writer = GeneratedHeader.Start();
            writer.WriteLine($"namespace {KnownNames.GeneratedNamespace}");
            writer.OpenBrace();
            writer.WriteLine("/// <summary>The process entries of this assembly, by id, for a child to run the one its parent asked for.</summary>");
            writer.WriteLine(GeneratedHeader.GeneratedCodeAttribute);
            writer.WriteLine("internal static class ProcessEntryTable");
            writer.OpenBrace();

            // [ModuleInitializer] internal static void Register() => EntryRegistry.Register("Assembly", Find);
            writer.WriteLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
            writer.WriteLine($"internal static void Register() => {KnownNames.Hosting}.EntryRegistry.Register({GeneratedHeader.EscapeString(assemblyName)}, Find);");
            writer.WriteLine();

            // private static ProcessEntryStub? Find(ulong id) => id switch { 0x...UL => Stub, ... };
            writer.WriteLine($"private static {KnownNames.Hosting}.ProcessEntryStub? Find(ulong id) => id switch");
            writer.OpenBrace();
            foreach (var entry in sortedEntries)
            {
                writer.WriteLine($"{EntryIds.Literal(entry.Id)} => {stubNames[entry]}, // {entry.Signature}");
            }

            foreach (var subclass in sortedSubclasses)
            {
                writer.WriteLine($"{EntryIds.Literal(subclass.Id)} => {subclass.FullTypeName}.RunGeneratedEntry, // {subclass.Signature}");
            }

            writer.WriteLine("_ => null,");
            writer.CloseBrace(";");

            foreach (var entry in sortedEntries)
            {
                writer.WriteLine();
                WriteStub(writer, entry, stubNames[entry]);
            }

            writer.CloseBrace();
            writer.CloseBrace();
            return writer.ToString();
        }

        // private static ValueTask Worker_Square(EntryInvocation invocation) { var x = invocation.ReadArgument<int>(); ... }
        private static void WriteStub(SourceWriter writer, EntrySpec entry, string stubName)
        {
            string invocation = FreeName("invocation", entry.Parameters.Select(p => p.Name));
            writer.WriteLine($"private static global::System.Threading.Tasks.ValueTask {stubName}({KnownNames.Hosting}.EntryInvocation {invocation})");
            writer.OpenBrace();
            var arguments = new List<string>();
            foreach (var parameter in entry.Parameters)
            {
                if (parameter.IsCancellationToken)
                {
                    arguments.Add($"{invocation}.CancellationToken");
                    continue;
                }

                string local = EntryIds.Escape(parameter.Name);
                writer.WriteLine($"var {local} = {invocation}.ReadArgument<{parameter.TypeName}>();");
                arguments.Add(local);
            }

            writer.WriteLine($"{invocation}.EndArguments();");
            string call = $"{entry.ContainingTypeName}.{entry.MethodName}({string.Join(", ", arguments)})";
            switch (entry.ReturnKind)
            {
                case ReturnKind.Void:
                    writer.WriteLine(call + ";");
                    writer.WriteLine("return default;");
                    break;
                case ReturnKind.Value:
                    writer.WriteLine($"{invocation}.SetResult({call});");
                    writer.WriteLine("return default;");
                    break;
                case ReturnKind.Task:
                    writer.WriteLine($"return new global::System.Threading.Tasks.ValueTask({call});");
                    break;
                case ReturnKind.ValueTask:
                    writer.WriteLine($"return {call};");
                    break;
                default:
                    writer.WriteLine($"return {invocation}.SetResultAsync({call});");
                    break;
            }

            writer.CloseBrace();
        }

        // Worker_Square, or Worker_Square_1A2B3C4D when the type has overloads of the same name.
        private static Dictionary<EntrySpec, string> StubNames(List<EntrySpec> entries)
        {
            var names = new Dictionary<EntrySpec, string>();
            foreach (var group in entries.GroupBy(e => Identifier(e.ContainingTypeName) + "_" + e.MethodName.TrimStart('@')))
            {
                bool overloaded = group.Count() > 1;
                foreach (var entry in group)
                {
                    names[entry] = overloaded ? group.Key + "_" + entry.Id.ToString("X16").Substring(0, 8) : group.Key;
                }
            }

            return names;
        }

        private static string FreeName(string preferred, IEnumerable<string> taken)
        {
            var names = new HashSet<string>(taken);
            string name = preferred;
            for (int n = 2; names.Contains(name); n++)
            {
                name = preferred + n;
            }

            return name;
        }

        private static string Identifier(string fullTypeName) =>
            new string(fullTypeName.Replace("global::", string.Empty).Where(c => c != '@').Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
    }
}
