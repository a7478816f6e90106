using System.Collections.Generic;
using System.Linq;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Emitting
{
    /// <summary>
    /// Emits the interceptors that replace each <c>Process.Create(entry, args...)</c> call with code that serializes
    /// the arguments and names the entry by id. Calls with the same entry and closed signature share one method.
    /// </summary>
    internal static class InterceptorEmitter
    {
        public const string HintName = "ProcessCreateInterceptors.g.cs";

        public static string Emit(EquatableArray<CallSiteSpec> callSites)
        {
            var groups = callSites
                .OrderBy(c => c.FilePath, System.StringComparer.Ordinal)
                .ThenBy(c => c.Line)
                .ThenBy(c => c.Column)
                .GroupBy(c => (c.EntryId, c.MethodName, c.ReturnTypeName, c.ParameterTypeNames, c.EntryParameterTypeNames))
                .ToList();

            return EmitClass("ProcessCreateInterceptors", groups, static (writer, group, usedNames) => WriteInterceptor(writer, group.ToList(), usedNames));
        }

        /// <summary>
        /// One file of interceptors: a file-local class in the generated namespace holding one method per group of
        /// calls, then the file-local <c>InterceptsLocationAttribute</c> the compiler recognizes by name.
        /// </summary>
        internal static string EmitClass<TGroup>(string className, IEnumerable<TGroup> groups, System.Action<SourceWriter, TGroup, HashSet<string>> writeInterceptor)
        {
            var writer = GeneratedHeader.Start();
            writer.WriteLine($"namespace {KnownNames.GeneratedNamespace}");
            writer.OpenBrace();
            writer.WriteLine(GeneratedHeader.GeneratedCodeAttribute);
            writer.WriteLine($"file static class {className}");
            writer.OpenBrace();
            var usedNames = new HashSet<string>();
            bool first = true;
            foreach (var group in groups)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                writeInterceptor(writer, group, usedNames);
            }

            writer.CloseBrace();
            writer.CloseBrace();
            writer.WriteLine();
            WriteAttribute(writer);
            return writer.ToString();
        }

        // [InterceptsLocation(1, "...")] // Program.cs(12,17)
        // public static Process<int> Create_Square(Func<int, int> target, int arg1) { ... }
        private static void WriteInterceptor(SourceWriter writer, List<CallSiteSpec> sites, HashSet<string> usedNames)
        {
            var site = sites[0];
            foreach (var call in sites)
            {
                writer.WriteLine($"[global::System.Runtime.CompilerServices.InterceptsLocation({call.LocationVersion}, {GeneratedHeader.EscapeString(call.LocationData)})] // {call.DisplayLocation}");
            }

            string name = UniqueName(site.MethodName, site.EntryDisplayName, usedNames);
            var parameters = new List<string> { site.ParameterTypeNames[0] + " target" };
            for (int i = 1; i < site.ParameterTypeNames.Count; i++)
            {
                parameters.Add($"{site.ParameterTypeNames[i]} arg{i}");
            }

            writer.WriteLine($"public static {site.ReturnTypeName} {name}({string.Join(", ", parameters)})");
            writer.OpenBrace();
            writer.WriteLine($"var arguments = new {KnownNames.Hosting}.EntryArgumentWriter();");
            // Written as the entry's parameter types, which the child reads, not as the types the caller's arguments have.
            for (int i = 1; i < site.ParameterTypeNames.Count; i++)
            {
                writer.WriteLine($"arguments.Write<{site.EntryParameterTypeNames[i - 1]}>(arg{i});");
            }

            writer.WriteLine(
                $"var entry = new {KnownNames.Hosting}.EntryReference({EntryIds.Literal(site.EntryId)}, "
                + $"{GeneratedHeader.EscapeString(site.EntryAssemblyName)}, {GeneratedHeader.EscapeString(site.EntryDisplayName)});");
            writer.WriteLine($"return {site.ReturnTypeName}.FromEntry(new {KnownNames.Hosting}.EntryCall(entry, arguments));");
            writer.CloseBrace();
        }

        // Create_Square, from the entry's display name "Worker.Square(int)"; numbered when that name is taken.
        internal static string UniqueName(string interceptedMethodName, string entryDisplayName, HashSet<string> usedNames)
        {
            string displayName = entryDisplayName;
            int parenthesis = displayName.IndexOf('(');
            string methodName = displayName.Substring(0, parenthesis < 0 ? displayName.Length : parenthesis);
            string baseName = interceptedMethodName + "_" + methodName.Substring(methodName.LastIndexOf('.') + 1);
            string name = baseName;
            for (int n = 2; !usedNames.Add(name); n++)
            {
                name = baseName + "_" + n;
            }

            return name;
        }

        // The compiler recognizes the attribute by name; declaring it file-local keeps it out of the user's API.
        private static void WriteAttribute(SourceWriter writer) => writer.WriteBlock("""
            namespace System.Runtime.CompilerServices
            {
                [global::System.AttributeUsage(global::System.AttributeTargets.Method, AllowMultiple = true)]
                file sealed class InterceptsLocationAttribute : global::System.Attribute
                {
                    public InterceptsLocationAttribute(int version, string data)
                    {
                        _ = version;
                        _ = data;
                    }
                }
            }
            """);
    }
}
