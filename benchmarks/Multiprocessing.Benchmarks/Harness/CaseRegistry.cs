using Multiprocessing.Benchmarks.Cases;

namespace Multiprocessing.Benchmarks.Harness;

/// <summary>
/// Every benchmark case, in the order <c>benchmarks/run</c> runs them. Adding a case: write its class under
/// <c>Cases/</c>, add it here, and add <c>benchmarks/python/NAME.py</c>. The driver needs no change.
/// </summary>
internal static class CaseRegistry
{
    public static IReadOnlyList<BenchmarkCase> All { get; } =
    [
        new SpawnJoinNoop(),
        new LockUncontended(),
        new EventPingpong(),
        new ValueIncrementLocked(),
        new QueueThroughputSmall(),
        new QueueThroughput1Mib(),
        new QueueMpmcSmall(),
        new SocketHandoff(),
        new SocketHandoffWarm(),
        new PipeRoundtripSmall(),
        new ManagerListAppend(),
        new ManagerDictGetSet(),
        new SharedCustomCall(),
        new PoolMapSmall(),
        new PoolApplyAsyncSmall(),
        new PoolCpuSpeedup(),
    ];

    public static BenchmarkCase? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
