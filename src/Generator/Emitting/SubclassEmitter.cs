using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Emitting
{
    /// <summary>
    /// Emits the other half of a <c>partial</c> process subclass: capturing its state in the parent, and in the child
    /// a constructor that restores that state and a stub that runs it. A subclass of a generated subclass writes and
    /// reads its base's state first, through the base's generated members.
    /// </summary>
    internal static class SubclassEmitter
    {
        public static string HintName(SubclassSpec subclass) => subclass.HintName + ".Process.g.cs";

        public static string Emit(SubclassSpec subclass)
        {
            var writer = GeneratedHeader.Start();
            bool hasNamespace = subclass.Namespace.Length > 0;
            if (hasNamespace)
            {
                writer.WriteLine($"namespace {subclass.Namespace}");
                writer.OpenBrace();
            }

            for (int i = 0; i < subclass.ContainingTypes.Count - 1; i++)
            {
                var container = subclass.ContainingTypes[i];
                writer.WriteLine($"partial {container.Keyword} {container.Name}");
                writer.OpenBrace();
            }

            string name = subclass.ContainingTypes[subclass.ContainingTypes.Count - 1].Name;
            writer.WriteLine($"partial class {name}");
            writer.OpenBrace();
            if (!subclass.IsAbstract)
            {
                WriteCapture(writer, subclass);
                writer.WriteLine();
            }

            WriteState(writer, subclass);
            writer.WriteLine();
            if (!subclass.IsAbstract)
            {
                WriteRunStub(writer, subclass, name);
                writer.WriteLine();
            }

            WriteConstructors(writer, subclass, name);
            writer.CloseBrace();

            for (int i = 0; i < subclass.ContainingTypes.Count - 1; i++)
            {
                writer.CloseBrace();
            }

            if (hasNamespace)
            {
                writer.CloseBrace();
            }

            return writer.ToString();
        }

        // protected override EntryCall? CaptureGeneratedCall() { var state = ...; WriteGeneratedState(state); return new EntryCall(...); }
        private static void WriteCapture(SourceWriter writer, SubclassSpec subclass)
        {
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine(GeneratedHeader.GeneratedCodeAttribute);
            writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.WriteLine($"protected override {KnownNames.Hosting}.EntryCall? CaptureGeneratedCall()");
            writer.OpenBrace();
            writer.WriteLine($"var state = new {KnownNames.Hosting}.EntryArgumentWriter();");
            writer.WriteLine("WriteGeneratedState(state);");
            writer.WriteLine(
                $"var entry = new {KnownNames.Hosting}.EntryReference({EntryIds.Literal(subclass.Id)}, "
                + $"{GeneratedHeader.EscapeString(subclass.AssemblyName)}, {GeneratedHeader.EscapeString(subclass.DisplayName)});");
            writer.WriteLine($"return new {KnownNames.Hosting}.EntryCall(entry, state);");
            writer.CloseBrace();
        }

        // protected override void WriteGeneratedState(EntryArgumentWriter state) { base.WriteGeneratedState(state); state.Write(this.X); ... }
        private static void WriteState(SourceWriter writer, SubclassSpec subclass)
        {
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine(GeneratedHeader.GeneratedCodeAttribute);
            writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.WriteLine($"protected override void WriteGeneratedState({KnownNames.Hosting}.EntryArgumentWriter state)");
            writer.OpenBrace();
            if (subclass.DerivesFromGeneratedSubclass)
            {
                writer.WriteLine("base.WriteGeneratedState(state);");
            }

            foreach (var member in subclass.State)
            {
                writer.WriteLine($"state.Write<{member.TypeName}>(this.{member.Name});");
            }

            writer.CloseBrace();
        }

        // internal static ValueTask RunGeneratedEntry(EntryInvocation invocation): the child's way in, from the dispatch table.
        private static void WriteRunStub(SourceWriter writer, SubclassSpec subclass, string name)
        {
            writer.WriteLine(GeneratedHeader.GeneratedCodeAttribute);
            writer.WriteLine($"internal static {(subclass.HidesBaseRunStub ? "new " : string.Empty)}global::System.Threading.Tasks.ValueTask RunGeneratedEntry({KnownNames.Hosting}.EntryInvocation invocation)");
            writer.OpenBrace();
            writer.WriteLine($"var process = new {name}(invocation);");
            writer.WriteLine("invocation.EndArguments();");
            writer.WriteLine("invocation.AttachProcess(process);");
            // Asking for the invocation's token is what makes Terminate cancel it; only RunAsync(CancellationToken) can see it.
            string token = subclass.ObservesTermination ? "invocation.CancellationToken" : "global::System.Threading.CancellationToken.None";
            writer.WriteLine($"return new global::System.Threading.Tasks.ValueTask(RunSubclass(process, {token}));");
            writer.CloseBrace();
        }

        // [public Name() { }]  protected Name(EntryInvocation invocation) [: base(invocation)] { this.X = invocation.ReadArgument<T>(); ... }
        private static void WriteConstructors(SourceWriter writer, SubclassSpec subclass, string name)
        {
            if (!subclass.HasDeclaredConstructors)
            {
                // Declaring the restoring constructor would remove the implicit default one the user relies on.
                writer.WriteLine("/// <summary>Creates the process in the parent; its state is copied to the child at start.</summary>");
                writer.WriteLine(GeneratedHeader.GeneratedCodeAttribute);
                writer.WriteLine($"{(subclass.IsAbstract ? "protected" : "public")} {name}()");
                writer.OpenBrace();
                writer.CloseBrace();
                writer.WriteLine();
            }

            writer.WriteLine("/// <summary>Restores, in the child, the state the parent captured; no user constructor runs.</summary>");
            writer.WriteLine(GeneratedHeader.GeneratedCodeAttribute);
            writer.WriteLine("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
            writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            string accessibility = subclass.IsSealed ? "private" : "protected";
            writer.WriteLine($"{accessibility} {name}({KnownNames.Hosting}.EntryInvocation invocation)");
            if (subclass.DerivesFromGeneratedSubclass)
            {
                using (writer.Indent())
                {
                    writer.WriteLine(": base(invocation)");
                }
            }

            writer.OpenBrace();
            foreach (var member in subclass.State)
            {
                writer.WriteLine($"this.{member.Name} = invocation.ReadArgument<{member.TypeName}>();");
            }

            writer.CloseBrace();
        }
    }
}
