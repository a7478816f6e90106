using Microsoft.CodeAnalysis;

namespace Multiprocessing.Analyzers
{
    /// <summary>
    /// Every diagnostic the analyzers report, in one place. Each one replaces an error that Python's multiprocessing
    /// (and an unchecked build of this library) only raises at run time, when the child is started.
    /// </summary>
    /// <remarks>
    /// Ids are constants so that tests and <c>#pragma</c>/<c>.editorconfig</c> users spell them one way. A new id also
    /// needs a line in <c>AnalyzerReleases.Unshipped.md</c> and a page in <c>docs/diagnostics</c>.
    /// </remarks>
    internal static class DiagnosticDescriptors
    {
        public const string InvalidEntryId = "MP0001";
        public const string TargetNotEntryId = "MP0002";
        public const string NotSerializableId = "MP0003";
        public const string GenericCallSiteId = "MP0004";
        public const string SubclassNotGeneratedId = "MP0005";
        public const string MissingGuardId = "MP0006";
        public const string SideEffectBeforeGuardId = "MP0007";
        public const string SpawnWhileInitializingId = "MP0008";
        public const string BlockingWaitInAsyncId = "MP0009";
        public const string MisplacedGuardId = "MP0010";
        public const string ItemNotSerializableId = "MP0011";
        public const string SharedMemberNotSerializableId = "MP0020";
        public const string SharedMemberByReferenceId = "MP0021";
        public const string SharedMemberKindId = "MP0022";
        public const string SharedMemberGenericId = "MP0023";
        public const string SharedMemberPointerId = "MP0024";
        public const string InvalidSharedTypeId = "MP0025";
        public const string SharedMemberHiddenId = "MP0026";
        public const string SharedMemberTokenId = "MP0027";

        public const string Category = "Multiprocessing";

        private const string HelpLinkFormat = "https://github.com/multiprocessing-dotnet/multiprocessing/blob/main/docs/diagnostics/{0}.md";

        /// <summary>
        /// MP0001: a method marked <c>[ProcessEntry]</c> breaks a rule in <c>EntryRules</c>, so the generator skips it.
        /// Arguments: the method, the broken rule and how to fix it (see <see cref="EntryProblemText"/>).
        /// </summary>
        public static readonly DiagnosticDescriptor InvalidEntry = new(
            id: InvalidEntryId,
            title: "Invalid [ProcessEntry] method",
            messageFormat: "'{0}' cannot be a process entry: {1}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A [ProcessEntry] method is called by name in a child process, from a dispatch table generated at build time. "
                + "It must be an ordinary static, non-generic method of a non-generic type that generated code can reach (internal or "
                + "public), declared directly on that type (not a local function, accessor, operator or constructor, nor a static "
                + "abstract or virtual interface member), with no ref, out or in parameters and at most one CancellationToken, as its "
                + "last parameter. The generator skips a method that breaks a rule, so starting it would fail at run time.",
            helpLinkUri: HelpLink(InvalidEntryId));

        /// <summary>
        /// MP0002: the target passed to <c>Process.Create</c> is not a valid entry passed as a method group, so the call
        /// is not intercepted and throws at run time. Arguments: what the target is, and why it cannot run in a child.
        /// </summary>
        public static readonly DiagnosticDescriptor TargetNotEntry = new(
            id: TargetNotEntryId,
            title: "Process target is not a [ProcessEntry] method",
            messageFormat: "{2} cannot start {0} in a child process: {1}; pass a static [ProcessEntry] method directly, as in Process.Create(Worker.Run, 42)",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A child process is a new program: it cannot receive code, only the name of a method to call and its "
                + "serialized arguments. Process.Create and the pool's methods (ProcessPool.Map, Apply, ...) therefore need the [ProcessEntry] method itself, written as a method group "
                + "such as Worker.Run, so that the call can be compiled into a call by name. A lambda, an anonymous method, a local "
                + "function, an instance method or a delegate held in a variable cannot be found by name in the child; this is the "
                + "error Python reports as \"Can't pickle local object\" when a process is started.",
            helpLinkUri: HelpLink(TargetNotEntryId));

        /// <summary>
        /// MP0003: an entry's parameter or result (the <c>T</c> of <c>Task&lt;T&gt;</c>) cannot be serialized by MemoryPack.
        /// Arguments: "Parameter 'x'" or "The return value", the entry, the offending type (with the member path that
        /// reaches it), and why it is not serializable.
        /// </summary>
        public static readonly DiagnosticDescriptor NotSerializable = new(
            id: NotSerializableId,
            title: "Entry parameter or result cannot be serialized",
            messageFormat: "{0} of entry '{1}' cannot be sent between processes: {2} cannot be serialized by MemoryPack ({3})",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Arguments are serialized with MemoryPack in the parent and deserialized in the child, and the result travels "
                + "back the same way. Primitives, enums, strings, the common value types of System, unmanaged structs, arrays, "
                + "tuples, Nullable<T>, KeyValuePair and the standard collections of serializable elements are supported, and so is "
                + "any type marked [MemoryPackable] whose serialized members are serializable. Streams, sockets, delegates, tasks, "
                + "object, other interfaces and classes without [MemoryPackable] are not: they hold state that only means something "
                + "inside one process. The trailing CancellationToken is exempt; the child gets its own.",
            helpLinkUri: HelpLink(NotSerializableId));

        /// <summary>
        /// MP0003, for the state of a process subclass: a field or auto-property that the generator would carry to the
        /// child, and MemoryPack cannot serialize. Arguments: "Field '_x'" or "Property 'X'", the class, the offending type
        /// (with its member path) and why it is not serializable.
        /// </summary>
        public static readonly DiagnosticDescriptor NotSerializableState = new(
            id: NotSerializableId,
            title: "Process subclass state cannot be serialized",
            messageFormat: "{0} of process class '{1}' cannot be sent to the child process: {2} cannot be serialized by MemoryPack ({3}); mark it [NonSerialized] if the child does not need it",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Starting a partial Process subclass serializes its instance fields and auto-properties with MemoryPack and "
                + "restores them in the child before Run is called. Every such member must therefore be serializable by the rules "
                + "that apply to entry parameters, unless it is marked [NonSerialized] (use [field: NonSerialized] on an "
                + "auto-property) or [MemoryPackIgnore], in which case the child sees its default value.",
            helpLinkUri: HelpLink(NotSerializableId));

        /// <summary>
        /// MP0004: a <c>Process.Create</c> call whose closed signature names a type parameter of the enclosing generic
        /// method or type, which an interceptor cannot name. Arguments: the entry, the call's signature and the type parameter.
        /// </summary>
        public static readonly DiagnosticDescriptor GenericCallSite = new(
            id: GenericCallSiteId,
            title: "Process.Create is called with a type parameter",
            messageFormat: "Process.Create cannot start '{0}' here: the call is compiled as {1}, and generated code cannot name its type parameter '{2}'; the call must name concrete types: move it out of the generic method or type, or cast the argument to the entry's parameter type",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The generator replaces each Process.Create call with a generated method that serializes the arguments as the "
                + "entry's parameter types. Inside a generic method or type the compiler may infer Create's type arguments from the "
                + "caller's type parameters (Create<T>(Action<T>, T)); generated code outside that method cannot name T, so the call is "
                + "left to the runtime's stub, which throws when the process is created. Give the call concrete types: call it from "
                + "non-generic code, or cast the argument to the entry's parameter type so that the compiler infers that type instead.",
            helpLinkUri: HelpLink(GenericCallSiteId));

        /// <summary>
        /// MP0005: a concrete class deriving from <c>Process</c> that the generator cannot complete, so its
        /// <c>Start()</c> throws. Arguments: the class, and why (see <see cref="SubclassProblemText"/>).
        /// </summary>
        public static readonly DiagnosticDescriptor SubclassNotGenerated = new(
            id: SubclassNotGeneratedId,
            title: "Process subclass cannot be started",
            messageFormat: "Process class '{0}' cannot be started in a child process: {1}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Starting a Process subclass runs its Run method in a child process. The generator makes that possible by adding "
                + "to the class the code that captures its fields, a constructor that restores them in the child, and an entry in the "
                + "dispatch table. It can only add to a partial, non-generic class whose containing types are partial too, that other "
                + "files can name (not file-local, private or protected), that has no primary constructor, and whose base classes up "
                + "to Process are completed the same way. For any other class Start throws at run time.",
            helpLinkUri: HelpLink(SubclassNotGeneratedId));

        /// <summary>
        /// MP0006: the program's entry point starts processes (or creates queues, pipes, managers or pools), directly or
        /// through methods it calls, before calling <c>ProcessGuard.Enter()</c> or without calling it at all.
        /// Argument: what the code does, as found by <see cref="SpawnFinder"/>.
        /// </summary>
        public static readonly DiagnosticDescriptor MissingGuard = new(
            id: MissingGuardId,
            title: "The entry point starts processes without calling ProcessGuard.Enter() first",
            messageFormat: "The program's entry point {0} without calling ProcessGuard.Enter() first; a child process is this program started again, so call ProcessGuard.Enter() as the first statement of the entry point (Python: if __name__ == \"__main__\":)",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A child process is the program itself started again. ProcessGuard.Enter(), called first in Main or the top-level "
                + "statements, is where a child turns off to run the entry it was started for; the parent returns from it at once. "
                + "A program that starts processes, or creates process queues, pipes, managers or pools, without calling the guard "
                + "first is refused at run time (Start throws), or, if the guard comes later, every child would do the same work "
                + "again before reaching it. This is Python's missing if __name__ == \"__main__\": guard. The analyzer follows calls "
                + "to methods of the same project up to " + SpawnFinder.MaxCallDepthText + " calls deep.",
            helpLinkUri: HelpLink(MissingGuardId));

        /// <summary>
        /// MP0007: a statement before <c>ProcessGuard.Enter()</c> in the entry point has an effect outside the program
        /// (console output, files, sockets, threads, processes), which every child repeats. Argument: what it does.
        /// </summary>
        public static readonly DiagnosticDescriptor SideEffectBeforeGuard = new(
            id: SideEffectBeforeGuardId,
            title: "Code with side effects runs before ProcessGuard.Enter()",
            messageFormat: "This statement runs again in every child process, because it comes before ProcessGuard.Enter(): it {0}; move ProcessGuard.Enter() above it",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Everything before ProcessGuard.Enter() runs in the parent and again in each child, before the child turns off to "
                + "its entry: output is printed once per process, files are opened or truncated again, a port is bound twice (the "
                + "child fails), threads are started in every child. Declarations and local computations are harmless there; "
                + "anything that reaches outside the program belongs after the guard.",
            helpLinkUri: HelpLink(SideEffectBeforeGuardId));

        /// <summary>
        /// MP0008: a static constructor, a static field or property initializer or a <c>[ModuleInitializer]</c> starts
        /// processes, which every child runs again. Arguments: where the code is, and what it does.
        /// </summary>
        public static readonly DiagnosticDescriptor SpawnWhileInitializing = new(
            id: SpawnWhileInitializingId,
            title: "Processes are started while a type or the module is initialized",
            messageFormat: "{0} {1}; it runs again in every child process, which would start processes of its own in turn: start processes from the entry point, after ProcessGuard.Enter()",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A child process is the program started again, and it runs static constructors, static initializers and module "
                + "initializers as the parent did, before and around the guard. Code there that starts processes (or creates process "
                + "queues, pipes, managers or pools) therefore starts them again in every child, and each of those children again: "
                + "a recursive spawn that only ends when the machine runs out of processes. Start processes from the entry point, "
                + "after ProcessGuard.Enter(), or lazily from code the entry point calls.",
            helpLinkUri: HelpLink(SpawnWhileInitializingId));

        /// <summary>
        /// MP0009: a blocking wait on a process or a synchronization primitive inside an async function, where the type
        /// has an awaitable form. Arguments: the blocking call and its await form.
        /// </summary>
        public static readonly DiagnosticDescriptor BlockingWaitInAsync = new(
            id: BlockingWaitInAsyncId,
            title: "Blocking wait inside an async method",
            messageFormat: "'{0}' blocks a thread inside an async function; use '{1}' instead",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "Join, Acquire, Wait and the Result of a process block the calling thread until another process acts, which may "
                + "take seconds. Inside an async method that thread is usually a thread-pool thread, and blocking it starves other work "
                + "(and can deadlock code that waits for the pool). Each of these has an awaitable form, which takes a "
                + "CancellationToken too. The program's entry point is not reported: blocking its main thread costs nothing.",
            helpLinkUri: HelpLink(BlockingWaitInAsyncId));

        /// <summary>
        /// MP0010: <c>ProcessGuard.Enter()</c> is called somewhere other than as a statement of the entry point itself.
        /// Argument: where it is instead.
        /// </summary>
        public static readonly DiagnosticDescriptor MisplacedGuard = new(
            id: MisplacedGuardId,
            title: "ProcessGuard.Enter() is not the first statement of the entry point",
            messageFormat: "ProcessGuard.Enter() is called {0}; call it once, as the first statement of Main or of the top-level statements",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A child runs the program from its entry point and turns off to its entry at the guard. Called from another method, "
                + "inside a condition, a loop, a try block or a lambda, the guard may run late, more than once or not at all, and "
                + "everything the child does before reaching it is done twice. Only a statement of Main or of the top-level statements "
                + "itself, before anything with side effects, is certain to run first in every child.",
            helpLinkUri: HelpLink(MisplacedGuardId));

        /// <summary>
        /// MP0011: a queue, a connection's message or a manager's typed proxy whose item type MemoryPack cannot
        /// serialize. Arguments: the runtime type or method as used, the item type, the offending type (with its member
        /// path) and why it is not serializable.
        /// </summary>
        public static readonly DiagnosticDescriptor ItemNotSerializable = new(
            id: ItemNotSerializableId,
            title: "Queue, message or proxy item type cannot be serialized",
            messageFormat: "'{0}' sends values of type '{1}' between processes: {2} cannot be serialized by MemoryPack ({3})",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Queues (ProcessQueue<T>, SimpleProcessQueue<T>, JoinableProcessQueue<T>), a connection's Send, Receive, "
                + "SendAsync and ReceiveAsync, and a manager's typed proxies (Queue<T>, Value<T>, Array<T>, List<T>, Dictionary<TKey, TValue> "
                + "and a namespace's values) serialize each item with MemoryPack. An item type MemoryPack cannot serialize would make "
                + "the first Put or Send throw at run time; the rules are those of entry parameters (MP0003).",
            helpLinkUri: HelpLink(ItemNotSerializableId));

        /// <summary>
        /// MP0020: a parameter, result or property type of a <c>[Shared]</c> class's public member that MemoryPack cannot
        /// serialize. Arguments: "Parameter 'x'", "The return value" or "The property value", the member, the offending
        /// type (with its member path) and why.
        /// </summary>
        public static readonly DiagnosticDescriptor SharedMemberNotSerializable = new(
            id: SharedMemberNotSerializableId,
            title: "Shared member's parameter or result cannot be serialized",
            messageFormat: "{0} of shared member '{1}' cannot be sent between a proxy and the manager's server: {2} cannot be serialized by MemoryPack ({3})",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A call on a proxy serializes its arguments with MemoryPack, runs the member in the manager's server process and "
                + "serializes the result back. The types a [ProcessEntry] may take are the types a shared member may take and return; "
                + "a member may also return another [Shared] class, whose caller then gets a proxy. An asynchronous member's trailing "
                + "CancellationToken is exempt.",
            helpLinkUri: HelpLink(SharedMemberNotSerializableId));

        /// <summary>MP0021: a ref, out or in parameter, or a ref return, on a <c>[Shared]</c> member. Argument: the member.</summary>
        public static readonly DiagnosticDescriptor SharedMemberByReference = new(
            id: SharedMemberByReferenceId,
            title: "Shared member takes or returns a reference",
            messageFormat: "'{0}' cannot be called through a proxy: a ref, out or in parameter, or a ref return, refers to a variable in one process, and the member runs in the manager's server; return the values instead (a tuple)",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The caller's variables are in the caller's process and the object's are in the server's: a reference cannot cross. "
                + "Return what the caller needs, for example as a tuple.",
            helpLinkUri: HelpLink(SharedMemberByReferenceId));

        /// <summary>MP0022: an event or an indexer on a <c>[Shared]</c> class. Arguments: the member and why it cannot be forwarded.</summary>
        public static readonly DiagnosticDescriptor SharedMemberKind = new(
            id: SharedMemberKindId,
            title: "Shared member cannot be forwarded by a proxy",
            messageFormat: "'{0}' cannot be called through a proxy: {1}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A proxy forwards public methods and properties. An event's handler is code in the subscriber's process, which the "
                + "server cannot call; an indexer cannot be an extension member, which is how a proxy gets the class's members. Use methods.",
            helpLinkUri: HelpLink(SharedMemberKindId));

        /// <summary>MP0023: a generic method on a <c>[Shared]</c> class. Argument: the member.</summary>
        public static readonly DiagnosticDescriptor SharedMemberGeneric = new(
            id: SharedMemberGenericId,
            title: "Shared member is generic",
            messageFormat: "'{0}' cannot be called through a proxy: it is generic, and the server's dispatcher is a switch compiled for concrete types; give it concrete parameter types",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The server never deserializes a type it was not compiled for: each member's arguments are read as its declared "
                + "parameter types. A generic method's type arguments would be chosen by the caller, so it cannot be served.",
            helpLinkUri: HelpLink(SharedMemberGenericId));

        /// <summary>MP0024: a pointer, function pointer or ref struct in a <c>[Shared]</c> member's signature. Argument: the member.</summary>
        public static readonly DiagnosticDescriptor SharedMemberPointer = new(
            id: SharedMemberPointerId,
            title: "Shared member uses a pointer or ref struct",
            messageFormat: "'{0}' cannot be called through a proxy: a pointer, function pointer or ref struct such as Span<T> points into the memory of one process; use an array",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Pointers and spans address memory of the process they were made in. A proxy call copies its arguments to another "
                + "process, so it needs values: arrays, lists, strings.",
            helpLinkUri: HelpLink(SharedMemberPointerId));

        /// <summary>MP0025: a class marked <c>[Shared]</c> that the generator cannot serve. Arguments: the class and why.</summary>
        public static readonly DiagnosticDescriptor InvalidSharedType = new(
            id: InvalidSharedTypeId,
            title: "Invalid [Shared] class",
            messageFormat: "'{0}' cannot be [Shared]: {1}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A manager's server creates [Shared] objects through generated code that calls their public constructors and "
                + "members by name. The class must be concrete, non-static, non-generic, not nested in a generic type, and public or internal "
                + "all the way out; for any other class the generator writes nothing and manager.Create<Name> does not exist.",
            helpLinkUri: HelpLink(InvalidSharedTypeId));

        /// <summary>MP0026: a <c>[Shared]</c> member named like a member every proxy has. Argument: the member.</summary>
        public static readonly DiagnosticDescriptor SharedMemberHidden = new(
            id: SharedMemberHiddenId,
            title: "Shared member is hidden by the proxy's own member",
            messageFormat: "'{0}' cannot be called through a proxy: Proxy<T> has a member of that name, which a call would reach instead; rename it",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A proxy gets the class's members as extension members, and C# prefers a type's own members to extension members. "
                + "Every proxy has Address, ObjectId, StartCall, Invoke, InvokeShared, InvokeAsync, InvokeSharedAsync and object's "
                + "members, so a shared member of one of those names could never be called through it.",
            helpLinkUri: HelpLink(SharedMemberHiddenId));

        /// <summary>MP0027: a CancellationToken that is not the last parameter of an asynchronous <c>[Shared]</c> member. Argument: the member.</summary>
        public static readonly DiagnosticDescriptor SharedMemberToken = new(
            id: SharedMemberTokenId,
            title: "Shared member takes a CancellationToken it cannot use",
            messageFormat: "'{0}' cannot be called through a proxy: a CancellationToken can only be the last parameter of a member that returns Task or ValueTask, where it cancels the caller's wait; the member itself gets a token cancelled when the caller disconnects",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A token cannot cross processes. On an asynchronous member's proxy, the trailing token stops the caller's wait; in "
                + "the server the member receives a token that is cancelled when the caller's connection closes. A blocking member has "
                + "no wait to cancel, and a token elsewhere in the list would be ambiguous.",
            helpLinkUri: HelpLink(SharedMemberTokenId));

        private static string HelpLink(string id) => string.Format(System.Globalization.CultureInfo.InvariantCulture, HelpLinkFormat, id);
    }
}
