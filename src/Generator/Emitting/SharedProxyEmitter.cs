using System.Collections.Generic;
using System.Linq;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Emitting
{
    /// <summary>
    /// Emits the caller's side of a <c>[Shared]</c> class: extension members on <c>Proxy&lt;T&gt;</c>, one per public
    /// method and property, each of which writes its arguments into one request and waits for the server's reply; and
    /// a <c>Create&lt;Name&gt;</c> extension method on <c>Manager</c> per public constructor. They go in the class's own
    /// namespace, so that code that can name the class sees them without another using.
    /// </summary>
    internal static class SharedProxyEmitter
    {
        public static string HintName(SharedTypeSpec type) => type.HintName + ".Proxy.g.cs";

        public static string Emit(SharedTypeSpec type)
        {
            var writer = GeneratedHeader.Start();
            bool hasNamespace = type.Namespace.Length > 0;
            if (hasNamespace)
            {
                writer.WriteLine($"namespace {type.Namespace}");
                writer.OpenBrace();
            }

            string accessibility = type.IsPublic ? "public" : "internal";
            string proxyType = ProxyOf(type.FullTypeName);
            writer.WriteLine($"/// <summary>The members of <see cref=\"{type.FullTypeName}\"/> on its proxy, and its constructors on a manager: each call runs in the manager's server.</summary>");
            writer.WriteLine(GeneratedHeader.GeneratedCodeAttribute);
            writer.WriteLine($"{accessibility} static class {type.ExtensionClassName}");
            writer.OpenBrace();

            // extension(Proxy<Account> proxy) { public void Deposit(decimal amount) { ... } ... }
            string proxy = FreeName("proxy", type.Methods.SelectMany(m => m.Parameters).Select(p => p.Name).Concat(new[] { "value" }));
            writer.WriteLine($"/// <summary>The members of <see cref=\"{type.FullTypeName}\"/>, forwarded to the object in the manager's server.</summary>");
            writer.WriteLine($"/// <param name=\"{proxy}\">A proxy of the object.</param>");
            writer.WriteLine($"extension({proxyType} {proxy})");
            writer.OpenBrace();
            bool first = true;
            foreach (var property in type.Properties)
            {
                Separate(writer, ref first);
                WriteProperty(writer, property, proxy);
            }

            foreach (var method in type.Methods)
            {
                Separate(writer, ref first);
                WriteMethod(writer, method, proxy);
            }

            writer.CloseBrace();

            if (type.Constructors.Count > 0)
            {
                // extension(Manager manager) { public Proxy<Account> CreateAccount(decimal opening) { ... } }
                writer.WriteLine();
                string manager = FreeName("manager", type.Constructors.SelectMany(c => c.Parameters).Select(p => p.Name));
                writer.WriteLine($"/// <summary>Creates <see cref=\"{type.FullTypeName}\"/> objects in the manager's server.</summary>");
                writer.WriteLine($"/// <param name=\"{manager}\">The manager whose server holds the object.</param>");
                writer.WriteLine($"extension({KnownNames.Manager} {manager})");
                writer.OpenBrace();
                first = true;
                foreach (var constructor in type.Constructors)
                {
                    Separate(writer, ref first);
                    WriteConstructor(writer, type, constructor, manager);
                }

                writer.CloseBrace();
            }

            writer.CloseBrace();
            if (hasNamespace)
            {
                writer.CloseBrace();
            }

            return writer.ToString();
        }

        // public decimal Balance { get => proxy.Invoke<decimal>(proxy.StartCall(0x...UL, "Account.Balance")); set { ... } }
        private static void WriteProperty(SourceWriter writer, SharedPropertySpec property, string proxy)
        {
            string type = property.TypeIsShared ? ProxyOf(property.TypeName) : property.TypeName;
            string display = GeneratedHeader.EscapeString(property.DisplayName);
            bool writable = property.SetterId != 0 && !property.TypeIsShared;
            string access = writable ? (property.GetterId != 0 ? "Reads or writes" : "Writes") : "Reads";
            writer.WriteLine($"/// <summary>{access} <c>{property.DisplayName}</c> of the object in the manager's server: one round trip each time.</summary>");
            writer.WriteLine($"public {type} {property.Name}");
            writer.OpenBrace();
            if (property.GetterId != 0)
            {
                string invoke = property.TypeIsShared ? $"InvokeShared<{property.TypeName}>" : $"Invoke<{property.TypeName}>";
                writer.WriteLine($"get => {proxy}.{invoke}({proxy}.StartCall({EntryIds.Literal(property.GetterId)}, {display}));");
            }

            if (writable)
            {
                writer.WriteLine("set");
                writer.OpenBrace();
                writer.WriteLine($"var call = {proxy}.StartCall({EntryIds.Literal(property.SetterId)}, {display});");
                writer.WriteLine($"call.Write<{property.TypeName}>(value);");
                writer.WriteLine($"{proxy}.Invoke(call);");
                writer.CloseBrace();
            }

            writer.CloseBrace();
        }

        // public Task<decimal> WithdrawAsync(decimal amount, CancellationToken cancellationToken) { var call = ...; call.Write(amount); return proxy.InvokeAsync<decimal>(call, cancellationToken); }
        private static void WriteMethod(SourceWriter writer, SharedMethodSpec method, string proxy)
        {
            string returnType = ProxyReturnType(method);
            writer.WriteLine($"/// <summary>Calls <c>{method.DisplayName}</c> on the object in the manager's server: one round trip.</summary>");
            writer.WriteLine($"public {returnType} {method.Name}({ParameterList(method.Parameters)})");
            writer.OpenBrace();
            string call = FreeName("call", method.Parameters.Select(p => p.Name));
            writer.WriteLine($"var {call} = {proxy}.StartCall({EntryIds.Literal(method.Id)}, {GeneratedHeader.EscapeString(method.DisplayName)});");
            WriteArguments(writer, method.Parameters, call);
            string token = method.Parameters.Where(p => p.IsCancellationToken).Select(p => ", " + p.Name).FirstOrDefault() ?? string.Empty;
            string result = method.ResultTypeName;
            switch (method.ReturnKind)
            {
                case ReturnKind.Void:
                    writer.WriteLine($"{proxy}.Invoke({call});");
                    break;
                case ReturnKind.Value:
                    writer.WriteLine(method.ResultIsShared ? $"return {proxy}.InvokeShared<{result}>({call});" : $"return {proxy}.Invoke<{result}>({call});");
                    break;
                case ReturnKind.Task:
                    writer.WriteLine($"return {proxy}.InvokeAsync({call}{token});");
                    break;
                case ReturnKind.ValueTask:
                    writer.WriteLine($"return new global::System.Threading.Tasks.ValueTask({proxy}.InvokeAsync({call}{token}));");
                    break;
                case ReturnKind.TaskOfValue:
                    writer.WriteLine(method.ResultIsShared ? $"return {proxy}.InvokeSharedAsync<{result}>({call}{token});" : $"return {proxy}.InvokeAsync<{result}>({call}{token});");
                    break;
                default:
                    string invoke = method.ResultIsShared ? $"InvokeSharedAsync<{result}>" : $"InvokeAsync<{result}>";
                    writer.WriteLine($"return new {returnType}({proxy}.{invoke}({call}{token}));");
                    break;
            }

            writer.CloseBrace();
        }

        // public Proxy<Account> CreateAccount(decimal opening) { var call = manager.StartCreate(...); call.Write(opening); return manager.Create<Account>(call); }
        private static void WriteConstructor(SourceWriter writer, SharedTypeSpec type, SharedConstructorSpec constructor, string manager)
        {
            writer.WriteLine($"/// <summary>Creates a <c>{constructor.DisplayName}</c> in the manager's server and returns its proxy: Python's <c>manager.{type.Name}(...)</c>.</summary>");
            writer.WriteLine($"public {ProxyOf(type.FullTypeName)} Create{type.Name}({ParameterList(constructor.Parameters)})");
            writer.OpenBrace();
            string call = FreeName("call", constructor.Parameters.Select(p => p.Name));
            writer.WriteLine($"var {call} = {manager}.StartCreate({EntryIds.Literal(type.TypeId)}, {EntryIds.Literal(constructor.Id)}, {GeneratedHeader.EscapeString(constructor.DisplayName)});");
            WriteArguments(writer, constructor.Parameters, call);
            writer.WriteLine($"return {manager}.Create<{type.FullTypeName}>({call});");
            writer.CloseBrace();
        }

        private static void WriteArguments(SourceWriter writer, EquatableArray<ParameterSpec> parameters, string call)
        {
            foreach (var parameter in parameters.Where(p => !p.IsCancellationToken))
            {
                writer.WriteLine($"{call}.Write<{parameter.TypeName}>({parameter.Name});");
            }
        }

        private static string ProxyReturnType(SharedMethodSpec method)
        {
            string result = method.ResultIsShared ? ProxyOf(method.ResultTypeName) : method.ResultTypeName;
            return method.ReturnKind switch
            {
                ReturnKind.Void => "void",
                ReturnKind.Value => result,
                ReturnKind.Task => "global::System.Threading.Tasks.Task",
                ReturnKind.ValueTask => "global::System.Threading.Tasks.ValueTask",
                ReturnKind.TaskOfValue => $"global::System.Threading.Tasks.Task<{result}>",
                _ => $"global::System.Threading.Tasks.ValueTask<{result}>",
            };
        }

        private static string ProxyOf(string typeName) => $"{KnownNames.Proxy}<{typeName.TrimEnd('?')}>";

        private static string ParameterList(EquatableArray<ParameterSpec> parameters) =>
            string.Join(", ", parameters.Select(p => p.TypeName + " " + p.Name));

        private static void Separate(SourceWriter writer, ref bool first)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
        }

        internal static string FreeName(string preferred, IEnumerable<string> taken)
        {
            var names = new HashSet<string>(taken);
            string name = preferred;
            for (int n = 2; names.Contains(name); n++)
            {
                name = preferred + n;
            }

            return name;
        }
    }
}
