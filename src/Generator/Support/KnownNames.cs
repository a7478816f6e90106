namespace Multiprocessing.Generator.Support
{
    /// <summary>The runtime's names that the generator looks for or writes, in one place.</summary>
    internal static class KnownNames
    {
        public const string ProcessEntryAttribute = "Multiprocessing.ProcessEntryAttribute";
        public const string ProcessType = "Multiprocessing.Process";
        public const string ProcessPoolType = "Multiprocessing.ProcessPool";
        public const string PoolInitializerType = "Multiprocessing.PoolInitializer";
        public const string SharedAttribute = "Multiprocessing.SharedAttribute";
        public const string ConcurrentCallsProperty = "ConcurrentCalls";
        public const string RuntimeAssembly = "Multiprocessing";

        // The simple names of the types above: compared first, so that most symbols are told apart without formatting a name.
        public const string ProcessEntryAttributeName = "ProcessEntryAttribute";
        public const string ProcessName = "Process";
        public const string SharedAttributeName = "SharedAttribute";
        public const string CancellationTokenName = "CancellationToken";
        public const string CreateMethod = "Create";
        public const string CancellationToken = "global::System.Threading.CancellationToken";
        public const string GeneratedNamespace = "Multiprocessing.Generated";
        public const string GeneratorName = "Multiprocessing.Generator";

        public const string Hosting = "global::Multiprocessing.Hosting";
        public const string Managers = "global::Multiprocessing.Managers";
        public const string Proxy = "global::Multiprocessing.Proxy";
        public const string Manager = "global::Multiprocessing.Manager";
    }
}
