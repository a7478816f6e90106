using MemoryPack;
using Multiprocessing.Managers;

namespace Multiprocessing;

/// <summary>
/// A barrier that lives in a <see cref="Manager"/>'s server (Python's <c>manager.Barrier(parties)</c>): each caller of
/// <see cref="Wait"/> waits until <see cref="Parties"/> callers, from any processes, have arrived. Create one with
/// <see cref="Manager.Barrier"/>.
/// </summary>
/// <remarks>
/// A waiter that times out, or whose process dies, breaks the barrier: every waiter then gets a
/// <see cref="BrokenBarrierException"/>, as in Python, until <see cref="Reset"/>.
/// </remarks>
[MemoryPackable]
public sealed partial class BarrierProxy : BaseProxy
{
    private readonly Proxy<ManagerBarrierCore> _barrier;

    internal BarrierProxy(Proxy<ManagerBarrierCore> barrier)
        : base(barrier) => _barrier = barrier;

    [MemoryPackConstructor]
    private BarrierProxy(ProxyReference reference)
        : base(reference) => _barrier = As<ManagerBarrierCore>();

    /// <summary>How many callers pass the barrier together.</summary>
    public int Parties => _barrier.Parties;

    /// <summary>How many callers wait now (Python's <c>n_waiting</c>).</summary>
    public int NWaiting => _barrier.Waiting;

    /// <summary>Whether the barrier is broken.</summary>
    public bool Broken => _barrier.Broken;

    [MemoryPackInclude]
    private new ProxyReference Reference => base.Reference;

    /// <summary>Waits until every party has arrived.</summary>
    /// <param name="timeout">How long to wait; null for no limit. Running out breaks the barrier.</param>
    /// <returns>This caller's arrival index, 0 to <see cref="Parties"/> - 1 (Python's return value).</returns>
    /// <exception cref="BrokenBarrierException">The barrier is or became broken.</exception>
    public int Wait(TimeSpan? timeout = null) => Translated(() => Completed(_barrier.WaitAsync(CheckTimeout(timeout ?? Timeout.InfiniteTimeSpan), ManagerClient.Blocking)));

    /// <summary>Waits until every party has arrived, without blocking the calling thread.</summary>
    /// <param name="timeout">How long to wait; null for no limit. Running out breaks the barrier.</param>
    /// <param name="cancellationToken">Stops waiting, which breaks the barrier for the others.</param>
    /// <returns>This caller's arrival index.</returns>
    public async Task<int> WaitAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var waiting = _barrier.WaitAsync(CheckTimeout(timeout ?? Timeout.InfiniteTimeSpan), cancellationToken);
        try
        {
            return await waiting.ConfigureAwait(false);
        }
        catch (RemoteException exception) when (IsBroken(exception))
        {
            throw new BrokenBarrierException(exception.RemoteMessage, exception);
        }
    }

    /// <summary>Breaks the barrier: waiters and later callers get <see cref="BrokenBarrierException"/>.</summary>
    public void Abort() => _barrier.Abort();

    /// <summary>Returns the barrier to its empty state; current waiters get <see cref="BrokenBarrierException"/>.</summary>
    public void Reset() => _barrier.Reset();

    private static bool IsBroken(RemoteException exception) => exception.RemoteTypeName == typeof(BrokenBarrierException).FullName;

    private static int Translated(Func<int> wait)
    {
        try
        {
            return wait();
        }
        catch (RemoteException exception) when (IsBroken(exception))
        {
            throw new BrokenBarrierException(exception.RemoteMessage, exception);
        }
    }
}
