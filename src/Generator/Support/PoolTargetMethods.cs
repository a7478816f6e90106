using Microsoft.CodeAnalysis;

namespace Multiprocessing.Generator.Support
{
    /// <summary>How a pool method passes its entry's arguments, which decides the interceptor it gets.</summary>
    internal enum PoolCallKind
    {
        /// <summary>Not a pool method.</summary>
        None,

        /// <summary><c>Apply</c>, <c>ApplyAsync</c>: the entry's arguments follow the target, one by one.</summary>
        Apply,

        /// <summary><c>Map</c>, <c>MapAsync</c>, <c>Imap</c>, <c>ImapUnordered</c>: a sequence of single arguments follows the target.</summary>
        Map,

        /// <summary><c>Starmap</c>, <c>StarmapAsync</c>: a sequence of argument tuples follows the target.</summary>
        Starmap,

        /// <summary><c>PoolInitializer.Create</c>: as <see cref="Apply"/>, for a static method.</summary>
        Initializer,
    }

    /// <summary>
    /// The runtime's pool methods whose first parameter is an entry target. The generator intercepts these calls and
    /// the analyzers check their targets, with the same rule as <c>Process.Create</c>'s.
    /// </summary>
    internal static class PoolTargetMethods
    {
        public static PoolCallKind Classify(IMethodSymbol method)
        {
            if (method.ContainingAssembly?.Name != KnownNames.RuntimeAssembly || method.Parameters.Length == 0)
            {
                return PoolCallKind.None;
            }

            string type = method.ContainingType?.ToDisplayString() ?? string.Empty;
            if (type == KnownNames.PoolInitializerType)
            {
                return method.IsStatic && method.Name == KnownNames.CreateMethod ? PoolCallKind.Initializer : PoolCallKind.None;
            }

            if (type != KnownNames.ProcessPoolType || method.IsStatic)
            {
                return PoolCallKind.None;
            }

            switch (method.Name)
            {
                case "Apply":
                case "ApplyAsync":
                    return PoolCallKind.Apply;
                case "Map":
                case "MapAsync":
                case "Imap":
                case "ImapUnordered":
                    return PoolCallKind.Map;
                case "Starmap":
                case "StarmapAsync":
                    return PoolCallKind.Starmap;
                default:
                    return PoolCallKind.None;
            }
        }

        /// <summary>The cheap syntax-level test: a method name the pool uses for entry targets.</summary>
        public static bool IsCandidateName(string name) =>
            name is "Apply" or "ApplyAsync" or "Map" or "MapAsync" or "Imap" or "ImapUnordered" or "Starmap" or "StarmapAsync" or KnownNames.CreateMethod;
    }
}
