using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// Finds code that reaches outside the program and would be repeated by every child that runs it: the console,
    /// files, sockets and listeners, threads and timers, other programs. The list is of well-known APIs rather than a
    /// guess about every call, so that ordinary computations before the guard are never reported.
    /// </summary>
    internal sealed class SideEffectFinder : EffectFinder
    {
        private const string AnyMember = "*";

        private const string Constructor = ".ctor";

        // (type metadata name, member name or AnyMember or Constructor, what it does)
        private static readonly (string Type, string Member, string Effect)[] Rules =
        {
            ("System.Console", AnyMember, "uses the console"),
            ("System.IO.File", AnyMember, "uses the file system"),
            ("System.IO.Directory", AnyMember, "uses the file system"),
            ("System.IO.FileStream", Constructor, "opens a file"),
            ("System.IO.StreamWriter", Constructor, "opens a file"),
            ("System.IO.StreamReader", Constructor, "opens a file"),
            ("System.Net.Sockets.Socket", Constructor, "opens a socket"),
            ("System.Net.Sockets.TcpListener", Constructor, "opens a listening socket"),
            ("System.Net.Sockets.TcpClient", Constructor, "opens a socket"),
            ("System.Net.Sockets.UdpClient", Constructor, "opens a socket"),
            ("System.Net.HttpListener", "Start", "binds a port"),
            ("System.Threading.Thread", "Start", "starts a thread"),
            ("System.Threading.Timer", Constructor, "starts a timer"),
            ("System.Threading.ThreadPool", "QueueUserWorkItem", "starts work on the thread pool"),
            ("System.Threading.Tasks.Task", "Run", "starts work on the thread pool"),
            ("System.Threading.Tasks.TaskFactory", "StartNew", "starts work on the thread pool"),
            ("System.Diagnostics.Process", "Start", "starts another program"),
        };

        private readonly Dictionary<INamedTypeSymbol, List<(string Member, string Effect)>> _rules =
            new(SymbolEqualityComparer.Default);

        public SideEffectFinder(Compilation compilation)
            : base(compilation)
        {
            foreach (var (typeName, member, effect) in Rules)
            {
                if (compilation.GetTypeByMetadataName(typeName) is not { } type)
                {
                    continue;
                }

                if (!_rules.TryGetValue(type, out var members))
                {
                    _rules.Add(type, members = new List<(string, string)>());
                }

                members.Add((member, effect));
            }
        }

        protected override string? Describe(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => Match(invocation.TargetMethod, invocation.TargetMethod.Name),
            IObjectCreationOperation { Constructor: { } constructor } => Match(constructor, Constructor),
            IPropertyReferenceOperation property => Match(property.Property, property.Property.Name),
            _ => null,
        };

        private string? Match(ISymbol member, string memberName)
        {
            // Read-only: built in the constructor, before any callback can run.
            if (member.ContainingType is not { } type || !_rules.TryGetValue(type.OriginalDefinition, out var members))
            {
                return null;
            }

            foreach (var (name, effect) in members)
            {
                if (name == memberName || (name == AnyMember && memberName != Constructor))
                {
                    return effect + " ('" + Display(member) + "')";
                }
            }

            return null;
        }
    }
}
