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
            messageFormat: "Process.Create cannot start {0} in a child process: {1}; pass a static [ProcessEntry] method directly, as in Process.Create(Worker.Run, 42)",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A child process is a new program: it cannot receive code, only the name of a method to call and its "
                + "serialized arguments. Process.Create therefore needs the [ProcessEntry] method itself, written as a method group "
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

        private static string HelpLink(string id) => string.Format(System.Globalization.CultureInfo.InvariantCulture, HelpLinkFormat, id);
    }
}
