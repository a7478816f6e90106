using System.Collections.Generic;
using System.Linq;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Emitting
{
    /// <summary>
    /// Emits the server's side of a <c>[Shared]</c> class: a switch from constructor id to a constructor call, a switch
    /// from member id to a member call, each reading its arguments as the member's own parameter types, and the module
    /// initializer that registers both with the runtime. Nothing is looked up by reflection, and the server reads no
    /// type that is not a parameter of a member it serves.
    /// </summary>
    internal static class SharedDispatcherEmitter
    {
        public static string HintName(SharedTypeSpec type) => type.HintName + ".Dispatcher.g.cs";

        public static string Emit(SharedTypeSpec type)
        {
            var writer = GeneratedHeader.Start();
            writer.WriteLine($"namespace {KnownNames.GeneratedNamespace}");
            writer.OpenBrace();
            writer.WriteLine($"/// <summary>Serves calls on <see cref=\"{type.FullTypeName}\"/> objects in a manager's server, and registers the type with it.</summary>");
            writer.WriteLine(GeneratedHeader.GeneratedCodeAttribute);
            writer.WriteLine($"internal static class {type.HintName.Replace('.', '_')}_SharedDispatcher");
            writer.OpenBrace();

            // [ModuleInitializer] internal static void Register() => SharedTypeRegistry.Register(0x...UL, typeof(Account), false, Create, Dispatch);
            writer.WriteLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
            writer.WriteLine("internal static void Register() =>");
            using (writer.Indent())
            {
                writer.WriteLine(
                    $"{KnownNames.Managers}.SharedTypeRegistry.Register({EntryIds.Literal(type.TypeId)}, typeof({type.FullTypeName}), "
                    + $"concurrentCalls: {(type.ConcurrentCalls ? "true" : "false")}, Create, Dispatch);");
            }

            writer.WriteLine();
            WriteCreate(writer, type);
            writer.WriteLine();
            WriteDispatch(writer, type);
            writer.CloseBrace();
            writer.CloseBrace();
            return writer.ToString();
        }

        // private static object Create(SharedInvocation invocation) { switch (invocation.MemberId) { case 0x...UL: { ...; return new Account(opening); } } }
        private static void WriteCreate(SourceWriter writer, SharedTypeSpec type)
        {
            string invocation = SharedProxyEmitter.FreeName("invocation", type.Constructors.SelectMany(c => c.Parameters).Select(p => p.Name));
            writer.WriteLine($"private static object Create({KnownNames.Managers}.SharedInvocation {invocation})");
            writer.OpenBrace();
            writer.WriteLine($"switch ({invocation}.MemberId)");
            writer.OpenBrace();
            foreach (var constructor in type.Constructors)
            {
                writer.WriteLine($"case {EntryIds.Literal(constructor.Id)}: // {constructor.DisplayName}");
                writer.OpenBrace();
                var arguments = ReadArguments(writer, constructor.Parameters, invocation);
                writer.WriteLine($"return new {type.FullTypeName}({string.Join(", ", arguments)});");
                writer.CloseBrace();
            }

            writer.WriteLine("default:");
            using (writer.Indent())
            {
                writer.WriteLine($"throw {invocation}.UnknownMember({GeneratedHeader.EscapeString(type.DisplayName)});");
            }

            writer.CloseBrace();
            writer.CloseBrace();
        }

        // private static ValueTask Dispatch(object target, SharedInvocation invocation) { var account = (Account)target; switch (invocation.MemberId) { ... } }
        private static void WriteDispatch(SourceWriter writer, SharedTypeSpec type)
        {
            var parameterNames = type.Methods.SelectMany(m => m.Parameters).Select(p => p.Name).ToList();
            string invocation = SharedProxyEmitter.FreeName("invocation", parameterNames);
            string target = SharedProxyEmitter.FreeName("target", parameterNames.Concat(new[] { invocation }));
            string instance = SharedProxyEmitter.FreeName("instance", parameterNames.Concat(new[] { invocation, target }));
            writer.WriteLine($"private static global::System.Threading.Tasks.ValueTask Dispatch(object {target}, {KnownNames.Managers}.SharedInvocation {invocation})");
            writer.OpenBrace();
            writer.WriteLine($"var {instance} = ({type.FullTypeName}){target};");
            writer.WriteLine($"switch ({invocation}.MemberId)");
            writer.OpenBrace();
            foreach (var property in type.Properties)
            {
                if (property.GetterId != 0)
                {
                    writer.WriteLine($"case {EntryIds.Literal(property.GetterId)}: // get {property.DisplayName}");
                    writer.OpenBrace();
                    writer.WriteLine($"{invocation}.EndArguments();");
                    string returned = property.TypeIsShared ? $"ReturnShared<{property.TypeName.TrimEnd('?')}>" : $"Return<{property.TypeName}>";
                    writer.WriteLine($"{invocation}.{returned}({instance}.{property.Name});");
                    writer.WriteLine("return default;");
                    writer.CloseBrace();
                }

                if (property.SetterId != 0 && !property.TypeIsShared)
                {
                    writer.WriteLine($"case {EntryIds.Literal(property.SetterId)}: // set {property.DisplayName}");
                    writer.OpenBrace();
                    writer.WriteLine($"{instance}.{property.Name} = {invocation}.Read<{property.TypeName}>();");
                    writer.WriteLine($"{invocation}.EndArguments();");
                    writer.WriteLine("return default;");
                    writer.CloseBrace();
                }
            }

            foreach (var method in type.Methods)
            {
                writer.WriteLine($"case {EntryIds.Literal(method.Id)}: // {method.DisplayName}");
                writer.OpenBrace();
                var arguments = ReadArguments(writer, method.Parameters, invocation);
                WriteCall(writer, method, $"{instance}.{method.Name}({string.Join(", ", arguments)})", invocation);
                writer.CloseBrace();
            }

            writer.WriteLine("default:");
            using (writer.Indent())
            {
                writer.WriteLine($"throw {invocation}.UnknownMember({GeneratedHeader.EscapeString(type.DisplayName)});");
            }

            writer.CloseBrace();
            writer.CloseBrace();
        }

        // var amount = invocation.Read<decimal>(); ... invocation.EndArguments();
        private static List<string> ReadArguments(SourceWriter writer, EquatableArray<ParameterSpec> parameters, string invocation)
        {
            var arguments = new List<string>();
            foreach (var parameter in parameters)
            {
                if (parameter.IsCancellationToken)
                {
                    arguments.Add($"{invocation}.CancellationToken");
                    continue;
                }

                writer.WriteLine($"var {parameter.Name} = {invocation}.Read<{parameter.TypeName}>();");
                arguments.Add(parameter.Name);
            }

            writer.WriteLine($"{invocation}.EndArguments();");
            return arguments;
        }

        private static void WriteCall(SourceWriter writer, SharedMethodSpec method, string call, string invocation)
        {
            string result = method.ResultTypeName.TrimEnd('?');
            switch (method.ReturnKind)
            {
                case ReturnKind.Void:
                    writer.WriteLine(call + ";");
                    writer.WriteLine("return default;");
                    break;
                case ReturnKind.Value:
                    writer.WriteLine(method.ResultIsShared ? $"{invocation}.ReturnShared<{result}>({call});" : $"{invocation}.Return<{method.ResultTypeName}>({call});");
                    writer.WriteLine("return default;");
                    break;
                case ReturnKind.Task:
                    writer.WriteLine($"return new global::System.Threading.Tasks.ValueTask({call});");
                    break;
                case ReturnKind.ValueTask:
                    writer.WriteLine($"return {call};");
                    break;
                default:
                    writer.WriteLine(method.ResultIsShared ? $"return {invocation}.ReturnSharedAsync<{result}>({call});" : $"return {invocation}.ReturnAsync<{method.ResultTypeName}>({call});");
                    break;
            }
        }
    }
}
